/**
 * The preflight: checks, without minting, what a mint needs (the credential signs in, its Entra scopes, the
 * organization and the bot's membership, the PAT API, the policies the API shows) and, only when asked,
 * mints and revokes a 5-minute probe token to prove the rest. Each check prints one line as it finishes;
 * a check that cannot run because an earlier one failed says so.
 */
import { connectBot } from '../../credentials/context';
import type { Host, Platform } from '../../host';
import { parseSettings, type Settings } from '../../inputs/settings';
import { httpClientFor } from '../../net/host-http';
import type { HttpClient } from '../../net/http';
import type { PatClient } from '../../azure-devops/pat-client';
import { maskSecretInputs } from '../../safety/secrets';
import { checkLine, failed, ok, skip, type CheckResult } from './checks';
import { checkEntraScopes, consentFix, tokenUser } from './entra-scopes';
import { checkOrganization } from './organization';
import { probe } from './probe';

export type { CheckResult } from './checks';

export interface DoctorOptions {
  /** Mint and revoke a probe token. */
  probe: boolean;
  /** How this platform asks for the probe, for the "not visible" lines (e.g. "run doctor with --probe"). */
  probeHint: string;
  http?: HttpClient;
  now?: () => Date;
  suffix?: () => string;
}

export interface DoctorReport {
  ok: boolean;
  organization: string;
  checks: CheckResult[];
}

export async function runDoctor(host: Host, options: DoctorOptions): Promise<DoctorReport> {
  maskSecretInputs(host);
  const { settings, warnings } = parseSettings((name) => host.getInput(name), {
    organization: host.runContext().organization,
  });
  for (const warning of warnings) host.warning(warning);
  const http = options.http ?? httpClientFor(host);
  const { credential, pats } = connectBot(host, http, settings, settings.credential);
  const checks: CheckResult[] = [];
  const report = (check: CheckResult) => {
    checks.push(check);
    host.info(checkLine(check));
  };
  host.info(
    `Checking ${settings.organization} for a PAT with ${settings.scopes.join(' ')}, valid for ` +
      `${settings.lifetime.text}${options.probe ? ', with a probe token' : ''}. Nothing is minted${options.probe ? ' but the probe' : ''}.`,
  );

  let accessToken: string | undefined;
  try {
    accessToken = await credential.getAccessToken();
  } catch (error) {
    const check = failed('sign-in', 'sign-in', error, host.platform);
    if (check.fix && /consent/i.test(check.fix)) check.fix = consentFixFor(settings);
    report(check);
  }
  if (accessToken === undefined) {
    for (const check of notRun(settings, 'the credential did not sign in')) report(check);
    return done(checks, settings);
  }
  const user = tokenUser(accessToken) ?? 'the bot user';
  report(ok('sign-in', 'sign-in', `the ${settings.credential.source} credential signed in as ${user}.`));
  report(checkEntraScopes(accessToken, settings.endpoints.authorityHost));

  const organization = await checkOrganization({
    http,
    azureDevOpsUrl: settings.endpoints.azureDevOpsUrl,
    organization: settings.organization,
    accessToken,
    user,
    platform: host.platform,
  });
  report(organization);
  if (organization.status === 'fail') {
    for (const check of notRun(settings, 'the organization check failed').slice(2)) report(check);
    return done(checks, settings);
  }
  const api = await checkPatApi(pats, host.platform);
  report(api);
  report(fullScopePolicy(settings));
  if (api.status === 'fail') {
    for (const check of notRun(settings, 'the PAT API check failed').slice(4)) report(check);
    return done(checks, settings);
  }
  if (!options.probe) {
    const hidden = `not visible to this check (Azure DevOps does not show organization policies to its users); ${options.probeHint} to prove it with a 5-minute probe token.`;
    report(
      skip(
        'allow-list',
        'PAT creation',
        `the "Restrict personal access token creation" allow-list is ${hidden}`,
      ),
    );
    report(skip('lifetime', 'maximum lifetime', `a maximum-lifetime policy is ${hidden}`));
    return done(checks, settings);
  }
  const now = options.now ?? (() => new Date());
  for (const check of await probe(host, pats, settings, { now, suffix: options.suffix })) report(check);
  return done(checks, settings);
}

function consentFixFor(settings: Settings): string {
  const credential = settings.credential;
  const ids =
    'tenantId' in credential && 'clientId' in credential
      ? [credential.tenantId, credential.clientId]
      : [undefined, undefined];
  return consentFix(settings.endpoints.authorityHost, ids[0], ids[1]);
}

async function checkPatApi(pats: PatClient, platform: Platform): Promise<CheckResult> {
  try {
    await pats.listFirst(1);
    return ok('pat-api', 'PAT API', "the PAT API accepts the bot's token (it listed the bot's tokens).");
  } catch (error) {
    return failed('pat-api', 'PAT API', error, platform);
  }
}

/** Never a problem for this tool, which refuses full access (`app_token`) itself: said, so no one wonders. */
function fullScopePolicy(settings: Settings): CheckResult {
  return ok(
    'full-scope',
    'full-scope policy',
    `does not apply: ${settings.scopes.join(' ')} is not full access (ado-ephemeral-pat never asks for app_token).`,
  );
}

/** The checks after a failed one, in order: each says why it did not run. */
function notRun(settings: Settings, reason: string): CheckResult[] {
  const detail = `not checked: ${reason}.`;
  return [
    skip('entra-scopes', 'Entra scopes', detail),
    skip('organization', 'organization', detail),
    skip('pat-api', 'PAT API', detail),
    fullScopePolicy(settings),
    skip('allow-list', 'PAT creation', detail),
    skip('lifetime', 'maximum lifetime', detail),
  ];
}

function done(checks: CheckResult[], settings: Settings): DoctorReport {
  return {
    ok: checks.every((check) => check.status !== 'fail'),
    organization: settings.organization,
    checks,
  };
}
