/**
 * The built CLI against the emulator, for the state file and the files mint writes: a state file planted in
 * the checkout cannot make `revoke` revoke another token of the bot's, a broken one is an input error (exit
 * 2) rather than a crash, and mint refuses paths it could not write before it mints, never after.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/index';
import { npmFeedUrl } from './npm-client';
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

let emulator: EmulatorHandle;
let dir: string;
let env: Record<string, string>;
const secrets: string[] = [];

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

async function cli(args: string[]): Promise<CliRun> {
  const run = await runCli(args, { env, cwd: dir });
  expect(leaks(run.stderr, secrets)).toEqual([]);
  return run;
}

function plant(file: string, state: Record<string, string>): void {
  writeFileSync(path.join(dir, file), JSON.stringify({ tool: 'ado-ephemeral-pat', version: 1, state }));
}

/** A token the bot made by hand: not this tool's, so nothing this tool reads may revoke it. */
async function foreignToken(displayName: string): Promise<string> {
  const minted = await cli(['mint', '--scopes', 'vso.code', '--format', 'json', '--state-file', 'own.json']);
  expect(minted.code).toBe(0);
  const { token, authorizationId } = JSON.parse(minted.stdout) as { token: string; authorizationId: string };
  secrets.push(token);
  expect((await cli(['revoke', '--state-file', 'own.json'])).code).toBe(0);
  const record = emulator.context.state.data.pats[authorizationId]!;
  const id = '0f0f0f0f-0000-4000-8000-00000000f00f';
  emulator.context.state.data.pats[id] = { ...record, authorizationId: id, displayName, revokedAt: null };
  return id;
}

const target = () => ({
  organization: emulator.organization,
  authorityHost: emulator.authorityHost,
  vsspsUrl: emulator.vsspsUrl,
  azureDevOpsUrl: emulator.azureDevOpsUrl,
});

describe('revoke refuses a state file mint did not write', () => {
  test("a planted display name of another of the bot's tokens: exit 2, that token stays", async () => {
    const id = await foreignToken('my laptop');
    plant('planted.json', { ...target(), displayName: 'my laptop' });
    const run = await cli(['revoke', '--state-file', 'planted.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /error: The state file "planted\.json" was not written by `ado-ephemeral-pat mint`: its displayName "my laptop" is not a name this tool gives its tokens .* Nothing was sent\. Fix: .*delete this file if mint did not write it.* \[code: invalid_state_file\]/,
    );
    expect(activePats(emulator).map((pat) => pat.authorizationId)).toEqual([id]);
    expect(existsSync(path.join(dir, 'planted.json'))).toBe(true);
  });

  test.each([
    [
      'an authorization id that is not a GUID',
      { authorizationId: 'x/../../y' },
      'its authorizationId "x/../../y" is not a GUID',
    ],
    [
      'an organization that is not a name',
      { organization: 'a/b' },
      'its organization "a/b" is not an Azure DevOps organization name',
    ],
  ])('%s: exit 2', async (_name, values, message) => {
    plant('planted.json', {
      ...target(),
      displayName: 'ado-ephemeral-pat: x [0123abcd]',
      authorizationId: '4ab5764f-4193-4f1d-b995-64144880b7d7',
      ...values,
    });
    const run = await cli(['revoke', '--state-file', 'planted.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('[code: invalid_state_file]');
  });

  test('a directory, or a token without its organization and endpoints: exit 2 with a fix, not a bug report', async () => {
    mkdirSync(path.join(dir, 'a-dir'));
    plant('partial.json', { displayName: 'ado-ephemeral-pat: x [0123abcd]' });
    for (const [file, detail] of [
      ['a-dir', 'it is a directory'],
      ['partial.json', 'it names a token but not where it lives'],
    ] as const) {
      const run = await cli(['revoke', '--state-file', file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(detail);
      expect(run.stderr).toMatch(
        /Fix: Give the --state-file that `ado-ephemeral-pat mint` wrote.*\[code: invalid_state_file\]/,
      );
      expect(run.stderr).not.toMatch(/This is a bug|<organization>/);
    }
  });
});

describe('mint refuses paths it could not write, before minting', () => {
  test.each([
    ['--output', ['--output', '.ado-ephemeral-pat/state.json'], '--output and --state-file'],
    [
      '--npmrc',
      [
        '--format',
        'json',
        '--export-for',
        'npm',
        '--npmrc',
        'st/../state.json',
        '--state-file',
        'state.json',
      ],
      '--npmrc and --state-file',
    ],
    [
      '--output and --npmrc',
      ['--output', 'x/out', '--export-for', 'npm', '--npmrc', './x/out', '--feeds', 'FEEDS'],
      '--output and --npmrc',
    ],
  ])('%s at the state file: exit 2 and no token', async (_name, args, flags) => {
    const feeds = npmFeedUrl(emulator.azureDevOpsUrl, emulator.organization);
    const run = await cli([
      'mint',
      '--scopes',
      'vso.packaging',
      ...args.map((arg) => (arg === 'FEEDS' ? feeds : arg)),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${flags} name the same file`);
    expect(run.stderr).toContain('[code: same_path]');
    expect(activePats(emulator)).toEqual([]);
  });

  test('--output below a regular file: exit 2 and no token', async () => {
    writeFileSync(path.join(dir, 'afile'), '');
    const run = await cli(['mint', '--scopes', 'vso.code', '--output', 'afile/x.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot write the output to "afile/x.txt"');
    expect(run.stderr).toContain('[code: unwritable_path]');
    expect(activePats(emulator)).toEqual([]);
    expect(existsSync(path.join(dir, '.ado-ephemeral-pat', 'state.json'))).toBe(false);
  });

  test('a failure once the token exists exits 1, never 2, and says how to revoke it', async () => {
    // The create waits; meanwhile a file of the user's appears where --npmrc points, so the npm config
    // cannot be written once the token exists.
    const armed = await emulatorRequest(emulator, 'POST', '/_emulator/faults', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ route: 'pats.create', action: 'delay', delayMs: 1500 }),
    });
    expect(armed.status).toBeLessThan(300);
    const stateFile = path.join(dir, 'my state.json');
    const npmrc = path.join(dir, 'npmrc');
    let run: CliRun;
    try {
      let ended = false;
      const running = cli([
        'mint',
        '--scopes',
        'vso.packaging',
        '--format',
        'json',
        '--export-for',
        'npm',
        '--feeds',
        npmFeedUrl(emulator.azureDevOpsUrl, emulator.organization),
        '--npmrc',
        npmrc,
        '--state-file',
        stateFile,
      ]).finally(() => (ended = true));
      const named = () => existsSync(stateFile) && readFileSync(stateFile, 'utf8').includes('displayName');
      while (!ended && !named()) await new Promise((resolve) => setTimeout(resolve, 20));
      writeFileSync(npmrc, 'registry=https://example.invalid/\n');
      run = await running;
    } finally {
      await emulatorRequest(emulator, 'DELETE', '/_emulator/faults');
    }
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /error: Refusing to write the npmrc file .* The token ".*" \(authorization id [0-9a-f-]{36}\) was minted and stays valid until .*\. Fix: Revoke it: `ado-ephemeral-pat revoke --state-file '.*\/my state\.json'`\. Give the path of a file that does not exist yet.*\[code: unsafe_path\]/,
    );
    expect(activePats(emulator)).toHaveLength(1);
    expect((await cli(['revoke', '--state-file', stateFile])).code).toBe(0);
    expect(activePats(emulator)).toEqual([]);
    expect(readFileSync(npmrc, 'utf8')).toBe('registry=https://example.invalid/\n');
  });
});
