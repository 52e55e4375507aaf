/**
 * Who is calling: resolved once per request from the Authorization header, before the handler runs.
 * - `Bearer <jwt>` signed by the emulator's Entra key and within its lifetime → a user (delegated, `scp`) or
 *   an app (`roles`). Tokens from the OIDC issuers are not Entra tokens and resolve to `invalid`.
 * - `Basic base64(user:PAT)` → the PAT, with its status at the emulator's current time (the user part is
 *   ignored, as on the real service). An unknown PAT resolves to `invalid`.
 * - nothing → `anonymous`.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Clock } from './clock';
import { checkTokenTimes, claim, DEFAULT_KEY, type SigningKeys } from './jwt';
import { hashSecret, type EmulatorState, type PatRecord } from './state';

export type PatStatus = 'active' | 'revoked' | 'expired';

export interface UserIdentity {
  kind: 'user';
  tenantId: string;
  oid: string;
  upn: string;
  appid: string;
  audience: string;
  /** The `scp` claim, split. */
  scopes: string[];
  claims: Record<string, unknown>;
}

export interface AppIdentity {
  kind: 'app';
  tenantId: string;
  oid: string;
  appid: string;
  audience: string;
  roles: string[];
  claims: Record<string, unknown>;
}

export interface PatIdentity {
  kind: 'pat';
  pat: PatRecord;
  status: PatStatus;
  /** The PAT's scopes, split (`app_token` for full access). */
  scopes: string[];
}

export type CallerIdentity =
  | { kind: 'anonymous' }
  | UserIdentity
  | AppIdentity
  | PatIdentity
  | { kind: 'invalid'; scheme: string; reason: string };

export function patStatus(pat: Pick<PatRecord, 'revokedAt' | 'validTo'>, nowMs: number): PatStatus {
  if (pat.revokedAt) return 'revoked';
  return Date.parse(pat.validTo) <= nowMs ? 'expired' : 'active';
}

export function resolveIdentity(
  headers: IncomingHttpHeaders,
  keys: SigningKeys,
  clock: Clock,
  state: EmulatorState,
): CallerIdentity {
  const header = headers.authorization;
  if (!header) return { kind: 'anonymous' };
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const credential = space < 0 ? '' : header.slice(space + 1).trim();
  if (scheme === 'bearer') return fromBearer(credential, keys, clock);
  if (scheme === 'basic') return fromBasic(credential, clock, state);
  return { kind: 'invalid', scheme, reason: 'unsupported-scheme' };
}

function fromBearer(token: string, keys: SigningKeys, clock: Clock): CallerIdentity {
  const verified = keys.verify(token);
  if ('error' in verified) return { kind: 'invalid', scheme: 'bearer', reason: verified.error };
  if (verified.keyName !== DEFAULT_KEY)
    return { kind: 'invalid', scheme: 'bearer', reason: 'not-an-entra-token' };
  const p = verified.payload;
  const timeFailure = checkTokenTimes(p, clock.nowSeconds());
  if (timeFailure) return { kind: 'invalid', scheme: 'bearer', reason: timeFailure };
  const common = {
    tenantId: claim(p, 'tid'),
    oid: claim(p, 'oid'),
    appid: claim(p, 'appid'),
    audience: claim(p, 'aud'),
    claims: p,
  };
  if (p.idtyp === 'app') {
    return { kind: 'app', ...common, roles: Array.isArray(p.roles) ? p.roles.map(String) : [] };
  }
  const scopes = typeof p.scp === 'string' ? p.scp.split(' ').filter(Boolean) : [];
  return { kind: 'user', ...common, upn: claim(p, 'upn'), scopes };
}

function fromBasic(credential: string, clock: Clock, state: EmulatorState): CallerIdentity {
  const decoded = Buffer.from(credential, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const secret = colon < 0 ? decoded : decoded.slice(colon + 1);
  if (!secret) return { kind: 'invalid', scheme: 'basic', reason: 'empty' };
  const hash = hashSecret(secret);
  const pat = Object.values(state.pats).find((p) => p.tokenHash === hash);
  if (!pat) return { kind: 'invalid', scheme: 'basic', reason: 'unknown-pat' };
  return {
    kind: 'pat',
    pat,
    status: patStatus(pat, clock.now()),
    scopes: pat.scope.split(' ').filter(Boolean),
  };
}

/** A non-secret label for logs: `user:<upn>`, `app:<appid>`, `pat:<authorizationId>`, `anonymous`, `invalid:<scheme>`. */
export function describeIdentity(identity: CallerIdentity): string {
  switch (identity.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'user':
      return `user:${identity.upn}`;
    case 'app':
      return `app:${identity.appid}`;
    case 'pat':
      return `pat:${identity.pat.authorizationId}`;
    case 'invalid':
      return `invalid:${identity.scheme}`;
  }
}

/** The key that throttling counts against: the person or app behind the call, not the credential. */
export function throttleKey(identity: CallerIdentity, remoteAddress: string): string {
  switch (identity.kind) {
    case 'user':
    case 'app':
      return `oid:${identity.oid}`;
    case 'pat':
      return `oid:${identity.pat.ownerOid}`;
    default:
      return `ip:${remoteAddress}`;
  }
}
