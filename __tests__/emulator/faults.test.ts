// Fault injection by route id (every mode) and per-identity throttling.
import type { EmulatorHandle } from '../../emulator/index';
import { API, botToken, call, control, createPat, emulator, inDays, pats, patsUrl } from './harness';

let emu: EmulatorHandle;
let token: string;
beforeAll(async () => {
  emu = await emulator();
  token = await botToken(emu);
});
afterEach(() => control(emu, 'DELETE', 'faults'));

const arm = (fault: Record<string, unknown>) => control(emu, 'POST', 'faults', fault);
type StateView = { pats: { displayName: string; status: string }[] };

test('status: answers N for `times` requests in the route family’s shape, then recovers', async () => {
  await arm({ route: 'pats.list', action: 'status', status: 503, times: 2 });
  for (let i = 0; i < 2; i++) {
    const r = await pats(emu, token, 'GET');
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ $id: '1', typeKey: 'CircuitBreakerShortCircuitException' });
  }
  expect((await pats(emu, token, 'GET')).status).toBe(200);
  await arm({ route: 'entra.token', action: 'status', status: 500, body: { custom: true } });
  const entra = await call(`${emu.url}/${emu.tenantId}/oauth2/v2.0/token`, { body: new URLSearchParams({}) });
  expect(entra).toMatchObject({ status: 500, body: { custom: true } });
});

test('a method filter leaves other methods alone', async () => {
  await arm({ route: 'pats.create', method: 'post', action: 'status', status: 500 });
  expect((await createPat(emu, token, { displayName: 'm', validTo: inDays(1) })).status).toBe(500);
  await arm({ route: 'pats.list', method: 'DELETE', action: 'status', status: 500 });
  expect((await pats(emu, token, 'GET')).status).toBe(200);
});

