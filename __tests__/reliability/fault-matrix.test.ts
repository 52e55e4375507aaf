/**
 * The fault matrix: every fault a CI job meets, on the built GitHub Action and Azure Pipelines task
 * (runner- and agent-faithful harnesses), main step then post step, against the emulator's fault injection.
 * After each scenario: zero active PATs, never two active at once, and no secret in anything either step
 * wrote. The table printed at the end is the evidence the issue asks for.
 */
import { baseEnv, emulatorEnv, runCli, tempDir } from '../e2e/cli-harness';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';
import {
  activePats,
  formatTable,
  githubDriver,
  secretsOf,
  taskDriver,
  type Driver,
  type Kill,
  type Step,
} from './drivers';

let emu: TestEmulator;
const rows: string[][] = [];

beforeAll(async () => {
  // Main and post both redeem the refresh token the job was given, as they do on a real runner.
  emu = await startTestEmulator({ entra: { refreshTokenReuse: 'allow' } });
});
afterAll(async () => {
  await emu.close();
  console.log(
    `Fault matrix: tokens left active and secrets found after main + post\n${formatTable(
      [
        'scenario',
        'platform',
        'main exit',
        'max active',
        'tokens left active',
        'secrets found',
        'recovered by',
      ],
      rows,
    )}`,
  );
});

interface Context {
  main: Step;
  post: Step;
}

interface Scenario {
  name: string;
  inputs?: Record<string, string>;
  /** Faults or policy in force during the main step (cleared before the post step). */
  duringMain?: () => Promise<unknown>;
  kill?: Kill;
  /** Faults or changes in force during the post step. */
  beforePost?: (main: Step, driver: Driver) => Promise<unknown>;
  killPost?: Kill;
  /** Active tokens allowed between the steps (default 1: reconciliation never leaves two). */
  maxActiveAfterMain?: number;
  /** The main step's exit code: 'either' when the signal may land after the step already finished. */
  mainExit: 0 | 1 | 'either';
  /** The post step's words that prove how it recovered. */
  postSays: RegExp;
  /** Extra checks of what the steps said. */
  check?: (context: Context) => void;
  /** The post step could not revoke (by design): follow its hand-revocation advice with the CLI. */
  followWarning?: boolean;
  /** The scenario's timing rests on a full retry wait, not the harness's shortened test waits. */
  realWaits?: boolean;
}

const REAL_WAITS = { ADO_EPHEMERAL_PAT_TEST_RETRY_SCALE: '1' };

const line = (stdout: string, text: string) => stdout.includes(text);
/** The first masking command after the create call went out: the PAT, masked as soon as it arrived. */
const afterCreate = (stdout: string) => {
  const tail = stdout.split('Minting a PAT')[1];
  return tail !== undefined && /::add-mask::|##vso\[task\.setsecret\]/.test(tail);
};
const firstMask = (stdout: string) => /::add-mask::|##vso\[task\.setsecret\]/.test(stdout);

const REVOKED_BY_ID = /Revoked the token "[^"]+" \(authorization id [0-9a-f-]{36}\)/;
const STOPPED = /Stopped on SIG(INT|TERM)/;

