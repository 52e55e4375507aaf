// Real git clone, fetch and push over HTTPS against the emulator, with PATs minted through its PAT API.
// Tokens travel only in headers and environment; nothing here prints one.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/index';
import { ADO, API, botToken, call, control, createPat, emulator, pats, tokenRequest } from './harness';

let emu: EmulatorHandle;
let tmp: string;
let repoUrl: string;

beforeAll(async () => {
  emu = await emulator();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'git-pat-test-'));
  repoUrl = `${emu.url}/${emu.organization}/${emu.project}/_git/${emu.repository}`;
});

afterAll(() => rm(tmp, { recursive: true, force: true }));

async function mintPat(scope: string, validTo = new Date(Date.now() + 3600_000)) {
  const res = await createPat(emu, await botToken(emu), {
    displayName: `git test ${scope}`,
    scope,
    validTo: validTo.toISOString(),
  });
  expect(res.status).toBe(200);
  return (res.body as { patToken: { token: string; authorizationId: string } }).patToken;
}

interface GitResult {
  code: number;
  stderr: string;
}

/** Runs git with the credential as an extra header, isolated from any user or system config. */
function git(args: string[], authorization: string | undefined, cwd = tmp): Promise<GitResult> {
  const config = authorization ? ['-c', `http.extraheader=AUTHORIZATION: ${authorization}`] : [];
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_SSL_CAINFO: process.env.GIT_SSL_CAINFO ?? '',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
  };
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...config, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

const basic = (pat: string) => `Basic ${Buffer.from(`:${pat}`).toString('base64')}`;

test('clone and fetch work with vso.code', async () => {
  const pat = await mintPat('vso.code');
  const dir = path.join(tmp, 'clone-read');
  const clone = await git(['clone', '--quiet', repoUrl, dir], basic(pat.token));
  expect(clone.code).toBe(0);
  expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toMatch(/^# /);
  expect((await git(['fetch', '--quiet', 'origin'], basic(pat.token), dir)).code).toBe(0);
});

test('push is refused with vso.code and allowed with vso.code_write', async () => {
  const reader = await mintPat('vso.code');
  const writer = await mintPat('vso.code_write');
  const dir = path.join(tmp, 'clone-write');
  expect((await git(['clone', '--quiet', repoUrl, dir], basic(writer.token))).code).toBe(0);
  await writeFile(path.join(dir, 'pushed.txt'), 'from the test\n');
  expect((await git(['add', 'pushed.txt'], undefined, dir)).code).toBe(0);
  expect((await git(['commit', '--quiet', '-m', 'pushed by test'], undefined, dir)).code).toBe(0);

  const refused = await git(['push', '--quiet', 'origin', 'HEAD:main'], basic(reader.token), dir);
  expect(refused.code).not.toBe(0);
  expect(refused.stderr).toMatch(/401|Authentication failed|could not read Username/);

  expect((await git(['push', '--quiet', 'origin', 'HEAD:main'], basic(writer.token), dir)).code).toBe(0);
  const check = path.join(tmp, 'clone-check');
  expect((await git(['clone', '--quiet', repoUrl, check], basic(reader.token))).code).toBe(0);
  expect(await readFile(path.join(check, 'pushed.txt'), 'utf8')).toBe('from the test\n');
});

test('scope implications hold: vso.code_full may push', async () => {
  const pat = await mintPat('vso.code_full');
  const info = await call(`${repoUrl}/info/refs?service=git-receive-pack`, {
    headers: { authorization: basic(pat.token) },
  });
  expect(info.status).toBe(200);
  expect(info.headers.get('content-type')).toBe('application/x-git-receive-pack-advertisement');
});

test('an Entra user token works as Bearer for git', async () => {
  // The Azure CLI client is consented to user_impersonation, which is full access.
  const res = await tokenRequest(emu, {
    grant_type: 'password',
    client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
    username: emu.bot.username,
    password: emu.bot.password,
    scope: `${ADO}/.default`,
  });
  const jwt = String(res.body.access_token);
  expect((await git(['ls-remote', repoUrl], `Bearer ${jwt}`)).code).toBe(0);
});

test('no credential and a wrong credential are refused', async () => {
  expect((await git(['ls-remote', repoUrl], undefined)).code).not.toBe(0);
  expect((await git(['ls-remote', repoUrl], basic('not-a-real-pat'))).code).not.toBe(0);
});

test('clone is refused after the PAT is revoked', async () => {
  const pat = await mintPat('vso.code');
  expect((await git(['ls-remote', repoUrl], basic(pat.token))).code).toBe(0);
  const revoke = await pats(
    emu,
    await botToken(emu),
    'DELETE',
    `${API}&authorizationId=${pat.authorizationId}`,
  );
  expect(revoke.status).toBe(204);
  const refused = await git(['clone', '--quiet', repoUrl, path.join(tmp, 'revoked')], basic(pat.token));
  expect(refused.code).not.toBe(0);
});

test('clone is refused after the PAT expires', async () => {
  const pat = await mintPat('vso.code', new Date(Date.now() + 10 * 60_000));
  expect((await git(['ls-remote', repoUrl], basic(pat.token))).code).toBe(0);
  await control(emu, 'POST', 'clock', { advanceSeconds: 11 * 60 });
  const refused = await git(['clone', '--quiet', repoUrl, path.join(tmp, 'expired')], basic(pat.token));
  expect(refused.code).not.toBe(0);
});

test('reset brings the repository back to its seeded commit', async () => {
  await control(emu, 'POST', 'reset');
  const pat = await mintPat('vso.code');
  const dir = path.join(tmp, 'after-reset');
  expect((await git(['clone', '--quiet', repoUrl, dir], basic(pat.token))).code).toBe(0);
  await expect(readFile(path.join(dir, 'pushed.txt'), 'utf8')).rejects.toThrow(/ENOENT/);
});

test('closing right after a reset waits for the reseed and leaves no repository behind', async () => {
  // The emulator puts its repositories under os.tmpdir(); point that at an empty folder of our own.
  const own = await mkdtemp(path.join(tmp, 'tmpdir-'));
  const tmpdir = jest.spyOn(os, 'tmpdir').mockReturnValue(own);
  const logged: string[] = [];
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    logged.push(String(chunk));
    return true;
  });
  const gitRoots = async () => (await readdir(own)).filter((f) => f.startsWith('ado-emulator-git-'));
  const local = await startEmulator({ port: 0, logLevel: 'error' });
  try {
    expect(await gitRoots()).toHaveLength(1);
    await control(local, 'POST', 'reset');
  } finally {
    await local.close();
    tmpdir.mockRestore();
    stderr.mockRestore();
  }
  expect(logged).toEqual([]);
  expect(await gitRoots()).toEqual([]);
});