test('throttle: 429 with Retry-After and X-RateLimit headers', async () => {
  await arm({ route: 'pats.create', action: 'throttle', retryAfterSeconds: 7 });
  const r = await createPat(emu, token, { displayName: 't', validTo: inDays(1) });
  expect(r.status).toBe(429);
  expect(r.headers.get('retry-after')).toBe('7');
  for (const h of ['x-ratelimit-resource', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'])
    expect(r.headers.get(h)).toBeTruthy();
  expect(String(r.body.message)).toMatch(/^TF400733: /);
});

test('delay: waits, then handles normally', async () => {
  await arm({ route: 'pats.list', action: 'delay', delayMs: 300 });
  const started = Date.now();
  expect((await pats(emu, token, 'GET')).status).toBe(200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(250);
});

test.each(['drop-before', 'reset-before'])(
  '%s: the connection closes and nothing is created',
  async (action) => {
    await arm({ route: 'pats.create', action });
    await expect(
      createPat(emu, token, { displayName: `lost-${action}`, validTo: inDays(1) }),
    ).rejects.toThrow();
    const state = await control<StateView>(emu, 'GET', 'state');
    expect(state.pats.some((p) => p.displayName === `lost-${action}`)).toBe(false);
    expect((await pats(emu, token, 'GET')).status).toBe(200);
  },
);

test('drop-after: the PAT is created (committed) but the response is lost', async () => {
  await arm({ route: 'pats.create', action: 'drop-after' });
  await expect(createPat(emu, token, { displayName: 'committed', validTo: inDays(1) })).rejects.toThrow();
  const state = await control<StateView>(emu, 'GET', 'state');
  expect(state.pats.find((p) => p.displayName === 'committed')?.status).toBe('active');
  const log = await control<{ requests: { route: string; status: number; fault?: string }[] }>(
    emu,
    'GET',
    'requests',
  );
  expect(log.requests.filter((r) => r.route === 'pats.create').at(-1)).toMatchObject({
    status: 0,
    fault: 'drop-after',
  });
});

test('commit-late: answers the error at once and commits the create afterwards', async () => {
  await arm({ route: 'pats.create', action: 'commit-late', status: 503, commitAfterMs: 1500 });
  const answer = await createPat(emu, token, { displayName: 'late', validTo: inDays(1) });
  expect(answer.status).toBe(503);
  const exists = async () =>
    (await control<StateView>(emu, 'GET', 'state')).pats.some(
      (p) => p.displayName === 'late' && p.status === 'active',
    );
  expect(await exists()).toBe(false);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  expect(await exists()).toBe(true);
});

test('drop-after on revoke: revoked although the client saw an error', async () => {
  const created = (await createPat(emu, token, { displayName: 'to-revoke', validTo: inDays(1) })).body as {
    patToken: { authorizationId: string };
  };
  await arm({ route: 'pats.revoke', action: 'drop-after' });
  await expect(
    pats(emu, token, 'DELETE', `authorizationId=${created.patToken.authorizationId}&${API}`),
  ).rejects.toThrow();
  const state = await control<StateView>(emu, 'GET', 'state');
  expect(state.pats.find((p) => p.displayName === 'to-revoke')?.status).toBe('revoked');
});

test('times: 0 means until cleared; GET lists armed faults; bad fault bodies are 400', async () => {
  await arm({ route: 'pats.list', action: 'status', status: 502, times: 0 });
  for (let i = 0; i < 3; i++) expect((await pats(emu, token, 'GET')).status).toBe(502);
  const listed = await control<{ faults: { route: string; fired: number }[] }>(emu, 'GET', 'faults');
  expect(listed.faults[0]).toMatchObject({ route: 'pats.list', fired: 3 });
  await control(emu, 'DELETE', 'faults');
  expect((await pats(emu, token, 'GET')).status).toBe(200);
  for (const bad of [
    { route: 'nope', action: 'status' },
    { route: 'pats.list', action: 'explode' },
    { route: 'pats.list', action: 'delay' },
    'x',
  ]) {
    expect((await call(`${emu.url}/_emulator/faults`, { body: JSON.stringify(bad) })).status).toBe(400);
  }
  // Several at once, as an array.
  const many = await control<{ faults: unknown[] }>(emu, 'POST', 'faults', [
    { route: 'pats.get', action: 'status', status: 500 },
    { route: 'entra.jwks', action: 'status', status: 500 },
  ]);
  expect(many.faults).toHaveLength(2);
});

test('every route id is listed for targeting', async () => {
  const routes = await control<{ routes: { id: string }[] }>(emu, 'GET', 'routes');
  const ids = routes.routes.map((r) => r.id);
  for (const id of [
    'entra.token',
    'entra.devicecode',
    'pats.list',
    'pats.get',
    'pats.create',
    'pats.update',
    'pats.revoke',
  ])
    expect(ids).toContain(id);
});

describe('throttling', () => {
  test('a per-identity budget over a sliding window, then 429 TF400733 until the window moves', async () => {
    const tight = await emulator({ config: { throttling: { budget: 3, windowSeconds: 60 } } });
    const t = await botToken(tight);
    expect((await pats(tight, t, 'GET')).status).toBe(200);
    // Usage spread over the window: the next slot frees with the oldest, usage is back to 0 with the newest.
    await control(tight, 'POST', 'clock', { advanceSeconds: 20 });
    for (let i = 0; i < 2; i++) expect((await pats(tight, t, 'GET')).status).toBe(200);
    const refused = await pats(tight, t, 'GET');
    const now = Date.parse((await control<{ now: string }>(tight, 'GET', 'clock')).now) / 1000;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(39);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(40);
    expect(Number(refused.headers.get('x-ratelimit-reset')) - now).toBeGreaterThanOrEqual(59);
    expect(Number(refused.headers.get('x-ratelimit-reset')) - now).toBeLessThanOrEqual(61);
    expect(refused.headers.get('x-ratelimit-limit')).toBe('3');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.body).toMatchObject({ typeKey: 'ClientRequestThrottledException' });
    // Another identity (anonymous, by address) has its own budget; Entra routes are not throttled.
    expect((await call(patsUrl(tight))).status).toBe(302);
    expect((await call(`${tight.url}/${tight.tenantId}/discovery/v2.0/keys`)).status).toBe(200);
    await control(tight, 'POST', 'clock', { advanceSeconds: 61 });
    const fresh = await botToken(tight);
    expect((await pats(tight, fresh, 'GET')).status).toBe(200);
  });
});

test('commit-late: a reset drops a commit still waiting, so it cannot land in the next scenario', async () => {
  await arm({ route: 'pats.create', action: 'commit-late', status: 503, commitAfterMs: 800 });
  const answer = await createPat(emu, token, { displayName: 'late-reset', validTo: inDays(1) });
  expect(answer.status).toBe(503);
  await control(emu, 'POST', 'reset');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const { pats } = await control<StateView>(emu, 'GET', 'state');
  expect(pats.some((p) => p.displayName === 'late-reset')).toBe(false);
});
