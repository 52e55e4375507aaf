// Secret versions and Key Vault's wire shapes, without a server.
import { checkAccess } from '../../emulator/keyvault/access';
import { SecretStore } from '../../emulator/keyvault/store';
import { challenge, checkApiVersion, secretBundle } from '../../emulator/keyvault/wire';

test('every set is a new version; get returns the latest or the one asked for', () => {
  const store = new SecretStore();
  const v1 = store.set('Bot-Token', { value: 'one' }, 100);
  const v2 = store.set('bot-token', { value: 'two', contentType: 'text/plain', tags: { a: 'b' } }, 200);
  expect(v1.version).toMatch(/^[0-9a-f]{32}$/);
  expect(v2.version).not.toBe(v1.version);
  expect(store.get('BOT-TOKEN')?.value).toBe('two');
  expect(store.get('bot-token', v1.version)?.value).toBe('one');
  expect(store.get('bot-token', 'f'.repeat(32))).toBeUndefined();
  expect(store.get('missing')).toBeUndefined();
});

test('describe() never includes a value', () => {
  const store = new SecretStore();
  store.set('s', { value: 'do-not-show' }, 1);
  expect(JSON.stringify(store.describe())).not.toContain('do-not-show');
  expect(store.describe()[0]?.versions).toHaveLength(1);
});

test('the bundle has the real shape', () => {
  const store = new SecretStore();
  const v = store.set('s', { value: 'x' }, 1700000000);
  expect(secretBundle('https://vault.example/keyvault', 's', v)).toEqual({
    value: 'x',
    id: `https://vault.example/keyvault/secrets/s/${v.version}`,
    attributes: {
      enabled: true,
      created: 1700000000,
      updated: 1700000000,
      recoveryLevel: 'Recoverable+Purgeable',
      recoverableDays: 90,
    },
  });
});

test('the challenge is the header @azure/keyvault clients parse', () => {
  expect(challenge('https://login.example/tenant', 'm').headers).toEqual({
    'WWW-Authenticate':
      'Bearer authorization="https://login.example/tenant", resource="https://vault.azure.net"',
  });
});

test('api-version is required and must be known', () => {
  expect(checkApiVersion('7.4')).toBeUndefined();
  expect(checkApiVersion(null)?.body.error.code).toBe('BadParameter');
  expect(checkApiVersion('1.0')?.body.error.message).toMatch(/not recognized/);
});

test('a caller without the permission gets the access-policy or the RBAC shape', () => {
  const seed = {
    name: 'v',
    authorization: 'accessPolicy' as const,
    access: [{ objectId: 'oid-1', permissions: ['get' as const] }],
    secrets: {},
  };
  const caller = { oid: 'oid-1', appid: 'app-1', issuer: 'iss' };
  expect(checkAccess(seed, caller, 'get')).toBeUndefined();
  expect(checkAccess(seed, caller, 'set')?.body.error).toMatchObject({
    code: 'Forbidden',
    innererror: { code: 'AccessDenied' },
  });
  const rbac = checkAccess({ ...seed, authorization: 'rbac' }, { ...caller, oid: 'other' }, 'get');
  expect(rbac?.status).toBe(403);
  expect(rbac?.body.error.innererror).toEqual({ code: 'ForbiddenByRbac' });
  expect(rbac?.body.error.message).toContain("Action: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'");
});
