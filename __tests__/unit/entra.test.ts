import { AZURE_DEVOPS_RESOURCE, EntraClient, PAT_MANAGEMENT_SCOPES } from '../../src/core/entra/token-client';
import { ENTRA_ERROR_RULES, entraError, findEntraRule } from '../../src/core/entra/errors';
import { HttpClient } from '../../src/core/net/http';
import { fakeClock, fakeJwt, StubServer, userClaims } from '../helpers/stub-server';
import { failure } from '../helpers/expect-failure';

const TENANT = 'contoso.onmicrosoft.com';
const CLIENT = '872cd9fa-d31f-45e0-9eab-6e460a02d1f1';
const REFRESH = '1.AQEAx-refresh-token-value-7f3c9d0b2e4a6c8e0f1a3b5c7d9e1f3a5b7c9d';
const PASSWORD = 'Pa55-word!that-is-long';

let stub: StubServer;
beforeEach(async () => {
  stub = await StubServer.start();
});
afterEach(async () => {
  await stub.close();
});

function setup() {
  const clock = fakeClock(Date.UTC(2026, 4, 1));
  const masked: string[] = [];
  const http = new HttpClient({ sleep: clock.sleep, now: clock.now, random: () => 0 });
  const entra = new EntraClient({
    authorityHost: `${stub.url}/`,
    tenantId: TENANT,
    http,
    mask: (secret) => masked.push(secret),
    sleep: clock.sleep,
    now: clock.now,
  });
  return { entra, clock, masked };
}

function entraErrorReply(error: string, codes: number[], description?: string) {
  return {
    status: 400,
    body: {
      error,
      error_description:
        description ?? `AADSTS${codes[0]}: something. Trace ID: abc Correlation ID: def Timestamp: now`,
      error_codes: codes,
      timestamp: '2026-05-01 00:00:00Z',
      trace_id: '0f0f0f0f-0000-0000-0000-000000000000',
      correlation_id: '12345678-1234-1234-1234-123456789abc',
    },
  };
}

describe('EntraClient: grants', () => {
  it('redeems a refresh token with offline_access and both PAT scopes, masking every token', async () => {
    const access = fakeJwt(userClaims({ upn: undefined, preferred_username: 'bot@contoso.example' }));
    const idToken = fakeJwt({ preferred_username: 'bot@contoso.example' });
    stub.reply({
      body: {
        token_type: 'Bearer',
        scope: `${AZURE_DEVOPS_RESOURCE}/vso.pats ${AZURE_DEVOPS_RESOURCE}/vso.pats_manage`,
        expires_in: 3599,
        access_token: access,
        refresh_token: 'rotated-refresh-token',
        id_token: idToken,
      },
    });
    const { entra, clock, masked } = setup();
    const tokens = await entra.redeemRefreshToken({ clientId: CLIENT, refreshToken: REFRESH });

    const request = stub.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(`/${TENANT}/oauth2/v2.0/token`);
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(request?.form ?? [])).toEqual({
      grant_type: 'refresh_token',
      client_id: CLIENT,
      refresh_token: REFRESH,
      scope: [...PAT_MANAGEMENT_SCOPES, 'offline_access'].join(' '),
    });
    expect(tokens).toEqual({
      accessToken: access,
      refreshToken: 'rotated-refresh-token',
      expiresOn: new Date(clock.now() + 3599_000),
      scope: `${AZURE_DEVOPS_RESOURCE}/vso.pats ${AZURE_DEVOPS_RESOURCE}/vso.pats_manage`,
      account: 'bot@contoso.example',
    });
    expect(masked).toEqual([access, 'rotated-refresh-token', idToken]);
  });

  it('uses the scopes given, still adding offline_access once', async () => {
    stub.reply({ body: { access_token: 'a', expires_in: '60' } });
    const { entra } = setup();
    const tokens = await entra.redeemRefreshToken({
      clientId: CLIENT,
      refreshToken: REFRESH,
      scopes: ['x/.default', 'offline_access'],
    });
    expect(stub.requests[0]?.form.get('scope')).toBe('x/.default offline_access');
    expect(tokens.refreshToken).toBeUndefined();
  });

  it('sends the password grant', async () => {
    stub.reply({ body: { access_token: 'a', expires_in: 60 } });
    const { entra, masked } = setup();
    await entra.passwordGrant({ clientId: CLIENT, username: 'bot@contoso.example', password: PASSWORD });
    expect(Object.fromEntries(stub.requests[0]?.form ?? [])).toMatchObject({
      grant_type: 'password',
      username: 'bot@contoso.example',
      password: PASSWORD,
    });
    expect(masked).toEqual(['a']);
  });

  it('sends the client credentials grant with a federated assertion', async () => {
    stub.reply({ body: { access_token: 'app-token', expires_in: 60 } });
    const { entra } = setup();
    await entra.clientCredentials({
      clientId: CLIENT,
      clientAssertion: 'oidc.jwt.value',
      scopes: ['https://vault.azure.net/.default'],
    });
    expect(Object.fromEntries(stub.requests[0]?.form ?? [])).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT,
      scope: 'https://vault.azure.net/.default',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: 'oidc.jwt.value',
    });
  });

  it('retries the token endpoint on 503 (redeeming again is harmless)', async () => {
    stub.reply({ status: 503 }, { body: { access_token: 'a', expires_in: 60 } });
    const { entra } = setup();
    await entra.redeemRefreshToken({ clientId: CLIENT, refreshToken: REFRESH });
    expect(stub.requests).toHaveLength(2);
  });

  it('treats a success without access_token as malformed, quoting nothing', async () => {
    stub.reply({ body: { refresh_token: REFRESH + 'x', expires_in: 60 } });
    const { entra, masked } = setup();
    const error = await failure(entra.redeemRefreshToken({ clientId: CLIENT, refreshToken: REFRESH }));
    expect(error).toMatchObject({ kind: 'server', code: 'unexpected_entra_response' });
    expect(error.message).not.toContain(REFRESH);
    expect(masked).toEqual([REFRESH + 'x']);
  });

  it('explains an HTML 404 as a wrong authority host', async () => {
    stub.reply({ status: 404, headers: { 'Content-Type': 'text/html' }, body: '<html>not here</html>' });
    const { entra } = setup();
    const error = await failure(entra.redeemRefreshToken({ clientId: CLIENT, refreshToken: REFRESH }));
    expect(error).toMatchObject({ kind: 'input', code: 'unexpected_entra_response', status: 404 });
    expect(error.fix).toContain('authority-host');
  });
});

