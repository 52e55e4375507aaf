// Entra ID: discovery, JWKS, and every grant of the v2.0 token endpoint with Entra's real error JSON.
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import type { EmulatorHandle } from '../../emulator/index';
import { ADO, botToken, call, control, decodeJwt, emulator, redeem, tokenRequest } from './harness';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await emulator();
});

function expectEntraError(body: Record<string, unknown>, error: string, code: number): void {
  expect(body).toMatchObject({ error, error_codes: [code] });
  expect(String(body.error_description)).toMatch(
    new RegExp(`^AADSTS${code}: .*Trace ID: .*Correlation ID: .*Timestamp: `),
  );
  for (const key of ['timestamp', 'trace_id', 'correlation_id']) expect(typeof body[key]).toBe('string');
}

describe('discovery', () => {
  test('the v2 OpenID configuration points at this tenant', async () => {
    const r = await call(`${emu.url}/${emu.tenantId}/v2.0/.well-known/openid-configuration`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      token_endpoint: `${emu.url}/${emu.tenantId}/oauth2/v2.0/token`,
      jwks_uri: `${emu.url}/${emu.tenantId}/discovery/v2.0/keys`,
      device_authorization_endpoint: `${emu.url}/${emu.tenantId}/oauth2/v2.0/devicecode`,
      issuer: `${emu.url}/${emu.tenantId}/v2.0`,
    });
    const v1 = await call(`${emu.url}/organizations/.well-known/openid-configuration`);
    expect(v1.body.issuer).toBe('https://sts.windows.net/{tenantid}/');
    const instance = await call(`${emu.url}/common/discovery/instance?api-version=1.1`);
    expect(instance.body['api-version']).toBe('1.1');
  });

  test('access tokens verify against the JWKS and carry the documented claims', async () => {
    const token = await botToken(emu);
    const jwks = await call<{ keys: (JsonWebKey & { kid: string })[] }>(
      `${emu.url}/${emu.tenantId}/discovery/v2.0/keys`,
    );
    const [h = '', p = '', s = ''] = token.split('.');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as { kid: string; alg: string };
    const jwk = jwks.body.keys.find((k) => k.kid === header.kid);
    expect(header.alg).toBe('RS256');
    expect(jwk).toBeDefined();
    const key = createPublicKey({ key: jwk!, format: 'jwk' });
    expect(verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))).toBe(true);
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      aud: ADO,
      iss: `https://sts.windows.net/${emu.tenantId}/`,
      tid: emu.tenantId,
      appid: emu.bot.clientId,
      idtyp: 'user',
      scp: 'vso.pats vso.pats_manage',
      upn: emu.bot.username,
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
    expect(claims.nbf).toBe(claims.iat);
  });

  test('an unknown tenant gets AADSTS90002', async () => {
    const r = await tokenRequest(emu, { grant_type: 'password' }, 'not-a-tenant');
    expect(r.status).toBe(400);
    expectEntraError(r.body, 'invalid_request', 90002);
  });
});

