// The PAT lifecycle API: create, list, get, update, revoke, with the real formats, auth rules and errors.
import type { EmulatorHandle } from '../../emulator/index';
import {
  ADO,
  API,
  botToken,
  call,
  control,
  createPat,
  emulator,
  inDays,
  pats,
  patsUrl,
  tokenRequest,
} from './harness';

let emu: EmulatorHandle;
let token: string;
beforeAll(async () => {
  emu = await emulator();
  token = await botToken(emu);
});

type PatResult = {
  patToken: Record<string, unknown> | null;
  patTokenError: string;
  patTokenErrorMessage: string | null;
};

describe('create', () => {
  test('returns the token once, in the documented shape', async () => {
    const r = await createPat(emu, token, {
      displayName: 'ci <job> & "x"',
      scope: 'vso.code_write vso.build',
      validTo: '2099-12-01T23:46:23.319Z',
    });
    expect(r.status).toBe(200);
    const body = r.body as PatResult;
    expect(body.patTokenError).toBe('none');
    const pat = body.patToken!;
    expect(pat.displayName).toBe('ci &lt;job&gt; &amp; &quot;x&quot;');
    expect(pat.scope).toBe('vso.code_write vso.build');
    expect(pat.targetAccounts).toEqual(['38aaa865-2c70-4bf7-a308-0c6539c38c1a']);
    expect(String(pat.validFrom)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
    expect(String(pat.authorizationId)).toMatch(/^[0-9a-f-]{36}$/);
    const value = String(pat.token);
    expect(value).toHaveLength(84);
    expect(value.slice(76, 80)).toBe('AZDO');
    const state = await control<{ pats: { authorizationId: string; status: string }[] }>(emu, 'GET', 'state');
    expect(state.pats.find((p) => p.authorizationId === pat.authorizationId)?.status).toBe('active');
    expect(JSON.stringify(state)).not.toContain(value);
  });

  test('validTo is rounded to 1/300 s and clamped to one year', async () => {
    const year = new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000).toISOString();
    const long = (await createPat(emu, token, { displayName: 'long', validTo: year })).body as PatResult;
    const granted = Date.parse(String(long.patToken!.validTo));
    expect(granted).toBeLessThanOrEqual(Date.now() + 365 * 24 * 3600 * 1000 + 1000);
    const inRange = inDays(3).replace(/\.\d+Z$/, '.319Z');
    const rounded = (await createPat(emu, token, { displayName: 'r', validTo: inRange })).body as PatResult;
    expect(rounded.patToken!.validTo).toBe(inRange.replace('.319Z', '.32Z'));
  });

  test('empty scope becomes app_token; unknown scope, long or blank names and bad dates are business errors', async () => {
    const full = (await createPat(emu, token, { displayName: 'full', scope: '' })).body as PatResult;
    expect(full.patToken!.scope).toBe('app_token');
    const cases: [Record<string, unknown>, string][] = [
      [{ displayName: 'x', scope: 'vso.nope' }, 'invalidScope'],
      [{ displayName: 'x', scope: 'vso.pats' }, 'invalidScope'],
      [{ displayName: '&'.repeat(52) }, 'invalidDisplayName'],
      [{ displayName: '   ' }, 'displayNameRequired'],
      [{ displayName: 'x', validTo: 'tomorrow' }, 'invalidValidTo'],
      [{ displayName: 'x', validTo: '2001-01-01T00:00:00Z' }, 'invalidValidTo'],
    ];
    for (const [body, error] of cases) {
      const r = await createPat(emu, token, body);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ patToken: null, patTokenError: error });
      expect(typeof (r.body as PatResult).patTokenErrorMessage).toBe('string');
    }
    const exactly256 = (await createPat(emu, token, { displayName: '&'.repeat(51) + 'x' })).body as PatResult;
    expect(String(exactly256.patToken!.displayName)).toHaveLength(256);
  });

  test('a global PAT has targetAccounts null; an omitted validTo gets the default lifetime', async () => {
    const r = (await createPat(emu, token, { displayName: 'global', allOrgs: true, validTo: undefined }))
      .body as PatResult;
    expect(r.patToken!.targetAccounts).toBeNull();
    const days = (Date.parse(String(r.patToken!.validTo)) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(31);
  });
});

