// The control API (state, request log, clock, reset, refresh-token minting) and persistence across a restart.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EmulatorHandle } from '../../emulator/index';
import { API, botToken, call, control, createPat, emulator, inDays, pats, redeem } from './harness';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await emulator();
});

test('state and the request log never contain a secret', async () => {
  const { refreshToken } = await control<{ refreshToken: string }>(emu, 'POST', 'refresh-tokens', {});
  const redeemed = await redeem(emu, refreshToken);
  const access = String(redeemed.body.access_token);
  const created = (await createPat(emu, access, { displayName: 'secret-check', validTo: inDays(1) }))
    .body as { patToken: { token: string } };
  await call(
    `${emu.url}/${emu.tenantId}/oauth2/v2.0/token?client_secret=${emu.servicePrincipal.clientSecret}`,
    {
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: emu.bot.clientId,
        username: emu.bot.username,
        password: emu.bot.password,
        scope: '499b84ac-1321-427f-aa17-267ca6975798/.default',
      }),
    },
  );
  const state = JSON.stringify(await control(emu, 'GET', 'state'));
  const log = JSON.stringify(await control(emu, 'GET', 'requests'));
  for (const secret of [
    refreshToken,
    String(redeemed.body.refresh_token),
    access,
    created.patToken.token,
    emu.bot.password,
    emu.servicePrincipal.clientSecret,
    emu.bot.refreshToken,
  ]) {
    expect(state).not.toContain(secret);
    expect(log).not.toContain(secret);
  }
  const parsed = JSON.parse(log) as {
    requests: {
      route: string;
      identity: string;
      query: Record<string, string | null>;
      status: number;
      method: string;
      path: string;
      time: string;
    }[];
  };
  const create = parsed.requests.find((r) => r.route === 'pats.create');
  expect(create).toMatchObject({
    method: 'POST',
    path: `/${emu.organization}/_apis/tokens/pats`,
    status: 200,
    identity: `user:${emu.bot.username}`,
    query: { 'api-version': API.split('=')[1] },
  });
  const token = parsed.requests.find((r) => r.query.client_secret !== undefined);
  expect(token?.query.client_secret).toBeNull();
});

test('state lists users, PAT statuses and refresh-token generations', async () => {
  const state = await control<Record<string, unknown>>(emu, 'GET', 'state');
  expect(state).toMatchObject({
    tenantId: emu.tenantId,
    organization: { name: 'contoso' },
    persisted: false,
  });
  expect(state.users).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ username: 'mfa-user@contoso.example', mfaRequired: true }),
    ]),
  );
  const generations = (state.refreshTokens as { generation: number; status: string }[]).map(
    (r) => r.generation,
  );
  expect(generations).toContain(1);
});

test('the request log can be cleared; unknown routes are logged as "unknown"', async () => {
  await control(emu, 'DELETE', 'requests');
  await call(`${emu.url}/nowhere`);
  const log = await control<{ requests: { route: string; status: number }[] }>(emu, 'GET', 'requests');
  expect(log.requests).toEqual([expect.objectContaining({ route: 'unknown', status: 404 })]);
});

test('clock: GET shows it, POST moves it forward only', async () => {
  const local = await emulator();
  const before = await control<{ offsetMs: number }>(local, 'GET', 'clock');
  expect(before.offsetMs).toBe(0);
  const after = await control<{ offsetMs: number; now: string }>(local, 'POST', 'clock', {
    advanceSeconds: 10,
    advanceMs: 5,
  });
  expect(after.offsetMs).toBe(10_005);
  expect(
    (await call(`${local.url}/_emulator/clock`, { body: JSON.stringify({ advanceSeconds: -1 }) })).status,
  ).toBe(400);
  expect((await call(`${local.url}/_emulator/clock`, { body: '{' })).status).toBe(400);
});

