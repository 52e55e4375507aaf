import {
  KeyVaultCredential,
  checkStoredRefreshToken,
  type KeyVaultSettings,
} from '../../src/core/credentials/key-vault';
import { entraBodyOf, federatedVaultToken, keyVaultScope } from '../../src/core/credentials/key-vault-auth';
import type { AzureIdentity } from '../../src/core/credentials/azure-identity-loader';
import type { CredentialContext } from '../../src/core/credentials';
import type { ActionableError } from '../../src/core/errors';
import { HttpClient } from '../../src/core/net/http';
import { fakeJwt, StubServer, userClaims, type RecordedRequest } from '../helpers/stub-server';

const STORED = '0.ARoA-stored-refresh-token-1f0c3e9a7d4b2f8e6c1a3d5f7b9e2c4a6d';
const ROTATED = '0.ARoA-rotated-refresh-token-9e2c4a6d8f0b6b1f0c3e9a7d4b2f8e6c1a';
const VAULT_TOKEN = 'vault-token-for-tests-0123456789';

let stub: StubServer;
beforeEach(async () => {
  stub = await StubServer.start();
});
afterEach(async () => stub.close());

function settings(extra: Partial<KeyVaultSettings> = {}): KeyVaultSettings {
  return {
    source: 'key-vault',
    keyVaultUrl: `${stub.url}/vault`,
    keyVaultSecret: 'bot-refresh-token',
    azureClientId: '5e7c1e00-0000-4000-8000-0000000000a1',
    azureTenantId: 'contoso.onmicrosoft.com',
    clientId: 'a11ce000-0000-4000-8000-0000000000c1',
    tenantId: 'contoso.onmicrosoft.com',
    ...extra,
  };
}

function context(masked: string[], log: string[] = []): CredentialContext {
  return {
    http: new HttpClient({ retry: { attempts: 1 } }),
    endpoints: { authorityHost: stub.url, vsspsUrl: stub.url, azureDevOpsUrl: stub.url },
    mask: (secret) => masked.push(secret),
    warn: (m) => log.push(m),
    info: (m) => log.push(m),
    debug: (m) => log.push(m),
  };
}

const bundle = (value: string) => ({ value, id: `https://v/secrets/bot-refresh-token/${'a'.repeat(32)}` });

describe('KeyVaultCredential', () => {
  test('reads the secret, redeems it, writes the rotated token back before returning the access token', async () => {
    const accessToken = fakeJwt(userClaims());
    const order: string[] = [];
    stub.reply(
      (r) => (order.push(`${r.method} ${r.path}`), { body: bundle(`${STORED}\n`) }),
      (r) => (
        order.push(`${r.method} ${r.path}`),
        { body: { access_token: accessToken, refresh_token: ROTATED, expires_in: 3600 } }
      ),
      (r) => (order.push(`${r.method} ${r.path}`), { body: bundle(ROTATED) }),
    );
    const masked: string[] = [];
    const credential = new KeyVaultCredential(settings(), context(masked), {
      vaultToken: () => Promise.resolve(VAULT_TOKEN),
    });
    await expect(credential.getAccessToken()).resolves.toBe(accessToken);
    expect(order).toEqual([
      'GET /vault/secrets/bot-refresh-token',
      'POST /contoso.onmicrosoft.com/oauth2/v2.0/token',
      'PUT /vault/secrets/bot-refresh-token',
    ]);
    const [get, redeem, put] = stub.requests as [RecordedRequest, RecordedRequest, RecordedRequest];
    expect(get.query.get('api-version')).toBe('7.4');
    expect(get.headers.authorization).toBe(`Bearer ${VAULT_TOKEN}`);
    expect(redeem.form.get('refresh_token')).toBe(STORED);
    expect(JSON.parse(put.body)).toEqual({ value: ROTATED });
    expect(masked).toEqual(expect.arrayContaining([`${STORED}\n`, STORED, ROTATED, accessToken]));
    // Cached: no second read, redemption or write.
    await credential.getAccessToken();
    expect(stub.requests).toHaveLength(3);
  });

  test('a write-back refused by the vault fails the step with the role to grant', async () => {
    stub.reply(
      { body: bundle(STORED) },
      { body: { access_token: fakeJwt(userClaims()), refresh_token: ROTATED, expires_in: 3600 } },
      {
        status: 403,
        body: { error: { code: 'Forbidden', message: 'no set', innererror: { code: 'ForbiddenByRbac' } } },
      },
    );
    const credential = new KeyVaultCredential(settings(), context([]), {
      vaultToken: () => Promise.resolve(VAULT_TOKEN),
    });
    const error = (await credential.getAccessToken().catch((e: unknown) => e)) as ActionableError;
    expect(error.code).toBe('key_vault_forbidden');
    expect(error.message).toContain('write');
    expect(error.fix).toContain('Key Vault Secrets Officer');
  });

  test('a missing secret says how to store one', async () => {
    stub.reply({
      status: 404,
      body: { error: { code: 'SecretNotFound', message: 'A secret with (name/id) x was not found' } },
    });
    const credential = new KeyVaultCredential(settings(), context([]), {
      vaultToken: () => Promise.resolve(VAULT_TOKEN),
    });
    const error = (await credential.getAccessToken().catch((e: unknown) => e)) as ActionableError;
    expect(error.code).toBe('key_vault_secret_not_found');
    expect(error.fix).toContain('ado-ephemeral-pat login');
  });
});

