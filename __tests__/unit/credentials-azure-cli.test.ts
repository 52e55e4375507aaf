import {
  AZ_ARGS,
  AzError,
  AzureCliCredential,
  azEnvironment,
  parseAzExpiry,
  type AzRunner,
} from '../../src/core/credentials/azure-cli';
import type { CredentialContext } from '../../src/core/credentials';
import { ActionableError } from '../../src/core/errors';
import { HttpClient } from '../../src/core/net/http';
import { fakeJwt, userClaims } from '../helpers/stub-server';

function context(masked: string[]): CredentialContext {
  const none = () => undefined;
  return {
    http: new HttpClient(),
    endpoints: {
      authorityHost: 'https://login.example',
      vsspsUrl: 'https://vssps.example',
      azureDevOpsUrl: 'https://dev.example',
    },
    mask: (secret) => masked.push(secret),
    warn: none,
    info: none,
    debug: none,
  };
}

const output = (accessToken: string) =>
  JSON.stringify({ accessToken, expires_on: Math.floor(Date.now() / 1000) + 3600 });
const failing =
  (code: unknown, stderr: string): AzRunner =>
  () =>
    Promise.reject(new AzError(Object.assign(new Error('Command failed'), { code }), stderr));

async function failure(run: AzRunner): Promise<ActionableError> {
  const error: unknown = await new AzureCliCredential(context([]), run)
    .getAccessToken()
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ActionableError);
  return error as ActionableError;
}

test('runs az with fixed arguments, masks the token and caches it', async () => {
  const token = fakeJwt(userClaims({ scp: 'user_impersonation' }));
  const calls: (readonly string[])[] = [];
  const masked: string[] = [];
  const credential = new AzureCliCredential(context(masked), (args) => {
    calls.push(args);
    return Promise.resolve({ stdout: output(token), stderr: '' });
  });
  await expect(credential.getAccessToken()).resolves.toBe(token);
  await credential.getAccessToken();
  expect(calls).toEqual([AZ_ARGS]);
  expect(AZ_ARGS).toEqual([
    'account',
    'get-access-token',
    '--resource',
    '499b84ac-1321-427f-aa17-267ca6975798',
    '--output',
    'json',
  ]);
  expect(masked).toEqual([token]);
});

test('az missing, not logged in, or failing otherwise: each its own message', async () => {
  expect((await failure(failing('ENOENT', ''))).code).toBe('azure_cli_missing');
  expect((await failure(failing(1, "ERROR: Please run 'az login' to setup account."))).code).toBe(
    'azure_cli_not_logged_in',
  );
  const other = await failure(failing(1, 'ERROR: something else broke\nTraceback...'));
  expect(other.code).toBe('azure_cli_failed');
  expect(other.message).toContain('something else broke');
});

test('a service principal login is refused by the app-only guard', async () => {
  const app = fakeJwt({ aud: '499b84ac-1321-427f-aa17-267ca6975798', idtyp: 'app', roles: [], appid: 'sp' });
  const masked: string[] = [];
  const error: unknown = await new AzureCliCredential(context(masked), () =>
    Promise.resolve({ stdout: output(app), stderr: '' }),
  )
    .getAccessToken()
    .catch((e: unknown) => e);
  expect((error as ActionableError).code).toBe('app_only_token');
  expect((error as ActionableError).fix).toContain('az login');
  expect(masked).toEqual([app]);
});

test('output without a token is reported without being echoed', async () => {
  const secretish = '{"accessToken": 42, "refreshToken": "do-not-print-me"}';
  const error = await failure(() => Promise.resolve({ stdout: secretish, stderr: '' }));
  expect(error.code).toBe('azure_cli_unexpected_output');
  expect(error.message).not.toContain('do-not-print-me');
});

test('parseAzExpiry prefers expires_on, else reads expiresOn', () => {
  expect(parseAzExpiry({ expires_on: 1700000000 })?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  expect(parseAzExpiry({ expires_on: '1700000000' })?.getTime()).toBe(1700000000000);
  expect(parseAzExpiry({ expiresOn: '2030-01-02 03:04:05.000000' })).toBeInstanceOf(Date);
  expect(parseAzExpiry({})).toBeUndefined();
});

test("az's environment keeps what az needs and nothing of the step's own", () => {
  const kept = azEnvironment({
    Path: 'C:\\Windows',
    HOME: '/home/runner',
    https_proxy: 'http://proxy:3128',
    NO_PROXY: 'localhost',
    REQUESTS_CA_BUNDLE: '/etc/ca.pem',
    AZURE_CONFIG_DIR: '/home/runner/.azure',
    AZURE_CORE_OUTPUT: 'json',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    ADO_EPHEMERAL_PAT_REFRESH_TOKEN: 'refresh-token',
    'INPUT_REFRESH-TOKEN': 'refresh-token',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request',
    SYSTEM_ACCESSTOKEN: 'system-token',
    AZURE_CLIENT_SECRET: 'client-secret',
    GITHUB_TOKEN: 'github-token',
    NODE_OPTIONS: '--require ./hook.js',
    UNSET: undefined,
  });
  expect(Object.keys(kept).sort()).toEqual(
    [
      'AZURE_CONFIG_DIR',
      'AZURE_CORE_OUTPUT',
      'HOME',
      'LANG',
      'LC_ALL',
      'NO_PROXY',
      'Path',
      'REQUESTS_CA_BUNDLE',
      'https_proxy',
    ].sort(),
  );
  expect(kept.Path).toBe('C:\\Windows');
});
