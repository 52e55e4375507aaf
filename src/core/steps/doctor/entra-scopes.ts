/**
 * Whether the bot's Entra token carries the delegated scopes the PAT API needs (its `scp` claim), and, when
 * not, how to consent: an admin consent URL for the app and tenant the token came from, or `login` again.
 */
import { decodeJwtUnverified } from '../../entra/jwt';
import { AZURE_DEVOPS_RESOURCE } from '../../entra/token-client';
import { quote } from '../../safety/log-safety';
import { fail, ok, skip, type CheckResult } from './checks';

const ID = 'entra-scopes';
const TITLE = 'Entra scopes';

/** vso.pats lists and reads tokens, vso.pats_manage creates and revokes them; the tool asks for both. */
export const NEEDED_SCOPES = ['vso.pats', 'vso.pats_manage'] as const;

/** The broad scope from before the granular ones; Azure DevOps may or may not still accept it for PATs. */
const BROAD_SCOPE = 'user_impersonation';

const SAFE_ID = /^[A-Za-z0-9.-]{1,100}$/;

function claim(payload: Record<string, unknown>, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && SAFE_ID.test(value) ? value : undefined;
}

/** Where an administrator grants the app both scopes for the whole tenant. */
export function adminConsentUrl(authorityHost: string, tenantId: string, clientId: string): string {
  const scope = NEEDED_SCOPES.map((name) => `${AZURE_DEVOPS_RESOURCE}/${name}`).join(' ');
  return (
    `${authorityHost}/${encodeURIComponent(tenantId)}/v2.0/adminconsent` +
    `?client_id=${encodeURIComponent(clientId)}&scope=${encodeURIComponent(scope)}`
  );
}

export function consentFix(authorityHost: string, tenantId?: string, clientId?: string): string {
  const url =
    tenantId && clientId
      ? `an administrator opens ${adminConsentUrl(authorityHost, tenantId, clientId)} and accepts`
      : 'an administrator grants admin consent on the app registration\'s "API permissions" page';
  return (
    `Consent to vso.pats and vso.pats_manage (Azure DevOps) for the app: ${url}; or run ` +
    '`ado-ephemeral-pat login` again as the bot user and accept, then store the new refresh token.'
  );
}

export function checkEntraScopes(accessToken: string, authorityHost: string): CheckResult {
  const payload = decodeJwtUnverified(accessToken)?.payload;
  const scp = payload?.scp;
  if (!payload || typeof scp !== 'string') {
    return skip(ID, TITLE, 'not visible to this check: the token is not a readable JWT with an scp claim.');
  }
  const granted = scp.split(/\s+/).filter(Boolean);
  const missing = NEEDED_SCOPES.filter((name) => !granted.includes(name));
  if (missing.length === 0) return ok(ID, TITLE, `the token grants ${NEEDED_SCOPES.join(' and ')}.`);
  if (granted.includes(BROAD_SCOPE)) {
    return ok(
      ID,
      TITLE,
      `the token grants ${BROAD_SCOPE}, the broad scope from before vso.pats and vso.pats_manage; Azure ` +
        'DevOps accepts it for PATs where that is still allowed (the PAT API check below tells).',
    );
  }
  return fail(
    ID,
    TITLE,
    `the token lacks ${missing.join(' and ')} (it grants ${quote(scp, 200)}): ado-ephemeral-pat needs ` +
      'vso.pats to list tokens and vso.pats_manage to create and revoke them.',
    consentFix(authorityHost, claim(payload, 'tid'), claim(payload, 'appid') ?? claim(payload, 'azp')),
  );
}

/** The signed-in user's name from the token, for the sign-in line; undefined when unreadable. */
export function tokenUser(accessToken: string): string | undefined {
  const payload = decodeJwtUnverified(accessToken)?.payload;
  if (!payload) return undefined;
  for (const name of ['upn', 'unique_name', 'preferred_username']) {
    const value = payload[name];
    if (typeof value === 'string' && /^[^\s`]{1,200}$/.test(value)) return value;
  }
  return undefined;
}
