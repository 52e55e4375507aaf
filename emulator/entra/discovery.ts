/** OpenID Connect discovery for the emulated tenant: configuration documents, JWKS, MSAL instance discovery. */
import type { ServerResponse } from 'node:http';
import { sendJson } from '../errors';
import type { EmulatorContext, EmulatorRequest } from '../routes';
import { v1Issuer } from './access-tokens';
import { matchTenant } from './directory';
import { aad } from './errors';

function tenantSegment(req: EmulatorRequest, ctx: EmulatorContext): string {
  const tenant = req.params.tenant ?? '';
  if (matchTenant(ctx.config, tenant) === 'unknown') throw aad.tenantNotFound(ctx.clock.now(), tenant);
  return tenant;
}

export function openIdConfigurationV2(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext): void {
  const t = tenantSegment(req, ctx);
  const base = `${ctx.url}/${t}`;
  // For /common and /organizations Entra publishes a templated issuer.
  const issuerTenant = matchTenant(ctx.config, t) === 'tenant' ? ctx.config.tenantId : '{tenantid}';
  sendJson(res, 200, {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${ctx.url}/${issuerTenant}/v2.0`,
    request_uri_parameter_supported: false,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'aud',
      'exp',
      'iat',
      'nbf',
      'name',
      'oid',
      'tid',
      'preferred_username',
      'ver',
    ],
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
  });
}

export function openIdConfigurationV1(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext): void {
  const t = tenantSegment(req, ctx);
  const base = `${ctx.url}/${t}`;
  sendJson(res, 200, {
    token_endpoint: `${base}/oauth2/token`,
    jwks_uri: `${base}/discovery/keys`,
    issuer: v1Issuer(matchTenant(ctx.config, t) === 'tenant' ? ctx.config.tenantId : '{tenantid}'),
    id_token_signing_alg_values_supported: ['RS256'],
    authorization_endpoint: `${base}/oauth2/authorize`,
    device_authorization_endpoint: `${base}/oauth2/devicecode`,
  });
}

export function jwks(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext): void {
  tenantSegment(req, ctx);
  sendJson(res, 200, ctx.keys.jwks());
}

/** MSAL's instance discovery: the emulator host is its own and only alias. */
export function instanceDiscovery(_req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext): void {
  const host = new URL(ctx.url).host;
  sendJson(res, 200, {
    tenant_discovery_endpoint: `${ctx.url}/${ctx.config.tenantId}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  });
}

export function deviceLoginPage(_req: EmulatorRequest, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    '<!DOCTYPE html><html><head><title>Enter code - emulator</title></head><body><h1>Device sign-in (emulator)</h1>' +
      '<p>The emulator has no browser sign-in. Approve a code with <code>POST /_emulator/devicecode/approve</code> ' +
      'and a JSON body <code>{"userCode":"…"}</code>.</p></body></html>',
  );
}
