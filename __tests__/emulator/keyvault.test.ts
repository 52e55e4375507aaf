// Key Vault secrets over HTTPS: get, set, versions, the bearer challenge, api-version, and 403 for callers
// the seed does not grant. The secretless path (GitHub OIDC → client assertion → vault token) is covered too.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EmulatorHandle } from '../../emulator/index';
import { call, emulator, tokenRequest } from './harness';

const VAULT_SCOPE = 'https://vault.azure.net/.default';
let emu: EmulatorHandle;
let vault: string;

beforeAll(async () => {
  emu = await emulator();
  vault = emu.keyVaultUrl;
});

async function token(form: Record<string, string>): Promise<string> {
  const res = await tokenRequest(emu, form);
  expect(res.status).toBe(200);
  return String(res.body.access_token);
}

const spToken = () =>
  token({
    grant_type: 'client_credentials',
    client_id: emu.servicePrincipal.clientId,
    client_secret: emu.servicePrincipal.clientSecret,
    scope: VAULT_SCOPE,
  });

const secretUrl = (path: string, apiVersion: string | null = '7.4') =>
  `${vault}/secrets/${path}${apiVersion ? `?api-version=${apiVersion}` : ''}`;

interface Bundle {
  value: string;
  id: string;
  contentType?: string;
  attributes: Record<string, unknown>;
}

test('the granted service principal reads the seeded bot refresh token', async () => {
  const res = await call(secretUrl('bot-refresh-token'), {
    headers: { authorization: `Bearer ${await spToken()}` },
  });
  expect(res.status).toBe(200);
  const body = res.body as unknown as Bundle;
  expect(body.value === emu.bot.refreshToken).toBe(true);
  expect(body.id).toMatch(new RegExp(`^${vault}/secrets/bot-refresh-token/[0-9a-f]{32}$`));
  expect(body.attributes).toMatchObject({ enabled: true, recoveryLevel: 'Recoverable+Purgeable' });
});

test('set adds a version; get returns the latest or the one named; state shows versions without values', async () => {
  const auth = { authorization: `Bearer ${await spToken()}`, 'content-type': 'application/json' };
  const put = async (value: string) => {
    const res = await call(secretUrl('rotating'), {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ value, contentType: 'text/plain' }),
    });
    expect(res.status).toBe(200);
    return res.body as unknown as Bundle;
  };
  const first = await put('first-value');
  const second = await put('second-value');
  expect(second.contentType).toBe('text/plain');
  const latest = (await call(secretUrl('rotating'), { headers: auth })).body as unknown as Bundle;
  expect(latest.id).toBe(second.id);
  const firstVersion = first.id.split('/').pop() ?? '';
  const old = (await call(secretUrl(`rotating/${firstVersion}`), { headers: auth }))
    .body as unknown as Bundle;
  expect(old.value).toBe('first-value');

  const state = (await call(`${emu.url}/_emulator/state`)).text;
  expect(state).not.toContain('first-value');
  expect(state).not.toContain('second-value');
  const kv = (JSON.parse(state) as { keyVault: { secrets: Array<{ name: string; versions: unknown[] }> } })
    .keyVault;
  expect(kv.secrets.find((s) => s.name === 'rotating')?.versions).toHaveLength(2);
});

test('no token gets the bearer challenge', async () => {
  const res = await call(secretUrl('bot-refresh-token'));
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toBe(
    `Bearer authorization="${emu.url}/${emu.tenantId}", resource="https://vault.azure.net"`,
  );
  const body = res.body as unknown as { error: { code: string; message: string } };
  expect(body.error.code).toBe('Unauthorized');
  expect(body.error.message).toMatch(/^AKV10000/);
});

test('a token for another resource gets the challenge too', async () => {
  const adoToken = await token({
    grant_type: 'client_credentials',
    client_id: emu.servicePrincipal.clientId,
    client_secret: emu.servicePrincipal.clientSecret,
    scope: '499b84ac-1321-427f-aa17-267ca6975798/.default',
  });
  const res = await call(secretUrl('bot-refresh-token'), {
    headers: { authorization: `Bearer ${adoToken}` },
  });
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer authorization=/);
});

test('a user the seed does not grant gets 403 AccessDenied', async () => {
  const userToken = await token({
    grant_type: 'password',
    client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
    username: emu.bot.username,
    password: emu.bot.password,
    scope: VAULT_SCOPE,
  });
  const res = await call(secretUrl('bot-refresh-token'), {
    headers: { authorization: `Bearer ${userToken}` },
  });
  expect(res.status).toBe(403);
  expect(res.body).toMatchObject({
    error: { code: 'Forbidden', innererror: { code: 'AccessDenied' } },
  });
});

test('api-version is required, unknown secrets and versions are SecretNotFound', async () => {
  const auth = { authorization: `Bearer ${await spToken()}` };
  const noVersion = await call(secretUrl('bot-refresh-token', null), { headers: auth });
  expect(noVersion.status).toBe(400);
  expect((noVersion.body as unknown as { error: { code: string } }).error.code).toBe('BadParameter');
  for (const path of ['nope', `bot-refresh-token/${'0'.repeat(32)}`]) {
    const res = await call(secretUrl(path), { headers: auth });
    expect(res.status).toBe(404);
    expect((res.body as unknown as { error: { code: string } }).error.code).toBe('SecretNotFound');
  }
});

test('secretless: a GitHub OIDC token exchanged for a vault token opens the secret', async () => {
  const { requestUrl, requestToken } = emu.github;
  const oidc = await call(`${requestUrl}&audience=api://AzureADTokenExchange`, {
    headers: { authorization: `Bearer ${requestToken}` },
  });
  const assertion = (oidc.body as unknown as { value: string }).value;
  const vaultToken = await token({
    grant_type: 'client_credentials',
    client_id: emu.servicePrincipal.clientId,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
    scope: VAULT_SCOPE,
  });
  const res = await call(secretUrl('bot-refresh-token'), {
    headers: { authorization: `Bearer ${vaultToken}` },
  });
  expect(res.status).toBe(200);
});

test('versions survive a restart with a data dir', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kv-persist-'));
  try {
    const first = await emulator({ dataDir });
    const sp = { authorization: '', 'content-type': 'application/json' };
    const login = async (target: EmulatorHandle) => {
      const res = await tokenRequest(target, {
        grant_type: 'client_credentials',
        client_id: target.servicePrincipal.clientId,
        client_secret: target.servicePrincipal.clientSecret,
        scope: VAULT_SCOPE,
      });
      return { ...sp, authorization: `Bearer ${String(res.body.access_token)}` };
    };
    const put = await call(`${first.keyVaultUrl}/secrets/kept?api-version=7.4`, {
      method: 'PUT',
      headers: await login(first),
      body: JSON.stringify({ value: 'kept-value' }),
    });
    expect(put.status).toBe(200);
    await first.close();

    const second = await emulator({ dataDir });
    const res = await call(`${second.keyVaultUrl}/secrets/kept?api-version=7.4`, {
      headers: await login(second),
    });
    expect(res.status).toBe(200);
    expect((res.body as unknown as Bundle).id.split('/').pop()).toBe(
      (put.body as unknown as Bundle).id.split('/').pop(),
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