test('reset clears PATs, refresh tokens, faults and the clock but keeps the ready line valid', async () => {
  const local = await emulator();
  const token = await botToken(local);
  await createPat(local, token, { displayName: 'gone', validTo: inDays(1) });
  await control(local, 'POST', 'clock', { advanceSeconds: 100 });
  await control(local, 'POST', 'faults', { route: 'pats.list', action: 'status', times: 0 });
  await control(local, 'POST', 'reset');
  const state = await control<{ pats: unknown[]; clockOffsetMs: number; refreshTokens: unknown[] }>(
    local,
    'GET',
    'state',
  );
  expect(state.pats).toEqual([]);
  expect(state.clockOffsetMs).toBe(0);
  expect(state.refreshTokens).toHaveLength(1);
  expect((await control<{ faults: unknown[] }>(local, 'GET', 'faults')).faults).toEqual([]);
  expect((await redeem(local, local.bot.refreshToken)).status).toBe(200);
});

test('persistence: a restart with the same data dir keeps PATs, refresh generations, policy, clock and keys', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'emu-data-'));
  const first = await emulator({ dataDir });
  const firstRedeem = await redeem(first, first.bot.refreshToken);
  const access = String(firstRedeem.body.access_token);
  const created = (await createPat(first, access, { displayName: 'kept', validTo: inDays(3) })).body as {
    patToken: { authorizationId: string; token: string };
  };
  await control(first, 'POST', 'policy', { restrictFullScope: { enabled: true } });
  await control(first, 'POST', 'clock', { advanceSeconds: 30 });
  await first.close();
  const file = path.join(dataDir, 'state.json');
  expect(readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  const raw = readFileSync(file, 'utf8');
  expect(raw).not.toContain(created.patToken.token);

  const second = await emulator({ dataDir });
  expect(second.bot.refreshToken).toBe(first.bot.refreshToken);
  const state = await control<{
    pats: { authorizationId: string; status: string }[];
    policy: { restrictFullScope: { enabled: boolean } };
    clockOffsetMs: number;
    persisted: boolean;
  }>(second, 'GET', 'state');
  expect(state.persisted).toBe(true);
  expect(state.pats).toEqual([
    expect.objectContaining({ authorizationId: created.patToken.authorizationId, status: 'active' }),
  ]);
  expect(state.policy.restrictFullScope.enabled).toBe(true);
  expect(state.clockOffsetMs).toBe(30_000);
  // The signing keys survived: the old access token still opens the API.
  expect((await pats(second, access, 'GET')).status).toBe(200);
  // Generation 1 rotates again into generation 2.
  expect((await redeem(second, String(firstRedeem.body.refresh_token))).status).toBe(200);
  const generations = await control<{ refreshTokens: { generation: number; status: string }[] }>(
    second,
    'GET',
    'state',
  );
  expect(generations.refreshTokens.map((r) => `${r.generation}:${r.status}`)).toEqual([
    '0:superseded',
    '1:superseded',
    '2:active',
  ]);
  await second.close();
});

test('control API errors are plain JSON; approving a device code needs userCode', async () => {
  const r = await call(`${emu.url}/_emulator/devicecode/approve`, { body: JSON.stringify({}) });
  expect(r).toMatchObject({ status: 400, body: { error: 'bad_request' } });
  const missing = await call(`${emu.url}/_emulator/nothing-here`);
  expect(missing).toMatchObject({ status: 404, body: { error: 'not_found' } });
  const mint = await call(`${emu.url}/_emulator/refresh-tokens`, {
    body: JSON.stringify({ username: 'nobody' }),
  });
  expect(mint.status).toBe(400);
});

test('seed config overrides ready-line values; a bad seed is refused', async () => {
  const custom = await emulator({
    config: {
      organization: 'fabrikam',
      project: 'p1',
      bot: { password: 'pw' },
      github: { requestToken: 'rt' },
    },
  });
  expect(custom).toMatchObject({
    organization: 'fabrikam',
    project: 'p1',
    bot: { password: 'pw' },
    github: { requestToken: 'rt' },
  });
  expect(custom.azurePipelines.oidcRequestUri).toContain(`${custom.url}/fabrikam/p1/_apis/distributedtask/`);
  const t = await botToken(custom);
  expect((await pats(custom, t, 'GET')).status).toBe(200);
  await expect(emulator({ config: { tenantId: 'nope' } })).rejects.toThrow(/tenantId must be a GUID/);
  await expect(emulator({ config: { bot: { clientId: 'unregistered' } } })).rejects.toThrow(/bot.clientId/);
  await expect(emulator({ config: { pats: { revokeUnknown: 'sometimes' } } })).rejects.toThrow(
    /revokeUnknown/,
  );
});