const scenarios: Scenario[] = [
  {
    name: 'create: 503 once (retried)',
    duringMain: () => emu.fault({ route: 'pats.create', action: 'status', status: 503, times: 1 }),
    mainExit: 0,
    postSays: REVOKED_BY_ID,
    check: ({ main }) =>
      expect(main.warnings.join('\n')).toMatch(
        /Creating the token failed.*No token of this name exists yet/s,
      ),
  },
  {
    name: 'create: connection reset once (retried)',
    duringMain: () => emu.fault({ route: 'pats.create', action: 'reset-before', times: 1 }),
    mainExit: 0,
    postSays: REVOKED_BY_ID,
  },
  {
    name: 'create: 429 + Retry-After (honoured)',
    duringMain: () => emu.fault({ route: 'pats.create', action: 'throttle', retryAfterSeconds: 1, times: 1 }),
    mainExit: 0,
    postSays: REVOKED_BY_ID,
  },
  {
    name: 'create: response lost once (reconciled by name)',
    duringMain: () => emu.fault({ route: 'pats.create', action: 'drop-after', times: 1 }),
    mainExit: 0,
    postSays: REVOKED_BY_ID,
    check: ({ main }) => expect(main.warnings.join('\n')).toMatch(/It had been created anyway; revoked 1/),
  },
  {
    name: 'create: every response lost (post finds it by name)',
    duringMain: () => emu.fault({ route: 'pats.create', action: 'drop-after', times: 3 }),
    mainExit: 1,
    postSays: /did not record the token's id; found 1 token\(s\) named/,
  },
  {
    name: 'SIGTERM before the create call (Entra answer delayed)',
    // The delay holds the step before its create until the signal has surely landed, however loaded the machine.
    duringMain: () => emu.fault({ route: 'entra.token', action: 'delay', delayMs: 1500, times: 1 }),
    kill: { signal: 'SIGTERM', when: firstMask },
    mainExit: 1,
    postSays: /No active token is named "[^"]+": (?:the main step|the task) minted nothing|Nothing to revoke/,
    check: ({ main }) => {
      expect(main.errors.join('\n')).toMatch(/Stopped on SIGTERM.*no new request was started/s);
      expect(main.handoff.authorizationId).toBeUndefined();
    },
  },
  {
    name: 'SIGINT during the create call (1.5 s server delay)',
    duringMain: () => emu.fault({ route: 'pats.create', action: 'delay', delayMs: 1500, times: 1 }),
    kill: { signal: 'SIGINT', when: (out) => line(out, 'Minting a PAT') },
    mainExit: 1,
    postSays: REVOKED_BY_ID,
    check: ({ main }) => {
      expect(main.errors.join('\n')).toMatch(
        /Stopped on SIGINT.*request in flight finished and its result was saved/s,
      );
      expect(main.handoff.authorizationId).toMatch(/^[0-9a-f-]{36}$/);
    },
  },
  {
    name: 'SIGTERM during the create call (1.5 s server delay)',
    duringMain: () => emu.fault({ route: 'pats.create', action: 'delay', delayMs: 1500, times: 1 }),
    kill: { signal: 'SIGTERM', when: (out) => line(out, 'Minting a PAT') },
    mainExit: 1,
    postSays: REVOKED_BY_ID,
    check: ({ main }) => {
      expect(main.errors.join('\n')).toMatch(/Stopped on SIGTERM.*request in flight finished/s);
      expect(main.handoff.authorizationId).toMatch(/^[0-9a-f-]{36}$/);
    },
  },
  {
    name: 'SIGINT just after the create answer arrived',
    kill: { signal: 'SIGINT', when: afterCreate },
    // The step may finish before the signal lands: either way the id was saved.
    mainExit: 'either',
    postSays: REVOKED_BY_ID,
    check: ({ main }) => expect(main.handoff.authorizationId).toMatch(/^[0-9a-f-]{36}$/),
  },
  {
    name: 'SIGTERM just after a create whose answer was lost',
    duringMain: () => emu.fault({ route: 'pats.create', action: 'drop-after', times: 1 }),
    kill: { signal: 'SIGTERM', when: (out) => line(out, 'Creating the token failed') },
    // The signal lands during the wait before the next create.
    realWaits: true,
    mainExit: 1,
    // The lost create may still be committed: the post step looks again, then warns; it never says that
    // nothing was minted.
    postSays: /No token named "[^"]+" was found, but the answer to a create request was lost/,
    check: ({ main, post }) => {
      expect(main.errors.join('\n')).toMatch(/Stopped on SIGTERM.*no new request was started/s);
      expect(main.handoff.displayName).toBeDefined();
      expect(post.log).not.toMatch(/minted nothing/);
      expect(post.log).toMatch(/Looking again in 3 s[\s\S]*Looking again in 7 s/);
      const warning = post.warnings.join('\n');
      expect(warning).toContain(main.handoff.displayName);
      expect(warning).toMatch(/npx ado-ephemeral-pat revoke --display-name '[^']+'/);
      expect(warning).toMatch(/npx ado-ephemeral-pat sweep --older-than 2h/);
    },
  },
  {
    // Cancelled while waiting to try again; the server commits the lost create a moment later, while the
    // post step is still looking.
    name: 'SIGTERM in the retry wait, create committed late (post looks again)',
    duringMain: () =>
      emu.fault({ route: 'pats.create', action: 'commit-late', status: 503, commitAfterMs: 4000, times: 1 }),
    kill: { signal: 'SIGTERM', when: (out) => line(out, 'Creating the token failed') },
    // The signal lands during the wait before the next create.
    realWaits: true,
    mainExit: 1,
    postSays: /found 1 token\(s\) named "[^"]+" and revoked them/,
    check: ({ post }) => expect(post.log).toMatch(/Looking again in 3 s/),
  },
  {
    // Azure DevOps refused the create (an unknown organization): nothing exists, so nothing is pending.
    name: 'organization unknown (404 before any token)',
    inputs: { organization: 'no-such-organization' },
    mainExit: 1,
    maxActiveAfterMain: 0,
    postSays: /Nothing to revoke: (?:the main step|the task) did not mint a token/,
    check: ({ main, post }) => {
      expect(main.errors.join('\n')).toMatch(/HTTP 404/);
      expect(post.warnings).toEqual([]);
    },
  },
  {
    // The create never reached a server (connection refused): nothing is pending either.
    name: 'vssps-url refuses connections (nothing sent)',
    inputs: { 'vssps-url': 'https://127.0.0.1:9' },
    mainExit: 1,
    maxActiveAfterMain: 0,
    postSays: /Nothing to revoke: (?:the main step|the task) did not mint a token/,
    check: ({ main, post }) => {
      expect(main.errors.join('\n')).toMatch(/ECONNREFUSED/);
      expect(post.warnings).toEqual([]);
    },
  },
  {
    // The server fails the create, then completes it after the main step looked for it: a second token
    // under the same name that the job never received. The post step looks by name again.
    name: 'create: 503, committed late (after the retry looked)',
    duringMain: () =>
      emu.fault({ route: 'pats.create', action: 'commit-late', status: 503, commitAfterMs: 300, times: 1 }),
    // The late commit lands while the main step waits before its next create.
    realWaits: true,
    mainExit: 0,
    maxActiveAfterMain: 2,
    postSays: /committed it late: revoked 1 more token/,
    check: ({ post }) => expect(post.log).toMatch(REVOKED_BY_ID),
  },
  {
    // `revoke: false` keeps a token the job received; this one it never did (every create answer was lost).
    name: 'revoke: false, every create answer lost',
    inputs: { revoke: 'false' },
    duringMain: () => emu.fault({ route: 'pats.create', action: 'drop-after', times: 3 }),
    mainExit: 1,
    postSays: /found 1 token\(s\) named "[^"]+" and revoked them/,
    check: ({ post }) => expect(post.log).toMatch(/The job never received the token/),
  },
  {
    // Stopped while the revocation waits on Entra: the post step says so and how to finish by hand.
    name: 'SIGINT during post (revocation abandoned, by hand)',
    beforePost: () => emu.fault({ route: 'entra.token', action: 'delay', delayMs: 8000, times: 1 }),
    killPost: { signal: 'SIGINT', when: (out) => line(out, 'Redeeming') },
    mainExit: 0,
    postSays: /Stopped on SIGINT .*before the token "[^"]+" \(authorization id [0-9a-f-]{36}\) was revoked/,
    followWarning: true,
    check: ({ post }) => {
      expect(post.errors).toEqual([]);
      expect(post.warnings.join('\n')).toContain('Revoke it by hand');
    },
  },
  {
    name: 'revoke: 503 twice (retried)',
    beforePost: () => emu.fault({ route: 'pats.revoke', action: 'status', status: 503, times: 2 }),
    mainExit: 0,
    postSays: REVOKED_BY_ID,
  },
  {
    name: 'revoke: 429 + Retry-After (honoured)',
    beforePost: () => emu.fault({ route: 'pats.revoke', action: 'throttle', retryAfterSeconds: 1, times: 1 }),
    mainExit: 0,
    postSays: REVOKED_BY_ID,
  },
  {
    name: 'revoke: 500 for good (warning, then by hand)',
    beforePost: () => emu.fault({ route: 'pats.revoke', action: 'status', status: 500, times: 0 }),
    mainExit: 0,
    postSays: /Could not revoke/,
    followWarning: true,
    check: ({ main, post }) => {
      expect(post.warnings).toHaveLength(1);
      expect(post.warnings[0]).toContain(main.handoff.authorizationId);
      expect(post.warnings[0]).toMatch(/HTTP 500 after .* Fix: It stays valid until .* Revoke it by hand: /);
      // Running the job again would mint another token and leave this one active.
      expect(post.warnings[0]).not.toMatch(/run the job again/i);
    },
  },
  {
    name: 'token revoked before post (post re-run)',
    beforePost: async (main, driver) => {
      expect((await driver.post(main.handoff)).exitCode).toBe(0);
    },
    mainExit: 0,
    // Revoking a revoked token is a success on the API: either answer is done.
    postSays: /already revoked or no longer exists|Revoked the token/,
  },
  {
    name: 'token expired before post (clock +2 h)',
    beforePost: () => emu.advanceClock(2 * 3600),
    mainExit: 0,
    postSays: /already revoked or no longer exists|Revoked the token|expired/,
  },
  {
    name: 'Entra token endpoint 503 twice during post',
    beforePost: () => emu.fault({ route: 'entra.token', action: 'status', status: 503, times: 2 }),
    mainExit: 0,
    postSays: REVOKED_BY_ID,
  },
  {
    name: 'Entra token endpoint down during post (by hand)',
    beforePost: () => emu.fault({ route: 'entra.token', action: 'status', status: 503, times: 0 }),
    mainExit: 0,
    postSays: /Could not revoke/,
    followWarning: true,
  },
  {
    name: 'lifespan policy clamps the expiry',
    inputs: { lifetime: '2d' },
    duringMain: () => emu.policy({ maxLifespan: { enabled: true, days: 1, mode: 'clamp', allowList: [] } }),
    mainExit: 0,
    postSays: REVOKED_BY_ID,
    check: ({ main }) => expect(main.warnings.join('\n')).toMatch(/policy caps PAT lifetimes/),
  },
  {
    // The create outlasts the grace and is committed after the main step ended: the post step looks again.
    // Last: a create committed after its test ended would land in the next one.
    name: 'SIGTERM during a create that outlasts the grace (7 s server delay)',
    duringMain: () => emu.fault({ route: 'pats.create', action: 'delay', delayMs: 7000, times: 1 }),
    kill: { signal: 'SIGTERM', when: (out) => line(out, 'Minting a PAT') },
    mainExit: 1,
    maxActiveAfterMain: 1,
    postSays: /Looking again in 3 s[\s\S]*found 1 token\(s\) named "[^"]+" and revoked them/,
    check: ({ main, post }) => {
      expect(main.errors.join('\n')).toMatch(
        /Stopped on SIGTERM.*did not finish within 5 s and was abandoned/s,
      );
      expect(main.handoff.authorizationId).toBeUndefined();
      expect(post.log).not.toMatch(/minted nothing/);
    },
  },
];

