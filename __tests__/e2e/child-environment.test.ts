/**
 * What a process the built action or task starts inherits: `az` (the azure-cli source) is a fake on PATH that
 * writes its whole environment to a file and then answers as `az login`'s user would. No input, no runner
 * token and no other variable the step was given for itself may be in it; what az needs still is.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTaskStep } from '../../scripts/harness/azure-pipelines-agent';
import { runActionStep } from '../../scripts/harness/github-runner';
import { taskName } from '../../src/hosts/azure-pipelines/names';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

const AZURE_DEVOPS = '499b84ac-1321-427f-aa17-267ca6975798';
const AZURE_CLI_CLIENT = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => emu.close());
beforeEach(async () => emu.reset());

/** A delegated token for the bot user, as `az account get-access-token` prints it. */
async function azAnswer(): Promise<string> {
  const { emulator } = emu;
  const response = await fetch(`${emulator.authorityHost}/${emulator.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: AZURE_CLI_CLIENT,
      username: emulator.bot.username,
      password: emulator.bot.password,
      scope: `${AZURE_DEVOPS}/.default`,
    }),
  });
  const { access_token: accessToken } = (await response.json()) as { access_token: string };
  return JSON.stringify({ accessToken, expires_on: Math.floor(Date.now() / 1000) + 3600 });
}

/**
 * A fake `az` that saves the environment it was started with, then prints `answer`. It is a Node script, not
 * sh: dash drops variables whose names are not shell names (`INPUT_REFRESH-TOKEN`) before any child sees them.
 */
async function fakeAz(): Promise<{ dir: string; environment: () => Record<string, string> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-az-env-'));
  const dump = path.join(dir, 'environment.json');
  const answer = await azAnswer();
  const script = [
    `#!${process.execPath}`,
    `require('node:fs').writeFileSync(${JSON.stringify(dump)}, JSON.stringify(process.env));`,
    `process.stdout.write(${JSON.stringify(answer)});`,
  ].join('\n');
  writeFileSync(path.join(dir, 'az'), script);
  chmodSync(path.join(dir, 'az'), 0o755);
  return { dir, environment: () => JSON.parse(readFileSync(dump, 'utf8')) as Record<string, string> };
}

/** What no child may see: by name, and by value wherever it might be copied. */
function expectNothingHeld(environment: Record<string, string>, secrets: Record<string, string>) {
  const names = Object.keys(environment);
  expect(names.filter((name) => /^(INPUT_|ENDPOINT_AUTH|SECRET_|VSTS_TASKVARIABLE_)/.test(name))).toEqual([]);
  const text = Object.entries(environment)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n');
  expect(
    Object.keys(secrets).filter((name) => name in environment || text.includes(secrets[name] ?? '')),
  ).toEqual([]);
}

/** What az still needs: its program path, its profile and its configuration directory. */
function expectAzNeeds(environment: Record<string, string>, az: string, configDir: string) {
  expect(environment.PATH?.split(path.delimiter)[0]).toBe(az);
  expect(environment.HOME).toBeTruthy();
  expect(environment.AZURE_CONFIG_DIR).toBe(configDir);
}

test('GitHub Actions: az inherits no input and no runner token', async () => {
  const az = await fakeAz();
  const configDir = mkdtempSync(path.join(tmpdir(), 'azure-config-'));
  const runnerTokens = {
    ACTIONS_RUNTIME_TOKEN: 'runner-runtime-token-0f3a9c',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-oidc-request-token-7b21e4',
  };
  const { 'refresh-token': _r, 'client-id': _c, 'tenant-id': _t, ...endpoints } = emu.inputs();
  const run = await runActionStep('main', {
    inputs: { ...endpoints, auth: 'azure-cli', 'display-name': 'input-value-for-the-step-only' },
    env: {
      ...runnerTokens,
      ACTIONS_ID_TOKEN_REQUEST_URL: `${emu.emulator.url}/github-oidc/token`,
      PATH: `${az.dir}${path.delimiter}${process.env.PATH ?? ''}`,
      AZURE_CONFIG_DIR: configDir,
    },
  });
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
  const environment = az.environment();
  expectNothingHeld(environment, { ...runnerTokens, 'display-name input': 'input-value-for-the-step-only' });
  expectAzNeeds(environment, az.dir, configDir);
});

test('Azure Pipelines: az inherits no input, secret, service connection, nor a mapped System.AccessToken', async () => {
  const az = await fakeAz();
  const configDir = mkdtempSync(path.join(tmpdir(), 'azure-config-'));
  const inputs: Record<string, string> = { auth: 'azure-cli' };
  for (const name of ['scopes', 'authority-host', 'vssps-url', 'azure-devops-url'] as const) {
    inputs[taskName(name)] = emu.inputs()[name] ?? '';
  }
  const secrets = {
    systemAccessToken: 'system-vss-connection-token-51c0de',
    SYSTEM_ACCESSTOKEN: 'mapped-system-access-token-9e8d7c',
    SECRET_BOT_PASSWORD: 'pipeline-secret-variable-2a4b6c',
  };
  const run = await runTaskStep('main', {
    inputs,
    variables: { 'System.CollectionUri': `${emu.emulator.azureDevOpsUrl}/${emu.emulator.organization}/` },
    systemAccessToken: secrets.systemAccessToken,
    env: {
      // `env: SYSTEM_ACCESSTOKEN: $(System.AccessToken)` on the step, and a secret variable as the agent passes it.
      SYSTEM_ACCESSTOKEN: secrets.SYSTEM_ACCESSTOKEN,
      SECRET_BOT_PASSWORD: secrets.SECRET_BOT_PASSWORD,
      PATH: `${az.dir}${path.delimiter}${process.env.PATH ?? ''}`,
      AZURE_CONFIG_DIR: configDir,
    },
  });
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
  const environment = az.environment();
  expectNothingHeld(environment, secrets);
  expectAzNeeds(environment, az.dir, configDir);
});