describe('EntraClient: error mapping', () => {
  const groups: [string, number[], string, string][] = [
    ['refresh_token_expired', [70008, 700082, 50173, 9002313, 700084], 'auth', 'ado-ephemeral-pat login'],
    ['interaction_required', [50076, 50079, 50158, 53003], 'auth', 'refresh-token source'],
    ['consent_required', [65001], 'auth', 'consent'],
    ['app_or_tenant_invalid', [7000218, 700016, 90002], 'input', 'Allow public client flows'],
    ['invalid_username_or_password', [50126], 'auth', '`password`'],
  ];

  it.each(groups)('%s covers its AADSTS codes', async (id, codes, kind, fixText) => {
    for (const code of codes) {
      stub.reply(
        entraErrorReply(
          'invalid_grant',
          [code],
          `AADSTS${code}: Entra says no to ${REFRESH} and ${PASSWORD}.\r\nTrace ID: x`,
        ),
      );
      const { entra } = setup();
      const error = await failure(entra.redeemRefreshToken({ clientId: CLIENT, refreshToken: REFRESH }));
      expect(error).toMatchObject({ kind, code: id });
      expect(error.message).toContain(`AADSTS${code}`);
      expect(error.message).toContain('12345678-1234-1234-1234-123456789abc');
      expect(error.fix).toContain(fixText);
      expect(`${error.message} ${error.fix}`).not.toContain(REFRESH);
    }
  });

  it('never echoes the password, even when Entra quotes it back', async () => {
    stub.reply(entraErrorReply('invalid_grant', [50126], `AADSTS50126: bad password ${PASSWORD} for user.`));
    const { entra } = setup();
    const error = await failure(
      entra.passwordGrant({ clientId: CLIENT, username: 'bot@x', password: PASSWORD }),
    );
    expect(error.message).not.toContain(PASSWORD);
    expect(error.message).toContain('bad password *** for user');
  });

  it('maps invalid_client by its error name when the code is unknown', async () => {
    stub.reply({
      status: 401,
      body: { error: 'invalid_client', error_description: 'AADSTS1: client is bad', error_codes: [1] },
    });
    const { entra } = setup();
    const error = await failure(entra.redeemRefreshToken({ clientId: CLIENT, refreshToken: REFRESH }));
    expect(error).toMatchObject({ kind: 'auth', code: 'invalid_client' });
  });

  it('falls back to quoting the AADSTS code and a scrubbed description', async () => {
    const jwt = fakeJwt(userClaims());
    stub.reply(entraErrorReply('invalid_request', [12345], `AADSTS12345: odd things with ${jwt} happened.`));
    const { entra } = setup();
    const error = await failure(entra.redeemRefreshToken({ clientId: CLIENT, refreshToken: REFRESH }));
    expect(error).toMatchObject({ kind: 'auth', code: 'AADSTS12345' });
    expect(error.message).toContain('AADSTS12345');
    expect(error.message).toContain('odd things with *** happened');
    expect(error.message).not.toContain(jwt);
    expect(error.fix).toContain('login.microsoftonline.com/error');
  });

  it('finds the AADSTS code in the description when error_codes is missing', () => {
    expect(findEntraRule({ error: 'invalid_grant', error_description: 'AADSTS700082: expired' })?.id).toBe(
      'refresh_token_expired',
    );
    expect(entraError({ error: 'weird' }, 'do it').code).toBe('weird');
  });

  it('has unique rule ids and no code claimed by two rules', () => {
    const ids = ENTRA_ERROR_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = ENTRA_ERROR_RULES.flatMap((rule) => rule.codes).filter((code) => code !== 65004);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('EntraClient: device code', () => {
  it('starts the flow and masks the device code', async () => {
    stub.reply({
      body: {
        device_code: 'DEVICE-CODE-SECRET',
        user_code: 'ABCD-EFGH',
        verification_uri: 'https://microsoft.com/devicelogin',
        expires_in: 900,
        interval: 5,
        message:
          'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-EFGH.',
      },
    });
    const { entra, masked } = setup();
    const challenge = await entra.startDeviceCode({ clientId: CLIENT });
    expect(stub.requests[0]?.path).toBe(`/${TENANT}/oauth2/v2.0/devicecode`);
    expect(stub.requests[0]?.form.get('scope')).toContain('offline_access');
    expect(challenge).toMatchObject({
      deviceCode: 'DEVICE-CODE-SECRET',
      userCode: 'ABCD-EFGH',
      expiresIn: 900,
      interval: 5,
    });
    expect(masked).toEqual(['DEVICE-CODE-SECRET']);
  });

  it('polls through authorization_pending and slow_down, then returns the tokens', async () => {
    stub.reply(
      entraErrorReply('authorization_pending', [70016]),
      entraErrorReply('slow_down', []),
      entraErrorReply('authorization_pending', [70016]),
      { body: { access_token: 'user-access', refresh_token: 'user-refresh', expires_in: 3600 } },
    );
    const { entra, clock, masked } = setup();
    const tokens = await entra.pollDeviceCode({
      clientId: CLIENT,
      deviceCode: 'DC',
      interval: 5,
      expiresIn: 900,
    });
    expect(tokens.refreshToken).toBe('user-refresh');
    expect(clock.delays).toEqual([5000, 5000, 10_000, 10_000]);
    expect(stub.requests.map((r) => r.form.get('grant_type'))).toEqual(
      Array(4).fill('urn:ietf:params:oauth:grant-type:device_code'),
    );
    expect(masked).toEqual(['user-access', 'user-refresh']);
  });

  it.each([
    ['expired_token', [70020], 'device_code_expired'],
    ['authorization_declined', [70019], 'authorization_declined'],
    ['bad_verification_code', [], 'bad_verification_code'],
  ])('stops on %s', async (error, codes, id) => {
    stub.reply(entraErrorReply('authorization_pending', [70016]), entraErrorReply(error, codes));
    const { entra } = setup();
    const thrown = await failure(
      entra.pollDeviceCode({ clientId: CLIENT, deviceCode: 'DC', interval: 1, expiresIn: 60 }),
    );
    expect(thrown).toMatchObject({ kind: 'auth', code: id });
    expect(thrown.fix).toContain('ado-ephemeral-pat login');
  });

  it('gives up when the code expires while the user never signs in', async () => {
    stub.fallback = () => entraErrorReply('authorization_pending', [70016]);
    const { entra, clock } = setup();
    const error = await failure(
      entra.pollDeviceCode({ clientId: CLIENT, deviceCode: 'DC', interval: 5, expiresIn: 30 }),
    );
    expect(error.code).toBe('device_code_expired');
    expect(stub.requests).toHaveLength(6);
    expect(clock.delays.reduce((a, b) => a + b, 0)).toBe(30_000);
  });
});
