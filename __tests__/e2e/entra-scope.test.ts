/**
 * `entra-scope` against an emulated tenant that consented the app to Azure DevOps before the granular PAT
 * scopes existed (`entra.granularPatScopesConsented: false`): the default request is refused with advice to
 * use `entra-scope: default`, and that setting works, on the action, the task and `login`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { distDir, runActionJob, runActionStep } from '../../scripts/harness/github-runner';
import { runTaskJob, runTaskStep } from '../../scripts/harness/azure-pipelines-agent';
import { taskName } from '../../src/hosts/azure-pipelines/names';
import { maskForms } from '../../src/core/safety/secrets';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

let legacy: TestEmulator;
let consented: TestEmulator;
beforeAll(async () => {
  const entra = { refreshTokenReuse: 'allow', deviceCodePollIntervalSeconds: 1 };
  legacy = await startTestEmulator({ entra: { ...entra, granularPatScopesConsented: false } });
  consented = await startTestEmulator({ entra });
});
afterAll(async () => {
  await legacy.close();
  await consented.close();
});
beforeEach(async () => {
  await legacy.reset();
  await consented.reset();
});

const active = async (emu: TestEmulator) => (await emu.pats()).filter((pat) => pat.status === 'active');

describe('the GitHub Action', () => {
  test('without consent to the granular scopes: AADSTS65001, and the message names the setting to use', async () => {
    const main = await runActionStep('main', { inputs: legacy.inputs() });
    expect(main.exitCode).toBe(1);
    const error = main.errors.join('\n');
    expect(error).toContain('AADSTS65001');
    expect(error).toContain('Requested with `entra-scope` granular');
    expect(error).toContain('Set `entra-scope` to default');
    expect(await active(legacy)).toEqual([]);
  });

  test('entra-scope: default then mints and revokes', async () => {
    const { main, post } = await runActionJob({ inputs: legacy.inputs({ 'entra-scope': 'default' }) });
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(post.stdout).toContain('Revoked');
    expect(await active(legacy)).toEqual([]);
  });

  test('a tenant with the granular consent works with the default setting, and with the literal scopes', async () => {
    const granular =
      '499b84ac-1321-427f-aa17-267ca6975798/vso.pats 499b84ac-1321-427f-aa17-267ca6975798/vso.pats_manage';
    for (const setting of ['granular', granular]) {
      const { main } = await runActionJob({ inputs: consented.inputs({ 'entra-scope': setting }) });
      expect({ setting, errors: main.errors }).toEqual({ setting, errors: [] });
    }
  });

  test('an unknown value is refused before anything is sent', async () => {
    await legacy.clearRequests();
    const main = await runActionStep('main', {
      inputs: legacy.inputs({ 'entra-scope': 'https://graph.microsoft.com/.default' }),
    });
    expect(main.exitCode).toBe(1);
    expect(main.errors.join('\n')).toContain('Input `entra-scope` must be granular or default');
    expect(await legacy.requests()).toEqual([]);
  });
});

describe('the Azure Pipelines task', () => {
  function pipeline(extra: Record<string, string>) {
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(legacy.inputs(extra))) inputs[taskName(name)] = value;
    return { inputs };
  }

  test('names its own input, entraScope, in the advice; entraScope: default works', async () => {
    const refused = await runTaskStep('main', pipeline({}));
    expect(refused.exitCode).toBe(1);
    expect(refused.errors.join('\n')).toContain('Set `entraScope` to default');
    const { main, post } = await runTaskJob(pipeline({ 'entra-scope': 'default' }));
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(await active(legacy)).toEqual([]);
  });
});

describe('login', () => {
  function runLogin(
    emu: TestEmulator,
    args: string[],
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const dir = mkdtempSync(path.join(tmpdir(), 'login-scope-'));
    const child = spawn(
      process.execPath,
      [
        path.join(distDir, 'cli', 'index.js'),
        'login',
        '--client-id',
        emu.emulator.bot.clientId,
        '--tenant-id',
        emu.emulator.tenantId,
        '--authority-host',
        emu.emulator.authorityHost,
        '--print',
        ...args,
      ],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, HOME: dir, NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS },
      },
    );
    const run = { code: null as number | null, stdout: '', stderr: '' };
    let approved = false;
    child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => {
      run.stderr += chunk.toString('utf8');
      const userCode = /enter the code ([A-Z0-9]+)/.exec(run.stderr)?.[1];
      if (userCode && !approved) {
        approved = true;
        void fetch(`${emu.emulator.url}/_emulator/devicecode/approve`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userCode }),
        });
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    return new Promise((resolve) =>
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ ...run, code });
      }),
    );
  }

  test('prints the scopes the refresh token carries, never the token', async () => {
    const run = await runLogin(consented, []);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'The refresh token carries the scopes "499b84ac-1321-427f-aa17-267ca6975798/vso.pats 499b84ac-1321-427f-aa17-267ca6975798/vso.pats_manage offline_access"',
    );
    const token = run.stdout.trim();
    for (const form of maskForms(token)) expect(run.stderr.includes(form)).toBe(false);
  });

  test('without the granular consent: refused with the advice, and --entra-scope default gets user_impersonation', async () => {
    const refused = await runLogin(legacy, []);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Set `--entra-scope` to default');
    const run = await runLogin(legacy, ['--entra-scope', 'default']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'The refresh token carries the scopes "499b84ac-1321-427f-aa17-267ca6975798/user_impersonation offline_access"',
    );
    // The refresh token it printed mints through the action with the same setting.
    const { main } = await runActionJob({
      inputs: legacy.inputs({ 'refresh-token': run.stdout.trim(), 'entra-scope': 'default' }),
    });
    expect(main.errors).toEqual([]);
  });
});
