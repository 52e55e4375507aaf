/**
 * The fault matrix for the command line, where it applies: a CI job that mints with the CLI and revokes in a
 * trap / after_script / post block (`revoke --state-file`). The CLI's mint runs under the same signal
 * handling as the action and the task; the trap's revoke is the post step. After each scenario: zero
 * active PATs, and no secret in anything either command wrote.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  baseEnv,
  cliBundle,
  emulatorEnv,
  leaks,
  runCli,
  runProcess,
  tempDir,
  type CliRun,
} from '../e2e/cli-harness';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { activePats, formatTable } from './drivers';

let emu: TestEmulator;
const rows: string[][] = [];

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
  console.log(
    `Fault matrix, command line\n${formatTable(
      ['scenario', 'platform', 'mint exit', 'revoke exit', 'tokens left active', 'secrets found'],
      rows,
    )}`,
  );
});
beforeEach(async () => {
  await emu.reset();
});

interface Scenario {
  name: string;
  fault?: Record<string, unknown>;
  kill?: { signal: NodeJS.Signals; when: (stderr: string) => boolean };
  mintExit: number;
  mintSays?: RegExp;
  revokeSays: RegExp;
  /** Whether the state file must name the token's id after the mint. */
  idSaved: boolean;
  /** How many ids `revoke --json` lists as revoked. */
  revokedCount: number;
  /** The state file's name, when the scenario needs one that must be quoted. */
  stateFileName?: string;
  /** Whether the state file must record a lost create answer after the mint. */
  answerLost?: boolean;
}