/** Runs the CLI revocation the post step's warning prescribes, once the outage is over. */
async function followWarning(post: Step): Promise<void> {
  const id = /--authorization-id ([0-9a-f-]{36})/.exec(post.warnings.join('\n'))?.[1];
  expect(id).toBeDefined();
  const dir = tempDir('rel-hand-');
  const run = await runCli(['revoke', '--authorization-id', id ?? ''], {
    env: { ...baseEnv(dir), ...emulatorEnv(emu.emulator) },
    cwd: dir,
  });
  expect(run.code).toBe(0);
}

describe.each([
  ['github', (env?: Record<string, string>) => githubDriver(emu, env)],
  ['azure-pipelines', (env?: Record<string, string>) => taskDriver(emu, env)],
])('%s: main + post under faults', (platform, makeDriver) => {
  beforeEach(async () => {
    await emu.reset();
  });

  test.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (_name, scenario) => {
      const driver = makeDriver(scenario.realWaits ? REAL_WAITS : undefined);
      await scenario.duringMain?.();
      const main = await driver.main({ inputs: scenario.inputs, kill: scenario.kill });
      await emu.clearFaults();
      const activeAfterMain = (await activePats(emu)).length;
      await scenario.beforePost?.(main, driver);
      const post = await driver.post(main.handoff, { inputs: scenario.inputs, kill: scenario.killPost });
      await emu.clearFaults();
      const leftByPost = (await activePats(emu)).length;
      if (scenario.followWarning) await followWarning(post);
      const left = (await activePats(emu)).length;
      const leaks = [...main.leaks(secretsOf(emu, main, post)), ...post.leaks(secretsOf(emu, main, post))];
      const recovered = scenario.postSays.exec(post.log)?.[0] ?? '(unrecognised)';
      rows.push([
        scenario.name,
        platform,
        String(main.exitCode ?? main.signal),
        String(activeAfterMain),
        String(left),
        String(leaks.length),
        scenario.followWarning ? `warning (${leftByPost} left) + CLI revoke by id` : recovered.slice(0, 60),
      ]);

      if (scenario.mainExit === 'either') expect([0, 1]).toContain(main.exitCode);
      else expect(main.exitCode).toBe(scenario.mainExit);
      if (scenario.kill && scenario.name.includes('during')) expect(main.log).toMatch(STOPPED);
      // A killed step must end by itself (never by the signal's default action) and within the grace bound.
      expect(main.signal).toBeNull();
      expect(activeAfterMain).toBeLessThanOrEqual(scenario.maxActiveAfterMain ?? 1);
      expect(post.exitCode).toBe(0);
      expect(post.log).toMatch(scenario.postSays);
      expect(leaks).toEqual([]);
      expect(left).toBe(0);
      scenario.check?.({ main, post });
    },
  );
});
