/**
 * Turning an OAuth `scope` parameter into what a token grants, as Entra does:
 * `{resource}/.default` → every scope the client was consented for that resource; `{resource}/{name}` → that
 * scope, which must be consented (else AADSTS65001); `offline_access` → a refresh token; `openid` → an ID token.
 * One resource per request (AADSTS28000).
 */
import { AZURE_DEVOPS_RESOURCE, KEY_VAULT_RESOURCE, type AppConfig, type EmulatorConfig } from '../config';
import { HttpError } from '../errors';
import { aad } from './errors';

/** Resources the emulated tenant knows (Azure DevOps, Key Vault). */
export const KNOWN_RESOURCES: readonly string[] = [AZURE_DEVOPS_RESOURCE, KEY_VAULT_RESOURCE];

const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

export interface RequestedScope {
  resource: string;
  /** Scope names without the resource prefix; `.default` stays as is. */
  names: string[];
  offlineAccess: boolean;
  openid: boolean;
}

function splitResource(item: string): { resource: string; name: string } {
  const slash = item.lastIndexOf('/');
  // A bare name is a Microsoft Graph scope, as in Entra.
  if (slash < 0) return { resource: 'https://graph.microsoft.com', name: item };
  return { resource: item.slice(0, slash).replace(/\/+$/, ''), name: item.slice(slash + 1) };
}

function normalizeResource(resource: string): string {
  const lower = resource.toLowerCase();
  const known = KNOWN_RESOURCES.find((r) => r.toLowerCase() === lower);
  return known ?? resource;
}

export function parseScope(scope: string, now: number, tenantId: string): RequestedScope | HttpError {
  const items = scope.split(/\s+/).filter(Boolean);
  const result: RequestedScope = { resource: '', names: [], offlineAccess: false, openid: false };
  for (const item of items) {
    if (OIDC_SCOPES.has(item.toLowerCase())) {
      if (item.toLowerCase() === 'offline_access') result.offlineAccess = true;
      if (item.toLowerCase() === 'openid') result.openid = true;
      continue;
    }
    const { resource, name } = splitResource(item);
    const normalized = normalizeResource(resource);
    if (result.resource && result.resource !== normalized) return aad.multipleResources(now);
    result.resource = normalized;
    if (!name) return aad.invalidScope(now, item);
    if (!result.names.includes(name)) result.names.push(name);
  }
  if (!result.resource) return aad.invalidScope(now, scope || '(empty)');
  if (!KNOWN_RESOURCES.includes(result.resource)) return aad.unknownResource(now, result.resource, tenantId);
  return result;
}

const GRANULAR_PAT_SCOPES = new Set(['vso.pats', 'vso.pats_manage']);

/**
 * What the tenant consented the app to for `resource`. A tenant without consent to the granular PAT scopes
 * (`entra.granularPatScopesConsented: false`) has the app on `user_impersonation` for Azure DevOps instead,
 * as apps consented before those scopes existed.
 */
function consentedScopes(config: EmulatorConfig, app: AppConfig, resource: string): string[] {
  if (resource !== AZURE_DEVOPS_RESOURCE) return app.delegatedScopes[resource] ?? [];
  // `entra.unconsentedScopes`: scopes no one in the tenant consented to, for any app.
  const consented = (app.delegatedScopes[resource] ?? []).filter(
    (name) => !config.entra.unconsentedScopes.includes(name),
  );
  if (config.entra.granularPatScopesConsented) return consented;
  const legacy = consented.filter((scope) => !GRANULAR_PAT_SCOPES.has(scope));
  return legacy.includes('user_impersonation') ? legacy : [...legacy, 'user_impersonation'];
}

/** The delegated scopes a user token gets for this client, or AADSTS65001 when one is not consented. */
export function grantDelegated(
  config: EmulatorConfig,
  app: AppConfig,
  requested: RequestedScope,
  now: number,
): string[] | HttpError {
  const consented = consentedScopes(config, app, requested.resource);
  if (requested.names.includes('.default')) {
    if (consented.length === 0) return aad.consentRequired(now, app.clientId, app.displayName);
    return [...consented];
  }
  for (const name of requested.names) {
    if (!consented.includes(name)) return aad.consentRequired(now, app.clientId, app.displayName);
  }
  return [...requested.names];
}

/** The app roles a client-credentials token gets; the scope must be `{resource}/.default`. */
export function grantAppRoles(
  config: EmulatorConfig,
  scope: string,
  now: number,
): { resource: string; roles: string[] } | HttpError {
  const parsed = parseScope(scope, now, config.tenantId);
  if (parsed instanceof HttpError) return parsed;
  if (parsed.names.length !== 1 || parsed.names[0] !== '.default')
    return aad.defaultScopeRequired(now, scope);
  return { resource: parsed.resource, roles: [...(config.servicePrincipal.appRoles[parsed.resource] ?? [])] };
}
