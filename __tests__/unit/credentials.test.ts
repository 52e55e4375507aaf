import { createCredential, RefreshTokenCredential, AccessTokenCredential } from '../../src/core/credentials';
import type { CredentialContext } from '../../src/core/credentials';
import { TokenCache } from '../../src/core/credentials/credential';
import { describeError } from '../../src/core/errors';
import { HttpClient } from '../../src/core/net/http';
import type { CredentialSettings } from '../../src/core/inputs/settings';
import { fakeClock, fakeJwt, StubServer, userClaims } from '../helpers/stub-server';
import { failure } from '../helpers/expect-failure';

const INPUT_REFRESH = '0.ARoA-input-refresh-token-6b1f0c3e9a7d4b2f8e6c1a3d5f7b9e2c4a6d8f0b';
const CLIENT = '872cd9fa-d31f-45e0-9eab-6e460a02d1f1';
const TENANT = 'contoso.onmicrosoft.com';

interface Event {
  type: 'mask' | 'debug' | 'info' | 'warn';
  value: string;
}

let stub: StubServer;
beforeEach(async () => {
  stub = await StubServer.start();
});
afterEach(async () => {
  await stub.close();
});

function context(clock = fakeClock()) {
  const events: Event[] = [];
  const ctx: CredentialContext = {
    http: new HttpClient({
      sleep: clock.sleep,
      now: clock.now,
      random: () => 0,
      log: (m) => events.push({ type: 'debug', value: m }),
    }),
    endpoints: {
      authorityHost: stub.url,
      vsspsUrl: 'https://vssps.example',
      azureDevOpsUrl: 'https://dev.example',
    },
    mask: (secret) => events.push({ type: 'mask', value: secret }),
    warn: (message) => events.push({ type: 'warn', value: message }),
    info: (message) => events.push({ type: 'info', value: message }),
    debug: (message) => events.push({ type: 'debug', value: message }),
  };
  return { ctx, events, clock };
}

/** Every secret is masked before any other event mentions it, and no log line ever contains it. */
function expectMaskedFirst(events: Event[], secrets: string[]) {
  for (const secret of secrets) {
    const first = events.findIndex((event) => event.value.includes(secret));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(events[first]).toEqual({ type: 'mask', value: secret });
    const logged = events.filter((event) => event.type !== 'mask' && event.value.includes(secret));
    expect(logged).toEqual([]);
  }
}

function tokenReply(access: string, refresh?: string, expiresIn = 3600) {
  return {
    body: { token_type: 'Bearer', access_token: access, refresh_token: refresh, expires_in: expiresIn },
  };
}

function refreshCredential(
  ctx: CredentialContext,
  clock: ReturnType<typeof fakeClock>,
  onRotated?: (t: string) => void,
) {
  return new RefreshTokenCredential(
    {
      refreshToken: INPUT_REFRESH,
      clientId: CLIENT,
      tenantId: TENANT,
      origin: 'the `refresh-token` input',
      now: clock.now,
      onRotated,
    },
    ctx,
  );
}

