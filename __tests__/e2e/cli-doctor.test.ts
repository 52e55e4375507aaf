/**
 * `ado-ephemeral-pat doctor` (the built CLI) against the emulator: each policy, membership and consent failure
 * prints its FAIL line with the fix and exits 1; the all-good case exits 0, mints nothing without --probe,
 * and with --probe leaves no active token. Every run's stderr is scanned for every secret form.
 */
import { startEmulator, type EmulatorHandle } from '../../emulator/index';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';
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

const AZURE_DEVOPS = '499b84ac-1321-427f-aa17-267ca6975798';

let emu: TestEmulator;
const secrets: string[] = [];

beforeAll(async () => {
  emu = await startTestEmulator();
  secrets.push(emu.emulator.bot.refreshToken);
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

async function doctor(
  args: string[],
  options: { emulator?: EmulatorHandle; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const dir = tempDir('cli-doctor-');
  const emulator = options.emulator ?? emu.emulator;
  const env = { ...baseEnv(dir), ...emulatorEnv(emulator), ...options.env };
  const run = await runCli(['doctor', '--scopes', 'vso.code', ...args], { env, cwd: dir });
  expect(leaks(run.stderr + run.stdout, secrets)).toEqual([]);
  return run;
}

/** The line a check printed, found by its title. */
function line(run: CliRun, title: string): string {
  const found = run.stderr.split('\n').filter((text) => text.slice(5).startsWith(`${title}:`));
  expect(found).toHaveLength(1);
  return found[0] ?? '';
}

const created = async () =>
  (await emu.requests()).filter((request) => request.route === 'pats.create').length;

describe('all good', () => {
  test('without --probe: every check passes, the policies are not visible, nothing is minted (exit 0)', async () => {
    await emu.clearRequests();
    const run = await doctor([]);
    expect(run.code).toBe(0);
    expect(line(run, 'sign-in')).toBe(
      'ok   sign-in: the refresh-token credential signed in as pat-bot@contoso.example.',
    );
    expect(line(run, 'Entra scopes')).toBe(
      'ok   Entra scopes: the token grants vso.pats and vso.pats_manage.',
    );
    expect(line(run, 'organization')).toBe(
      'ok   organization: contoso exists and the bot user pat-bot@contoso.example is a member.',
    );
    expect(line(run, 'PAT API')).toBe(
      "ok   PAT API: the PAT API accepts the bot's token (it listed the bot's tokens).",
    );
    expect(line(run, 'PAT creation')).toBe(
      '--   PAT creation: the "Restrict personal access token creation" allow-list is not visible to this check ' +
        '(Azure DevOps does not show organization policies to its users); run doctor with --probe to prove it ' +
        'with a 5-minute probe token.',
    );
    expect(line(run, 'maximum lifetime')).toMatch(/^-- {3}maximum lifetime: .*not visible to this check/);
    expect(run.stderr).toContain('Every check passed in contoso.');
    expect(await created()).toBe(0);
    expect(await emu.pats()).toEqual([]);
  });

  test('with --probe: a 5-minute probe token is minted, moved to the lifetime, and revoked (no active token)', async () => {
    const run = await doctor(['--probe', '--lifetime', '2h']);
    expect(run.code).toBe(0);
    expect(line(run, 'PAT creation')).toMatch(
      /^ok {3}PAT creation: the bot user may create PATs in contoso: a probe token "ado-ephemeral-pat: doctor probe .* \[[0-9a-f]{8}\]" with vso\.profile for 5 minutes was created\.$/,
    );
    expect(line(run, 'maximum lifetime')).toBe('ok   maximum lifetime: a lifetime of 2h is allowed.');
    expect(line(run, 'probe revoked')).toMatch(/^ok {3}probe revoked: the probe token ".*" was revoked\.$/);
    const pats = await emu.pats();
    expect(pats.map((pat) => [pat.scope, pat.status])).toEqual([['vso.profile', 'revoked']]);
    expect(activePats(emu.emulator)).toEqual([]);
  });

  test('--json prints the report on stdout', async () => {
    const run = await doctor(['--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { ok: boolean; checks: { id: string; status: string }[] };
    expect(report.ok).toBe(true);
    expect(report.checks.map((check) => `${check.id}:${check.status}`)).toEqual([
      'sign-in:ok',
      'entra-scopes:ok',
      'organization:ok',
      'pat-api:ok',
      'full-scope:ok',
      'allow-list:skip',
      'lifetime:skip',
    ]);
  });
});

describe('policies', () => {
  test('the creation allow-list excludes the bot: the probe is refused (exit 1)', async () => {
    await emu.policy({ restrictCreation: { enabled: true, allowList: ['someone-else@contoso.example'] } });
    const run = await doctor(['--probe']);
    expect(run.code).toBe(1);
    expect(line(run, 'PAT creation')).toBe(
      'FAIL PAT creation: Azure DevOps refused to create a PAT (patTokenError "disablePatCreationPolicyViolation"): ' +
        'The organization policy "Restrict personal access token (PAT) creation" is on, and the bot user is not on ' +
        'its allow-list. Azure DevOps said: "Your organization policy restricts the creation of personal access ' +
        'tokens." Fix: Ask an organization admin to add the bot user (or its group) to the allow-list in ' +
        'Organization settings -> Policies; if only packaging scopes are allowed, request only vso.packaging scopes.',
    );
    expect(line(run, 'maximum lifetime')).toBe(
      '--   maximum lifetime: not checked: the probe token could not be created.',
    );
    expect(run.stderr).toContain('error: 1 check(s) failed; follow the fix on each FAIL line.');
    expect(await emu.pats()).toEqual([]);
  });

  test('a packaging-only request is probed with a packaging scope, which the allow-list may let through', async () => {
    await emu.policy({ restrictCreation: { enabled: true, allowPackagingOnly: true } });
    const run = await doctor(['--probe', '--scopes', 'vso.packaging_write']);
    expect(run.code).toBe(0);
    expect(line(run, 'PAT creation')).toContain('with vso.packaging for 5 minutes was created.');
  });

  test('a lifetime over the maximum, in reject mode: the probe cannot be extended (exit 1)', async () => {
    await emu.policy({ maxLifespan: { enabled: true, days: 1, mode: 'reject' } });
    const run = await doctor(['--probe', '--lifetime', '2d']);
    expect(run.code).toBe(1);
    expect(line(run, 'maximum lifetime')).toBe(
      'FAIL maximum lifetime: Azure DevOps refused to update a PAT (patTokenError "patLifespanPolicyViolation"): ' +
        'A tenant policy caps the lifetime of PATs, and the requested lifetime exceeds it. Azure DevOps said: "The ' +
        'expiration date exceeds the maximum lifespan allowed by your organization policy." Fix: Reduce ' +
        "`--lifetime` below the tenant's maximum, or ask the Azure DevOps Administrator to add the bot user to the " +
        "policy's allow-list.",
    );
    expect(line(run, 'probe revoked')).toMatch(/^ok /);
    expect(activePats(emu.emulator)).toEqual([]);
  });

  test('a lifetime over the maximum, in clamp mode: it passes and says until when the token would live', async () => {
    await emu.policy({ maxLifespan: { enabled: true, days: 1, mode: 'clamp' } });
    const run = await doctor(['--probe', '--lifetime', '2d']);
    expect(run.code).toBe(0);
    expect(line(run, 'maximum lifetime')).toMatch(
      /^ok {3}maximum lifetime: a tenant policy caps PAT lifetimes: a token asked for 2d is granted only until \S+Z \(the mint warns, and steps that use it must finish before then\)\.$/,
    );
  });

  test('full-scope tokens restricted: does not apply, since the tool never asks for app_token', async () => {
    await emu.policy({ restrictFullScope: { enabled: true } });
    const run = await doctor(['--probe']);
    expect(run.code).toBe(0);
    expect(line(run, 'full-scope policy')).toBe(
      'ok   full-scope policy: does not apply: vso.code is not full access (ado-ephemeral-pat never asks for app_token).',
    );
  });
});

describe('organization', () => {
  test('an unknown organization: 404, and the checks that need it do not run (exit 1)', async () => {
    const run = await doctor(['--organization', 'nowhere']);
    expect(run.code).toBe(1);
    expect(line(run, 'organization')).toBe(
      `FAIL organization: Azure DevOps found no organization nowhere at ${emu.emulator.azureDevOpsUrl} (HTTP 404). ` +
        `Azure DevOps said: "VS800075: The organization 'nowhere' does not exist." Fix: Check \`--organization\` ` +
        '(the name in https://dev.azure.com/<name>) and `--azure-devops-url` (from ADO_EPHEMERAL_PAT_AZURE_DEVOPS_URL).',
    );
    expect(line(run, 'PAT API')).toBe('--   PAT API: not checked: the organization check failed.');
  });

  describe('the bot user is not a member', () => {
    let outsider: EmulatorHandle;
    beforeAll(async () => {
      outsider = await startEmulator({ port: 0, config: { nonMembers: ['pat-bot@contoso.example'] } });
      secrets.push(outsider.bot.refreshToken);
    });
    afterAll(() => outsider.close());

    test('connectionData answers 401 and the line says to add the user (exit 1)', async () => {
      const run = await doctor(['--probe'], { emulator: outsider });
      expect(run.code).toBe(1);
      expect(line(run, 'sign-in')).toMatch(/^ok /);
      expect(line(run, 'organization')).toBe(
        'FAIL organization: contoso did not let the bot user pat-bot@contoso.example in (HTTP 401): the user is ' +
          'not a member of the organization, or the organization does not accept its token. Azure DevOps said: ' +
          `"TF400813: The user 'b0b0b0b0-0000-4000-8000-000000000001' is not authorized to access this resource." ` +
          'Fix: Add pat-bot@contoso.example to contoso (Organization settings > Users > Add users, access level ' +
          "Basic or Stakeholder). If it is a member, check that the organization is connected to the bot user's " +
          'Microsoft Entra tenant (Organization settings > Microsoft Entra).',
      );
      expect(line(run, 'PAT creation')).toBe(
        '--   PAT creation: not checked: the organization check failed.',
      );
      expect(Object.keys(outsider.context.state.data.pats)).toEqual([]);
    });
  });
});

describe('consent', () => {
  let tenant: EmulatorHandle;
  beforeAll(async () => {
    tenant = await startEmulator({ port: 0, config: { entra: { unconsentedScopes: ['vso.pats'] } } });
    secrets.push(tenant.bot.refreshToken);
  });
  afterAll(() => tenant.close());

  const adminConsentUrl = () =>
    `${tenant.authorityHost}/${tenant.tenantId}/v2.0/adminconsent?client_id=${tenant.bot.clientId}` +
    `&scope=${encodeURIComponent(`${AZURE_DEVOPS}/vso.pats ${AZURE_DEVOPS}/vso.pats_manage`)}`;

  test('the refresh token cannot be redeemed for an unconsented scope: sign-in fails with the consent URL', async () => {
    const run = await doctor([], { emulator: tenant });
    expect(run.code).toBe(1);
    const signIn = line(run, 'sign-in');
    expect(signIn).toMatch(/^FAIL sign-in: Microsoft Entra ID refused .*AADSTS65001/);
    expect(signIn).toContain(
      ` Fix: Consent to vso.pats and vso.pats_manage (Azure DevOps) for the app: an administrator opens ${adminConsentUrl()} ` +
        'and accepts; or run `ado-ephemeral-pat login` again as the bot user and accept, then store the new refresh token.',
    );
    expect(line(run, 'Entra scopes')).toBe('--   Entra scopes: not checked: the credential did not sign in.');
  });

  test('a token without vso.pats in scp: the Entra scopes check names it and how to consent', async () => {
    // What a `.default` request returns in this tenant: only the consented scopes.
    const answer = await emulatorRequest(tenant, 'POST', `/${tenant.tenantId}/oauth2/v2.0/token`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: tenant.bot.clientId,
        refresh_token: tenant.bot.refreshToken,
        scope: `${AZURE_DEVOPS}/.default`,
      }).toString(),
    });
    expect(answer.status).toBe(200);
    const accessToken = (JSON.parse(answer.body) as { access_token: string }).access_token;
    secrets.push(accessToken);
    const run = await doctor([], {
      emulator: tenant,
      env: {
        ADO_EPHEMERAL_PAT_REFRESH_TOKEN: '',
        ADO_EPHEMERAL_PAT_CLIENT_ID: '',
        ADO_EPHEMERAL_PAT_ACCESS_TOKEN: accessToken,
      },
    });
    expect(run.code).toBe(1);
    expect(line(run, 'sign-in')).toBe(
      'ok   sign-in: the access-token credential signed in as pat-bot@contoso.example.',
    );
    expect(line(run, 'Entra scopes')).toBe(
      'FAIL Entra scopes: the token lacks vso.pats (it grants "vso.pats_manage"): ado-ephemeral-pat needs ' +
        'vso.pats to list tokens and vso.pats_manage to create and revoke them. Fix: Consent to vso.pats and ' +
        `vso.pats_manage (Azure DevOps) for the app: an administrator opens ${adminConsentUrl()} and accepts; or ` +
        'run `ado-ephemeral-pat login` again as the bot user and accept, then store the new refresh token.',
    );
  });
});
