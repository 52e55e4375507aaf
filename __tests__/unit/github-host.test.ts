// The GitHub host's request for the job's OIDC token (used by the Key Vault source), through the project's
// HTTP client against a stub of the Actions token service.
import { ActionableError } from '../../src/core/errors';
import { HttpClient } from '../../src/core/net/http';
import { GitHubHost } from '../../src/hosts/github/host';
import { refusedUrl, StubServer } from '../helpers/stub-server';

const AUDIENCE = 'api://AzureADTokenExchange';

let stub: StubServer;
beforeEach(async () => {
  stub = await StubServer.start();
});
afterEach(() => stub.close());

function hostWith(env: Record<string, string | undefined>) {
  let stdout = '';
  const host = new GitHubHost(env, (text) => (stdout += text));
  return { host, stdout: () => stdout };
}

const requestEnv = () => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: `${stub.url}/_apis/token?api-version=2.0`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-request-token',
});
const http = () => new HttpClient({ retry: { attempts: 1 } });

describe('GitHubHost.getIdToken', () => {
  test('asks the Actions token service for the audience with the request token, and masks the answer', async () => {
    stub.reply({ body: { value: 'eyJ.github.oidc' } });
    const { host, stdout } = hostWith(requestEnv());

    await expect(host.getIdToken(AUDIENCE, http())).resolves.toBe('eyJ.github.oidc');

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/_apis/token');
    expect(request?.query.get('api-version')).toBe('2.0');
    expect(request?.query.get('audience')).toBe(AUDIENCE);
    expect(request?.headers.authorization).toBe('Bearer runtime-request-token');
    expect(stdout()).toBe('::add-mask::eyJ.github.oidc\n');
  });

  test('without id-token permission, says what to add and sends nothing', async () => {
    const { host } = hostWith({});
    const error = (await host.getIdToken(AUDIENCE, http()).catch((e: unknown) => e)) as ActionableError;
    expect(error).toBeInstanceOf(ActionableError);
    expect(error.code).toBe('oidc_permission_missing');
    expect(error.fix).toContain('id-token: write');
    expect(stub.requests).toHaveLength(0);
  });

  test('a refusal names the status', async () => {
    stub.reply({ status: 403, body: { message: 'forbidden' } });
    const { host, stdout } = hostWith(requestEnv());
    const error = (await host.getIdToken(AUDIENCE, http()).catch((e: unknown) => e)) as ActionableError;
    expect(error.kind).toBe('auth');
    expect(error.code).toBe('oidc_request_failed');
    expect(error.status).toBe(403);
    expect(error.message).toContain('HTTP 403');
    expect(stdout()).toBe('');
  });

  test('an answer without a token (not JSON, or no value) is a refusal', async () => {
    stub.reply({ body: 'not json' }, { body: { value: 42 } });
    const { host } = hostWith(requestEnv());
    for (let i = 0; i < 2; i++) {
      await expect(host.getIdToken(AUDIENCE, http())).rejects.toMatchObject({ code: 'oidc_request_failed' });
    }
  });

  test('an unreachable token service fails as every request does, naming the host', async () => {
    const url = `${await refusedUrl()}/_apis/token`;
    const { host } = hostWith({ ...requestEnv(), ACTIONS_ID_TOKEN_REQUEST_URL: url });
    const error = (await host.getIdToken(AUDIENCE, http()).catch((e: unknown) => e)) as ActionableError;
    expect(error).toBeInstanceOf(ActionableError);
    expect(error.kind).toBe('network');
    expect(error.message).toContain('127.0.0.1');
  });
});

describe('GitHubHost and the environment children inherit', () => {
  test('moves the inputs and the runner tokens out of the environment, and still reads them', async () => {
    stub.reply({ body: { value: 'eyJ.github.oidc' } });
    const env: Record<string, string | undefined> = {
      'INPUT_REFRESH-TOKEN': 'rt-value',
      INPUT_PASSWORD: 'pw-value',
      INPUT_ORGANIZATION: 'contoso',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      ...requestEnv(),
      GITHUB_REPOSITORY: 'octo/app',
      PATH: '/usr/bin',
    };
    const { host } = hostWith(env);
    expect(Object.keys(env).sort()).toEqual(['GITHUB_REPOSITORY', 'PATH']);
    expect([
      host.getInput('refresh-token'),
      host.getInput('password'),
      host.getInput('organization'),
    ]).toEqual(['rt-value', 'pw-value', 'contoso']);
    await expect(host.getIdToken(AUDIENCE, http())).resolves.toBe('eyJ.github.oidc');
    expect(stub.requests[0]?.headers.authorization).toBe('Bearer runtime-request-token');
  });
});
