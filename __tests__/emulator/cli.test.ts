// The emulator CLI, bundled with esbuild as scripts/build.mjs does: one JSON ready line, clean stop, usage errors,
// and a curl walk-through (token → create → list → revoke) with --cacert.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.join(__dirname, '..', '..');
let bundle: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'emu-cli-'));
  bundle = path.join(out, 'index.js');
  await build({
    absWorkingDir: root,
    entryPoints: ['emulator/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    logLevel: 'silent',
  });
});

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

interface Started {
  child: ChildProcess;
  ready: Record<string, unknown> & {
    url: string;
    caCertFile: string;
    tenantId: string;
    organization: string;
    bot: { refreshToken: string; clientId: string };
  };
  stdout: () => string;
  stderr: () => string;
}

function start(args: string[] = []): Promise<Started> {
  const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('\n'))
        resolve({
          child,
          ready: JSON.parse(stdout.split('\n')[0]!) as Started['ready'],
          stdout: () => stdout,
          stderr: () => stderr,
        });
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

function curl(args: string[]): { status: number; body: string } {
  const r = spawnSync('curl', ['-sS', '-w', '\n%{http_code}', ...args], { encoding: 'utf8' });
  const lines = r.stdout.trimEnd().split('\n');
  return { status: Number(lines.pop()), body: lines.join('\n') };
}

test('prints exactly one JSON ready line with every documented field, and stops cleanly on SIGTERM', async () => {
  const s = await start();
  const r = s.ready;
  expect(r.ready).toBe(true);
  expect(r.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  for (const key of ['authorityHost', 'vsspsUrl', 'azureDevOpsUrl']) expect(r[key]).toBe(r.url);
  expect(r).toMatchObject({
    organization: 'contoso',
    project: 'demo',
    repository: 'demo-repo',
    keyVaultUrl: `${r.url}/keyvault`,
  });
  const strings = [
    'bot.username',
    'bot.password',
    'bot.refreshToken',
    'bot.clientId',
    'servicePrincipal.clientId',
    'servicePrincipal.clientSecret',
    'github.requestToken',
    'azurePipelines.accessToken',
    'azurePipelines.serviceConnectionId',
  ];
  for (const key of strings) {
    const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], r);
    expect(typeof value === 'string' && value.length > 0).toBe(true);
  }
  const github = r.github as { requestUrl: string };
  const pipelines = r.azurePipelines as { oidcRequestUri: string };
  expect(github.requestUrl.startsWith(`${r.url}/github-oidc/token?`)).toBe(true);
  expect(pipelines.oidcRequestUri.startsWith(r.url)).toBe(true);
  expect(r.tenantId).toMatch(/^[0-9a-f-]{36}$/);
  expect(path.isAbsolute(r.caCertFile)).toBe(true);
  s.child.kill('SIGTERM');
  expect(await exited(s.child)).toBe(0);
  expect(s.stdout().trimEnd().split('\n')).toHaveLength(1);
  // Nothing secret on stderr.
  expect(s.stderr()).not.toContain(r.bot.refreshToken);
});

