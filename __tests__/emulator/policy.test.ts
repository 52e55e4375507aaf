// Organization and tenant PAT policies, set through POST /_emulator/policy and through the seed.
import type { EmulatorHandle } from '../../emulator/index';
import { API, botToken, call, control, createPat, emulator, inDays, pats } from './harness';

let emu: EmulatorHandle;
let token: string;
beforeAll(async () => {
  emu = await emulator();
  token = await botToken(emu);
});
beforeEach(async () => {
  await control(emu, 'POST', 'reset');
  token = await botToken(emu);
});

type PatResult = { patToken: Record<string, unknown> | null; patTokenError: string };
const create = async (body: Record<string, unknown>) =>
  (await createPat(emu, token, { displayName: 'p', ...body })).body as PatResult;

test('maximum lifespan, clamp mode: validTo becomes now + days', async () => {
  await control(emu, 'POST', 'policy', { maxLifespan: { enabled: true, days: 7 } });
  const r = await create({ validTo: inDays(30) });
  const days = (Date.parse(String(r.patToken!.validTo)) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(6.9);
  expect(days).toBeLessThan(7.01);
  expect((await create({ validTo: inDays(3) })).patTokenError).toBe('none');
});

test('maximum lifespan, reject mode, and its allow-list', async () => {
  await control(emu, 'POST', 'policy', { maxLifespan: { enabled: true, days: 7, mode: 'reject' } });
  expect(await create({ validTo: inDays(30) })).toMatchObject({
    patToken: null,
    patTokenError: 'patLifespanPolicyViolation',
  });
  await control(emu, 'POST', 'policy', { maxLifespan: { allowList: [emu.bot.username.toUpperCase()] } });
  expect((await create({ validTo: inDays(30) })).patTokenError).toBe('none');
});

test('maximum lifespan on update is measured from creation', async () => {
  const created = await create({ validTo: inDays(2) });
  await control(emu, 'POST', 'policy', { maxLifespan: { enabled: true, days: 3 } });
  const r = await pats(emu, token, 'PUT', API, {
    authorizationId: created.patToken!.authorizationId,
    validTo: inDays(20),
  });
  const days = (Date.parse(String((r.body as PatResult).patToken!.validTo)) - Date.now()) / 86_400_000;
  expect(days).toBeLessThan(3.01);
});

test('restrict full-scoped PATs (create and update)', async () => {
  const scoped = await create({ validTo: inDays(1) });
  await control(emu, 'POST', 'policy', { restrictFullScope: { enabled: true } });
  expect(await create({ scope: '' })).toMatchObject({ patTokenError: 'fullScopePatPolicyViolation' });
  expect(await create({ scope: 'app_token' })).toMatchObject({
    patTokenError: 'fullScopePatPolicyViolation',
  });
  const update = await pats(emu, token, 'PUT', API, {
    authorizationId: scoped.patToken!.authorizationId,
    scope: 'app_token',
  });
  expect(update.body).toMatchObject({ patTokenError: 'fullScopePatPolicyViolation' });
  expect((await create({ scope: 'vso.code' })).patTokenError).toBe('none');
});

test('restrict global PATs, and global creation blocked after a date', async () => {
  await control(emu, 'POST', 'policy', { restrictGlobal: { enabled: true } });
  expect(await create({ allOrgs: true })).toMatchObject({ patTokenError: 'globalPatPolicyViolation' });
  expect((await create({ allOrgs: false })).patTokenError).toBe('none');
  await control(emu, 'POST', 'policy', {
    restrictGlobal: { enabled: false },
    globalCreationBlockedAfter: '2026-03-15T00:00:00Z',
  });
  expect(await create({ allOrgs: true })).toMatchObject({ patTokenError: 'globalPATCreationBlocked' });
  await control(emu, 'POST', 'policy', { globalCreationBlockedAfter: '2999-01-01T00:00:00Z' });
  expect((await create({ allOrgs: true })).patTokenError).toBe('none');
});

test('restrict PAT creation, with an allow-list and the packaging-only option', async () => {
  await control(emu, 'POST', 'policy', { restrictCreation: { enabled: true } });
  expect(await create({ scope: 'vso.code' })).toMatchObject({
    patTokenError: 'disablePatCreationPolicyViolation',
  });
  expect(await create({ scope: 'vso.packaging' })).toMatchObject({
    patTokenError: 'disablePatCreationPolicyViolation',
  });
  await control(emu, 'POST', 'policy', { restrictCreation: { allowPackagingOnly: true } });
  expect((await create({ scope: 'vso.packaging_write' })).patTokenError).toBe('none');
  expect(await create({ scope: 'vso.packaging vso.code' })).toMatchObject({
    patTokenError: 'disablePatCreationPolicyViolation',
  });
  await control(emu, 'POST', 'policy', {
    restrictCreation: { allowList: ['b0b0b0b0-0000-4000-8000-000000000001'] },
  });
  expect((await create({ scope: 'vso.code' })).patTokenError).toBe('none');
});

test('policies can come from the seed; POST /_emulator/policy validates and reset restores the seed', async () => {
  const seeded = await emulator({ config: { policy: { restrictFullScope: { enabled: true } } } });
  const t = await botToken(seeded);
  expect((await createPat(seeded, t, { displayName: 'x', scope: '' })).body).toMatchObject({
    patTokenError: 'fullScopePatPolicyViolation',
  });
  const bad = await call(`${seeded.url}/_emulator/policy`, {
    body: JSON.stringify({ maxLifespan: { mode: 'sometimes' } }),
  });
  expect(bad.status).toBe(400);
  expect(bad.body).toMatchObject({ error: 'bad_request' });
  await control(seeded, 'POST', 'policy', { restrictFullScope: { enabled: false } });
  await control(seeded, 'POST', 'reset');
  const policy = await control<{ policy: { restrictFullScope: { enabled: boolean } } }>(
    seeded,
    'GET',
    'policy',
  );
  expect(policy.policy.restrictFullScope.enabled).toBe(true);
});
