/**
 * Who may use the emulator's Key Vault: only identities granted in the seed's `keyVault.access`, matched by
 * object id or app id, each with `get` and/or `set`. The 403 comes in one of Key Vault's two real shapes:
 * access policies (`innererror.code: AccessDenied`) or Azure RBAC (`ForbiddenByRbac`), per `keyVault.authorization`.
 */
import type { EmulatorContext } from '../routes';
import { kvError, type KeyVaultError } from './wire';

export type SecretPermission = 'get' | 'set';

export interface KeyVaultGrant {
  objectId?: string;
  appId?: string;
  permissions: SecretPermission[];
}

export interface KeyVaultSeed {
  /** Vault name used in messages. */
  name: string;
  authorization: 'accessPolicy' | 'rbac';
  access: KeyVaultGrant[];
  /** Extra secrets at first start: name -> value. `bot-refresh-token` is always seeded. */
  secrets: Record<string, string>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The seed's `keyVault` section over defaults: the federated service principal may get and set. */
export function keyVaultSeed(ctx: EmulatorContext): KeyVaultSeed {
  const seed = isObject(ctx.config.keyVault) ? ctx.config.keyVault : {};
  const sp = ctx.config.servicePrincipal;
  return {
    name: 'emulator',
    authorization: 'accessPolicy',
    access: [{ objectId: sp.oid, appId: sp.clientId, permissions: ['get', 'set'] }],
    secrets: {},
    ...(seed as Partial<KeyVaultSeed>),
  };
}

/** The secrets a fresh vault starts with; the bot's refresh token under `bot-refresh-token`. */
export function initialSecrets(ctx: EmulatorContext, seed: KeyVaultSeed): Record<string, string> {
  return { 'bot-refresh-token': ctx.state.data.botRefreshToken, ...seed.secrets };
}

export interface VaultCaller {
  oid: string;
  appid: string;
  issuer: string;
}

export function checkAccess(
  seed: KeyVaultSeed,
  caller: VaultCaller,
  permission: SecretPermission,
): KeyVaultError | undefined {
  const granted = seed.access.some(
    (g) =>
      ((g.objectId !== undefined && g.objectId.toLowerCase() === caller.oid.toLowerCase()) ||
        (g.appId !== undefined && g.appId.toLowerCase() === caller.appid.toLowerCase())) &&
      g.permissions.includes(permission),
  );
  if (granted) return undefined;
  const who = `appid=${caller.appid};oid=${caller.oid};iss=${caller.issuer}`;
  if (seed.authorization === 'rbac') {
    const action = permission === 'get' ? 'getSecret' : 'setSecret';
    return kvError(
      403,
      'Forbidden',
      `Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r\nCaller: ${who}\r\nAction: 'Microsoft.KeyVault/vaults/secrets/${action}/action'\r\nResource: '/vaults/${seed.name}'\r\nAssignment: (not found)\r\nVault: ${seed.name};location=local\r\n`,
      'ForbiddenByRbac',
    );
  }
  return kvError(
    403,
    'Forbidden',
    `The user, group or application '${who}' does not have secrets ${permission} permission on key vault '${seed.name};location=local'. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287`,
    'AccessDenied',
  );
}