const scenarios: Scenario[] = [
  {
    name: 'SIGINT during the create call (1.5 s server delay)',
    fault: { route: 'pats.create', action: 'delay', delayMs: 1500, times: 1 },
    kill: { signal: 'SIGINT', when: (log) => log.includes('Minting a PAT') },
    mintExit: 1,
    mintSays: /Stopped on SIGINT.*request in flight finished and its result was saved/s,
    revokeSays: /Revoked the token "[^"]+" \(authorization id [0-9a-f-]{36}\)/,
    idSaved: true,
    revokedCount: 1,
  },
  {
    // Plain `revoke` reads only the default state file: the advice must name this one.
    name: 'SIGTERM during the create call, a state file of its own',
    fault: { route: 'pats.create', action: 'delay', delayMs: 1500, times: 1 },
    kill: { signal: 'SIGTERM', when: (log) => log.includes('Minting a PAT') },
    stateFileName: "ci's state.json",
    mintExit: 1,
    mintSays: /so `ado-ephemeral-pat revoke --state-file '[^`]*\/ci'\\''s state\.json'` revokes it\./,
    revokeSays: /Revoked the token "[^"]+" \(authorization id [0-9a-f-]{36}\)/,
    idSaved: true,
    revokedCount: 1,
  },
  {
    name: 'SIGTERM before the create call (Entra answer delayed)',
    fault: { route: 'entra.token', action: 'delay', delayMs: 1500, times: 1 },
    kill: { signal: 'SIGTERM', when: (log) => log.includes('Redeeming the refresh token') },
    mintExit: 1,
    mintSays: /Stopped on SIGTERM.*no new request was started/s,
    revokeSays: /No active token is named "[^"]+": `ado-ephemeral-pat mint` minted nothing/,
    idSaved: false,
    revokedCount: 0,
  },
  {
    name: 'create: every response lost (revoke finds it by name)',
    fault: { route: 'pats.create', action: 'drop-after', times: 3 },
    mintExit: 1,
    revokeSays: /did not record the token's id; found 1 token\(s\) named/,
    idSaved: false,
    answerLost: true,
    revokedCount: 1,
  },
  {
    name: 'create: 503 once (retried)',
    fault: { route: 'pats.create', action: 'status', status: 503, times: 1 },
    mintExit: 0,
    revokeSays: /Revoked the token/,
    idSaved: true,
    answerLost: true,
    revokedCount: 1,
  },
  {
    name: 'revoke: 429 + Retry-After (honoured)',
    mintExit: 0,
    revokeSays: /Revoked the token/,
    idSaved: true,
    revokedCount: 1,
  },
  {
    // The create outlasts the grace and is committed after the mint exited: revoke looks again by name.
    // Last: a create committed after its test ended would land in the next one.
    name: 'SIGTERM during a create that outlasts the grace (7 s server delay)',
    fault: { route: 'pats.create', action: 'delay', delayMs: 7000, times: 1 },
    kill: { signal: 'SIGTERM', when: (log) => log.includes('Minting a PAT') },
    mintExit: 1,
    mintSays: /Stopped on SIGTERM.*did not finish within 5 s and was abandoned/s,
    revokeSays: /Looking again in 3 s[\s\S]*found 1 token\(s\) named "[^"]+" and revoked them/,
    idSaved: false,
    answerLost: true,
    revokedCount: 1,
  },
];

test.each(scenarios)('$name', async (scenario) => {
  const dir = tempDir('cli-faults-');
  const env = { ...baseEnv(dir), ...emulatorEnv(emu.emulator) };
  const stateFile = path.join(dir, scenario.stateFileName ?? 'state.json');
  const output = path.join(dir, 'pat.json');
  if (scenario.fault) await emu.fault(scenario.fault);
  const mint: CliRun = await runCli(
    ['mint', '--debug', '--scopes', 'vso.code', '--output', output, '--state-file', stateFile],
    { env, cwd: dir, kill: scenario.kill },
  );
  await emu.clearFaults();
  expect(mint.code).toBe(scenario.mintExit);
  if (scenario.mintSays) expect(mint.stderr).toMatch(scenario.mintSays);
  const stateText = readFileSync(stateFile, 'utf8');
  const saved = JSON.parse(stateText) as { state: { authorizationId?: string; createAnswerLost?: string } };
  expect(saved.state.authorizationId !== undefined).toBe(scenario.idSaved);
  expect(saved.state.createAnswerLost === 'true').toBe(scenario.answerLost ?? false);
  expect((await activePats(emu)).length).toBeLessThanOrEqual(1);

  if (scenario.name.startsWith('revoke:')) {
    await emu.fault({ route: 'pats.revoke', action: 'throttle', retryAfterSeconds: 1, times: 1 });
  }
  const revoke = await runCli(['revoke', '--json', '--state-file', stateFile], { env, cwd: dir });
  await emu.clearFaults();
  expect(revoke.code).toBe(0);
  expect(revoke.stderr).toMatch(scenario.revokeSays);
  const report = JSON.parse(revoke.stdout) as { revoked: string[] };
  expect(report.revoked).toHaveLength(scenario.revokedCount);
  for (const id of report.revoked) expect(id).toMatch(/^[0-9a-f-]{36}$/);

  const token =
    scenario.mintExit === 0 ? (JSON.parse(readFileSync(output, 'utf8')) as { token: string }).token : '';
  const secrets = [emu.emulator.bot.refreshToken, ...(token ? [token] : [])];
  const found = leaks(
    [mint.stdout, mint.stderr, revoke.stdout, revoke.stderr, stateText].join('\n'),
    secrets,
  );
  const left = (await activePats(emu)).length;
  rows.push([
    scenario.name,
    'cli',
    String(mint.code),
    String(revoke.code),
    String(left),
    String(found.length),
  ]);
  expect(found).toEqual([]);
  expect(left).toBe(0);
});

test('revoke: HTTP 500 for good exits 3, keeps the state file and says to run that revoke again', async () => {
  const dir = tempDir('cli-faults-');
  const env = { ...baseEnv(dir), ...emulatorEnv(emu.emulator) };
  const stateFile = path.join(dir, "ci's state.json");
  const output = path.join(dir, 'pat.json');
  const mint = await runCli(['mint', '--scopes', 'vso.code', '--output', output, '--state-file', stateFile], {
    env,
    cwd: dir,
  });
  expect(mint.code).toBe(0);
  await emu.fault({ route: 'pats.revoke', action: 'status', status: 500, times: 0 });
  const failed = await runCli(['revoke', '--state-file', stateFile], { env, cwd: dir });
  await emu.clearFaults();
  expect(failed.code).toBe(3);
  expect(failed.stderr).toMatch(/HTTP 500 after 5 attempts/);
  // Running the job again would mint another token and leave this one active.
  expect(failed.stderr).not.toMatch(/run the job again/i);
  const again =
    /Fix: This is usually temporary: run `([^`]+)` again in a few minutes \(the saved state was kept\)\./.exec(
      failed.stderr,
    )?.[1];
  expect(again).toBe(`ado-ephemeral-pat revoke --state-file '${dir}/ci'\\''s state.json'`);
  expect(failed.stderr).toMatch(/Revoke it by hand: .* \[code: http_500\]$/m);
  expect(existsSync(stateFile)).toBe(true);

  // The advised command, as a shell runs it, revokes the token.
  const rerun = await runProcess('sh', ['-c', again ?? ''], {
    env: { ...env, PATH: `${cliOnPath(dir)}:${env.PATH}` },
    cwd: dir,
  });
  expect(rerun.code).toBe(0);
  expect(rerun.stderr).toMatch(/Revoked the token/);
  expect(await activePats(emu)).toHaveLength(0);
  const token = (JSON.parse(readFileSync(output, 'utf8')) as { token: string }).token;
  const text = [mint.stdout, mint.stderr, failed.stdout, failed.stderr, rerun.stdout, rerun.stderr].join(
    '\n',
  );
  expect(leaks(text, [emu.emulator.bot.refreshToken, token])).toEqual([]);
});

/** A directory holding `ado-ephemeral-pat` as an install puts it on PATH: the built bundle under test. */
function cliOnPath(dir: string): string {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  const file = path.join(bin, 'ado-ephemeral-pat');
  writeFileSync(file, `#!/bin/sh\nexec "${process.execPath}" "${cliBundle}" "$@"\n`);
  chmodSync(file, 0o755);
  return bin;
}
