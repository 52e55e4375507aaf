/**
 * The probe: what the API does not show (the "Restrict PAT creation" allow-list, the maximum lifetime) is
 * proved by doing it. A token with the smallest scope is minted for 5 minutes, its expiry moved to the
 * requested lifetime (a lifetime policy clamps or refuses that), and it is revoked at once. The token is
 * masked the moment it arrives and never leaves this file.
 */
import { buildDisplayName, deriveBaseName, randomSuffix } from '../../azure-devops/display-name';
import type { PatClient, PatToken } from '../../azure-devops/pat-client';
import { ActionableError } from '../../errors';
import type { Host, Platform } from '../../host';
import type { Settings } from '../../inputs/settings';
import { handRevokeAdvice } from '../revoke';
import { saveMinted, savePending, settleFailedCreate, untilCreated } from '../state';
import { fail, failed, ok, skip, type CheckResult } from './checks';

export const PROBE_LIFETIME_MS = 5 * 60_000;
/** The smallest scope; a packaging-only request probes with a packaging scope, which the allow-list may let through. */
const PROBE_SCOPE = 'vso.profile';
const PACKAGING_PROBE_SCOPE = 'vso.packaging';
/** A server that grants less than this much short of the request caps lifetimes. */
const LIFETIME_TOLERANCE_MS = 60_000;

function probeScope(scopes: readonly string[]): string {
  return scopes.every((scope) => scope.startsWith('vso.packaging')) ? PACKAGING_PROBE_SCOPE : PROBE_SCOPE;
}

export interface ProbeDependencies {
  now: () => Date;
  suffix?: () => string;
}

export async function probe(
  host: Host,
  pats: PatClient,
  settings: Settings,
  deps: ProbeDependencies,
): Promise<CheckResult[]> {
  const scope = probeScope(settings.scopes);
  const ctx = host.runContext();
  const displayName = buildDisplayName(
    `doctor probe ${deriveBaseName(ctx)}`,
    ctx,
    (deps.suffix ?? randomSuffix)(),
  );
  // Saved as the main step saves a real token: if this process dies, the post step still finds the probe.
  savePending(host, settings.organization, settings.endpoints, displayName);
  let token: PatToken;
  try {
    token = await untilCreated(host, () =>
      pats.create({
        displayName,
        scope: [scope],
        validTo: new Date(deps.now().getTime() + PROBE_LIFETIME_MS),
      }),
    );
  } catch (error) {
    settleFailedCreate(host, error, false);
    return [
      failed('allow-list', 'PAT creation', error, host.platform),
      skip('lifetime', 'maximum lifetime', 'not checked: the probe token could not be created.'),
    ];
  }
  saveMinted(host, token.authorizationId, new Date(token.validTo).toISOString());
  // Saved before the update is sent: an update whose answer is lost may still have moved the expiry, and the
  // post step must not skip the probe as expired while it is valid.
  const saveExpiry = (wanted: Date) => saveMinted(host, token.authorizationId, wanted.toISOString());
  const lifetime = await checkLifetime(pats, token, settings, deps.now, host.platform, saveExpiry);
  // The update moved the probe's expiry: the hand-revoke advice must say until when it stays valid.
  const expiresAt = new Date(lifetime.validTo ?? token.validTo).toISOString();
  if (lifetime.validTo) saveMinted(host, token.authorizationId, expiresAt);
  const results = [
    ok(
      'allow-list',
      'PAT creation',
      `the bot user may create PATs in ${settings.organization}: a probe token "${displayName}" with ${scope} ` +
        'for 5 minutes was created.',
    ),
    lifetime.check,
  ];
  results.push(await revokeProbe(host, pats, token, settings, displayName, expiresAt));
  return results;
}

async function checkLifetime(
  pats: PatClient,
  token: PatToken,
  settings: Settings,
  now: () => Date,
  platform: Platform,
  saveExpiry: (wanted: Date) => void,
): Promise<{ check: CheckResult; validTo?: string }> {
  const id = 'lifetime';
  const title = 'maximum lifetime';
  const { milliseconds, text } = settings.lifetime;
  if (milliseconds <= PROBE_LIFETIME_MS) {
    return { check: ok(id, title, `the probe token got the ${text} asked for.`) };
  }
  const start = Date.parse(token.validFrom);
  const wanted = new Date((Number.isNaN(start) ? now().getTime() : start) + milliseconds);
  saveExpiry(wanted);
  try {
    const updated = await pats.updateValidTo(token.authorizationId, wanted);
    const granted = Date.parse(updated.validTo);
    if (granted < wanted.getTime() - LIFETIME_TOLERANCE_MS) {
      const check = ok(
        id,
        title,
        `a tenant policy caps PAT lifetimes: a token asked for ${text} is granted only until ` +
          `${new Date(granted).toISOString()} (the mint warns, and steps that use it must finish before then).`,
      );
      return { check, validTo: updated.validTo };
    }
    return { check: ok(id, title, `a lifetime of ${text} is allowed.`), validTo: updated.validTo };
  } catch (error) {
    return { check: failed(id, title, error, platform) };
  }
}

async function revokeProbe(
  host: Host,
  pats: PatClient,
  token: PatToken,
  settings: Settings,
  displayName: string,
  expiresAt: string,
): Promise<CheckResult> {
  try {
    await pats.revoke(token.authorizationId);
  } catch (error) {
    // The saved state names the probe: a post step (the action's, the task's) revokes it again.
    const advice = handRevokeAdvice({
      authorizationId: token.authorizationId,
      displayName,
      expiresAt,
      organization: settings.organization,
      endpoints: settings.endpoints,
    });
    const reason = error instanceof ActionableError ? error.message : String(error);
    return fail('probe-revoked', 'probe revoked', `the probe token could not be revoked: ${reason}`, advice);
  }
  host.clearState();
  return ok('probe-revoked', 'probe revoked', `the probe token "${displayName}" was revoked.`);
}
