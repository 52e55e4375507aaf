/**
 * Every built bundle started the way its platform starts it, once, end to end: the action's main and post
 * steps, the task's main and post-job steps, the CLI's mint and revoke. CI also runs this file on Node 24
 * (scripts/test-node24.sh), the runtime of GitHub's node24 runners and of the task's Node24 handler; the
 * bundles run on the Node that runs jest.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { activePats, githubDriver, secretsOf, taskDriver, type Driver } from '../reliability/drivers';
import { baseEnv, emulatorEnv, leaks, runCli, tempDir } from './cli-harness';

let emu: TestEmulator;
beforeAll(async () => {
  // Main and post both redeem the refresh token the job was given, as they do on a real runner.
  emu = await startTestEmulator({ entra: { refreshTokenReuse: 'allow' } });
});
afterAll(async () => emu.close());
beforeEach(async () => {
  await emu.reset();
});

test.each([
  ['the action', () => githubDriver(emu)],
  ['the task', () => taskDriver(emu)],
])('%s mints in its main step and revokes in its post step', async (_name, makeDriver: () => Driver) => {
  const driver = makeDriver();
  const main = await driver.main();
  expect(main.errors).toEqual([]);
  expect(main.exitCode).toBe(0);
  expect(main.token).toHaveLength(84);
  expect(await activePats(emu)).toHaveLength(1);

  const post = await driver.post(main.handoff);
  expect(post.exitCode).toBe(0);
  expect(post.warnings).toEqual([]);
  expect(post.log).toMatch(/Revoked the token "[^"]+" \(authorization id [0-9a-f-]{36}\)/);
  expect(await activePats(emu)).toEqual([]);
  const secrets = secretsOf(emu, main, post);
  expect([...main.leaks(secrets), ...post.leaks(secrets)]).toEqual([]);
});

test('the CLI mints to a file and revokes from its state file', async () => {
  const dir = tempDir('smoke-');
  const env = { ...baseEnv(dir), ...emulatorEnv(emu.emulator) };
  const output = path.join(dir, 'pat.json');
  const stateFile = path.join(dir, 'state.json');
  const mint = await runCli(['mint', '--scopes', 'vso.code', '--output', output, '--state-file', stateFile], {
    env,
    cwd: dir,
  });
  expect(mint.code).toBe(0);
  const { token } = JSON.parse(readFileSync(output, 'utf8')) as { token: string };
  expect(token).toHaveLength(84);
  expect(await activePats(emu)).toHaveLength(1);

  const revoke = await runCli(['revoke', '--state-file', stateFile], { env, cwd: dir });
  expect(revoke.code).toBe(0);
  expect(revoke.stderr).toMatch(/Revoked the token/);
  expect(await activePats(emu)).toEqual([]);
  const written = [mint.stdout, mint.stderr, revoke.stdout, revoke.stderr].join('\n');
  expect(leaks(written, [emu.emulator.bot.refreshToken, token])).toEqual([]);
});
