/**
 * The fault matrix for the command line, where it applies: a CI job that mints with the CLI and revokes in a
 * trap / after_script / post block (`revoke --state-file`). The CLI's mint runs under the same signal
 * handling as the action and the task; the trap's revoke is the post step. After each scenario: zero
 * active PATs, and no secret in anything either command wrote.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { baseEnv, emulatorEnv, leaks, runCli, tempDir, type CliRun } from '../e2e/cli-harness';
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
  },
  {
    name: 'SIGTERM before the create call (Entra answer delayed)',
    fault: { route: 'entra.token', action: 'delay', delayMs: 1500, times: 1 },
    kill: { signal: 'SIGTERM', when: (log) => log.includes('Redeeming the refresh token') },
    mintExit: 1,
    mintSays: /Stopped on SIGTERM.*no new request was started/s,
    revokeSays: /No active token is named "[^"]+": `ado-ephemeral-pat mint` minted nothing/,
    idSaved: false,
  },
  {
    name: 'create: every response lost (revoke finds it by name)',
    fault: { route: 'pats.create', action: 'drop-after', times: 3 },
    mintExit: 1,
    revokeSays: /did not record the token's id; found 1 token\(s\) named/,
    idSaved: false,
  },
  {
    name: 'create: 503 once (retried)',
    fault: { route: 'pats.create', action: 'status', status: 503, times: 1 },
    mintExit: 0,
    revokeSays: /Revoked the token/,
    idSaved: true,
  },
  {
    name: 'revoke: 429 + Retry-After (honoured)',
    mintExit: 0,
    revokeSays: /Revoked the token/,
    idSaved: true,
  },
];

test.each(scenarios)('$name', async (scenario) => {
  const dir = tempDir('cli-faults-');
  const env = { ...baseEnv(dir), ...emulatorEnv(emu.emulator) };
  const stateFile = path.join(dir, 'state.json');
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
  const saved = JSON.parse(stateText) as { state: { authorizationId?: string } };
  expect(saved.state.authorizationId !== undefined).toBe(scenario.idSaved);
  expect((await activePats(emu)).length).toBeLessThanOrEqual(1);

  if (scenario.name.startsWith('revoke:')) {
    await emu.fault({ route: 'pats.revoke', action: 'throttle', retryAfterSeconds: 1, times: 1 });
  }
  const revoke = await runCli(['revoke', '--state-file', stateFile], { env, cwd: dir });
  await emu.clearFaults();
  expect(revoke.code).toBe(0);
  expect(revoke.stderr).toMatch(scenario.revokeSays);

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
