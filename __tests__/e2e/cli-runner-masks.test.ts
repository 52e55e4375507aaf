/**
 * The built CLI run inside a GitHub Actions or Azure Pipelines job: besides its own redaction, it registers
 * every form of every secret with that runner's masker, on stderr (which both runners read commands from),
 * before any other line it writes; stdout stays exactly what was asked for.
 */
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/index';
import { parseCommandLine } from '../../scripts/harness/azure-pipelines-agent';
import { parseWorkflowCommands } from '../../scripts/harness/file-commands';
import { maskForms } from '../../src/core/safety/secrets';
import { activePats, baseEnv, emulatorEnv, leaks, runCli, tempDir } from './cli-harness';

let emulator: EmulatorHandle;

beforeAll(async () => {
  emulator = await startEmulator({ config: { entra: { refreshTokenReuse: 'allow' } } });
});
afterAll(() => emulator.close());
beforeEach(() => {
  for (const pat of activePats(emulator)) pat.revokedAt = new Date().toISOString();
});

/** What one stderr line registers with the runner, or undefined when it is not a mask command. */
type MaskReader = (line: string) => string | undefined;

const RUNNERS: [string, Record<string, string>, MaskReader][] = [
  [
    'GitHub Actions',
    { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo/app', GITHUB_RUN_ID: '7' },
    (line) => {
      const [command] = parseWorkflowCommands(line);
      return command?.name === 'add-mask' ? command.data : undefined;
    },
  ],
  [
    'Azure Pipelines',
    { TF_BUILD: 'True', BUILD_BUILDID: '7' },
    (line) => {
      const command = parseCommandLine(line);
      return command?.name === 'task.setsecret' ? command.data : undefined;
    },
  ],
];

/** `stderrFile`: stderr redirected there (`2>FILE`) rather than the pipe a runner gives a step. */
async function mintToken(extraEnv: Record<string, string>, stderrFile?: (dir: string) => string) {
  const dir = tempDir('cli-runner-');
  const run = await runCli(['mint', '--scopes', 'vso.code', '--format', 'token'], {
    env: { ...baseEnv(dir), ...emulatorEnv(emulator), ...extraEnv },
    cwd: dir,
    stderrFile: stderrFile?.(dir),
  });
  expect(run.code).toBe(0);
  const revoke = await runCli(['revoke'], { env: { ...baseEnv(dir), ...emulatorEnv(emulator) }, cwd: dir });
  expect(revoke.code).toBe(0);
  return run;
}

describe.each(RUNNERS)('inside %s', (_name, runnerEnv, readMask) => {
  test('every form of the refresh token and the PAT is registered on stderr before any other line', async () => {
    const run = await mintToken(runnerEnv);
    // stdout is still just the token, so `token="$(ado-ephemeral-pat mint … --format token)"` works.
    expect(run.stdout).toMatch(/^\S+\n$/);
    const token = run.stdout.trim();
    const lines = run.stderr.split('\n').filter(Boolean);
    const masks = lines.map(readMask);
    // Compared by position, so that a failure never prints a secret.
    const position = (form: string) => masks.indexOf(form);
    const refreshForms = maskForms(emulator.bot.refreshToken).map(position);
    const patForms = maskForms(token).map(position);
    expect([...refreshForms, ...patForms].filter((index) => index < 0)).toEqual([]);
    // The refresh token's masks open the log, before any other line; the PAT's come before the line that
    // says it was minted.
    expect(refreshForms).toEqual(refreshForms.map((_, index) => index));
    const minted = lines.findIndex((line) => line.startsWith('Minted '));
    expect(minted).toBeGreaterThan(0);
    expect(Math.max(...patForms)).toBeLessThan(minted);
    // Anywhere else, the CLI's own redaction still applies.
    const logs = lines.filter((_, index) => masks[index] === undefined).join('\n');
    expect(leaks(logs, [emulator.bot.refreshToken, token])).toEqual([]);
  });

  test('with stderr redirected to a file, the file holds no secret and says once why nothing was registered', async () => {
    const run = await mintToken(runnerEnv, (dir) => path.join(dir, 'err.log'));
    const token = run.stdout.trim();
    expect(token).toMatch(/^\S+$/);
    expect(leaks(run.stderr, [emulator.bot.refreshToken, token])).toEqual([]);
    const lines = run.stderr.split('\n');
    expect(lines.filter((line) => readMask(line) !== undefined)).toEqual([]);
    const skipped = lines.filter((line) => line.includes("not registered with the runner's masker"));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain("stderr is not the runner's pipe");
    expect(run.stderr).toContain('Minted ');
  });
});

test('outside a runner, no runner command is written', async () => {
  const run = await mintToken({});
  expect(run.stderr).not.toContain('::add-mask::');
  expect(run.stderr).not.toContain('##vso[');
  expect(leaks(run.stderr, [emulator.bot.refreshToken, run.stdout.trim()])).toEqual([]);
});
