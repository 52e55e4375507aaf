import { describeError } from '../../src/core/errors';
import type { ActionableError } from '../../src/core/errors';
import { HttpClient } from '../../src/core/net/http';
import { decodeHtmlEntities, MAX_PAGES, PatClient } from '../../src/core/azure-devops/pat-client';
import { fakeClock, fakeJwt, StubServer, userClaims } from '../helpers/stub-server';
import type { StubReply } from '../helpers/stub-server';
import { failure } from '../helpers/expect-failure';
import { servicePrincipalRefusal } from '../helpers/failure-fixtures';

const ORG = 'contoso';
const ACCESS = fakeJwt(userClaims());
const PAT = `${'a1B2c3D4e5'.repeat(7)}abcdefAZDOwxyz`; // 84 chars, AZDO at 76..80
const ID = '4ab5764f-4193-4f1d-b995-64144880b7d7';

let stub: StubServer;
beforeEach(async () => {
  stub = await StubServer.start();
});
afterEach(async () => {
  await stub.close();
});

function setup(options: { apiVersion?: string } = {}) {
  const clock = fakeClock();
  const masked: string[] = [];
  let tokenCalls = 0;
  const pats = new PatClient({
    vsspsUrl: `${stub.url}/`,
    organization: ORG,
    getAccessToken: () => {
      tokenCalls++;
      return Promise.resolve(ACCESS);
    },
    http: new HttpClient({ sleep: clock.sleep, now: clock.now, random: () => 0, retry: { attempts: 3 } }),
    mask: (secret) => masked.push(secret),
    ...options,
  });
  return { pats, masked, clock, tokenCalls: () => tokenCalls };
}

function patToken(extra: Record<string, unknown> = {}) {
  return {
    displayName: 'ci-run-1',
    validTo: '2026-05-01T01:00:00.0033333Z',
    scope: 'vso.code_write',
    targetAccounts: ['38aaa865-2c70-4bf7-a308-0c6539c38c1a'],
    validFrom: '2026-05-01T00:00:00.1033333Z',
    authorizationId: ID,
    token: null,
    ...extra,
  };
}

function result(token: Record<string, unknown> | null, error = 'none', message?: string): StubReply {
  return { body: { patToken: token, patTokenError: error, patTokenErrorMessage: message } };
}

function noSecretIn(error: ActionableError) {
  const text = `${error.message} ${error.fix}`;
  expect(text).not.toContain(PAT);
  expect(text).not.toContain(ACCESS);
}

