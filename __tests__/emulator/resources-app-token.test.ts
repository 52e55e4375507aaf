// A service principal's (app) Entra token as `Bearer` on REST and git: a member of the organization
// (`organizationServicePrincipals`) gets in, any other identity gets Azure DevOps' 401 TF401444.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EmulatorHandle } from '../../emulator/index';
import { ADO, call, decodeJwt, emulator, tokenRequest } from './harness';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'app-token-test-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function appToken(emu: EmulatorHandle): Promise<string> {
  const res = await tokenRequest(emu, {
    grant_type: 'client_credentials',
    client_id: emu.servicePrincipal.clientId,
    client_secret: emu.servicePrincipal.clientSecret,
    scope: `${ADO}/.default`,
  });
  expect(res.status).toBe(200);
  return (res.body as { access_token: string }).access_token;
}

function gitClone(emu: EmulatorHandle, token: string, dir: string): Promise<number> {
  const url = `${emu.url}/${emu.organization}/${emu.project}/_git/${emu.repository}`;
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_SSL_CAINFO: process.env.GIT_SSL_CAINFO ?? '',
  };
  const args = ['-c', `http.extraheader=AUTHORIZATION: Bearer ${token}`, 'clone', '--quiet', url, dir];
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
}

describe('a service principal added to the organization (the default seed)', () => {
  let emu: EmulatorHandle;
  let token: string;
  beforeAll(async () => {
    emu = await emulator();
    token = await appToken(emu);
  });

  test('its app token opens REST', async () => {
    expect(decodeJwt(token)).toMatchObject({ idtyp: 'app', aud: ADO });
    const res = await call(`${emu.url}/${emu.organization}/_apis/connectionData`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
  });

  test('and git', async () => {
    expect(await gitClone(emu, token, path.join(tmp, 'member'))).toBe(0);
  });
});

describe('a service principal that is not a member', () => {
  let emu: EmulatorHandle;
  let token: string;
  beforeAll(async () => {
    emu = await emulator({ config: { organizationServicePrincipals: [] } });
    token = await appToken(emu);
  });

  test('gets 401 TF401444 on REST, with the challenges', async () => {
    const res = await call(`${emu.url}/${emu.organization}/_apis/connectionData`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(401);
    const oid = String(decodeJwt(token).oid);
    expect((res.body as { message: string }).message).toBe(
      `TF401444: Please sign-in at least once as ${emu.tenantId}\\${emu.tenantId}\\${oid} in a web browser ` +
        'to enable access to the service.',
    );
    expect(res.headers.get('www-authenticate')).toMatch(/Bearer authorization_uri=/);
  });

  test('and cannot clone', async () => {
    expect(await gitClone(emu, token, path.join(tmp, 'outsider'))).not.toBe(0);
  });
});

test('the member list must be an array of ids', async () => {
  await expect(emulator({ config: { organizationServicePrincipals: 'all' } })).rejects.toThrow(
    /organizationServicePrincipals must be an array of strings/,
  );
});
