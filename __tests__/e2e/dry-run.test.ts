/**
 * `dry-run` on the built GitHub Action and Azure Pipelines task: the doctor's checks in the main step, no
 * output and no kept token, a failed check fails the step, and the post step has nothing to revoke.
 */
import { runActionStep } from '../../scripts/harness/github-runner';
import { runTaskStep, taskVariablesOf } from '../../scripts/harness/azure-pipelines-agent';
import { taskName } from '../../src/hosts/azure-pipelines/names';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => emu.close());
beforeEach(async () => {
  await emu.reset();
});

const creates = async () =>
  (await emu.requests()).filter((request) => request.route === 'pats.create').length;

describe('GitHub Action', () => {
  test('dry-run: true checks, sets no output, and the post step has nothing to revoke', async () => {
    await emu.clearRequests();
    const main = await runActionStep('main', { inputs: emu.inputs({ 'dry-run': 'true' }) });
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.outputs).toEqual({});
    expect(main.stdout).toContain(
      'ok   organization: contoso exists and the bot user pat-bot@contoso.example is a member.',
    );
    expect(main.stdout).toContain('set `dry-run` to probe to prove it with a 5-minute probe token.');
    expect(main.stdout).toContain('Dry run: every check passed in contoso; no token was minted.');
    expect(main.state).toEqual({ dryRun: 'true' });
    expect(await creates()).toBe(0);

    const post = await runActionStep('post', {
      inputs: emu.inputs({ 'dry-run': 'true' }),
      state: main.state,
    });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('Nothing to revoke: the main step was a dry run and kept no token.');
    expect(await emu.pats()).toEqual([]);
  });

  test('dry-run: probe mints and revokes the probe and keeps nothing for the post step', async () => {
    const main = await runActionStep('main', { inputs: emu.inputs({ 'dry-run': 'probe' }) });
    expect(main.errors).toEqual([]);
    expect(main.outputs).toEqual({});
    expect(main.stdout).toMatch(/ok {3}probe revoked: the probe token ".*" was revoked\./);
    expect(Object.entries(main.state).filter(([, value]) => value !== '')).toEqual([['dryRun', 'true']]);
    expect((await emu.pats()).map((pat) => pat.status)).toEqual(['revoked']);
  });

  test('a failed check fails the step, with the FAIL line and its fix', async () => {
    await emu.policy({ restrictCreation: { enabled: true } });
    const main = await runActionStep('main', { inputs: emu.inputs({ 'dry-run': 'probe' }) });
    expect(main.exitCode).not.toBe(0);
    expect(main.stdout).toContain(
      'FAIL PAT creation: Azure DevOps refused to create a PAT (patTokenError "disablePatCreationPolicyViolation")',
    );
    expect(main.errors.join('\n')).toContain(
      'Dry run: 1 check(s) failed (PAT creation); no token was minted. Fix: Follow the fix on each FAIL line above, then run the dry run again.',
    );
    expect(main.outputs).toEqual({});
    expect(await emu.pats()).toEqual([]);
  });

  test('an invalid dry-run value fails before any request', async () => {
    await emu.clearRequests();
    const main = await runActionStep('main', { inputs: emu.inputs({ 'dry-run': 'maybe' }) });
    expect(main.exitCode).not.toBe(0);
    expect(main.errors.join('\n')).toContain('Input `dry-run` must be true, false or probe, got "maybe".');
    expect(await emu.requests()).toEqual([]);
  });
});

describe('Azure Pipelines task', () => {
  function pipeline(extra: Record<string, string>) {
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(emu.inputs(extra))) inputs[taskName(name)] = value;
    return { inputs };
  }

  test('dryRun: true checks, sets no output variable, and the post-job step has nothing to revoke', async () => {
    await emu.clearRequests();
    const main = await runTaskStep('main', pipeline({ 'dry-run': 'true' }));
    expect(main.errors).toEqual([]);
    expect(main.result).not.toBe('Failed');
    expect(main.variables).toEqual({});
    expect(main.plainLines.join('\n')).toContain('set `dryRun` to probe to prove it');
    expect(await creates()).toBe(0);
    const post = await runTaskStep('post', {
      ...pipeline({ 'dry-run': 'true' }),
      taskVariables: taskVariablesOf(main),
    });
    expect(post.exitCode).toBe(0);
    expect(post.plainLines.join('\n')).toContain(
      'Nothing to revoke: the task was a dry run and kept no token.',
    );
  });

  test('dryRun: probe leaves no active token; a lifetime over the maximum fails the step', async () => {
    const good = await runTaskStep('main', pipeline({ 'dry-run': 'probe' }));
    expect(good.errors).toEqual([]);
    expect(good.variables).toEqual({});
    expect((await emu.pats()).map((pat) => pat.status)).toEqual(['revoked']);

    await emu.policy({ maxLifespan: { enabled: true, days: 1, mode: 'reject' } });
    const refused = await runTaskStep('main', pipeline({ 'dry-run': 'probe', lifetime: '2d' }));
    expect(refused.result).toBe('Failed');
    expect(refused.plainLines.join('\n')).toContain(
      'FAIL maximum lifetime: Azure DevOps refused to update a PAT (patTokenError "patLifespanPolicyViolation")',
    );
    expect(refused.plainLines.join('\n')).toContain("Fix: Reduce `lifetime` below the tenant's maximum");
    expect((await emu.pats()).filter((pat) => pat.status === 'active')).toEqual([]);
  });
});
