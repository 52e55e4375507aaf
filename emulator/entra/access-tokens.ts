/**
 * Minting Entra tokens. Access tokens are v1.0-format RS256 JWTs (what Entra issues for Azure DevOps, whose
 * app registration does not ask for v2 tokens): `iss` is `https://sts.windows.net/{tid}/`, `aud` the resource
 * id (`499b84ac-…` or `https://vault.azure.net`), `idtyp` `user` or `app`, `scp` for users, `roles` for apps.
 * ID tokens (when `openid` is asked for) are v2.0 with the emulator's own issuer URL.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AppConfig, UserConfig } from '../config';
import type { EmulatorContext } from '../routes';

export function v1Issuer(tenantId: string): string {
  return `https://sts.windows.net/${tenantId}/`;
}

export function v2Issuer(ctx: EmulatorContext): string {
  return `${ctx.url}/${ctx.config.tenantId}/v2.0`;
}

function uti(): string {
  return randomBytes(16).toString('base64url').slice(0, 22);
}

function pairwiseSubject(oid: string, clientId: string): string {
  return createHash('sha256').update(`${oid}|${clientId}`).digest('base64url').slice(0, 43);
}

export interface TokenResponse {
  token_type: 'Bearer';
  scope: string;
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  client_info?: string;
}

export function mintUserAccessToken(
  ctx: EmulatorContext,
  user: UserConfig,
  app: AppConfig,
  resource: string,
  scopes: string[],
  amr: string[],
): { token: string; expiresIn: number } {
  const now = ctx.clock.nowSeconds();
  const lifetime = ctx.config.entra.accessTokenLifetimeSeconds;
  const tid = ctx.config.tenantId;
  const token = ctx.keys.sign({
    aud: resource,
    iss: v1Issuer(tid),
    iat: now,
    nbf: now,
    exp: now + lifetime,
    acr: '1',
    amr,
    appid: app.clientId,
    appidacr: '0',
    idtyp: 'user',
    ipaddr: '127.0.0.1',
    name: user.displayName,
    oid: user.oid,
    scp: scopes.join(' '),
    sub: pairwiseSubject(user.oid, app.clientId),
    tid,
    unique_name: user.username,
    upn: user.username,
    uti: uti(),
    ver: '1.0',
  });
  return { token, expiresIn: lifetime };
}

export function mintAppAccessToken(
  ctx: EmulatorContext,
  resource: string,
  roles: string[],
  clientAuth: 'secret' | 'assertion',
): { token: string; expiresIn: number } {
  const now = ctx.clock.nowSeconds();
  const lifetime = ctx.config.entra.accessTokenLifetimeSeconds;
  const tid = ctx.config.tenantId;
  const sp = ctx.config.servicePrincipal;
  const claims: Record<string, unknown> = {
    aud: resource,
    iss: v1Issuer(tid),
    iat: now,
    nbf: now,
    exp: now + lifetime,
    appid: sp.clientId,
    appidacr: clientAuth === 'secret' ? '1' : '2',
    idp: v1Issuer(tid),
    idtyp: 'app',
    oid: sp.oid,
    sub: sp.oid,
    tid,
    uti: uti(),
    ver: '1.0',
  };
  if (roles.length > 0) claims.roles = roles;
  return { token: ctx.keys.sign(claims), expiresIn: lifetime };
}

export function mintIdToken(ctx: EmulatorContext, user: UserConfig, app: AppConfig): string {
  const now = ctx.clock.nowSeconds();
  return ctx.keys.sign({
    aud: app.clientId,
    iss: v2Issuer(ctx),
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: user.displayName,
    oid: user.oid,
    preferred_username: user.username,
    sub: pairwiseSubject(user.oid, app.clientId),
    tid: ctx.config.tenantId,
    ver: '2.0',
  });
}

/** MSAL asks for `client_info=1` and keys its cache on it. */
export function clientInfo(ctx: EmulatorContext, user: UserConfig): string {
  return Buffer.from(JSON.stringify({ uid: user.oid, utid: ctx.config.tenantId })).toString('base64url');
}

export function scopeString(
  resource: string,
  scopes: string[],
  offlineAccess: boolean,
  openid: boolean,
): string {
  const list = scopes.map((s) => `${resource}/${s}`);
  if (openid) list.push('openid', 'profile');
  if (offlineAccess) list.push('offline_access');
  return list.join(' ');
}
