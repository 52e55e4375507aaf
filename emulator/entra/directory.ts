/** The emulated Entra directory: which tenants, users and apps exist, read from the seed config. */
import type { AppConfig, EmulatorConfig, UserConfig } from '../config';

/** Path segments Entra accepts for user (delegated) flows besides the tenant id. */
export const MULTI_TENANT_SEGMENTS = new Set(['common', 'organizations']);

export function allUsers(config: EmulatorConfig): UserConfig[] {
  return [config.bot, ...config.users];
}

export function findUser(config: EmulatorConfig, username: string): UserConfig | undefined {
  const wanted = username.toLowerCase();
  return allUsers(config).find((u) => u.username.toLowerCase() === wanted);
}

export function findApp(config: EmulatorConfig, clientId: string): AppConfig | undefined {
  const wanted = clientId.toLowerCase();
  return config.apps.find((a) => a.clientId.toLowerCase() === wanted);
}

export function isServicePrincipal(config: EmulatorConfig, clientId: string): boolean {
  return config.servicePrincipal.clientId.toLowerCase() === clientId.toLowerCase();
}

export type TenantMatch = 'tenant' | 'multi-tenant' | 'unknown';

export function matchTenant(config: EmulatorConfig, segment: string): TenantMatch {
  const s = segment.toLowerCase();
  if (s === config.tenantId.toLowerCase() || s === `${config.organization.toLowerCase()}.onmicrosoft.com`) {
    return 'tenant';
  }
  return MULTI_TENANT_SEGMENTS.has(s) ? 'multi-tenant' : 'unknown';
}
