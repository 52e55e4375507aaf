/** Turning a partial seed into a checked `EmulatorConfig`: deep merge, placeholders, validation. */
import { defaultConfig, type EmulatorConfig } from './config';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** A partial seed: any subset of the config, nested objects partial too. */
export type SeedConfig = { [K in keyof EmulatorConfig]?: DeepPartial<EmulatorConfig[K]> };
type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays, scalars and null replace. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = deepMerge(base[key], value);
  return out;
}

function fillPlaceholders(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
  if (Array.isArray(value)) return value.map((v) => fillPlaceholders(v, vars));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, vars)]));
  }
  return value;
}

/** Merges the seed over the defaults and checks it; throws ConfigError with the offending path. */
export function resolveConfig(seed: unknown, url: string): EmulatorConfig {
  if (seed !== undefined && !isPlainObject(seed))
    throw new ConfigError('the seed config must be a JSON object');
  const merged = deepMerge(defaultConfig(), seed ?? {}) as EmulatorConfig;
  const vars = {
    url,
    tenantId: String(merged.tenantId),
    organization: String(merged.organization),
    organizationId: String(merged.organizationId),
    project: String(merged.project),
  };
  const config = fillPlaceholders(merged, vars) as EmulatorConfig;
  validateConfig(config);
  return config;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function expect(condition: boolean, message: string): void {
  if (!condition) throw new ConfigError(message);
}

function expectString(value: unknown, path: string): void {
  expect(typeof value === 'string' && value.length > 0, `${path} must be a non-empty string`);
}

function expectNumber(value: unknown, path: string): void {
  expect(typeof value === 'number' && Number.isFinite(value) && value >= 0, `${path} must be a number ≥ 0`);
}

function expectOneOf(value: unknown, allowed: readonly string[], path: string): void {
  expect(allowed.includes(value as string), `${path} must be one of ${allowed.join(', ')}`);
}

function expectStringArray(value: unknown, path: string): void {
  expect(
    Array.isArray(value) && value.every((item) => typeof item === 'string'),
    `${path} must be an array of strings`,
  );
}

function validateConfig(c: EmulatorConfig): void {
  expect(GUID.test(String(c.tenantId)), 'tenantId must be a GUID');
  expect(GUID.test(String(c.organizationId)), 'organizationId must be a GUID');
  expect(/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(String(c.organization)), 'organization must be a plain name');
  expectString(c.project, 'project');
  expectString(c.repository, 'repository');
  expect(isPlainObject(c.bot), 'bot must be an object');
  for (const key of ['username', 'password', 'oid', 'clientId'] as const)
    expectString(c.bot[key], `bot.${key}`);
  expect(
    c.bot.refreshToken === null || typeof c.bot.refreshToken === 'string',
    'bot.refreshToken must be a string or null',
  );
  expect(Array.isArray(c.users), 'users must be an array');
  c.users.forEach((u, i) => {
    expect(isPlainObject(u), `users[${i}] must be an object`);
    for (const key of ['username', 'password', 'oid'] as const) expectString(u[key], `users[${i}].${key}`);
  });
  expect(Array.isArray(c.apps), 'apps must be an array');
  c.apps.forEach((a, i) => {
    expect(isPlainObject(a), `apps[${i}] must be an object`);
    expectString(a.clientId, `apps[${i}].clientId`);
    expect(isPlainObject(a.delegatedScopes), `apps[${i}].delegatedScopes must be an object`);
  });
  expect(
    c.apps.some((a) => a.clientId === c.bot.clientId && a.publicClient),
    'bot.clientId must name a public client in apps',
  );
  for (const key of ['clientId', 'clientSecret', 'oid'] as const) {
    expectString(c.servicePrincipal[key], `servicePrincipal.${key}`);
  }
  expect(
    Array.isArray(c.servicePrincipal.federatedCredentials),
    'servicePrincipal.federatedCredentials must be an array',
  );
  expectStringArray(c.organizationServicePrincipals, 'organizationServicePrincipals');
  expectOneOf(c.entra.refreshTokenReuse, ['revoke-family', 'reject', 'allow'], 'entra.refreshTokenReuse');
  expect(
    typeof c.entra.granularPatScopesConsented === 'boolean',
    'entra.granularPatScopesConsented must be a boolean',
  );
  for (const key of [
    'accessTokenLifetimeSeconds',
    'refreshTokenLifetimeSeconds',
    'deviceCodeLifetimeSeconds',
    'deviceCodePollIntervalSeconds',
  ] as const) {
    expectNumber(c.entra[key], `entra.${key}`);
  }
  expectStringArray(c.entra.unconsentedScopes, 'entra.unconsentedScopes');
  expectStringArray(c.nonMembers, 'nonMembers');
  expectOneOf(c.pats.unauthenticated, ['redirect', 'signin-page'], 'pats.unauthenticated');
  expectOneOf(c.pats.revokeUnknown, ['404', '204', 'tokenNotFound'], 'pats.revokeUnknown');
  expectOneOf(c.pats.pastValidTo, ['reject', 'accept'], 'pats.pastValidTo');
  expectNumber(c.pats.defaultLifetimeDays, 'pats.defaultLifetimeDays');
  expectNumber(c.pats.maxLifetimeDays, 'pats.maxLifetimeDays');
  validatePolicy(c.policy, 'policy');
  expectNumber(c.throttling.budget, 'throttling.budget');
  expectNumber(c.throttling.windowSeconds, 'throttling.windowSeconds');
  expectNumber(c.throttling.costPerRequest, 'throttling.costPerRequest');
  expectNumber(c.limits.maxBodyBytes, 'limits.maxBodyBytes');
  expectNumber(c.limits.requestLogSize, 'limits.requestLogSize');
}

/** Also used by `POST /_emulator/policy`. */
export function validatePolicy(p: EmulatorConfig['policy'], path: string): void {
  expect(isPlainObject(p), `${path} must be an object`);
  expectNumber(p.maxLifespan.days, `${path}.maxLifespan.days`);
  expectOneOf(p.maxLifespan.mode, ['clamp', 'reject'], `${path}.maxLifespan.mode`);
  for (const key of ['maxLifespan', 'restrictFullScope', 'restrictGlobal', 'restrictCreation'] as const) {
    expect(typeof p[key].enabled === 'boolean', `${path}.${key}.enabled must be a boolean`);
    expect(Array.isArray(p[key].allowList), `${path}.${key}.allowList must be an array`);
  }
  expect(
    typeof p.restrictCreation.allowPackagingOnly === 'boolean',
    `${path}.restrictCreation.allowPackagingOnly must be a boolean`,
  );
  expect(
    p.globalCreationBlockedAfter === null || !Number.isNaN(Date.parse(String(p.globalCreationBlockedAfter))),
    `${path}.globalCreationBlockedAfter must be an ISO date or null`,
  );
}
