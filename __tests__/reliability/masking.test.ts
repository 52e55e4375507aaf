/**
 * Masking completeness: for every secret a job touches (the PAT, its basic-auth value, the
 * bot's refresh token, every Entra access token), every form of `maskForms` is registered with the platform's
 * masker, and no form appears in any byte the processes wrote (stdout, stderr, state, env, summary files and
 * logging commands) nor in the emulator's request log.
 */
import { maskForms } from '../../src/core/safety/secrets';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { githubDriver, taskDriver, type Driver, type Step } from './drivers';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator({ entra: { refreshTokenReuse: 'allow' } });
});
afterAll(async () => emu.close());

/** Entra access tokens are JWTs: the step registers them raw (and in every form) before any use. */
const accessTokensIn = (step: Step) => step.masks.filter((mask) => /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(mask));

async function requestLog(): Promise<string> {
  const response = await fetch(`${emu.emulator.url}/_emulator/requests`);
  return response.text();
}

describe.each([
  ['github', () => githubDriver(emu)],
  ['azure-pipelines', () => taskDriver(emu)],
])('%s: every form of every secret', (_platform, makeDriver) => {
  let driver: Driver;
  let main: Step;
  let post: Step;
  let secrets: { name: string; value: string }[];
  let log: string;

  beforeAll(async () => {
    await emu.reset();
    driver = makeDriver();
    main = await driver.main();
    post = await driver.post(main.handoff);
    log = await requestLog();
    secrets = [
      { name: 'PAT', value: main.token ?? '' },
      { name: 'basic-auth', value: main.basicAuth ?? '' },
      { name: 'refresh token', value: emu.emulator.bot.refreshToken },
      ...accessTokensIn(main).map((value, i) => ({ name: `main access token #${i}`, value })),
      ...accessTokensIn(post).map((value, i) => ({ name: `post access token #${i}`, value })),
    ];
  });

  test('the job ran, minted and revoked, and touched access tokens in both steps', () => {
    expect(main.exitCode).toBe(0);
    expect(post.exitCode).toBe(0);
    expect(main.token).toHaveLength(84);
    expect(accessTokensIn(main).length).toBeGreaterThan(0);
    expect(accessTokensIn(post).length).toBeGreaterThan(0);
  });

  test('each step registers every form of each secret it holds', () => {
    const missing: string[] = [];
    for (const { name, value } of secrets) {
      const step = name.startsWith('post') ? post : main;
      for (const form of maskForms(value))
        if (!step.masks.includes(form)) missing.push(`${name}: ${form.length} chars`);
    }
    // The post step holds the refresh token and its own access token too.
    for (const form of maskForms(emu.emulator.bot.refreshToken))
      if (!post.masks.includes(form)) missing.push(`refresh token in post: ${form.length} chars`);
    expect(missing).toEqual([]);
  });

  test('no form appears in stdout, stderr, state, env, summary or logging commands of either step', () => {
    const forms = secrets.flatMap(({ value }) => maskForms(value));
    expect(main.leaks(forms)).toEqual([]);
    expect(post.leaks(forms)).toEqual([]);
  });

  test('no form appears in the emulator request log', () => {
    expect(log.length).toBeGreaterThan(100);
    const found = secrets.filter(({ value }) => maskForms(value).some((form) => log.includes(form)));
    expect(found.map(({ name }) => name)).toEqual([]);
  });

  test('the capture does see the token, where the user asked for it (so a leak elsewhere would be seen)', () => {
    // GITHUB_OUTPUT / the secret output variable: the two places exempt from the scan.
    expect(main.everything).toContain(main.token ?? '\u0000');
  });
});
