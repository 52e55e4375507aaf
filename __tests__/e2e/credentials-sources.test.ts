/**
 * The password and Azure CLI sources, the app-only guard and source selection, through the built action
 * bundles against the emulator. The fake `az` is a shell script on PATH that prints what the test prepared.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findLeaks, runActionJob, runActionStep, type StepRun } from '../../scripts/harness/github-runner';
import { maskForms } from '../../src/core/safety/secrets';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

const AZURE_DEVOPS = '499b84ac-1321-427f-aa17-267ca6975798';
const AZURE_CLI_CLIENT = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => emu.close());
beforeEach(async () => emu.reset());

const allForms = (...secrets: string[]) => secrets.flatMap((secret) => maskForms(secret));

/** Inputs with the emulator's endpoints and no credential. */
function base(extra: Record<string, string>): Record<string, string> {
  const { 'refresh-token': _r, 'client-id': _c, 'tenant-id': _t, ...rest } = emu.inputs();
  return { ...rest, ...extra };
}

async function patRequests(): Promise<string[]> {
  return (await emu.requests()).map((r) => r.route).filter((route) => route.startsWith('pats.'));
}

async function token(form: Record<string, string>): Promise<string> {
  const { emulator } = emu;
  const response = await fetch(`${emulator.authorityHost}/${emulator.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams(form),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: ${response.status}`);
  return body.access_token;
}

/** What `az login` as the bot user would hand out: a first-party (Azure CLI client) delegated token. */
const userToken = () =>
  token({
    grant_type: 'password',
    client_id: AZURE_CLI_CLIENT,
    username: emu.emulator.bot.username,
    password: emu.emulator.bot.password,
    scope: `${AZURE_DEVOPS}/.default`,
  });

/** What `az login --service-principal` would hand out: an app-only token. */
const appToken = () =>
  token({
    grant_type: 'client_credentials',
    client_id: emu.emulator.servicePrincipal.clientId,
    client_secret: emu.emulator.servicePrincipal.clientSecret,
    scope: `${AZURE_DEVOPS}/.default`,
  });

/** A directory holding a fake `az` that records its arguments, prints `stdout` and exits with `code`. */
function fakeAz(
  stdout: string,
  options: { code?: number; stderr?: string } = {},
): { dir: string; argsFile: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-az-'));
  const argsFile = path.join(dir, 'args');
  writeFileSync(path.join(dir, 'out'), stdout);
  writeFileSync(path.join(dir, 'err'), options.stderr ?? '');
  const script = [
    '#!/bin/sh',
    `printf '%s\\n' "$@" > '${argsFile}'`,
    `cat '${path.join(dir, 'out')}'`,
    `cat '${path.join(dir, 'err')}' >&2`,
    `exit ${options.code ?? 0}`,
  ].join('\n');
  writeFileSync(path.join(dir, 'az'), script);
  chmodSync(path.join(dir, 'az'), 0o755);
  return { dir, argsFile };
}

function azOutput(accessToken: string): string {
  const expiresOn = Math.floor(Date.now() / 1000) + 3600;
  return JSON.stringify({
    accessToken,
    expiresOn: new Date(expiresOn * 1000).toISOString().replace('T', ' ').slice(0, 19),
    expires_on: expiresOn,
    subscription: '00000000-0000-0000-0000-000000000000',
    tenant: emu.emulator.tenantId,
    tokenType: 'Bearer',
  });
}

async function failMain(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<string> {
  await emu.clearRequests();
  const run = await runActionStep('main', { inputs, env });
  expect(run.exitCode).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(await patRequests()).toEqual([]);
  expect(run.state).toEqual({});
  return run.errors[0] ?? '';
}

describe('the password source', () => {
  test('mints and revokes, warns that the flow is deprecated, and never shows the password', async () => {
    const { emulator } = emu;
    const inputs = base({
      username: emulator.bot.username,
      password: emulator.bot.password,
      'client-id': emulator.bot.clientId,
      'tenant-id': emulator.tenantId,
    });
    const { main, post } = await runActionJob({ inputs });
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.warnings.join('\n')).toContain('deprecated');
    expect(post.stdout).toContain('Revoked');
    for (const form of allForms(emulator.bot.password)) expect(main.masks).toContain(form);
    const secrets = allForms(
      emulator.bot.password,
      main.outputs.token ?? '',
      main.outputs['basic-auth'] ?? '',
    );
    expect(findLeaks(main, secrets)).toEqual([]);
    expect(findLeaks(post, secrets)).toEqual([]);
  });

  test('an MFA refusal points to the refresh-token path', async () => {
    const error = await failMain(
      base({
        username: 'mfa-user@contoso.example',
        password: 'emulator-mfa-password',
        'client-id': emu.emulator.bot.clientId,
        'tenant-id': emu.emulator.tenantId,
      }),
    );
    expect(error).toContain('AADSTS50076');
    expect(error).toContain('ado-ephemeral-pat login');
    expect(error).toContain('refresh-token');
    expect(error).not.toContain('emulator-mfa-password');
  });
});

