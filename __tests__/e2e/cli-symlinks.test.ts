/**
 * The built CLI never writes through a symlinked directory inside the working directory (a checkout can
 * contain one): not the state file's `.ado-ephemeral-pat`, not a parent of `--output`, whether the link leads
 * outside the working directory or stays in it. It refuses before minting, with exit 2, and writes nothing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/index';
import { activePats, baseEnv, emulatorEnv, leaks, runCli, tempDir } from './cli-harness';

let emulator: EmulatorHandle;
let dir: string;

beforeAll(async () => {
  emulator = await startEmulator({ config: { entra: { refreshTokenReuse: 'allow' } } });
});
afterAll(() => emulator.close());
beforeEach(() => {
  dir = tempDir('cli-links-');
  for (const pat of activePats(emulator)) pat.revokedAt = new Date().toISOString();
});

async function cli(args: string[], extraEnv: Record<string, string> = {}) {
  const run = await runCli(args, {
    env: { ...baseEnv(dir), ...emulatorEnv(emulator), ...extraEnv },
    cwd: dir,
  });
  expect(leaks(run.stderr, [emulator.bot.refreshToken])).toEqual([]);
  return run;
}

/** A directory outside the working directory, empty: where a planted link would send the file. */
const outsideDir = () => mkdtempSync(path.join(tmpdir(), 'cli-links-outside-'));

async function expectRefused(args: string[], link: string, target: string, extraEnv = {}) {
  const run = await cli(['mint', '--scopes', 'vso.code', ...args], extraEnv);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain(`the directory "${link}" is a symbolic link`);
  expect(readdirSync(target)).toEqual([]);
  expect(activePats(emulator)).toHaveLength(0);
}

test('a symlinked .ado-ephemeral-pat (the default state directory) pointing outside', async () => {
  const outside = outsideDir();
  symlinkSync(outside, path.join(dir, '.ado-ephemeral-pat'));
  await expectRefused(['--format', 'json'], '.ado-ephemeral-pat', outside);
});

test('a state directory linked deeper down, through ADO_EPHEMERAL_PAT_STATE_FILE', async () => {
  const outside = outsideDir();
  mkdirSync(path.join(dir, 'ci'));
  symlinkSync(outside, path.join(dir, 'ci', 'state'));
  await expectRefused(['--format', 'json'], path.join('ci', 'state'), outside, {
    ADO_EPHEMERAL_PAT_STATE_FILE: 'ci/state/state.json',
  });
});

test('a symlinked parent of --output that stays inside the working directory', async () => {
  const elsewhere = path.join(dir, 'elsewhere');
  mkdirSync(elsewhere);
  symlinkSync(elsewhere, path.join(dir, 'out'));
  await expectRefused(['--format', 'env', '--output', 'out/pat.env'], 'out', elsewhere);
  // Refused before the state file was made, too.
  expect(readdirSync(dir).sort()).toEqual(['elsewhere', 'out']);
});

test('real directories still work, including ones mint creates', async () => {
  const run = await cli(['mint', '--scopes', 'vso.code', '--format', 'env', '--output', 'new/dir/pat.env']);
  expect(run.code).toBe(0);
  const file = path.join(dir, 'new', 'dir', 'pat.env');
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file, 'utf8')).toContain('export ADO_PAT_TOKEN=');
  expect(statSync(path.join(dir, '.ado-ephemeral-pat', 'state.json')).isFile()).toBe(true);
  expect((await cli(['revoke'])).code).toBe(0);
  expect(activePats(emulator)).toHaveLength(0);
});
