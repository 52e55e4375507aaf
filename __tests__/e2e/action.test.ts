/**
 * The built GitHub Action (dist/action/*.js) run the way the runner runs it, against the emulator over HTTPS.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { maskForms } from '../../src/core/safety/secrets';
import {
  findLeaks,
  laterStepGitEnv,
  runActionJob,
  runActionStep,
  type StepRun,
} from '../../scripts/harness/github-runner';
import { PAT_TOKEN_ERROR_VALUES } from '../../src/core/azure-devops/pat-errors';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';
import {
  invalidInputCases,
  patTokenErrorAnswer,
  persistentThrottling,
  servicePrincipalRefusal,
  signInPage,
} from '../helpers/failure-fixtures';
import { refusingProxy } from '../helpers/refusing-proxy';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => emu.close());
beforeEach(async () => {
  await emu.reset();
});

const activePats = async () => (await emu.pats()).filter((pat) => pat.status === 'active');

function allForms(...secrets: string[]): string[] {
  return secrets.flatMap((secret) => maskForms(secret));
}

function failureText(run: StepRun): string {
  return run.errors.join('\n');
}

describe('a whole job', () => {
  let main: StepRun;
  let post: StepRun;
  let activeAfterMain: number;
  let statusAfterPost: string | undefined;

  beforeAll(async () => {
    await emu.reset();
    main = await runActionStep('main', { inputs: emu.inputs({ scopes: 'code, vso.work_write' }) });
    activeAfterMain = (await activePats()).length;
    post = await runActionStep('post', { inputs: emu.inputs(), state: main.state });
    const pat = (await emu.pats()).find((p) => p.authorizationId === main.outputs['authorization-id']);
    statusAfterPost = pat?.status;
  });

  test('the main step succeeds and sets every output', () => {
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    const { outputs } = main;
    const token = outputs.token ?? '';
    expect(token).toHaveLength(84);
    expect(token.slice(76, 80)).toBe('AZDO');
    expect(outputs['basic-auth']).toBe(Buffer.from(`:${token}`).toString('base64'));
    expect(outputs['authorization-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(outputs.scopes?.split(' ').sort()).toEqual(['vso.code', 'vso.work_write']);
    expect(outputs['display-name']).toMatch(
      /^ado-ephemeral-pat: octo\/demo run 4242\.1 job build \[[0-9a-f]{8}\]$/,
    );
    const expiresIn = Date.parse(outputs['expires-at'] ?? '') - Date.now();
    expect(expiresIn).toBeGreaterThan(55 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(60 * 60_000);
  });

  test('the saved state holds the id, name, expiry and endpoints, and no secret', () => {
    expect(main.state).toEqual({
      displayName: main.outputs['display-name'],
      authorizationId: main.outputs['authorization-id'],
      expiresAt: main.outputs['expires-at'],
      organization: emu.emulator.organization,
      authorityHost: emu.emulator.authorityHost,
      vsspsUrl: emu.emulator.vsspsUrl,
      azureDevOpsUrl: emu.emulator.azureDevOpsUrl,
    });
  });

  test('every form of every secret is masked, and none appears outside the mask commands', () => {
    const token = main.outputs.token ?? '';
    const basic = main.outputs['basic-auth'] ?? '';
    const refreshToken = emu.emulator.bot.refreshToken;
    for (const form of allForms(token, basic, refreshToken)) expect(main.masks).toContain(form);
    expect(findLeaks(main, allForms(token, basic, refreshToken))).toEqual([]);
    expect(findLeaks(post, allForms(token, basic, refreshToken))).toEqual([]);
  });

  test('the job summary describes the token without it', () => {
    expect(main.summary).toContain(main.outputs['authorization-id']);
    expect(main.summary).toContain('vso.work_write');
    expect(main.summary).not.toContain(main.outputs.token);
  });

  test('the post step revokes the token', () => {
    expect(activeAfterMain).toBe(1);
    expect(post.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(post.stdout).toContain(`Revoked the token "${main.outputs['display-name']}"`);
    expect(statusAfterPost).toBe('revoked');
  });
});

describe('the post step', () => {
  test('does nothing when the main step minted nothing', async () => {
    await emu.clearRequests();
    const post = await runActionStep('post', { inputs: emu.inputs() });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('Nothing to revoke');
    expect(await emu.requests()).toEqual([]);
  });

  test('leaves the token alone with revoke: false, and says so', async () => {
    const { main, post } = await runActionJob({ inputs: emu.inputs({ revoke: 'false' }) });
    expect(main.exitCode).toBe(0);
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('Not revoking');
    expect(await activePats()).toHaveLength(1);
  });

  test('skips a token that has already expired', async () => {
    const main = await runActionStep('main', { inputs: emu.inputs() });
    await emu.clearRequests();
    // Beyond the 5-minute allowance for a runner clock that runs ahead.
    const past = new Date(Date.now() - 10 * 60_000).toISOString();
    const post = await runActionStep('post', {
      inputs: emu.inputs(),
      state: { ...main.state, expiresAt: past },
    });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('expired');
    expect(await emu.requests()).toEqual([]);
  });

  test('still revokes a token that expired only moments ago by the runner clock (clock skew)', async () => {
    const main = await runActionStep('main', { inputs: emu.inputs() });
    const justNow = new Date(Date.now() - 60_000).toISOString();
    const post = await runActionStep('post', {
      inputs: emu.inputs(),
      state: { ...main.state, expiresAt: justNow },
    });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('Revoked');
    expect(await activePats()).toEqual([]);
  });

  test('treats a token revoked twice as done', async () => {
    const main = await runActionStep('main', { inputs: emu.inputs() });
    const first = await runActionStep('post', { inputs: emu.inputs(), state: main.state });
    const second = await runActionStep('post', { inputs: emu.inputs(), state: main.state });
    expect(first.stdout).toContain('Revoked');
    expect(second.exitCode).toBe(0);
    expect(second.warnings).toEqual([]);
    expect(await activePats()).toEqual([]);
  });

  test('treats a token that no longer exists as done', async () => {
    const main = await runActionStep('main', { inputs: emu.inputs() });
    const state = { ...main.state, authorizationId: '00000000-0000-4000-8000-000000000000' };
    const post = await runActionStep('post', { inputs: emu.inputs(), state });
    expect(post.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(post.stdout).toContain('already revoked or no longer exists');
  });

  test('finds and revokes a token whose create answer never arrived', async () => {
    // Every create is committed but its answer dropped: the main step fails, yet saved the name first.
    await emu.fault({ route: 'pats.create', action: 'drop-after', times: 3 });
    const { main, post } = await runActionJob({ inputs: emu.inputs() });
    expect(main.exitCode).toBe(1);
    expect(main.state.authorizationId).toBeUndefined();
    expect(main.state.displayName).toBeDefined();
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('did not record the token');
    expect(await activePats()).toEqual([]);
  });

  test('warns, naming the token and how to revoke it by hand, when revocation keeps failing', async () => {
    const main = await runActionStep('main', { inputs: emu.inputs() });
    await emu.fault({ route: 'pats.revoke', action: 'status', status: 500, times: 0 });
    const post = await runActionStep('post', { inputs: emu.inputs(), state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.warnings).toHaveLength(1);
    expect(post.warnings[0]).toContain(main.outputs['authorization-id']);
    expect(post.warnings[0]).toContain('Revoke it by hand');
    await emu.clearFaults();
  });
});

describe('recovering from transient failures while minting', () => {
  test('a lost create answer leaves no second token behind', async () => {
    await emu.fault({ route: 'pats.create', action: 'drop-after', times: 1 });
    const { main, post } = await runActionJob({ inputs: emu.inputs() });
    expect(main.exitCode).toBe(0);
    const pats = await emu.pats();
    expect(pats).toHaveLength(2);
    expect(pats.filter((p) => p.status === 'active')).toHaveLength(0);
    expect(post.exitCode).toBe(0);
  });

  test('a 503 on create is retried after reconciling', async () => {
    await emu.fault({ route: 'pats.create', action: 'status', status: 503, times: 1 });
    const main = await runActionStep('main', { inputs: emu.inputs() });
    expect(main.exitCode).toBe(0);
    expect(await activePats()).toHaveLength(1);
  });

  test('a 429 with Retry-After is honoured', async () => {
    await emu.fault({ route: 'pats.create', action: 'throttle', retryAfterSeconds: 1, times: 1 });
    const started = Date.now();
    // The wait itself is under test: the real one, not the harness's shortened test waits.
    const env = { ADO_EPHEMERAL_PAT_TEST_RETRY_SCALE: '1' };
    const main = await runActionStep('main', { inputs: emu.inputs(), env });
    expect(main.exitCode).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(await activePats()).toHaveLength(1);
  });
});

describe('failures say what went wrong and how to fix it', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a 401', { route: 'pats.create', action: 'status', status: 401, times: 0 }, /401/],
    ['a service principal token', servicePrincipalRefusal, /[Ss]ervice principal/],
    ['a 203 sign-in page', signInPage, /sign-in page/i],
    ['persistent throttling', persistentThrottling, /429|throttl/i],
    ['a server that keeps failing', { route: 'pats.create', action: 'status', status: 500, times: 0 }, /500/],
  ];

  test.each(cases)('%s', async (_name, fault, expected) => {
    await emu.fault(fault);
    const main = await runActionStep('main', { inputs: emu.inputs() });
    await emu.clearFaults();
    expect(main.exitCode).toBe(1);
    expect(main.errors).toHaveLength(1);
    expect(failureText(main)).toMatch(expected);
    expect(failureText(main)).toContain('Fix:');
    expect(await activePats()).toEqual([]);
  });

  test('a lifespan policy that refuses the lifetime', async () => {
    await emu.policy({ maxLifespan: { enabled: true, days: 1, mode: 'reject', allowList: [] } });
    const main = await runActionStep('main', { inputs: emu.inputs({ lifetime: '2d' }) });
    expect(main.exitCode).toBe(1);
    expect(failureText(main)).toMatch(/patLifespanPolicyViolation/);
  });

  test('a display name cut to fit is one warning naming the limit and what was kept', async () => {
    const main = await runActionStep('main', {
      inputs: emu.inputs({ 'display-name': 'nightly '.repeat(40) }),
    });
    expect(main.exitCode).toBe(0);
    const kept = main.outputs['display-name'] ?? '';
    expect(kept).toMatch(/^ado-ephemeral-pat: (nightly )+nightly\.\.\. \[[0-9a-f]{8}\]$/);
    expect(main.warnings).toEqual([
      "The token's display name was shortened to fit Azure DevOps' limit of 256 characters after HTML encoding " +
        `(the "ado-ephemeral-pat: " prefix and the unique suffix included); kept: "${kept}". ` +
        'Give a shorter `display-name` to choose what it says.',
    ]);
    const whole = await runActionStep('main', { inputs: emu.inputs({ 'display-name': 'nightly' }) });
    expect(whole.warnings).toEqual([]);
  });

  test('a lifespan policy that shortens the lifetime is a warning, and expires-at tells the truth', async () => {
    await emu.policy({ maxLifespan: { enabled: true, days: 1, mode: 'clamp', allowList: [] } });
    const main = await runActionStep('main', { inputs: emu.inputs({ lifetime: '2d' }) });
    expect(main.exitCode).toBe(0);
    expect(main.warnings.join('\n')).toMatch(/policy caps PAT lifetimes/);
    const expiresIn = Date.parse(main.outputs['expires-at'] ?? '') - Date.now();
    expect(expiresIn).toBeLessThanOrEqual(24 * 3600_000);
  });
});

describe('every patTokenError Azure DevOps can answer a create with', () => {
  const values = PAT_TOKEN_ERROR_VALUES.filter((value) => value !== 'none');
  const messages = new Map<string, string>();

  test.each(values)('%s: its own message, naming the cause and the fix', async (value) => {
    await emu.fault(patTokenErrorAnswer(value));
    const main = await runActionStep('main', { inputs: emu.inputs() });
    await emu.clearFaults();
    expect(main.exitCode).toBe(1);
    expect(main.errors).toHaveLength(1);
    expect(failureText(main)).toContain(value);
    expect(failureText(main)).toContain('Fix:');
    messages.set(value, failureText(main));
  });

  afterAll(() => {
    // "Its own message": no two values are reported with the same text.
    expect(messages.size).toBe(values.length);
    expect(new Set(messages.values()).size).toBe(values.length);
  });
});

describe('invalid inputs fail before any request', () => {
  test.each(invalidInputCases)('%s', async (_name, inputs, expected) => {
    await emu.clearRequests();
    const main = await runActionStep('main', { inputs: emu.inputs(inputs) });
    expect(main.exitCode).toBe(1);
    expect(failureText(main)).toMatch(expected);
    expect(failureText(main)).toContain('Fix:');
    expect(await emu.requests()).toEqual([]);
    expect(main.state).toEqual({});
  });

  test('no credential at all', async () => {
    await emu.clearRequests();
    const inputs = emu.inputs();
    delete inputs['refresh-token'];
    const main = await runActionStep('main', { inputs });
    expect(main.exitCode).toBe(1);
    expect(failureText(main)).toMatch(/credential/i);
    expect(await emu.requests()).toEqual([]);
  });
});

describe('the safety opt-ins', () => {
  test("a host outside Microsoft's clouds gets a request only with allow-custom-endpoints, and a warning", async () => {
    const proxy = await refusingProxy();
    try {
      // Loopback is never proxied: the token request goes to a name only the proxy could resolve.
      const custom = { 'authority-host': 'https://login.custom-cloud.invalid/tenant-path' };
      const env = { HTTPS_PROXY: proxy.url };
      await emu.clearRequests();
      const refused = await runActionStep('main', { inputs: emu.inputs(custom), env });
      expect(refused.exitCode).toBe(1);
      expect(failureText(refused)).toContain('Input `authority-host` names "login.custom-cloud.invalid"');
      expect(proxy.connects).toEqual([]);
      expect(await emu.requests()).toEqual([]);

      const allowed = await runActionStep('main', {
        inputs: emu.inputs({ ...custom, 'allow-custom-endpoints': 'true' }),
        env,
      });
      expect(allowed.warnings).toContainEqual(
        expect.stringContaining('Input `authority-host` names "login.custom-cloud.invalid", a host outside'),
      );
      expect(proxy.connects.map((connect) => connect.line)).toEqual([
        'CONNECT login.custom-cloud.invalid:443 HTTP/1.1',
      ]);
      expect(allowed.exitCode).toBe(1);
      expect(failureText(allowed)).toContain('407');
    } finally {
      await proxy.close();
    }
  });

  test('allow-token-scopes mints vso.tokens, with a warning', async () => {
    const main = await runActionStep('main', {
      inputs: emu.inputs({ scopes: 'vso.code vso.tokens', 'allow-token-scopes': 'true' }),
    });
    expect(main.errors).toEqual([]);
    expect(main.outputs.scopes?.split(' ').sort()).toEqual(['vso.code', 'vso.tokens']);
    expect(main.warnings).toContainEqual(
      expect.stringContaining('vso.tokens, allowed by `allow-token-scopes`'),
    );
    await runActionStep('post', { inputs: emu.inputs(), state: main.state });
    expect(await activePats()).toEqual([]);
  });
});

describe('git-credentials', () => {
  test('a later step clones although its remote spells the organization in another case', async () => {
    const { organization, azureDevOpsUrl, project, repository, caCertFile } = emu.emulator;
    const main = await runActionStep('main', {
      inputs: emu.inputs({ organization: organization.toUpperCase(), 'git-credentials': 'true' }),
    });
    expect(main.errors).toEqual([]);
    const work = mkdtempSync(path.join(tmpdir(), 'gh-git-'));
    const env = laterStepGitEnv(work, caCertFile, main.env);
    // Async: the emulator answers from this process.
    const remote = `${azureDevOpsUrl}/${organization.toLowerCase()}/${project}/_git/${repository}`;
    await expect(
      promisify(execFile)('git', ['clone', '--quiet', remote, path.join(work, 'repo')], { env }),
    ).resolves.toBeDefined();
  });
});