test('a newcomer’s curl walk-through: refresh token → create → list → revoke', async () => {
  const s = await start(['--log-level', 'debug']);
  const { url, caCertFile, tenantId, organization, bot } = s.ready;
  const token = curl([
    '--cacert',
    caCertFile,
    `${url}/${tenantId}/oauth2/v2.0/token`,
    '-d',
    'grant_type=refresh_token',
    '-d',
    `client_id=${bot.clientId}`,
    '--data-urlencode',
    `refresh_token=${bot.refreshToken}`,
    '--data-urlencode',
    'scope=499b84ac-1321-427f-aa17-267ca6975798/.default offline_access',
  ]);
  expect(token.status).toBe(200);
  const access = (JSON.parse(token.body) as { access_token: string }).access_token;
  const pats = `${url}/${organization}/_apis/tokens/pats?api-version=7.1-preview.1`;
  const auth = ['-H', `Authorization: Bearer ${access}`];
  const created = curl([
    '--cacert',
    caCertFile,
    ...auth,
    '-H',
    'Content-Type: application/json',
    '-d',
    '{"displayName":"curl","scope":"vso.code","validTo":"2099-01-01T00:00:00Z","allOrgs":false}',
    pats,
  ]);
  expect(created.status).toBe(200);
  const { patToken } = JSON.parse(created.body) as { patToken: { authorizationId: string; token: string } };
  const listed = curl(['--cacert', caCertFile, ...auth, pats]);
  expect(listed.body).toContain(patToken.authorizationId);
  const revoked = curl([
    '--cacert',
    caCertFile,
    ...auth,
    '-X',
    'DELETE',
    `${url}/${organization}/_apis/tokens/pats?authorizationId=${patToken.authorizationId}&api-version=7.1-preview.1`,
  ]);
  expect(revoked.status).toBe(204);
  // Without --cacert curl refuses the certificate: the CA is really what makes it trusted.
  const untrusted = spawnSync('curl', ['-sS', '--cacert', '/dev/null', `${url}/_emulator/state`], {
    encoding: 'utf8',
    env: { ...process.env, CURL_CA_BUNDLE: '' },
  });
  expect(untrusted.status).not.toBe(0);
  // Global fetch in a fresh Node process trusts the CA through NODE_EXTRA_CA_CERTS.
  const fetched = spawnSync(
    process.execPath,
    ['-e', `fetch(${JSON.stringify(`${url}/_emulator/state`)}).then(r => console.log(r.status))`],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: caCertFile },
    },
  );
  expect(fetched.stdout.trim()).toBe('200');
  s.child.kill('SIGINT');
  expect(await exited(s.child)).toBe(0);
  for (const secret of [access, patToken.token, bot.refreshToken]) expect(s.stderr()).not.toContain(secret);
});

test('--help, unknown flags and bad configs', () => {
  const help = spawnSync(process.execPath, [bundle, '--help'], { encoding: 'utf8' });
  expect(help.status).toBe(0);
  expect(help.stdout).toBe('');
  expect(help.stderr).toContain('--data-dir');
  const unknown = spawnSync(process.execPath, [bundle, '--bogus'], { encoding: 'utf8' });
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain('unknown option --bogus');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'emu-cfg-'));
  const notJson = path.join(dir, 'bad.json');
  writeFileSync(notJson, '{');
  const bad = spawnSync(process.execPath, [bundle, '--config', notJson], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('not valid JSON');
  const invalid = path.join(dir, 'invalid.json');
  writeFileSync(invalid, JSON.stringify({ throttling: { budget: -1 } }));
  const inv = spawnSync(process.execPath, [bundle, '--config', invalid], { encoding: 'utf8' });
  expect(inv.status).toBe(2);
  expect(inv.stderr).toContain('throttling.budget');
  expect(spawnSync(process.execPath, [bundle, '--port', 'abc'], { encoding: 'utf8' }).status).toBe(2);
  expect(
    spawnSync(process.execPath, [bundle, '--config', path.join(dir, 'missing.json')], { encoding: 'utf8' })
      .status,
  ).toBe(2);
});

test('--config seeds values and --data-dir keeps state across a restart of the process', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'emu-cli-data-'));
  const seed = path.join(dir, 'seed.json');
  writeFileSync(
    seed,
    JSON.stringify({ organization: 'fabrikam', policy: { restrictGlobal: { enabled: true } } }),
  );
  const first = await start([
    '--config',
    seed,
    '--data-dir',
    path.join(dir, 'state'),
    '--log-level',
    'silent',
  ]);
  expect(first.ready.organization).toBe('fabrikam');
  first.child.kill('SIGTERM');
  await exited(first.child);
  const second = await start([`--config=${seed}`, `--data-dir=${path.join(dir, 'state')}`]);
  expect(second.ready.bot.refreshToken).toBe(first.ready.bot.refreshToken);
  expect(second.ready.caCertFile).toBe(first.ready.caCertFile);
  second.child.kill('SIGTERM');
  expect(await exited(second.child)).toBe(0);
});