describe('checkStoredRefreshToken', () => {
  test.each([
    ['', 'empty'],
    [' \n ', 'empty'],
    [fakeJwt(userClaims()), 'JWT'],
    ['Bearer abcdefghijklmnopqrstuvwxyz', 'Bearer'],
    ['0.AAAA token with spaces 0.AAAA', 'whitespace'],
    ['{"refresh_token":"0.AAAAAAAAAAAAAAAAAAAAAAA"}', 'JSON'],
    ['short', 'characters long'],
  ])('refuses %j', (value, reason) => {
    expect(() => checkStoredRefreshToken(value, settings())).toThrow(reason);
  });

  test('accepts a refresh token with a trailing line break, trimmed', () => {
    expect(checkStoredRefreshToken(`${STORED}\r\n`, settings())).toBe(STORED);
  });
});

describe('keyVaultScope', () => {
  test.each([
    ['https://my-vault.vault.azure.net', 'https://vault.azure.net/.default'],
    ['https://my-vault.vault.usgovcloudapi.net/', 'https://vault.usgovcloudapi.net/.default'],
    ['https://127.0.0.1:8443/keyvault', 'https://vault.azure.net/.default'],
  ])('%s → %s', (url, scope) => expect(keyVaultScope(url)).toBe(scope));
});

describe('federatedVaultToken', () => {
  function fakeIdentity(getToken: () => Promise<{ token: string; expiresOnTimestamp: number }>) {
    let assertion: (() => Promise<string>) | undefined;
    const identity = {
      ClientAssertionCredential: class {
        constructor(_tenant: string, _client: string, getAssertion: () => Promise<string>) {
          assertion = getAssertion;
        }
        async getToken() {
          await assertion?.();
          return getToken();
        }
      },
    } as unknown as AzureIdentity;
    return identity;
  }

  const oidc = fakeJwt({
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:octo/demo:ref:refs/heads/dev',
    aud: 'api://AzureADTokenExchange',
  });

  test('masks the OIDC token and the vault token', async () => {
    const masked: string[] = [];
    const ctx = { ...context(masked), getIdToken: () => Promise.resolve(oidc) };
    const get = federatedVaultToken({
      clientId: 'c',
      tenantId: 't',
      vaultUrl: 'https://v.vault.azure.net',
      context: ctx,
      identity: fakeIdentity(() =>
        Promise.resolve({ token: VAULT_TOKEN, expiresOnTimestamp: Date.now() + 3600_000 }),
      ),
    });
    await expect(get()).resolves.toBe(VAULT_TOKEN);
    expect(masked).toEqual([oidc, VAULT_TOKEN]);
  });

  /** The federated Key Vault token, when the job identity's sign-in fails with `failure`. */
  const vaultTokenFailure = async (failure: Error) => {
    const get = federatedVaultToken({
      clientId: 'c',
      tenantId: 't',
      vaultUrl: 'https://v.vault.azure.net',
      context: { ...context([]), getIdToken: () => Promise.resolve(oidc) },
      identity: fakeIdentity(() => Promise.reject(failure)),
    });
    return (await get().catch((e: unknown) => e)) as ActionableError;
  };
  test('a federated credential mismatch names the subject the job presented', async () => {
    const failure = Object.assign(new Error('AADSTS700213: No matching federated identity record found'), {
      name: 'AuthenticationError',
      errorResponse: {
        error: 'invalid_client',
        errorDescription:
          'AADSTS700213: No matching federated identity record found for presented assertion subject',
        errorCodes: [700213],
      },
    });
    const error = await vaultTokenFailure(failure);
    expect(error.code).toBe('federated_credential_mismatch');
    expect(error.message).toContain('subject "repo:octo/demo:ref:refs/heads/dev"');
  });

  test("an unknown app keeps Entra's explanation but gives the job identity's fix, not the bot's", async () => {
    const failure = Object.assign(new Error('AADSTS700016: Application not found in the directory'), {
      name: 'AuthenticationError',
      errorResponse: {
        error: 'unauthorized_client',
        errorDescription: "AADSTS700016: Application with identifier 'c' was not found in the directory 't'.",
        errorCodes: [700016],
      },
    });
    const error = await vaultTokenFailure(failure);
    expect(error).toMatchObject({ kind: 'input', code: 'app_or_tenant_invalid', cause: failure });
    expect(error.message).toContain('(AADSTS700016)');
    expect(error.fix).toContain('`azure-client-id` and `azure-tenant-id`');
    expect(error.fix).not.toMatch(/`client-id`|`tenant-id`|public client/);
  });

  test('without a federated identity (no getIdToken) it says how to get one', async () => {
    const get = federatedVaultToken({
      clientId: 'c',
      tenantId: 't',
      vaultUrl: 'https://v.vault.azure.net',
      context: context([]),
      identity: fakeIdentity(() => Promise.resolve({ token: VAULT_TOKEN, expiresOnTimestamp: 0 })),
    });
    const error = (await get().catch((e: unknown) => e)) as ActionableError;
    expect(error.code).toBe('oidc_unavailable');
    expect(error.fix).toContain('id-token: write');
  });
});

describe('entraBodyOf', () => {
  test('reads AuthenticationError, AggregateAuthenticationError and bare AADSTS messages', () => {
    expect(
      entraBodyOf({
        errorResponse: { error: 'invalid_client', errorDescription: 'x', errorCodes: [7000215] },
      })?.error_codes,
    ).toEqual([7000215]);
    expect(
      entraBodyOf({ errors: [{ message: 'nope' }, { message: 'AADSTS700016: app not found' }] })?.error_codes,
    ).toEqual([700016]);
    expect(entraBodyOf(new Error('socket hang up'))).toBeUndefined();
  });
});