describe('refresh-token source', () => {
  it('masks the input refresh token before anything else happens', () => {
    const { ctx, events, clock } = context();
    refreshCredential(ctx, clock);
    expect(events).toEqual([{ type: 'mask', value: INPUT_REFRESH }]);
    expect(stub.requests).toHaveLength(0);
  });

  it('masks the access token and the rotated refresh token before returning, and keeps the newest', async () => {
    const access = fakeJwt(userClaims());
    stub.reply(tokenReply(access, 'rotated-refresh-1-abcdefghijklmnopqrstuvwxyz0123456789'));
    const { ctx, events, clock } = context();
    const rotated: string[] = [];
    const credential = refreshCredential(ctx, clock, (token) => rotated.push(token));
    expect(await credential.getAccessToken()).toBe(access);
    expect(stub.requests[0]?.path).toBe(`/${TENANT}/oauth2/v2.0/token`);
    expect(stub.requests[0]?.form.get('refresh_token')).toBe(INPUT_REFRESH);
    expectMaskedFirst(events, [
      INPUT_REFRESH,
      access,
      'rotated-refresh-1-abcdefghijklmnopqrstuvwxyz0123456789',
    ]);
    expect(credential.currentRefreshToken).toBe('rotated-refresh-1-abcdefghijklmnopqrstuvwxyz0123456789');
    expect(credential.rotated).toBe(true);
    expect(rotated).toEqual(['rotated-refresh-1-abcdefghijklmnopqrstuvwxyz0123456789']);
  });

  it('caches the access token until 5 minutes before expiry, then redeems the rotated refresh token', async () => {
    const first = fakeJwt(userClaims());
    const second = fakeJwt(userClaims());
    stub.reply(tokenReply(first, 'rotated-1', 3600), tokenReply(second, 'rotated-2', 3600));
    const { ctx, clock } = context();
    const credential = refreshCredential(ctx, clock);
    expect(await credential.getAccessToken()).toBe(first);
    clock.advance(54 * 60 * 1000);
    expect(await credential.getAccessToken()).toBe(first);
    expect(stub.requests).toHaveLength(1);
    clock.advance(2 * 60 * 1000); // 56 min: within the 5-minute margin
    expect(await credential.getAccessToken()).toBe(second);
    expect(stub.requests[1]?.form.get('refresh_token')).toBe('rotated-1');
    expect(credential.currentRefreshToken).toBe('rotated-2');
  });

  it('keeps the input refresh token when Entra does not rotate it', async () => {
    stub.reply(tokenReply(fakeJwt(userClaims())));
    const { ctx, clock } = context();
    const credential = refreshCredential(ctx, clock);
    await credential.getAccessToken();
    expect(credential.currentRefreshToken).toBe(INPUT_REFRESH);
    expect(credential.rotated).toBe(false);
  });

  it('redeems once for concurrent callers', async () => {
    const access = fakeJwt(userClaims());
    stub.reply(tokenReply(access, 'r'));
    const { ctx, clock } = context();
    const credential = refreshCredential(ctx, clock);
    const tokens = await Promise.all([
      credential.getAccessToken(),
      credential.getAccessToken(),
      credential.getAccessToken(),
    ]);
    expect(tokens).toEqual([access, access, access]);
    expect(stub.requests).toHaveLength(1);
  });

  it('refuses an app-only token from Entra, after masking it', async () => {
    const appOnly = fakeJwt({ ...userClaims(), scp: undefined, idtyp: 'app', roles: ['x'] });
    stub.reply(tokenReply(appOnly));
    const { ctx, events, clock } = context();
    const error = await failure(refreshCredential(ctx, clock).getAccessToken());
    expect(error.code).toBe('app_only_token');
    expect(error.message).toContain('redeeming the `refresh-token` input');
    expect(describeError(error, 'github')).not.toContain(appOnly);
    expectMaskedFirst(events, [appOnly]);
  });

  it('warns when the token lacks vso.pats_manage', async () => {
    stub.reply(tokenReply(fakeJwt(userClaims({ scp: 'vso.code' }))));
    const { ctx, events, clock } = context();
    await refreshCredential(ctx, clock).getAccessToken();
    expect(
      events
        .filter((e) => e.type === 'warn')
        .map((e) => e.value)
        .join(),
    ).toContain('vso.pats_manage');
  });

  it('explains an expired refresh token without quoting it', async () => {
    stub.reply({
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description: `AADSTS700082: The refresh token has expired due to inactivity. refresh_token=${INPUT_REFRESH}`,
        error_codes: [700082],
      },
    });
    const { ctx, events, clock } = context();
    const error = await failure(refreshCredential(ctx, clock).getAccessToken());
    expect(error).toMatchObject({ kind: 'auth', code: 'refresh_token_expired' });
    expect(describeError(error, 'github')).not.toContain(INPUT_REFRESH);
    expectMaskedFirst(events, [INPUT_REFRESH]);
  });
});

