/**
 * Concurrency: 50 GitHub jobs at once, main and post as separate child processes, against an
 * emulator whose throttling budget is far below what they ask for, so Azure DevOps answers 429 with
 * Retry-After. Every job must still get its token, every token must be revoked, and no job may leave a
 * second token behind.
 */
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { activePats, githubDriver, type Step } from './drivers';

const JOBS = 50;
/** Child processes at once: enough to exceed the budget, few enough for a 2-core machine. */
const PARALLEL = 12;

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator({
    entra: { refreshTokenReuse: 'allow' },
    // 100 throttled calls (50 creates, 50 revokes) from 12 processes at a time against 4 per second.
    throttling: { enabled: true, budget: 4, windowSeconds: 1, costPerRequest: 1 },
  });
});
afterAll(async () => emu.close());

/** Runs `task` for 0..count-1 with at most `limit` in flight. */
async function pool<T>(count: number, limit: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

test(`${JOBS} concurrent jobs under throttling: every token minted once and revoked`, async () => {
  const jobs = await pool(JOBS, PARALLEL, async (index) => {
    // Each job is its own run: its own run id gives it its own display name.
    // Real waits: the emulator's throttle frees its budget in real time, so the pacing itself is under test.
    const driver = githubDriver(emu, {
      GITHUB_RUN_ID: String(10_000 + index),
      ADO_EPHEMERAL_PAT_TEST_RETRY_SCALE: '1',
    });
    const main: Step = await driver.main();
    const post: Step = await driver.post(main.handoff);
    return { main, post };
  });

  const failedMains = jobs.filter(({ main }) => main.exitCode !== 0 || !main.token);
  expect(failedMains.map(({ main }) => main.errors.join(' '))).toEqual([]);
  expect(jobs.filter(({ post }) => post.exitCode !== 0 || post.warnings.length > 0)).toEqual([]);
  for (const { post } of jobs) expect(post.log).toMatch(/Revoked the token/);

  const pats = await emu.pats();
  const requests = await emu.requests();
  const throttled = requests.filter((request) => request.status === 429);
  console.log(
    `${JOBS} jobs (${PARALLEL} child processes at a time): ${pats.length} PATs created, ` +
      `${(await activePats(emu)).length} left active, ${throttled.length} requests answered 429.`,
  );
  // The budget really was exceeded: the clients had to honour Retry-After.
  expect(throttled.length).toBeGreaterThan(0);
  // No duplicates: exactly one token per job, each with its own name, all revoked.
  expect(pats).toHaveLength(JOBS);
  expect(new Set(pats.map((pat) => pat.displayName)).size).toBe(JOBS);
  expect(new Set(jobs.map(({ main }) => main.token)).size).toBe(JOBS);
  expect(await activePats(emu)).toEqual([]);
}, 180_000);