describe('refresh_token grant', () => {
  test('rotates on every use and, in revoke-family mode, detects reuse of an old generation', async () => {
    const strict = await emulator({ config: { entra: { refreshTokenReuse: 'revoke-family' } } });
    const { refreshToken: gen0 } = await control<{ refreshToken: string }>(
      strict,
      'POST',
      'refresh-tokens',
      {},
    );
    const first = await redeem(strict, gen0);
    expect(first.status).toBe(200);
    const gen1 = String(first.body.refresh_token);
    expect(gen1).not.toBe(gen0);
    expect(first.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(first.headers.get('cache-control')).toContain('no-store');
    const second = await redeem(strict, gen1);
    expect(second.status).toBe(200);
    const gen2 = String(second.body.refresh_token);

    const reuse = await redeem(strict, gen0);
    expect(reuse.status).toBe(400);
    expectEntraError(reuse.body, 'invalid_grant', 50173);
    // The whole family is revoked, including the newest generation.
    const after = await redeem(strict, gen2);
    expectEntraError(after.body, 'invalid_grant', 50173);
    const state = await control<{
      refreshTokens: { familyId: string; generation: number; status: string }[];
    }>(strict, 'GET', 'state');
    expect(state.refreshTokens.map((r) => `${r.generation}:${r.status}`)).toEqual([
      '0:active', // the ready line's token, another family
      '0:revoked',
      '1:revoked',
      '2:revoked',
    ]);
  });

  test('an unknown refresh token is AADSTS9002313, another client’s is AADSTS70000', async () => {
    const unknown = await redeem(emu, 'not-a-refresh-token');
    expectEntraError(unknown.body, 'invalid_grant', 9002313);
    const { refreshToken } = await control<{ refreshToken: string }>(emu, 'POST', 'refresh-tokens', {});
    const other = await tokenRequest(emu, {
      grant_type: 'refresh_token',
      client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
      refresh_token: refreshToken,
      scope: `${ADO}/.default`,
    });
    expectEntraError(other.body, 'invalid_grant', 70000);
  });

  test('expires after its configured lifetime (clock moved forward)', async () => {
    const short = await emulator({ config: { entra: { refreshTokenLifetimeSeconds: 60 } } });
    const first = await redeem(short, short.bot.refreshToken);
    expect(first.status).toBe(200);
    await control(short, 'POST', 'clock', { advanceSeconds: 120 });
    const late = await redeem(short, String(first.body.refresh_token));
    expectEntraError(late.body, 'invalid_grant', 70008);
  });

  test('the ready line’s refresh token works once it is redeemed', async () => {
    const fresh = await emulator();
    const r = await redeem(fresh, fresh.bot.refreshToken);
    expect(r.status).toBe(200);
  });

  test('reuse handling is configurable; the default allows reuse, as Entra does', async () => {
    const allow = emu;
    const { refreshToken } = await control<{ refreshToken: string }>(allow, 'POST', 'refresh-tokens', {});
    expect((await redeem(allow, refreshToken)).status).toBe(200);
    expect((await redeem(allow, refreshToken)).status).toBe(200);
    const reject = await emulator({ config: { entra: { refreshTokenReuse: 'reject' } } });
    const second = await control<{ refreshToken: string }>(reject, 'POST', 'refresh-tokens', {});
    const next = await redeem(reject, second.refreshToken);
    expectEntraError((await redeem(reject, second.refreshToken)).body, 'invalid_grant', 50173);
    expect((await redeem(reject, String(next.body.refresh_token))).status).toBe(200);
  });
});

describe('scopes', () => {
  test('explicit consented scopes are granted; others need consent (AADSTS65001)', async () => {
    const { refreshToken } = await control<{ refreshToken: string }>(emu, 'POST', 'refresh-tokens', {});
    const ok = await redeem(emu, refreshToken, `${ADO}/vso.pats offline_access`);
    expect(decodeJwt(String(ok.body.access_token)).scp).toBe('vso.pats');
    expect(ok.body.scope).toBe(`${ADO}/vso.pats offline_access`);
    const denied = await redeem(emu, String(ok.body.refresh_token), `${ADO}/vso.code_write`);
    expectEntraError(denied.body, 'invalid_grant', 65001);
  });

  test('two resources in one request are AADSTS28000; an unknown resource AADSTS500011', async () => {
    const base = {
      grant_type: 'password',
      client_id: emu.bot.clientId,
      username: emu.bot.username,
      password: emu.bot.password,
    };
    const two = await tokenRequest(emu, {
      ...base,
      scope: `${ADO}/.default https://vault.azure.net/.default`,
    });
    expectEntraError(two.body, 'invalid_scope', 28000);
    const unknown = await tokenRequest(emu, { ...base, scope: 'https://example.invalid/.default' });
    expectEntraError(unknown.body, 'invalid_resource', 500011);
  });

  test('offline_access decides whether a refresh token comes back; openid adds an ID token', async () => {
    const base = {
      grant_type: 'password',
      client_id: emu.bot.clientId,
      username: emu.bot.username,
      password: emu.bot.password,
    };
    const without = await tokenRequest(emu, { ...base, scope: `${ADO}/.default` });
    expect(without.body.refresh_token).toBeUndefined();
    const withIt = await tokenRequest(emu, {
      ...base,
      scope: `${ADO}/.default offline_access openid`,
      client_info: '1',
    });
    expect(typeof withIt.body.refresh_token).toBe('string');
    expect(decodeJwt(String(withIt.body.id_token))).toMatchObject({
      aud: emu.bot.clientId,
      preferred_username: emu.bot.username,
    });
    expect(JSON.parse(Buffer.from(String(withIt.body.client_info), 'base64url').toString())).toMatchObject({
      utid: emu.tenantId,
    });
  });

  test('the Azure CLI client gets user_impersonation for Azure DevOps and Key Vault', async () => {
    const base = {
      grant_type: 'password',
      client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
      username: emu.bot.username,
      password: emu.bot.password,
    };
    const ado = await tokenRequest(emu, { ...base, scope: `${ADO}/.default` }, 'organizations');
    expect(decodeJwt(String(ado.body.access_token)).scp).toBe('user_impersonation');
    const kv = await tokenRequest(emu, { ...base, scope: 'https://vault.azure.net/.default' }, 'common');
    expect(decodeJwt(String(kv.body.access_token)).aud).toBe('https://vault.azure.net');
  });
});

describe('password grant', () => {
  const scope = `${ADO}/.default`;
  test('a valid user gets a token; a wrong password AADSTS50126; an unknown user AADSTS50034', async () => {
    const base = { grant_type: 'password', client_id: emu.bot.clientId, scope };
    expect(
      (await tokenRequest(emu, { ...base, username: emu.bot.username, password: emu.bot.password })).status,
    ).toBe(200);
    expectEntraError(
      (await tokenRequest(emu, { ...base, username: emu.bot.username, password: 'nope' })).body,
      'invalid_grant',
      50126,
    );
    expectEntraError(
      (await tokenRequest(emu, { ...base, username: 'who@x', password: 'x' })).body,
      'invalid_grant',
      50034,
    );
  });

  test('an MFA-protected user gets AADSTS50076', async () => {
    const r = await tokenRequest(emu, {
      grant_type: 'password',
      client_id: emu.bot.clientId,
      scope,
      username: 'mfa-user@contoso.example',
      password: 'emulator-mfa-password',
    });
    expect(r.status).toBe(400);
    expectEntraError(r.body, 'invalid_grant', 50076);
    expect(r.body.suberror).toBe('basic_action');
  });

  test('missing parameters, unknown clients and unsupported grants', async () => {
    expectEntraError(
      (await tokenRequest(emu, { grant_type: 'password', client_id: emu.bot.clientId })).body,
      'invalid_request',
      900144,
    );
    const unknown = await tokenRequest(emu, {
      grant_type: 'password',
      client_id: 'x',
      username: 'u',
      password: 'p',
      scope,
    });
    expectEntraError(unknown.body, 'unauthorized_client', 700016);
    expectEntraError(
      (await tokenRequest(emu, { grant_type: 'authorization_code' })).body,
      'unsupported_grant_type',
      70003,
    );
    const json = await call(`${emu.url}/${emu.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password' }),
    });
    expectEntraError(json.body, 'invalid_request', 900144);
  });
});

describe('client_credentials grant', () => {
  const scope = `${ADO}/.default`;
  test('a client secret yields an app token with idtyp app', async () => {
    const r = await tokenRequest(emu, {
      grant_type: 'client_credentials',
      client_id: emu.servicePrincipal.clientId,
      client_secret: emu.servicePrincipal.clientSecret,
      scope,
    });
    expect(r.status).toBe(200);
    expect(r.body.refresh_token).toBeUndefined();
    expect(decodeJwt(String(r.body.access_token))).toMatchObject({
      idtyp: 'app',
      appid: emu.servicePrincipal.clientId,
      appidacr: '1',
      aud: ADO,
    });
  });

  test('a wrong secret is AADSTS7000215 (401); a non-.default scope AADSTS1002012; /common AADSTS50194', async () => {
    const bad = await tokenRequest(emu, {
      grant_type: 'client_credentials',
      client_id: emu.servicePrincipal.clientId,
      client_secret: 'x',
      scope,
    });
    expect(bad.status).toBe(401);
    expectEntraError(bad.body, 'invalid_client', 7000215);
    const explicit = await tokenRequest(emu, {
      grant_type: 'client_credentials',
      client_id: emu.servicePrincipal.clientId,
      client_secret: emu.servicePrincipal.clientSecret,
      scope: `${ADO}/vso.pats`,
    });
    expectEntraError(explicit.body, 'invalid_scope', 1002012);
    const common = await tokenRequest(
      emu,
      {
        grant_type: 'client_credentials',
        client_id: emu.servicePrincipal.clientId,
        client_secret: 'x',
        scope,
      },
      'common',
    );
    expectEntraError(common.body, 'invalid_request', 50194);
    const none = await tokenRequest(emu, {
      grant_type: 'client_credentials',
      client_id: emu.servicePrincipal.clientId,
      scope,
    });
    expectEntraError(none.body, 'invalid_client', 7000218);
  });

  function assertion(claims: Record<string, unknown>, keyName = 'github-oidc'): string {
    const now = Math.floor(Date.now() / 1000);
    return emu.context.keys.sign(
      {
        iss: `${emu.url}/github-oidc`,
        sub: 'repo:octo/demo:ref:refs/heads/main',
        aud: 'api://AzureADTokenExchange',
        iat: now,
        nbf: now,
        exp: now + 300,
        ...claims,
      },
      keyName,
    );
  }

  function exchange(jwt: string) {
    return tokenRequest(emu, {
      grant_type: 'client_credentials',
      client_id: emu.servicePrincipal.clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: jwt,
      scope: 'https://vault.azure.net/.default',
    });
  }

  test('a federated client assertion matching a credential is exchanged', async () => {
    const r = await exchange(assertion({}));
    expect(r.status).toBe(200);
    expect(decodeJwt(String(r.body.access_token))).toMatchObject({
      aud: 'https://vault.azure.net',
      appidacr: '2',
      idtyp: 'app',
    });
    const pipelines = await exchange(
      assertion(
        {
          iss: `${emu.url}/azure-pipelines-oidc/38aaa865-2c70-4bf7-a308-0c6539c38c1a`,
          sub: 'sc://contoso/demo/kv-connection',
        },
        'azure-pipelines-oidc',
      ),
    );
    expect(pipelines.status).toBe(200);
  });

  test('issuer, subject, audience, lifetime and signature are each checked', async () => {
    expectEntraError(
      (await exchange(assertion({ iss: 'https://elsewhere' }))).body,
      'invalid_client',
      700211,
    );
    expectEntraError(
      (await exchange(assertion({ sub: 'repo:octo/demo:ref:refs/heads/evil' }))).body,
      'invalid_client',
      700213,
    );
    expectEntraError((await exchange(assertion({ aud: 'api://other' }))).body, 'invalid_client', 700212);
    expectEntraError(
      (await exchange(assertion({ exp: 1000, nbf: 900, iat: 900 }))).body,
      'invalid_client',
      700024,
    );
    const forged = assertion({}).replace(/\.[^.]+$/, '.AAAA');
    expectEntraError((await exchange(forged)).body, 'invalid_client', 700027);
    // An Entra-signed token is not an issuer assertion.
    expectEntraError((await exchange(assertion({}, 'entra'))).body, 'invalid_client', 700027);
    expectEntraError((await exchange('garbage')).body, 'invalid_client', 50027);
  });
});

describe('device code flow', () => {
  async function start() {
    const r = await call(`${emu.url}/organizations/oauth2/v2.0/devicecode`, {
      method: 'POST',
      body: new URLSearchParams({
        client_id: emu.bot.clientId,
        scope: `${ADO}/vso.pats ${ADO}/vso.pats_manage offline_access`,
      }),
    });
    expect(r.status).toBe(200);
    return r.body as {
      device_code: string;
      user_code: string;
      verification_uri: string;
      interval: number;
      expires_in: number;
      message: string;
    };
  }
  const poll = (deviceCode: string) =>
    tokenRequest(
      emu,
      {
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        client_id: emu.bot.clientId,
        device_code: deviceCode,
      },
      'organizations',
    );

  test('pending until approved through the control API, then tokens once', async () => {
    const dc = await start();
    expect(dc.message).toContain(dc.user_code);
    expect(dc).toMatchObject({ interval: 5, expires_in: 900, verification_uri: `${emu.url}/devicelogin` });
    expectEntraError((await poll(dc.device_code)).body, 'authorization_pending', 70016);
    await control(emu, 'POST', 'devicecode/approve', { userCode: dc.user_code });
    const done = await poll(dc.device_code);
    expect(done.status).toBe(200);
    expect(typeof done.body.refresh_token).toBe('string');
    expect(decodeJwt(String(done.body.access_token)).upn).toBe(emu.bot.username);
    expectEntraError((await poll(dc.device_code)).body, 'invalid_grant', 70000);
    expect((await redeem(emu, String(done.body.refresh_token))).status).toBe(200);
  });

  test('declined, expired and unknown codes', async () => {
    const declined = await start();
    await control(emu, 'POST', 'devicecode/approve', { userCode: declined.user_code, deny: true });
    expectEntraError((await poll(declined.device_code)).body, 'authorization_declined', 70000);
    const expiring = await start();
    await control(emu, 'POST', 'clock', { advanceSeconds: 901 });
    expectEntraError((await poll(expiring.device_code)).body, 'expired_token', 70020);
    expectEntraError((await poll('nope')).body, 'invalid_grant', 70000);
    const r = await call(`${emu.url}/_emulator/devicecode/approve`, {
      method: 'POST',
      body: JSON.stringify({ userCode: 'ZZZZZZZZZ' }),
    });
    expect(r.status).toBe(404);
  });

  test('the device code endpoint checks the client and the scope up front', async () => {
    const r = await call(`${emu.url}/organizations/oauth2/v2.0/devicecode`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: emu.bot.clientId, scope: `${ADO}/vso.code` }),
    });
    expect(r.body.error_codes).toEqual([65001]);
    const page = await call(`${emu.url}/devicelogin`);
    expect(page.text).toContain('devicecode/approve');
  });
});