describe('access-token source', () => {
  it('masks the token at once and returns it', async () => {
    const access = fakeJwt(userClaims());
    const { ctx, events } = context();
    const credential = new AccessTokenCredential(access, ctx);
    expect(events).toEqual([{ type: 'mask', value: access }]);
    expect(await credential.getAccessToken()).toBe(access);
    expect(credential.source).toBe('access-token');
  });

  it('refuses an app-only token', async () => {
    const appOnly = fakeJwt({ aud: '499b84ac-1321-427f-aa17-267ca6975798', idtyp: 'app', roles: ['x'] });
    const { ctx } = context();
    const error = await failure(new AccessTokenCredential(appOnly, ctx).getAccessToken());
    expect(error.code).toBe('app_only_token');
    expect(error.message).toContain('the `access-token` input');
  });

  it('refuses an expired token and warns about one about to expire, once', async () => {
    const now = Date.UTC(2026, 4, 1);
    const expired = fakeJwt(userClaims({ exp: now / 1000 - 1 }));
    const soon = fakeJwt(userClaims({ exp: now / 1000 + 120 }));
    const { ctx, events } = context();
    const error = await failure(new AccessTokenCredential(expired, ctx, () => now).getAccessToken());
    expect(error).toMatchObject({ kind: 'auth', code: 'access_token_expired' });
    const credential = new AccessTokenCredential(soon, ctx, () => now);
    await credential.getAccessToken();
    await credential.getAccessToken();
    expect(events.filter((e) => e.type === 'warn')).toHaveLength(1);
    expectMaskedFirst(events, [expired, soon]);
  });

  it('passes an opaque token through', async () => {
    const { ctx } = context();
    expect(await new AccessTokenCredential('opaque-token', ctx).getAccessToken()).toBe('opaque-token');
  });
});

describe('createCredential', () => {
  it('builds the refresh-token source from settings', async () => {
    const access = fakeJwt(userClaims());
    stub.reply(tokenReply(access, 'rotated'));
    const { ctx, events } = context();
    const credential = createCredential(
      { source: 'refresh-token', refreshToken: INPUT_REFRESH, clientId: CLIENT, tenantId: TENANT },
      ctx,
    );
    expect(credential.source).toBe('refresh-token');
    expect(await credential.getAccessToken()).toBe(access);
    expect(stub.requests[0]?.form.get('client_id')).toBe(CLIENT);
    expectMaskedFirst(events, [INPUT_REFRESH, access, 'rotated']);
  });

  it('builds the access-token source from settings', () => {
    const { ctx } = context();
    const credential = createCredential({ source: 'access-token', accessToken: 'opaque' }, ctx);
    expect(credential.source).toBe('access-token');
  });

  it.each<CredentialSettings>([
    { source: 'password', username: 'u', password: 'p', clientId: CLIENT, tenantId: TENANT },
    {
      source: 'key-vault',
      keyVaultUrl: 'https://v.vault.azure.net',
      keyVaultSecret: 's',
      azureClientId: CLIENT,
      azureTenantId: TENANT,
      clientId: CLIENT,
      tenantId: TENANT,
    },
    { source: 'azure-cli' },
  ])('picks the $source source without touching the network', (settings) => {
    const { ctx } = context();
    expect(createCredential(settings, ctx).source).toBe(settings.source);
    expect(stub.requests).toHaveLength(0);
  });
});

describe('TokenCache', () => {
  it('fetches again after a failed fetch', async () => {
    const cache = new TokenCache(() => 0);
    await expect(cache.get(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(
      cache.get(() => Promise.resolve({ token: 't', expiresOn: new Date(3_600_000) })),
    ).resolves.toBe('t');
  });
});
