/**
 * The built CLI against the emulator: mint in every format, revoke by each handle, list, sweep, and the
 * errors a user meets, each with its exit code. Every run's stderr is scanned for every secret form.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/index';
import {
  activePats,
  baseEnv,
  emulatorEnv,
  emulatorRequest,
  leaks,
  runCli,
  tempDir,
  type CliRun,
} from './cli-harness';
import { refusingProxy } from '../helpers/refusing-proxy';

let emulator: EmulatorHandle;
let dir: string;
let env: Record<string, string>;
/** Every secret seen in this file: the bot's refresh token and each minted PAT. */
const secrets: string[] = [];

// Real Entra keeps a rotated refresh token usable; mint and revoke are separate processes that redeem the same one.
beforeAll(async () => {
  emulator = await startEmulator({ config: { entra: { refreshTokenReuse: 'allow' } } });
  secrets.push(emulator.bot.refreshToken);
});
afterAll(() => emulator.close());

beforeEach(() => {
  dir = tempDir();
  env = { ...baseEnv(dir), ...emulatorEnv(emulator) };
  for (const pat of activePats(emulator)) pat.revokedAt = new Date().toISOString();
});

async function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<CliRun> {
  const run = await runCli(args, { env: { ...env, ...extraEnv }, cwd: dir });
  expect(leaks(run.stderr, secrets)).toEqual([]);
  return run;
}

async function mintJson(extra: string[] = []) {
  const run = await cli(['mint', '--scopes', 'vso.code', '--format', 'json', ...extra]);
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as Record<string, string>;
  secrets.push(result.token ?? '');
  return result;
}

/** A PAT opens connectionData while it is active (HTTP 200) and no longer once revoked. */
async function probe(token: string): Promise<number> {
  const response = await emulatorRequest(emulator, 'GET', `/${emulator.organization}/_apis/connectionData`, {
    headers: { Authorization: `Basic ${Buffer.from(`:${token}`).toString('base64')}` },
  });
  return response.status;
}

const stateFile = () => path.join(dir, '.ado-ephemeral-pat', 'state.json');

