// REST resources a PAT can open, over HTTPS with Node fetch: connectionData, projects and work items, with
// scope checks (catalogue implications included) and the real refusals for revoked and expired PATs.
import type { EmulatorHandle } from '../../emulator/index';
import { API, botToken, call, control, createPat, emulator, pats } from './harness';

let emu: EmulatorHandle;
let org: string;

beforeAll(async () => {
  emu = await emulator();
  org = `${emu.url}/${emu.organization}`;
});

async function mintPat(scope: string, lifetimeMs = 3600_000) {
  const res = await createPat(emu, await botToken(emu), {
    displayName: `rest test ${scope}`,
    scope,
    validTo: new Date(Date.now() + lifetimeMs).toISOString(),
  });
  const { patToken } = res.body as { patToken: { token: string; authorizationId: string } };
  // The user name is ignored, as on the real service.
  const basic = `Basic ${Buffer.from(`any-user:${patToken.token}`).toString('base64')}`;
  return { id: patToken.authorizationId, headers: { authorization: basic } };
}

const revoke = async (id: string) => pats(emu, await botToken(emu), 'DELETE', `${API}&authorizationId=${id}`);

describe('connectionData', () => {
  test('any live PAT gets the caller', async () => {
    const pat = await mintPat('vso.work');
    const res = await call(`${org}/_apis/connectionData`, { headers: pat.headers });
    expect(res.status).toBe(200);
    const body = res.body as unknown as Record<string, Record<string, unknown>>;
    expect(body.authenticatedUser?.providerDisplayName).toBe(emu.bot.username);
    expect(body.authorizedUser?.id).toBe(body.authenticatedUser?.id);
    expect(body.instanceId).toBeDefined();
    expect(body.locationServiceData).toBeDefined();
  });

  test('no credential gets 401 with the challenges and the resource tenant', async () => {
    const res = await call(`${org}/_apis/connectionData`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/Basic realm="/);
    expect(res.headers.get('x-vss-resourcetenant')).toBe(emu.tenantId);
  });

  test('a revoked PAT gets 401 with X-TFS-ServiceError', async () => {
    const pat = await mintPat('vso.work');
    expect((await revoke(pat.id)).status).toBe(204);
    const res = await call(`${org}/_apis/connectionData`, { headers: pat.headers });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/Basic realm="/);
    expect(res.headers.get('x-tfs-processid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(decodeURIComponent(res.headers.get('x-tfs-serviceerror') ?? '')).toMatch(/revoked/);
  });
});

describe('projects', () => {
  test.each([
    ['vso.project', 200],
    ['vso.project_manage', 200],
    ['app_token', 200],
    ['vso.work', 401],
  ])('with %s → %i', async (scope, status) => {
    const pat = await mintPat(scope);
    const res = await call(`${org}/_apis/projects?api-version=7.1`, { headers: pat.headers });
    expect(res.status).toBe(status);
    const body = res.body as unknown as {
      value?: Array<{ name: string }>;
      message?: string;
      typeKey?: string;
    };
    if (status === 200) {
      expect(body.value?.[0]?.name).toBe(emu.project);
    } else {
      expect(body.typeKey).toBe('UnauthorizedRequestException');
      expect(body.message).toMatch(/^TF400813/);
    }
  });
});

describe('work items', () => {
  const item = (id: number | string) => `${org}/${emu.project}/_apis/wit/workitems/${id}?api-version=7.1`;
  const patch = (headers: Record<string, string>, body: unknown, type = 'application/json-patch+json') =>
    call(item(1), {
      method: 'PATCH',
      headers: { ...headers, 'content-type': type },
      body: JSON.stringify(body),
    });
  const retitle = [{ op: 'replace', path: '/fields/System.Title', value: 'Retitled by a PAT' }];

  test('vso.work reads and cannot write', async () => {
    const pat = await mintPat('vso.work');
    const res = await call(item(1), { headers: pat.headers });
    expect(res.status).toBe(200);
    expect((res.body as unknown as { id: number }).id).toBe(1);
    expect((await patch(pat.headers, retitle)).status).toBe(401);
  });

  test('vso.work_write edits with JSON Patch', async () => {
    const pat = await mintPat('vso.work_write');
    const res = await patch(pat.headers, [{ op: 'test', path: '/rev', value: 1 }, ...retitle]);
    expect(res.status).toBe(200);
    const body = res.body as unknown as { rev: number; fields: Record<string, unknown> };
    expect(body.rev).toBe(2);
    expect(body.fields['System.Title']).toBe('Retitled by a PAT');
    const again = await patch(pat.headers, [{ op: 'test', path: '/rev', value: 1 }, ...retitle]);
    expect(again.status).toBe(412);
  });

  test('wrong content type, bad document and unknown id get the real errors', async () => {
    const pat = await mintPat('vso.work_write');
    expect((await patch(pat.headers, retitle, 'application/json')).status).toBe(415);
    expect((await patch(pat.headers, { not: 'a patch' })).status).toBe(400);
    const missing = await call(item(999), { headers: pat.headers });
    expect(missing.status).toBe(404);
    expect((missing.body as unknown as { message: string }).message).toMatch(/^TF401232/);
  });
});

test('an expired PAT gets 401 with the expired service error', async () => {
  const pat = await mintPat('vso.project', 10 * 60_000);
  expect((await call(`${org}/_apis/connectionData`, { headers: pat.headers })).status).toBe(200);
  await control(emu, 'POST', 'clock', { advanceSeconds: 11 * 60 });
  const res = await call(`${org}/_apis/connectionData`, { headers: pat.headers });
  expect(res.status).toBe(401);
  expect(res.headers.get('x-tfs-serviceerror')).toBe(
    'Access%20Denied%3A%20The%20Personal%20Access%20Token%20used%20has%20expired.',
  );
});