describe('create', () => {
  it('posts an org-scoped request and returns the token, masked first', async () => {
    stub.reply(result(patToken({ token: PAT })));
    const { pats, masked } = setup();
    const validTo = new Date('2026-05-01T01:00:00.000Z');
    const pat = await pats.create({
      displayName: 'ci-run-1',
      scope: ['vso.code_write', 'vso.build'],
      validTo,
    });

    const request = stub.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`/${ORG}/_apis/tokens/pats?api-version=7.1-preview.1`);
    expect(request?.headers.authorization).toBe(`Bearer ${ACCESS}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['x-tfs-fedauthredirect']).toBe('Suppress');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      displayName: 'ci-run-1',
      scope: 'vso.code_write vso.build',
      validTo: '2026-05-01T01:00:00.000Z',
      allOrgs: false,
    });
    expect(pat).toEqual({ ...patToken(), token: PAT });
    expect(masked).toEqual([PAT]);
  });

  it('uses the api-version given', async () => {
    stub.reply(result(patToken({ token: PAT })));
    const { pats } = setup({ apiVersion: '7.2-preview.1' });
    await pats.create({ displayName: 'n', scope: ['vso.code'], validTo: new Date() });
    expect(stub.requests[0]?.query.get('api-version')).toBe('7.2-preview.1');
  });

  it.each([
    ['authorizationId missing', patToken({ token: PAT, authorizationId: undefined })],
    ['authorizationId not an id', patToken({ token: PAT, authorizationId: 'x\n::warning::y' })],
    ['validTo missing', patToken({ token: PAT, validTo: undefined })],
    ['token missing', patToken()],
  ])('treats a response with %s as an error, not a crash, quoting nothing', async (_name, token) => {
    stub.reply(result(token));
    const { pats, masked } = setup();
    const error = await failure(pats.create({ displayName: 'n', scope: ['vso.code'], validTo: new Date() }));
    expect(error).toMatchObject({ kind: 'server', code: 'unexpected_response', retryable: true });
    noSecretIn(error);
    if (token.token) expect(masked).toEqual([PAT]);
  });

  it('treats patToken null without an error as malformed', async () => {
    stub.reply(result(null));
    const { pats } = setup();
    const error = await failure(pats.create({ displayName: 'n', scope: ['vso.code'], validTo: new Date() }));
    expect(error.code).toBe('unexpected_response');
  });

  it('treats a 200 that is not JSON as an unexpected response', async () => {
    stub.reply({ status: 200, headers: { 'Content-Type': 'text/plain' }, body: `token=${PAT}` });
    const { pats } = setup();
    const error = await failure(pats.create({ displayName: 'n', scope: ['vso.code'], validTo: new Date() }));
    expect(error).toMatchObject({ kind: 'server', code: 'unexpected_response' });
    noSecretIn(error);
  });

  it('does not repeat a create that failed with 5xx, and says it is retryable', async () => {
    stub.fallback = () => ({ status: 500 });
    const { pats } = setup();
    const error = await failure(pats.create({ displayName: 'n', scope: ['vso.code'], validTo: new Date() }));
    expect(stub.requests).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'server', retryable: true, status: 500 });
  });

  it('repeats a create refused with 429', async () => {
    stub.reply({ status: 429, headers: { 'Retry-After': '1' } }, result(patToken({ token: PAT })));
    const { pats, clock } = setup();
    await pats.create({ displayName: 'n', scope: ['vso.code'], validTo: new Date() });
    expect(clock.delays).toEqual([1000]);
  });

  it('asks for a fresh access token per request', async () => {
    stub.reply(result(patToken({ token: PAT })), { status: 204 });
    const { pats, tokenCalls } = setup();
    await pats.create({ displayName: 'n', scope: ['vso.code'], validTo: new Date() });
    await pats.revoke(ID);
    expect(tokenCalls()).toBe(2);
  });
});

describe('HTTP failures', () => {
  const create = (pats: PatClient) =>
    pats.create({ displayName: 'n', scope: ['vso.code'], validTo: new Date() });
  const signIn = '<html><head><title>Azure DevOps Services | Sign In</title></head></html>';

  it.each<[string, StubReply, Record<string, unknown>]>([
    [
      '203 sign-in page',
      { status: 203, headers: { 'Content-Type': 'text/html' }, body: signIn },
      { code: 'sign_in_page', kind: 'auth' },
    ],
    [
      '302 to _signin',
      {
        status: 302,
        headers: { Location: 'https://spsprodweu5.vssps.visualstudio.com/_signin?realm=vssps.dev.azure.com' },
        body: 'Object moved',
      },
      { code: 'sign_in_page', kind: 'auth' },
    ],
    [
      '200 with HTML',
      { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: signIn },
      { code: 'sign_in_page', kind: 'auth' },
    ],
    [
      '401',
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer' }, body: '' },
      { code: 'http_401', kind: 'auth' },
    ],
    [
      '403 service principal',
      { status: 403, body: servicePrincipalRefusal.body },
      { code: 'service_principal', kind: 'auth' },
    ],
    [
      '403 InvalidAccessException',
      {
        status: 403,
        body: {
          $id: '1',
          innerException: null,
          message: 'The requested operation is not allowed.',
          typeName:
            'Microsoft.TeamFoundation.Framework.Server.InvalidAccessException, Microsoft.TeamFoundation.Framework.Server',
          typeKey: 'InvalidAccessException',
          errorCode: 0,
          eventId: 3000,
        },
      },
      { code: 'invalid_access', kind: 'auth' },
    ],
    [
      '403 other',
      { status: 403, body: { message: 'TF400813: nope', typeKey: 'UnauthorizedRequestException' } },
      { code: 'http_403', kind: 'auth' },
    ],
    [
      '400 preview api-version',
      {
        status: 400,
        body: {
          message:
            'The requested version "7.1" of the resource is under preview. The -preview flag must be supplied in the api-version for such requests. For example: "7.1-preview"',
          typeKey: 'VssInvalidPreviewVersionException',
        },
      },
      { code: 'api_version', kind: 'server' },
    ],
    [
      '400 other',
      {
        status: 400,
        body: { message: 'TF400898: An Internal Error Occurred.', typeKey: 'JsonReaderException' },
      },
      { code: 'http_400', kind: 'server' },
    ],
    [
      '404 organization',
      { status: 404, body: { message: 'not found' } },
      { code: 'org_not_found', kind: 'not-found' },
    ],
    ['405 other status', { status: 405, body: '' }, { code: 'http_405', kind: 'server' }],
  ])('%s', async (_name, reply, expected) => {
    stub.reply(reply);
    const { pats } = setup();
    const error = await failure(create(pats));
    expect(error).toMatchObject(expected);
    expect(error.status).toBe(reply.status);
    noSecretIn(error);
  });

  it('explains the sign-in page', async () => {
    stub.reply({ status: 203, headers: { 'Content-Type': 'text/html' }, body: signIn });
    const { pats } = setup();
    const error = await failure(create(pats));
    expect(error.message).toContain('Azure DevOps answered with a sign-in page: the bearer was not accepted');
    expect(error.message).not.toContain('<html>');
    expect(error.fix).toContain('Service principals and managed identities cannot mint PATs');
  });

  it('quotes the Azure DevOps message of a 403, scrubbed', async () => {
    stub.reply({
      status: 403,
      body: {
        message: `Service principals are not allowed to perform this action. ${ACCESS}`,
        typeKey: 'InvalidAccessException',
      },
    });
    const { pats } = setup();
    const error = await failure(create(pats));
    expect(error.message).toContain('Service principals are not allowed to perform this action. ***');
    expect(error.message).toContain('InvalidAccessException');
    noSecretIn(error);
  });

  it('decodes X-TFS-ServiceError on a 401', async () => {
    stub.reply({ status: 401, headers: { 'X-TFS-ServiceError': 'Access%20Denied%3A%20expired.' }, body: '' });
    const { pats } = setup();
    const error = await failure(pats.list());
    expect(error.message).toContain('"Access Denied: expired."');
  });

  it('names the organization URL on a 404', async () => {
    stub.reply({ status: 404, body: '' });
    const { pats } = setup();
    const error = await failure(pats.get(ID));
    expect(error.message).toContain(`The organization URL was ${stub.url}/${ORG}.`);
    expect(error.fix).toContain('`organization`');
  });

  it('retries 5xx on reads and reports the budget when they persist', async () => {
    stub.fallback = () => ({ status: 503 });
    const { pats } = setup();
    const error = await failure(pats.get(ID));
    expect(stub.requests).toHaveLength(3);
    expect(error).toMatchObject({ kind: 'server', retryable: true, status: 503 });
    expect(error.message).toContain('3 attempts');
  });

  it('throws throttled when 429 outlasts the budget', async () => {
    stub.fallback = () => ({ status: 429, headers: { 'Retry-After': '2' } });
    const { pats } = setup();
    const error = await failure(pats.list());
    expect(error).toMatchObject({ kind: 'throttled', retryable: true, status: 429 });
  });
});

describe('get', () => {
  it('returns the token without its secret, display name decoded', async () => {
    stub.reply(result(patToken({ displayName: 'a &amp; b &lt;c&gt; &#39;d&#39; &#x263A;' })));
    const { pats } = setup();
    const pat = await pats.get(ID);
    expect(stub.requests[0]?.url).toBe(
      `/${ORG}/_apis/tokens/pats?authorizationId=${ID}&api-version=7.1-preview.1`,
    );
    expect(pat).toMatchObject({ authorizationId: ID, displayName: "a & b <c> 'd' ☺", token: null });
  });

  it.each(['tokenNotFound', 'authorizationNotFound', 'hostAuthorizationNotFound', 'invalidAuthorizationId'])(
    'returns undefined for %s',
    async (value) => {
      stub.reply(result(null, value));
      const { pats } = setup();
      expect(await pats.get(ID)).toBeUndefined();
    },
  );

  it('throws other patTokenErrors', async () => {
    stub.reply(result(null, 'accessDenied'));
    const { pats } = setup();
    expect((await failure(pats.get(ID))).code).toBe('accessDenied');
  });
});

describe('list', () => {
  const page = (names: string[], continuationToken: string | null): StubReply => ({
    body: {
      continuationToken,
      patTokens: names.map((name, i) => patToken({ displayName: name, authorizationId: `id-${i}` })),
    },
  });

  it('pages with $top=100 until the continuation token is empty', async () => {
    const second = Buffer.from('101-patapitoken').toString('base64');
    const third = Buffer.from('201-patapitoken').toString('base64');
    stub.reply(page(['a', 'b'], second), page(['c'], third), page(['d'], ''));
    const { pats } = setup();
    const tokens = await pats.list({ filter: 'all' });
    expect(tokens.map((t) => t.displayName)).toEqual(['a', 'b', 'c', 'd']);
    expect(stub.requests.map((r) => r.url)).toEqual([
      `/${ORG}/_apis/tokens/pats?displayFilterOption=all&sortByOption=displayName&isSortAscending=true&$top=100&api-version=7.1-preview.1`,
      `/${ORG}/_apis/tokens/pats?displayFilterOption=all&sortByOption=displayName&isSortAscending=true&$top=100&continuationToken=${encodeURIComponent(second)}&api-version=7.1-preview.1`,
      `/${ORG}/_apis/tokens/pats?displayFilterOption=all&sortByOption=displayName&isSortAscending=true&$top=100&continuationToken=${encodeURIComponent(third)}&api-version=7.1-preview.1`,
    ]);
    expect(stub.requests[1]?.query.get('continuationToken')).toBe(second);
  });

  it('defaults to active and stops on a null continuation token', async () => {
    stub.reply(page(['a'], null));
    const { pats } = setup();
    expect(await pats.list()).toHaveLength(1);
    expect(stub.requests[0]?.query.get('displayFilterOption')).toBe('active');
  });

  it('stops when the server repeats a continuation token', async () => {
    stub.fallback = () => page(['x'], 'MjEtcGF0YXBpdG9rZW4=');
    const { pats } = setup();
    const error = await failure(pats.list());
    expect(error.message).toContain('repeated a continuation token');
    expect(stub.requests).toHaveLength(2);
  });

  it(`stops after ${MAX_PAGES} pages that never end`, async () => {
    let n = 0;
    stub.fallback = () => page([], `page-${++n}`);
    const { pats } = setup();
    const error = await failure(pats.list());
    expect(error.message).toContain(`still more pages after ${MAX_PAGES}`);
    expect(stub.requests).toHaveLength(MAX_PAGES);
  });

  it('refuses a body without patTokens', async () => {
    stub.reply({ body: { continuationToken: '' } });
    const { pats } = setup();
    expect((await failure(pats.list())).code).toBe('unexpected_response');
  });

  it('findActive matches the decoded display name exactly', async () => {
    stub.reply(page(['ci &amp; run', 'ci & run', 'ci &amp; run 2', 'CI &amp; RUN'], ''));
    const { pats } = setup();
    const found = await pats.findActive('ci & run');
    expect(found.map((t) => t.authorizationId)).toEqual(['id-0', 'id-1']);
    expect(stub.requests[0]?.query.get('displayFilterOption')).toBe('active');
  });

  // Continuation tokens are row offsets: a token revoked on page 1 between the two page requests shifts
  // row 101 to row 100, which the second page (from row 101) never shows.
  it('findActive reads a list of several pages again before it calls a name absent', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `other-${String(i).padStart(3, '0')}`);
    const next = Buffer.from('101-patapitoken').toString('base64');
    stub.reply(page(names, next), page(['zz-after-the-skipped-row'], ''));
    stub.reply(page([...names.slice(1), 'wanted'], next), page(['zz-after-the-skipped-row'], ''));
    const { pats } = setup();
    const found = await pats.findActive('wanted');
    expect(found.map((t) => t.displayName)).toEqual(['wanted']);
    expect(stub.requests).toHaveLength(4);
  });

  it('findActive lists once when the name is found or the list fits one page', async () => {
    stub.reply(page(['a', 'b'], ''));
    const { pats } = setup();
    expect(await pats.findActive('missing')).toEqual([]);
    expect(stub.requests).toHaveLength(1);
  });
});

describe('revoke', () => {
  it.each<[string, StubReply, string]>([
    ['204', { status: 204 }, 'revoked'],
    ['200 empty', { status: 200, body: '' }, 'revoked'],
    ['200 none', result(null, 'none'), 'revoked'],
    ['404', { status: 404, body: { message: 'SessionTokenNotFoundException' } }, 'not-found'],
    ['200 tokenNotFound', result(null, 'tokenNotFound'), 'not-found'],
    ['200 authorizationNotFound', result(null, 'authorizationNotFound'), 'not-found'],
    ['200 invalidAuthorizationId', result(null, 'invalidAuthorizationId'), 'not-found'],
    ['200 invalidToken (already revoked)', result(null, 'invalidToken'), 'not-found'],
  ])('%s', async (_name, reply, outcome) => {
    stub.reply(reply);
    const { pats } = setup();
    expect(await pats.revoke(ID)).toBe(outcome);
    expect(stub.requests[0]?.method).toBe('DELETE');
    expect(stub.requests[0]?.query.get('authorizationId')).toBe(ID);
  });

  it('does not mistake a missing organization for an already revoked token', async () => {
    stub.reply({
      status: 404,
      body: { message: "The organization 'nope' could not be found.", typeKey: 'AccountNotFoundException' },
    });
    const { pats } = setup();
    const error = await failure(pats.revoke(ID));
    expect(error).toMatchObject({ kind: 'not-found', code: 'org_not_found' });
    expect(error.message).toContain(`The organization URL was ${stub.url}/${ORG}.`);
  });

  it('throws other patTokenErrors', async () => {
    stub.reply(result(null, 'accessDenied', 'no'));
    const { pats } = setup();
    expect((await failure(pats.revoke(ID))).code).toBe('accessDenied');
  });

  it('treats a sign-in page as an auth failure, not as success', async () => {
    stub.reply({ status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html>sign in</html>' });
    const { pats } = setup();
    expect((await failure(pats.revoke(ID))).code).toBe('sign_in_page');
  });

  it('retries a revoke on 503 (revoking twice is harmless)', async () => {
    stub.reply({ status: 503 }, { status: 204 });
    const { pats } = setup();
    expect(await pats.revoke(ID)).toBe('revoked');
    expect(stub.requests).toHaveLength(2);
  });
});

describe('no secret in any message', () => {
  const LEGACY_PAT = 'dip55dwf4vpitomw63jzvomefmi2jluguprzwwqwuc6xq4fhocwq';
  const secrets = [PAT, ACCESS, LEGACY_PAT];
  const leaky = `token ${PAT} bearer ${ACCESS} legacy ${LEGACY_PAT}`;
  const replies: [string, StubReply][] = [
    ['203 HTML', { status: 203, headers: { 'Content-Type': 'text/html' }, body: `<html>${leaky}</html>` }],
    ['302', { status: 302, headers: { Location: `/_signin?t=${PAT}` }, body: leaky }],
    [
      '401 header',
      { status: 401, headers: { 'X-TFS-ServiceError': encodeURIComponent(leaky) }, body: leaky },
    ],
    ['403', { status: 403, body: { message: leaky, typeKey: 'InvalidAccessException' } }],
    ['400', { status: 400, body: { message: leaky, typeKey: `X${PAT}` } }],
    ['404', { status: 404, body: { message: leaky } }],
    ['200 text', { status: 200, body: leaky }],
    ['200 patTokenError', result(null, 'accessDenied', leaky)],
    ['200 unknown patTokenError', result(null, 'somethingNew', leaky)],
    ['200 malformed', result(patToken({ token: PAT, authorizationId: leaky }))],
    ['503', { status: 503, body: leaky }],
  ];

  it.each(replies)('%s', async (_name, reply) => {
    stub.fallback = () => reply;
    const { pats } = setup();
    for (const call of [
      () => pats.create({ displayName: 'n', scope: ['vso.code'], validTo: new Date() }),
      () => pats.get(ID),
      () => pats.list(),
      () => pats.revoke(ID),
    ]) {
      let text = '';
      try {
        await call();
      } catch (error) {
        text = describeError(error, 'github');
      }
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes named and numeric entities once, leaving unknown ones', () => {
    expect(decodeHtmlEntities('&amp;amp; &quot;x&quot; &#60; &#x3E; &bogus; &#0;')).toBe(
      '&amp; "x" < > &bogus; &#0;',
    );
  });
});

describe('decodeHtmlEntities and the prototype', () => {
  test.each(['&constructor;', '&__proto__;', '&toString;', '&hasOwnProperty;', '&valueOf;'])(
    '%s stays as it is',
    (entity) => expect(decodeHtmlEntities(`a ${entity} b`)).toBe(`a ${entity} b`),
  );
});