describe('get, update, revoke', () => {
  test('get never returns the token; unknown ids are tokenNotFound', async () => {
    const created = (await createPat(emu, token, { displayName: 'get-me', validTo: inDays(1) }))
      .body as PatResult;
    const id = String(created.patToken!.authorizationId);
    const got = await pats(emu, token, 'GET', `authorizationId=${id}&${API}`);
    expect(got.body).toMatchObject({
      patTokenError: 'none',
      patToken: { authorizationId: id, token: null, displayName: 'get-me' },
    });
    const missing = await pats(
      emu,
      token,
      'GET',
      `authorizationId=00000000-0000-4000-8000-000000000000&${API}`,
    );
    expect(missing.body).toMatchObject({ patToken: null, patTokenError: 'tokenNotFound' });
  });

  test('update changes only the given fields and clamps nothing by default', async () => {
    const created = (await createPat(emu, token, { displayName: 'before', validTo: inDays(1) }))
      .body as PatResult;
    const id = String(created.patToken!.authorizationId);
    const updated = await pats(emu, token, 'PUT', API, {
      authorizationId: id,
      displayName: 'after',
      validTo: inDays(2),
    });
    const pat = (updated.body as PatResult).patToken!;
    expect(pat).toMatchObject({ displayName: 'after', scope: 'vso.code', token: null });
    expect(Date.parse(String(pat.validTo))).toBeGreaterThan(Date.now() + 1.9 * 86_400_000);
    const missing = await pats(emu, token, 'PUT', API, {
      authorizationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.body).toMatchObject({ patTokenError: 'tokenNotFound' });
    const noId = await pats(emu, token, 'PUT', API, { displayName: 'x' });
    expect(noId.body).toMatchObject({ patTokenError: 'invalidAuthorizationId' });
  });

  test('revoke answers 204 (again when repeated); a revoked PAT cannot be updated', async () => {
    const created = (await createPat(emu, token, { displayName: 'revoke-me', validTo: inDays(1) }))
      .body as PatResult;
    const id = String(created.patToken!.authorizationId);
    const revoked = await pats(emu, token, 'DELETE', `authorizationId=${id}&${API}`);
    expect(revoked.status).toBe(204);
    expect(revoked.text).toBe('');
    expect((await pats(emu, token, 'DELETE', `authorizationId=${id}&${API}`)).status).toBe(204);
    const update = await pats(emu, token, 'PUT', API, { authorizationId: id, displayName: 'x' });
    expect(update.body).toMatchObject({ patTokenError: 'invalidToken' });
    const state = await control<{ pats: { authorizationId: string; status: string }[] }>(emu, 'GET', 'state');
    expect(state.pats.find((p) => p.authorizationId === id)?.status).toBe('revoked');
    const bad = await pats(emu, token, 'DELETE', `authorizationId=nope&${API}`);
    expect(bad.status).toBe(400);
  });

  test('an expired PAT (clock moved) cannot be extended', async () => {
    const local = await emulator();
    const t = await botToken(local);
    const created = (await createPat(local, t, { displayName: 'short', validTo: inDays(1) }))
      .body as PatResult;
    await control(local, 'POST', 'clock', { advanceSeconds: 2 * 86_400 });
    const fresh = await botToken(local);
    const r = await pats(local, fresh, 'PUT', API, {
      authorizationId: created.patToken!.authorizationId,
      validTo: inDays(5),
    });
    expect(r.body).toMatchObject({ patTokenError: 'expiredPatCannotBeExtended' });
    const state = await control<{ pats: { status: string }[] }>(local, 'GET', 'state');
    expect(state.pats[0]?.status).toBe('expired');
  });

  test.each([
    ['404', 404],
    ['204', 204],
    ['tokenNotFound', 200],
  ])('revoking an unknown id with revokeUnknown=%s answers %d', async (mode, status) => {
    const local = await emulator({ config: { pats: { revokeUnknown: mode } } });
    const t = await botToken(local);
    const r = await pats(local, t, 'DELETE', `authorizationId=00000000-0000-4000-8000-000000000000&${API}`);
    expect(r.status).toBe(status);
    if (mode === '404') expect(r.body).toMatchObject({ typeKey: 'SessionTokenNotFoundException' });
    if (mode === 'tokenNotFound') expect(r.body).toMatchObject({ patTokenError: 'tokenNotFound' });
  });
});

describe('list', () => {
  let local: EmulatorHandle;
  let t: string;
  beforeAll(async () => {
    local = await emulator();
    t = await botToken(local);
    for (let i = 0; i < 45; i++)
      await createPat(local, t, {
        displayName: `pat-${String(i).padStart(2, '0')}`,
        validTo: inDays(1 + (i % 5)),
      });
    const first = (await createPat(local, t, { displayName: 'zz-revoked', validTo: inDays(1) }))
      .body as PatResult;
    await pats(local, t, 'DELETE', `authorizationId=${String(first.patToken!.authorizationId)}&${API}`);
  });

  test('pages with $top and the real continuation token format until ""', async () => {
    const seen: string[] = [];
    let continuation = '';
    let pages = 0;
    do {
      const q = `$top=20&${API}${continuation ? `&continuationToken=${encodeURIComponent(continuation)}` : ''}`;
      const r = await pats(local, t, 'GET', q);
      const body = r.body as { continuationToken: string; patTokens: { displayName: string; token: null }[] };
      if (pages === 0) expect(body.continuationToken).toBe(Buffer.from('21-patapitoken').toString('base64'));
      seen.push(...body.patTokens.map((p) => p.displayName));
      expect(body.patTokens.every((p) => p.token === null)).toBe(true);
      continuation = body.continuationToken;
      pages++;
    } while (continuation !== '' && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(45);
    expect(seen[0]).toBe('pat-00');
    expect([...seen].sort()).toEqual(seen);
  });

  test('default page size is 20 and $top is capped at 100', async () => {
    expect(((await pats(local, t, 'GET', API)).body as { patTokens: unknown[] }).patTokens).toHaveLength(20);
    expect(
      ((await pats(local, t, 'GET', `$top=500&${API}`)).body as { patTokens: unknown[] }).patTokens,
    ).toHaveLength(45);
    expect((await pats(local, t, 'GET', `$top=0&${API}`)).status).toBe(400);
    expect((await pats(local, t, 'GET', `continuationToken=bad&${API}`)).status).toBe(400);
  });

  test('filters and sorting', async () => {
    const list = async (q: string) =>
      (
        (await pats(local, t, 'GET', `${q}&$top=100&${API}`)).body as {
          patTokens: { displayName: string; validTo: string }[];
        }
      ).patTokens;
    expect(await list('displayFilterOption=revoked')).toHaveLength(1);
    expect(await list('displayFilterOption=all')).toHaveLength(46);
    expect(await list('displayFilterOption=expired')).toHaveLength(0);
    const desc = await list('sortByOption=displayName&isSortAscending=false');
    expect(desc[0]?.displayName).toBe('pat-44');
    const byDate = await list('sortByOption=displayDate');
    const dates = byDate.map((p) => Date.parse(p.validTo));
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
    const byStatus = await list('displayFilterOption=all&sortByOption=status&isSortAscending=false');
    expect(byStatus[0]?.displayName).toBe('zz-revoked');
    expect((await pats(local, t, 'GET', `displayFilterOption=weird&${API}`)).status).toBe(400);
  });

  test('paths are case-insensitive and users only see their own PATs', async () => {
    const r = await call(`${local.url}/${local.organization.toUpperCase()}/_APIS/Tokens/Pats?${API}`, {
      headers: { authorization: `Bearer ${t}` },
    });
    expect(r.status).toBe(200);
    // A second user (signed in with the device code flow) sees none of the bot's PATs.
    const dc = await call(`${local.url}/organizations/oauth2/v2.0/devicecode`, {
      body: new URLSearchParams({ client_id: local.bot.clientId, scope: `${ADO}/.default` }),
    });
    await control(local, 'POST', 'devicecode/approve', {
      userCode: dc.body.user_code,
      username: 'mfa-user@contoso.example',
    });
    const other = await tokenRequest(local, {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      client_id: local.bot.clientId,
      device_code: String(dc.body.device_code),
    });
    const theirs = await pats(
      local,
      String(other.body.access_token),
      'GET',
      `displayFilterOption=all&${API}`,
    );
    expect(theirs.body).toEqual({ continuationToken: '', patTokens: [] });
  });
});

describe('authentication and api-version', () => {
  test('no credential: a 302 to /_signin, or a 203 sign-in page, or 401 when redirects are suppressed', async () => {
    const redirect = await call(patsUrl(emu));
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toContain(`${emu.url}/_signin?realm=`);
    const page = await call(String(redirect.headers.get('location')));
    expect(page.status).toBe(200);
    expect(page.text).toContain('Sign In');
    const suppressed = await call(patsUrl(emu), { headers: { 'x-tfs-fedauthredirect': 'Suppress' } });
    expect(suppressed.status).toBe(401);
    const html = await emulator({ config: { pats: { unauthenticated: 'signin-page' } } });
    const r = await call(patsUrl(html));
    expect(r.status).toBe(203);
    expect(r.headers.get('content-type')).toContain('text/html');
  });

  test('Basic auth with a PAT is 403 InvalidAccessException; an unknown PAT is 401', async () => {
    const created = (await createPat(emu, token, { displayName: 'basic', validTo: inDays(1) }))
      .body as PatResult;
    const basic = Buffer.from(`:${String(created.patToken!.token)}`).toString('base64');
    const r = await call(patsUrl(emu), { headers: { authorization: `Basic ${basic}` } });
    expect(r.status).toBe(403);
    expect(r.body).toEqual({
      $id: '1',
      innerException: null,
      message: 'The requested operation is not allowed.',
      typeName:
        'Microsoft.TeamFoundation.Framework.Server.InvalidAccessException, Microsoft.TeamFoundation.Framework.Server',
      typeKey: 'InvalidAccessException',
      errorCode: 0,
      eventId: 3000,
    });
    const unknown = await call(patsUrl(emu), {
      headers: { authorization: `Basic ${Buffer.from(':nope').toString('base64')}` },
    });
    expect(unknown.status).toBe(401);
  });

  test('a service principal token is 403 with the real message', async () => {
    const sp = await tokenRequest(emu, {
      grant_type: 'client_credentials',
      client_id: emu.servicePrincipal.clientId,
      client_secret: emu.servicePrincipal.clientSecret,
      scope: `${ADO}/.default`,
    });
    const r = await pats(emu, String(sp.body.access_token), 'GET');
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({
      message: 'Service principals are not allowed to perform this action.',
      typeKey: 'InvalidAccessException',
    });
  });

  test('vso.pats reads but cannot write; a Key Vault token or a forged token is 401', async () => {
    const readOnly = await botToken(emu, `${ADO}/vso.pats offline_access`);
    expect((await pats(emu, readOnly, 'GET')).status).toBe(200);
    const write = await createPat(emu, readOnly, { displayName: 'x' });
    expect(write.status).toBe(401);
    expect(write.body).toMatchObject({ typeKey: 'UnauthorizedRequestException' });
    const kv = await botToken(emu, 'https://vault.azure.net/.default').catch(() => undefined);
    expect(kv).toBeUndefined(); // the bot's app has no Key Vault consent
    const forged = `${token.slice(0, token.lastIndexOf('.'))}.AAAA`;
    expect((await pats(emu, forged, 'GET')).status).toBe(401);
  });

  test('user_impersonation works unless strict mode is on', async () => {
    const cli = {
      grant_type: 'password',
      client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
      username: emu.bot.username,
      password: emu.bot.password,
      scope: `${ADO}/.default`,
    };
    const lax = await tokenRequest(emu, cli);
    expect(
      (await createPat(emu, String(lax.body.access_token), { displayName: 'imp', validTo: inDays(1) }))
        .status,
    ).toBe(200);
    const strict = await emulator({ config: { pats: { strictScopes: true } } });
    const s = await tokenRequest(strict, cli);
    expect((await pats(strict, String(s.body.access_token), 'GET')).status).toBe(401);
  });

  test('an expired access token (clock moved) is 401', async () => {
    const local = await emulator();
    const t = await botToken(local);
    await control(local, 'POST', 'clock', { advanceSeconds: 2 * 3600 });
    expect((await pats(local, t, 'GET')).status).toBe(401);
  });

  test('api-version: missing, without -preview, out of range, malformed', async () => {
    const expectType = async (query: string, status: number, typeKey: string) => {
      const r = await pats(emu, token, 'GET', query);
      expect(r.status).toBe(status);
      expect(r.body).toMatchObject({ typeKey });
    };
    await expectType('', 400, 'VssVersionNotSpecifiedException');
    await expectType('api-version=7.1', 400, 'VssInvalidPreviewVersionException');
    await expectType('api-version=9.0-preview', 400, 'VssVersionOutOfRangeException');
    await expectType('api-version=abc', 400, 'VssInvalidApiVersionException');
    const preview = await pats(emu, token, 'GET', 'api-version=7.1');
    expect(preview.body.message).toBe(
      'The requested version "7.1" of the resource is under preview. The -preview flag must be supplied in the api-version for such requests. For example: "7.1-preview"',
    );
    for (const v of ['6.1-preview', '7.0-preview.1', '7.2-preview.1'])
      expect((await pats(emu, token, 'GET', `api-version=${v}`)).status).toBe(200);
    const header = await call(patsUrl(emu, ''), {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json; api-version=7.1-preview.1' },
    });
    expect(header.status).toBe(200);
  });

  test('an unknown organization is 404', async () => {
    const r = await call(`${emu.url}/fabrikam/_apis/tokens/pats?${API}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ $id: '1', typeKey: 'AccountNotFoundException' });
  });
});
