/**
 * Reads Entra access tokens WITHOUT verifying them: only to fail early with a clear reason (app-only token,
 * wrong audience, expired) instead of Azure DevOps' sign-in page. Azure DevOps verifies the signature.
 */
import { ActionableError } from '../errors';
import { quote } from '../safety/log-safety';

const AZURE_DEVOPS_AUDIENCES = new Set([
  '499b84ac-1321-427f-aa17-267ca6975798',
  'api://499b84ac-1321-427f-aa17-267ca6975798',
  'https://app.vssps.visualstudio.com',
]);

/** Delegated scopes any of which lets a token manage PATs (user_impersonation is the pre-2025 broad one). */
const PAT_SCOPES = ['vso.pats_manage', 'user_impersonation'];

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(segment)) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Header and payload of a JWS compact token, or undefined when the token is not one (opaque, JWE…). */
export function decodeJwtUnverified(
  token: string,
): { header: Record<string, unknown>; payload: Record<string, unknown> } | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return undefined;
  const header = decodeSegment(parts[0] ?? '');
  const payload = decodeSegment(parts[1] ?? '');
  return header && payload ? { header, payload } : undefined;
}

const USER_CREDENTIAL_FIX =
  'Use a user credential: a refresh token of the bot user from `ado-ephemeral-pat login` (the `refresh-token` ' +
  "input, or a Key Vault secret read by the job identity), the bot user's `username`/`password`, or " +
  '`auth: azure-cli` after `az login` as that user.';

function audiences(payload: Record<string, unknown>): string[] {
  const aud = payload.aud;
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) ? aud.filter((value): value is string => typeof value === 'string') : [];
}

/**
 * Throws when a token surely cannot manage PATs: app-only (service principal or managed identity: `idtyp`
 * is `app`, or there is no `scp`), or issued for another audience. Opaque tokens pass: we cannot tell.
 * @param origin where the token came from, for the message, e.g. "the `access-token` input"
 */
export function assertDelegatedUserToken(token: string, origin: string): void {
  const decoded = decodeJwtUnverified(token);
  if (!decoded) return;
  const { payload } = decoded;
  const scp = payload.scp;
  if (payload.idtyp === 'app' || typeof scp !== 'string' || scp.trim() === '') {
    const appId = typeof payload.appid === 'string' ? payload.appid : payload.azp;
    const who = typeof appId === 'string' ? ` (app ${quote(appId, 40)})` : '';
    throw new ActionableError(
      'auth',
      `The Entra token from ${origin} is an app-only token${who}: it belongs to a service principal or managed ` +
        'identity, and Azure DevOps refuses those for PAT management (they cannot create or revoke PATs).',
      USER_CREDENTIAL_FIX,
      { code: 'app_only_token' },
    );
  }
  const aud = audiences(payload);
  if (aud.length > 0 && !aud.some((value) => AZURE_DEVOPS_AUDIENCES.has(value))) {
    throw new ActionableError(
      'auth',
      `The Entra token from ${origin} is for ${aud.map((value) => quote(value, 80)).join(', ')}, not for Azure DevOps.`,
      'Request the token for Azure DevOps (resource 499b84ac-1321-427f-aa17-267ca6975798, scope ' +
        '499b84ac-1321-427f-aa17-267ca6975798/vso.pats_manage), e.g. `az account get-access-token --resource ' +
        '499b84ac-1321-427f-aa17-267ca6975798`.',
      { code: 'wrong_audience' },
    );
  }
}

/** The `exp` claim, or undefined for an opaque token or one without it. */
export function tokenExpiry(token: string): Date | undefined {
  const exp = decodeJwtUnverified(token)?.payload.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? new Date(exp * 1000) : undefined;
}

/**
 * A warning when a readable delegated token carries none of the scopes that allow managing PATs, so the
 * 401/403 that follows has an explanation. Undefined when fine or unknown.
 */
export function patScopeWarning(token: string, origin: string): string | undefined {
  const scp = decodeJwtUnverified(token)?.payload.scp;
  if (typeof scp !== 'string') return undefined;
  const granted = scp.split(/\s+/);
  if (PAT_SCOPES.some((scope) => granted.includes(scope))) return undefined;
  return (
    `The Entra token from ${origin} has the scopes ${quote(scp, 200)} but not vso.pats_manage: Azure DevOps ` +
    'will probably refuse to create or revoke a PAT. Consent to vso.pats and vso.pats_manage for the app.'
  );
}
