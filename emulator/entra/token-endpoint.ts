/**
 * `POST /{tenant}/oauth2/v2.0/token` (form-encoded), with the grants `refresh_token`, `password`,
 * `client_credentials` (client secret or federated client assertion) and `device_code`.
 * `/common` and `/organizations` are accepted for user grants only.
 */
import type { ServerResponse } from 'node:http';
import { HttpError, sendJson } from '../errors';
import type { EmulatorContext, EmulatorRequest } from '../routes';
import { mintAppAccessToken, type TokenResponse } from './access-tokens';
import { authenticateServicePrincipal } from './client-auth';
import { redeemDeviceCode } from './device-code';
import { findApp, findUser, isServicePrincipal, matchTenant } from './directory';
import { aad } from './errors';
import { redeemRefreshToken } from './refresh-tokens';
import { grantAppRoles } from './scopes';
import { issueUserTokens, requireUser } from './user-tokens';

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** No-store, as Entra sends on token responses. */
const TOKEN_HEADERS = { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' };

export async function tokenEndpoint(
  req: EmulatorRequest,
  res: ServerResponse,
  ctx: EmulatorContext,
): Promise<void> {
  const now = ctx.clock.now();
  const tenant = matchTenant(ctx.config, req.params.tenant ?? '');
  if (tenant === 'unknown') throw aad.tenantNotFound(now, req.params.tenant ?? '');
  const form = await req.form();
  const grantType = form.get('grant_type');
  if (!grantType) throw aad.missingParameter(now, 'grant_type');
  let response: TokenResponse;
  switch (grantType) {
    case 'refresh_token':
      response = refreshTokenGrant(ctx, form);
      break;
    case 'password':
      response = passwordGrant(ctx, form);
      break;
    case 'client_credentials':
      if (tenant === 'multi-tenant') throw aad.multiTenantNotAllowed(now);
      response = clientCredentialsGrant(ctx, form);
      break;
    case DEVICE_CODE_GRANT:
    case 'device_code':
      response = redeemDeviceCode(ctx, form);
      break;
    default:
      throw aad.unsupportedGrant(now, grantType);
  }
  sendJson(res, 200, response, TOKEN_HEADERS);
}

function required(ctx: EmulatorContext, form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (!value) throw aad.missingParameter(ctx.clock.now(), name);
  return value;
}

/** The public client of a delegated grant; a confidential one would need a secret we do not model. */
function publicClient(ctx: EmulatorContext, clientId: string) {
  const now = ctx.clock.now();
  const app = findApp(ctx.config, clientId);
  if (app) return app;
  if (isServicePrincipal(ctx.config, clientId)) throw aad.clientSecretRequired(now);
  throw aad.unknownClient(now, clientId, ctx.config.tenantId);
}

function refreshTokenGrant(ctx: EmulatorContext, form: URLSearchParams): TokenResponse {
  const clientId = required(ctx, form, 'client_id');
  const value = required(ctx, form, 'refresh_token');
  const app = publicClient(ctx, clientId);
  const record = redeemRefreshToken(ctx, value, clientId);
  if (record instanceof HttpError) throw record;
  const user = requireUser(ctx, record.username);
  const scope = form.get('scope') || record.scope;
  return issueUserTokens(ctx, { user, app, scope, form, amr: ['pwd'], refresh: record });
}

function passwordGrant(ctx: EmulatorContext, form: URLSearchParams): TokenResponse {
  const now = ctx.clock.now();
  const clientId = required(ctx, form, 'client_id');
  const username = required(ctx, form, 'username');
  const password = required(ctx, form, 'password');
  const scope = required(ctx, form, 'scope');
  const app = publicClient(ctx, clientId);
  const user = findUser(ctx.config, username);
  if (!user) throw aad.unknownUser(now, ctx.config.tenantId);
  if (user.password !== password) throw aad.badPassword(now);
  if (user.mfaRequired) throw aad.mfaRequired(now, scope.split(' ')[0]?.replace(/\/[^/]*$/, '') ?? '');
  return issueUserTokens(ctx, { user, app, scope, form, amr: ['pwd'], refresh: 'new' });
}

function clientCredentialsGrant(ctx: EmulatorContext, form: URLSearchParams): TokenResponse {
  const now = ctx.clock.now();
  const clientId = required(ctx, form, 'client_id');
  if (!isServicePrincipal(ctx.config, clientId)) {
    // A registered public client has no credential to present; anything else is unknown.
    if (findApp(ctx.config, clientId)) throw aad.clientSecretRequired(now);
    throw aad.unknownClient(now, clientId, ctx.config.tenantId);
  }
  const scope = required(ctx, form, 'scope');
  const auth = authenticateServicePrincipal(ctx, form);
  if (auth instanceof HttpError) throw auth;
  const granted = grantAppRoles(ctx.config, scope, now);
  if (granted instanceof HttpError) throw granted;
  const access = mintAppAccessToken(ctx, granted.resource, granted.roles, auth);
  return {
    token_type: 'Bearer',
    scope: `${granted.resource}/.default`,
    expires_in: access.expiresIn,
    ext_expires_in: access.expiresIn,
    access_token: access.token,
  };
}