describe('mint', () => {
  test('--format json prints every output; the state file holds no secret; revoke uses it and deletes it', async () => {
    const result = await mintJson();
    expect(Object.keys(result).sort()).toEqual(
      ['authorizationId', 'basicAuth', 'displayName', 'expiresAt', 'scopes', 'token'].sort(),
    );
    expect(result.scopes).toBe('vso.code');
    expect(result.basicAuth).toBe(Buffer.from(`:${result.token}`).toString('base64'));
    expect(result.displayName).toMatch(/^ado-ephemeral-pat: cli on .* \[[0-9a-f]{8}\]$/);
    expect(await probe(result.token ?? '')).toBe(200);

    expect(statSync(stateFile()).mode & 0o777).toBe(0o600);
    const saved = readFileSync(stateFile(), 'utf8');
    expect(leaks(saved, secrets)).toEqual([]);
    expect(JSON.parse(saved)).toMatchObject({
      tool: 'ado-ephemeral-pat',
      version: 1,
      state: {
        authorizationId: result.authorizationId,
        displayName: result.displayName,
        organization: 'contoso',
      },
    });

    const revoke = await cli(['revoke', '--json']);
    expect(revoke.code).toBe(0);
    expect(JSON.parse(revoke.stdout)).toEqual({ outcome: 'revoked', revoked: [result.authorizationId] });
    expect(await probe(result.token ?? '')).toBe(401);
    expect(existsSync(stateFile())).toBe(false);
  });

  test('--format env prints export lines that eval in bash; revoke --authorization-id', async () => {
    const run = await cli([
      'mint',
      '--scopes',
      'code',
      '--format',
      'env',
      '--export-variable',
      'AZURE_DEVOPS_EXT_PAT',
    ]);
    expect(run.code).toBe(0);
    const script = `eval "$(cat)"; printf '%s\\n' "$ADO_PAT_AUTHORIZATION_ID" "$ADO_PAT_TOKEN" "$AZURE_DEVOPS_EXT_PAT" "$ADO_PAT_DISPLAY_NAME"`;
    const [id = '', token = '', exported, name] = execFileSync('bash', ['-c', script], { input: run.stdout })
      .toString()
      .split('\n');
    secrets.push(token);
    expect(exported).toBe(token);
    expect(name).toMatch(/^ado-ephemeral-pat: /);
    expect(await probe(token)).toBe(200);

    const revoke = await cli(['revoke', '--authorization-id', id]);
    expect(revoke.code).toBe(0);
    expect(revoke.stderr).toContain(`Revoked the token with authorization id ${id}`);
    expect(await probe(token)).toBe(401);
    // Revoking again, or an id the server does not know, is not an error: the token is gone either way.
    expect((await cli(['revoke', '--authorization-id', id])).code).toBe(0);
    const unknown = await cli([
      'revoke',
      '--authorization-id',
      '0a0a0a0a-0000-4000-8000-000000000000',
      '--json',
    ]);
    expect([unknown.code, JSON.parse(unknown.stdout)]).toEqual([0, { outcome: 'already-gone', revoked: [] }]);
  });

  test('--format token prints only the token; revoke --display-name', async () => {
    const run = await cli([
      'mint',
      '--scopes',
      'vso.code',
      '--format',
      'token',
      '--display-name',
      'nightly sync',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\S+\n$/);
    const token = run.stdout.trim();
    secrets.push(token);
    expect(await probe(token)).toBe(200);
    const name = (JSON.parse(readFileSync(stateFile(), 'utf8')) as { state: { displayName: string } }).state
      .displayName;
    expect(name).toMatch(/^ado-ephemeral-pat: nightly sync \[[0-9a-f]{8}\]$/);

    const revoke = await cli(['revoke', '--display-name', name, '--json']);
    expect(revoke.code).toBe(0);
    expect((JSON.parse(revoke.stdout) as { revoked: string[] }).revoked).toHaveLength(1);
    expect(await probe(token)).toBe(401);
  });

  test('--output writes a 0600 file and nothing to stdout; a symlink is refused before minting', async () => {
    const file = path.join(dir, 'pat.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    const run = await cli(['mint', '--scopes', 'vso.code', '--output', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const result = JSON.parse(readFileSync(file, 'utf8')) as { token: string };
    secrets.push(result.token);
    expect(await probe(result.token)).toBe(200);
    expect((await cli(['revoke'])).code).toBe(0);

    const link = path.join(dir, 'link.env');
    symlinkSync(path.join(dir, 'elsewhere'), link);
    const refused = await cli(['mint', '--scopes', 'vso.code', '--format', 'env', '--output', link]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('it is a symbolic link');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(dir, 'elsewhere'))).toBe(false);
    expect(activePats(emulator)).toHaveLength(0);
  });

  test('refuses to overwrite a state file that still records a token', async () => {
    await mintJson();
    const second = await cli(['mint', '--scopes', 'vso.code', '--format', 'json']);
    expect(second.code).toBe(2);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(
      /still records the token .* Fix: Run `ado-ephemeral-pat revoke --state-file/,
    );
    expect(activePats(emulator)).toHaveLength(1);
    const other = await cli([
      'mint',
      '--scopes',
      'vso.code',
      '--format',
      'json',
      '--state-file',
      'b/state.json',
    ]);
    expect(other.code).toBe(0);
    secrets.push((JSON.parse(other.stdout) as { token: string }).token);
    expect(activePats(emulator)).toHaveLength(2);
  });

  test('two mints sharing a state file at the same time: one mints, the other stops before creating', async () => {
    const runs = await Promise.all(
      ['a.json', 'b.json'].map((out) =>
        cli(['mint', '--scopes', 'vso.code', '--output', out, '--state-file', 'shared/state.json']),
      ),
    );
    expect(runs.map((run) => run.code).sort()).toEqual([0, 2]);
    expect(runs.find((run) => run.code === 2)?.stderr).toMatch(/state_file_in_use|state file/);
    for (const out of ['a.json', 'b.json']) {
      if (existsSync(path.join(dir, out)))
        secrets.push((JSON.parse(readFileSync(path.join(dir, out), 'utf8')) as { token: string }).token);
    }
    // The one token that exists is the one the state file names: revoke leaves nothing behind.
    expect(activePats(emulator)).toHaveLength(1);
    expect((await cli(['revoke', '--state-file', 'shared/state.json'])).code).toBe(0);
    expect(activePats(emulator)).toHaveLength(0);
  });

  test('refuses a state file that records no token rather than overwrite it', async () => {
    writeFileSync(
      path.join(dir, 'empty.json'),
      JSON.stringify({ tool: 'ado-ephemeral-pat', version: 1, state: {} }),
    );
    const run = await cli(['mint', '--scopes', 'vso.code', '--format', 'json', '--state-file', 'empty.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('exists but records no token');
    expect(activePats(emulator)).toHaveLength(0);
    // revoke clears it, and then mint may use the place.
    expect((await cli(['revoke', '--state-file', 'empty.json'])).code).toBe(0);
    expect(existsSync(path.join(dir, 'empty.json'))).toBe(false);
  });

  test('revoke sends nothing to endpoints a state file names unless the inputs name them too', async () => {
    const contacted: string[] = [];
    const trap = createServer((socket) => {
      contacted.push('connection');
      socket.destroy();
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    const port = (trap.address() as AddressInfo).port;
    try {
      const planted = {
        displayName: 'ado-ephemeral-pat: planted [0123abcd]',
        organization: emulator.organization,
        authorityHost: `http://127.0.0.1:${port}`,
        vsspsUrl: emulator.vsspsUrl,
        azureDevOpsUrl: emulator.azureDevOpsUrl,
      };
      writeFileSync(
        path.join(dir, 'planted.json'),
        JSON.stringify({ tool: 'ado-ephemeral-pat', version: 1, state: planted }),
      );
      const run = await cli(['revoke', '--state-file', 'planted.json']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /The saved state is for `--authority-host` \(from ADO_EPHEMERAL_PAT_AUTHORITY_HOST\) "http:\/\/127\.0\.0\.1:\d+"/,
      );
      expect(contacted).toEqual([]);
      expect(existsSync(path.join(dir, 'planted.json'))).toBe(true);
    } finally {
      trap.close();
    }
  });

  test('in a checkout, `git status` shows nothing of the state directory, during the job or after it', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: dir, env: { ...env, GIT_CONFIG_NOSYSTEM: '1' } }).toString();
    git('init', '--quiet');
    const out = path.join(tempDir(), 'pat.json');
    const run = await cli(['mint', '--scopes', 'vso.code', '--output', out]);
    expect(run.code).toBe(0);
    secrets.push((JSON.parse(readFileSync(out, 'utf8')) as { token: string }).token);
    expect(existsSync(stateFile())).toBe(true);
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('');
    expect((await cli(['revoke'])).code).toBe(0);
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  test('the display name says which CI job minted the token (GitLab variables)', async () => {
    const gitlab = {
      GITLAB_CI: 'true',
      CI_PROJECT_PATH: 'group/app',
      CI_PIPELINE_ID: '77',
      CI_JOB_NAME: 'deploy',
    };
    const run = await cli(['mint', '--scopes', 'vso.code', '--format', 'json'], gitlab);
    const result = JSON.parse(run.stdout) as { token: string; displayName: string };
    secrets.push(result.token);
    expect(result.displayName).toMatch(/^ado-ephemeral-pat: group\/app run 77 job deploy \[[0-9a-f]{8}\]$/);
  });
});