describe('the Azure CLI source', () => {
  let run: StepRun;
  let accessToken: string;
  let argsFile: string;

  beforeAll(async () => {
    await emu.reset();
    accessToken = await userToken();
    const az = fakeAz(azOutput(accessToken));
    argsFile = az.argsFile;
    const job = await runActionJob({
      inputs: base({ auth: 'azure-cli' }),
      env: { PATH: `${az.dir}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    run = job.main;
    expect(job.post.stdout).toContain('Revoked');
  });

  test('mints with the token of the user az signed in', () => {
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.token).toHaveLength(84);
    expect(readFileSync(argsFile, 'utf8').trim().split('\n')).toEqual([
      'account',
      'get-access-token',
      '--resource',
      AZURE_DEVOPS,
      '--output',
      'json',
    ]);
  });

  test("masks az's token in every form and prints it nowhere", () => {
    for (const form of allForms(accessToken)) expect(run.masks).toContain(form);
    expect(findLeaks(run, allForms(accessToken))).toEqual([]);
  });

  test('a service principal login is refused by the app-only guard, before any PAT request', async () => {
    const app = await appToken();
    const az = fakeAz(azOutput(app));
    const error = await failMain(base({ auth: 'azure-cli' }), {
      PATH: `${az.dir}${path.delimiter}${process.env.PATH ?? ''}`,
    });
    expect(error).toContain('app-only token');
    expect(error).toContain('service principal');
    expect(error).toContain('az login');
    expect(error).not.toContain(app);
  });

  test('az not logged in', async () => {
    const az = fakeAz('', { code: 1, stderr: "ERROR: Please run 'az login' to setup account.\n" });
    const error = await failMain(base({ auth: 'azure-cli' }), {
      PATH: `${az.dir}${path.delimiter}${process.env.PATH ?? ''}`,
    });
    expect(error).toContain('not signed in');
    expect(error).toContain('az login');
  });

  test('az missing', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'no-az-'));
    const error = await failMain(base({ auth: 'azure-cli' }), { PATH: empty });
    expect(error).toContain('not installed');
  });
});

describe('the app-only guard on a token given directly', () => {
  test('an app-only access-token input never reaches the PAT API', async () => {
    const app = await appToken();
    const error = await failMain(base({ 'access-token': app }));
    expect(error).toContain('app-only token');
  });
});

describe('source selection', () => {
  test('two sources conflict, and the error lists what was found', async () => {
    const { emulator } = emu;
    const error = await failMain({
      ...emu.inputs(),
      username: emulator.bot.username,
      password: emulator.bot.password,
    });
    expect(error).toContain('Several credential sources given: refresh-token and password');
    expect(error).toContain('found: `refresh-token`, `client-id`, `tenant-id`, `username`, `password`');
    expect(error).not.toContain(emulator.bot.password);
    expect(await emu.requests()).toEqual([]);
  });

  test('auth: azure-cli with a refresh token is a conflict too', async () => {
    const error = await failMain({ ...emu.inputs(), auth: 'azure-cli' });
    expect(error).toContain('Input `auth` selects azure-cli, but inputs of refresh-token were also given');
    expect(await emu.requests()).toEqual([]);
  });

  test('no source at all', async () => {
    const error = await failMain(base({}));
    expect(error).toContain('No credential source given');
    expect(error).toContain('refresh-token (recommended)');
    expect(await emu.requests()).toEqual([]);
  });
});
