/** The token response of every delegated (user) grant: access token, and refresh / ID token when asked for. */
import type { AppConfig, UserConfig } from '../config';
import { HttpError } from '../errors';
import type { EmulatorContext } from '../routes';
import type { RefreshTokenRecord } from '../state';
import {
  clientInfo,
  mintIdToken,
  mintUserAccessToken,
  scopeString,
  type TokenResponse,
} from './access-tokens';
import { findUser } from './directory';
import { aad } from './errors';
import { issueRefreshToken, rotateRefreshToken } from './refresh-tokens';
import { grantDelegated, parseScope } from './scopes';

export interface UserGrant {
  user: UserConfig;
  app: AppConfig;
  /** The raw `scope` parameter. */
  scope: string;
  form: URLSearchParams;
  amr: string[];
  /** 'new' starts a refresh-token family; a record continues (rotates) its family. */
  refresh: 'new' | RefreshTokenRecord;
}

export function issueUserTokens(ctx: EmulatorContext, grant: UserGrant): TokenResponse {
  const now = ctx.clock.now();
  const requested = parseScope(grant.scope, now, ctx.config.tenantId);
  if (requested instanceof HttpError) throw requested;
  const scopes = grantDelegated(ctx.config, grant.app, requested, now);
  if (scopes instanceof HttpError) throw scopes;
  const access = mintUserAccessToken(ctx, grant.user, grant.app, requested.resource, scopes, grant.amr);
  const response: TokenResponse = {
    token_type: 'Bearer',
    scope: scopeString(requested.resource, scopes, requested.offlineAccess, requested.openid),
    expires_in: access.expiresIn,
    ext_expires_in: access.expiresIn,
    access_token: access.token,
  };
  // A refresh-token redemption always rotates; other grants return one only for offline_access.
  if (grant.refresh !== 'new') {
    response.refresh_token = rotateRefreshToken(ctx, grant.refresh, grant.scope);
  } else if (requested.offlineAccess) {
    response.refresh_token = newFamily(ctx, grant);
  }
  if (requested.openid) response.id_token = mintIdToken(ctx, grant.user, grant.app);
  if (grant.form.get('client_info') === '1') response.client_info = clientInfo(ctx, grant.user);
  ctx.persist();
  return response;
}

function newFamily(ctx: EmulatorContext, grant: UserGrant): string {
  return issueRefreshToken(ctx, {
    username: grant.user.username,
    clientId: grant.app.clientId,
    scope: grant.scope,
  });
}

/** The user a refresh token or device code belongs to; a user removed from the seed can no longer sign in. */
export function requireUser(ctx: EmulatorContext, username: string): UserConfig {
  const user = findUser(ctx.config, username);
  if (!user) throw aad.unknownUser(ctx.clock.now(), ctx.config.tenantId);
  return user;
}