describe('list and sweep', () => {
  test("list shows only this tool's active tokens, as a table or JSON", async () => {
    const a = await mintJson(['--display-name', 'first']);
    const b = await mintJson(['--display-name', 'second', '--state-file', 's2.json']);
    // A token minted by hand is not this tool's: list and sweep never touch it.
    const foreign = { ...activePats(emulator)[0]!, authorizationId: '0f0f0f0f-0000-4000-8000-00000000f00f' };
    emulator.context.state.data.pats[foreign.authorizationId] = { ...foreign, displayName: 'my laptop' };

    const json = await cli(['list', '--json']);
    expect(json.code).toBe(0);
    const listed = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(listed.map((t) => t.authorizationId).sort()).toEqual(
      [a.authorizationId, b.authorizationId].sort(),
    );
    // The field names and time precision of `mint --format json`, whatever precision the server wrote.
    const isoMs = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
    const first = listed.find((t) => t.authorizationId === a.authorizationId);
    expect(first).toEqual({
      authorizationId: a.authorizationId,
      displayName: a.displayName,
      scopes: a.scopes,
      createdAt: first?.createdAt,
      expiresAt: a.expiresAt,
    });
    expect(first?.createdAt).toMatch(isoMs);
    expect(a.expiresAt).toMatch(isoMs);
    expect(leaks(json.stdout, secrets)).toEqual([]);

    const table = await cli(['list']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^AUTHORIZATION ID\s+CREATED\s+EXPIRES\s+SCOPES\s+DISPLAY NAME$/);
    expect(lines).toHaveLength(3);
    expect(table.stdout).toContain(a.displayName);
    expect(table.stdout).not.toContain('my laptop');
    expect(table.stderr).toContain('2 active token(s) minted by ado-ephemeral-pat in contoso');
  });

  test('sweep revokes only own tokens older than --older-than; --dry-run revokes nothing', async () => {
    const old = await mintJson(['--display-name', 'dead runner']);
    const young = await mintJson(['--display-name', 'running job', '--state-file', 's2.json']);
    const record = emulator.context.state.data.pats[old.authorizationId ?? '']!;
    record.validFrom = new Date(Date.now() - 3 * 3600_000).toISOString();

    const dry = await cli(['sweep', '--older-than', '2h', '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const planned = JSON.parse(dry.stdout) as {
      matched: { authorizationId: string }[];
      revoked: unknown[];
      kept: number;
    };
    expect(planned.matched.map((t) => t.authorizationId)).toEqual([old.authorizationId]);
    expect([planned.revoked, planned.kept]).toEqual([[], 1]);
    expect(dry.stderr).toContain('Would revoke "ado-ephemeral-pat: dead runner');
    expect(activePats(emulator)).toHaveLength(2);

    const swept = await cli(['sweep', '--older-than', '2h', '--json']);
    expect(swept.code).toBe(0);
    const report = JSON.parse(swept.stdout) as { revoked: { authorizationId: string }[]; olderThan: string };
    expect(report.revoked.map((t) => t.authorizationId)).toEqual([old.authorizationId]);
    expect(report.olderThan).toBe('2h');
    expect(await probe(old.token ?? '')).toBe(401);
    expect(await probe(young.token ?? '')).toBe(200);
  });
});

describe('errors and exit codes', () => {
  test.each([
    [
      ['mint', '--scopes', 'vso.code', '--format', 'json', '--organizaton', 'x'],
      2,
      /Unknown option "--organizaton"\. Did you mean --organization\?/,
    ],
    [['mint', '--scopes', 'vso.code'], 2, /prints the token only where asked/],
    [['mint', '--scopes', 'vso.code', '--format', 'yaml'], 2, /--format must be one of json, env, token/],
    [['mint', '--scopes', 'app_token', '--format', 'json'], 2, /app_token/],
    [['revoke', '--authorization-id', 'nope'], 2, /--authorization-id must be a GUID, got "nope"/],
    [
      ['revoke', '--authorization-id', '4ab5764f-4193-4f1d-b995-64144880b7d7', '--display-name', 'x'],
      2,
      /Give one handle/,
    ],
    [['sweep'], 2, /needs --older-than/],
    [['sweep', '--older-than', 'soon'], 2, /Invalid duration/],
    [['mintt'], 2, /Unknown command "mintt"\. Did you mean mint\?/],
    [['login'], 2, /Say where to store the refresh token/],
  ])('%j exits %i', async (args, code, message) => {
    const run = await cli(args);
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
  });

  test('missing credentials: exit 2 naming what is needed, before any request', async () => {
    const { ADO_EPHEMERAL_PAT_REFRESH_TOKEN: _omit, ...rest } = env;
    const before = activePats(emulator).length;
    for (const args of [
      ['mint', '--scopes', 'vso.code', '--format', 'json'],
      ['list'],
      ['revoke', '--authorization-id', '4ab5764f-4193-4f1d-b995-64144880b7d7'],
    ]) {
      const run = await runCli(args, { env: rest, cwd: dir });
      expect([args[0], run.code]).toEqual([args[0], 2]);
      expect(run.stderr).toMatch(/error: No credential source given .* Fix: .*refresh-token/);
    }
    expect(activePats(emulator)).toHaveLength(before);
  });

  test('messages name inputs as flags', async () => {
    const run = await cli([
      'mint',
      '--scopes',
      'vso.code',
      '--format',
      'json',
      '--authority-host',
      'http://login.example.com',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Input `--authority-host` must use https');
    expect(run.stderr).not.toMatch(/[^-]authority-host/);
  });

  test("a host outside Microsoft's clouds: exit 2 before any request; --allow-custom-endpoints sends, with a warning", async () => {
    const proxy = await refusingProxy();
    try {
      // Loopback is never proxied: the token request goes to a name only the proxy could resolve.
      const custom = {
        ADO_EPHEMERAL_PAT_AUTHORITY_HOST: 'https://login.custom-cloud.invalid',
        HTTPS_PROXY: proxy.url,
      };
      const mint = ['mint', '--scopes', 'vso.code', '--format', 'json'];
      const refused = await cli(mint, custom);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        'Input `--authority-host` (from ADO_EPHEMERAL_PAT_AUTHORITY_HOST) names "login.custom-cloud.invalid"',
      );
      expect(refused.stderr).toContain('turn on `--allow-custom-endpoints`');
      expect(proxy.connects).toEqual([]);

      const warning =
        'warning: Input `--authority-host` (from ADO_EPHEMERAL_PAT_AUTHORITY_HOST) names "login.custom-cloud.invalid", a host outside';
      const byFlag = await cli([...mint, '--allow-custom-endpoints'], custom);
      const byVariable = await cli(mint, { ...custom, ADO_EPHEMERAL_PAT_ALLOW_CUSTOM_ENDPOINTS: 'true' });
      for (const run of [byFlag, byVariable]) {
        expect(run.stderr).toContain(warning);
        expect(run.stderr).toContain('407');
        expect(run.code).toBe(1);
      }
      expect(proxy.connects.map((connect) => connect.line)).toEqual([
        'CONNECT login.custom-cloud.invalid:443 HTTP/1.1',
        'CONNECT login.custom-cloud.invalid:443 HTTP/1.1',
      ]);
    } finally {
      await proxy.close();
    }
  });

  test('revoke: a custom endpoint the state file and the inputs name still needs the opt-in', async () => {
    const custom = 'https://login.custom-cloud.invalid';
    writeFileSync(
      path.join(dir, 'custom.json'),
      JSON.stringify({
        tool: 'ado-ephemeral-pat',
        version: 1,
        state: {
          displayName: 'ado-ephemeral-pat: custom [0123abcd]',
          organization: emulator.organization,
          authorityHost: custom,
          vsspsUrl: emulator.vsspsUrl,
          azureDevOpsUrl: emulator.azureDevOpsUrl,
        },
      }),
    );
    const run = await cli(['revoke', '--state-file', 'custom.json'], {
      ADO_EPHEMERAL_PAT_AUTHORITY_HOST: custom,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'Input `--authority-host` (from ADO_EPHEMERAL_PAT_AUTHORITY_HOST) names "login.custom-cloud.invalid"',
    );
    expect(existsSync(path.join(dir, 'custom.json'))).toBe(true);
  });

  test('vso.tokens: exit 2 before any request; --allow-token-scopes mints it, with a warning', async () => {
    const before = activePats(emulator).length;
    const refused = await cli(['mint', '--scopes', 'vso.code,vso.tokens', '--format', 'json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"vso.tokens" lets the PAT mint or manage tokens');
    expect(refused.stderr).toContain('turn on `--allow-token-scopes`');
    expect(activePats(emulator)).toHaveLength(before);

    const allowed = await cli([
      'mint',
      '--scopes',
      'vso.code,vso.tokens',
      '--format',
      'json',
      '--allow-token-scopes',
    ]);
    expect(allowed.code).toBe(0);
    const result = JSON.parse(allowed.stdout) as Record<string, string>;
    secrets.push(result.token ?? '');
    expect(result.scopes?.split(' ').sort()).toEqual(['vso.code', 'vso.tokens']);
    expect(allowed.stderr).toContain('warning: Scope vso.tokens, allowed by `--allow-token-scopes`');
    expect((await cli(['revoke'])).code).toBe(0);
  });

  test('a positional value is never echoed: it could be a secret', async () => {
    const run = await cli(['mint', '--scopes', 'vso.code', '--format', 'json', 'hunter2-secret-value']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('hunter2');
  });

  test('a secret given as a flag works, is warned about, and never reaches stderr', async () => {
    const { ADO_EPHEMERAL_PAT_REFRESH_TOKEN: token = '', ...rest } = env;
    const run = await runCli(
      ['mint', '--scopes', 'vso.code', '--format', 'json', '--refresh-token', token, '--debug'],
      {
        env: rest,
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    secrets.push((JSON.parse(run.stdout) as { token: string }).token);
    expect(run.stderr).toContain(
      'warning: --refresh-token on the command line is visible to other processes',
    );
    expect(run.stderr).toContain('debug: ');
    expect(leaks(run.stderr, secrets)).toEqual([]);
  });

  test('a server failure exits 1; a failed revocation exits 3 and keeps the state file', async () => {
    const wrongOrg = await cli(['list', '--organization', 'no-such-org']);
    expect(wrongOrg.code).toBe(1);
    expect(wrongOrg.stderr).toMatch(/^error: .* Fix: /m);

    const minted = await mintJson();
    const armed = await emulatorRequest(emulator, 'POST', '/_emulator/faults', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ route: 'pats.revoke', action: 'status', status: 400, times: 0 }),
    });
    expect(armed.status).toBeLessThan(300);
    try {
      const byState = await cli(['revoke']);
      expect(byState.code).toBe(3);
      expect(byState.stderr).toContain(`--authorization-id ${minted.authorizationId}`);
      expect(existsSync(stateFile())).toBe(true);
      const byId = await cli(['revoke', '--authorization-id', minted.authorizationId ?? '']);
      expect(byId.code).toBe(3);
    } finally {
      await emulatorRequest(emulator, 'DELETE', '/_emulator/faults');
    }
    expect((await cli(['revoke'])).code).toBe(0);
    expect(await probe(minted.token ?? '')).toBe(401);
  });

  test.each([
    ['an unknown organization (HTTP 404)', ['--organization', 'no-such-org'], /HTTP 404/],
    ['a vssps-url that refuses connections', ['--vssps-url', 'https://127.0.0.1:9'], /ECONNREFUSED/],
  ])('a create that surely did nothing leaves no state file: %s', async (_name, extra, cause) => {
    const failed = await cli(['mint', '--scopes', 'vso.code', '--format', 'json', ...extra]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(cause);
    expect(failed.stderr).not.toMatch(/revoke --state-file|stays valid/);
    expect(existsSync(stateFile())).toBe(false);
    // The next build mints at once, with the same default state file.
    await mintJson();
    expect((await cli(['revoke'])).code).toBe(0);
  });

  test('a create whose answer was lost keeps the state file, and its advice works when followed', async () => {
    const armed = await emulatorRequest(emulator, 'POST', '/_emulator/faults', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ route: 'pats.create', action: 'drop-after', times: 3 }),
    });
    expect(armed.status).toBeLessThan(300);
    let failed: CliRun;
    try {
      failed = await cli(['mint', '--scopes', 'vso.code', '--format', 'json']);
    } finally {
      await emulatorRequest(emulator, 'DELETE', '/_emulator/faults');
    }
    expect(failed.code).toBe(1);
    expect(existsSync(stateFile())).toBe(true);
    expect(activePats(emulator)).toHaveLength(1);
    // A later mint refuses the place and says what to run; running exactly that cleans up.
    const refused = await cli(['mint', '--scopes', 'vso.code', '--format', 'json']);
    expect(refused.code).toBe(2);
    const advice = /Run `ado-ephemeral-pat (revoke [^`]+)`/.exec(refused.stderr)?.[1];
    expect(advice).toBeDefined();
    const followed = await cli((advice ?? '').split(' '));
    expect(followed.code).toBe(0);
    expect(activePats(emulator)).toHaveLength(0);
    expect(existsSync(stateFile())).toBe(false);
    await mintJson();
    expect((await cli(['revoke'])).code).toBe(0);
  });

  test('revoke without a state file has nothing to do (mint failed early): exit 0', async () => {
    const run = await cli(['revoke', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ outcome: 'nothing-minted', revoked: [] });
  });
});
