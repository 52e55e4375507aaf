/**
 * The Key Vault source through the built action bundles (main + post), against the emulator: the job's
 * GitHub OIDC token → the federated service principal's Key Vault token → the bot's refresh token, rotated
 * and written back as a new secret version before the PAT is minted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findLeaks, distDir, runActionStep, type StepRun } from '../../scripts/harness/github-runner';
import { decodeJwtUnverified } from '../../src/core/entra/jwt';
import { maskForms } from '../../src/core/safety/secrets';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

const SECRET = 'bot-refresh-token';

interface SecretVersions {
  name: string;
  versions: { version: string }[];
}

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => emu.close());

async function control<T>(target: TestEmulator, method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${target.emulator.url}/_emulator/${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${method} ${route}: ${response.status}`);
  return (await response.json()) as T;
}

async function versions(target: TestEmulator, name = SECRET): Promise<string[]> {
  const state = await control<{ keyVault: { secrets: SecretVersions[] } }>(target, 'GET', 'state');
  return state.keyVault.secrets.find((s) => s.name === name)?.versions.map((v) => v.version) ?? [];
}

/** The service principal's own vault token (client secret), to read and plant secret values as a test. */
async function vaultToken(target: TestEmulator): Promise<string> {
  const { emulator } = target;
  const response = await fetch(`${emulator.authorityHost}/${emulator.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: emulator.servicePrincipal.clientId,
      client_secret: emulator.servicePrincipal.clientSecret,
      scope: 'https://vault.azure.net/.default',
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function secretValue(target: TestEmulator, name = SECRET): Promise<string> {
  const response = await fetch(`${target.emulator.keyVaultUrl}/secrets/${name}?api-version=7.4`, {
    headers: { Authorization: `Bearer ${await vaultToken(target)}` },
  });
  return ((await response.json()) as { value: string }).value;
}

async function plantSecret(target: TestEmulator, name: string, value: string): Promise<void> {
  const response = await fetch(`${target.emulator.keyVaultUrl}/secrets/${name}?api-version=7.4`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await vaultToken(target)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ value }),
  });
  expect(response.status).toBe(200);
}

function inputs(target: TestEmulator, extra: Record<string, string> = {}): Record<string, string> {
  const { emulator } = target;
  return {
    organization: emulator.organization,
    scopes: 'vso.code',
    'key-vault-url': emulator.keyVaultUrl,
    'key-vault-secret': SECRET,
    'client-id': emulator.bot.clientId,
    'tenant-id': emulator.tenantId,
    'azure-client-id': emulator.servicePrincipal.clientId,
    'azure-tenant-id': emulator.tenantId,
    'authority-host': emulator.authorityHost,
    'vssps-url': emulator.vsspsUrl,
    'azure-devops-url': emulator.azureDevOpsUrl,
    ...extra,
  };
}

function oidcEnv(target: TestEmulator): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: target.emulator.github.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: target.emulator.github.requestToken,
  };
}

/** The emulator's route ids of the requests since the last clear (the log names the field `route`). */
async function routes(target: TestEmulator): Promise<string[]> {
  return (await target.requests()).map(
    (r) => r.route ?? (r as unknown as { routeId?: string }).routeId ?? '',
  );
}

const allForms = (...secrets: string[]) => secrets.flatMap((secret) => maskForms(secret));

/** The JWTs a step masked, by what they are: the OIDC token, the vault token, the user's token. */
function maskedJwts(run: StepRun) {
  return run.masks
    .map((mask) => ({ mask, payload: decodeJwtUnverified(mask)?.payload }))
    .filter(
      (entry): entry is { mask: string; payload: Record<string, unknown> } => entry.payload !== undefined,
    );
}

/** Anything JWT-shaped outside the mask commands: no token of any kind may be printed or saved. */
function jwtsOutsideMasks(run: StepRun): string[] {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const places = [stdout, run.stderr, run.files.state, run.files.env, run.files.summary, run.files.output];
  return places.flatMap((text) => text.match(/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g) ?? []);
}

describe('a job with the Key Vault source', () => {
  let before: string[];
  let oldRefreshToken: string;
  let main: StepRun;
  let afterMain: string[];
  let rotatedByMain: string;
  let post: StepRun;
  let afterPost: string[];

  beforeAll(async () => {
    await emu.reset();
    before = await versions(emu);
    oldRefreshToken = await secretValue(emu);
    main = await runActionStep('main', { inputs: inputs(emu), env: oidcEnv(emu) });
    afterMain = await versions(emu);
    rotatedByMain = await secretValue(emu);
    post = await runActionStep('post', { inputs: inputs(emu), env: oidcEnv(emu), state: main.state });
    afterPost = await versions(emu);
  });

  test('the main step mints a PAT and the post step revokes it', async () => {
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.outputs.token).toHaveLength(84);
    expect(post.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    const pat = (await emu.pats()).find((p) => p.authorizationId === main.outputs['authorization-id']);
    expect(pat?.status).toBe('revoked');
  });

  test('each step writes the rotated refresh token back as a new version', () => {
    expect(before).toHaveLength(1);
    expect(afterMain).toHaveLength(2);
    expect(afterMain.slice(0, 1)).toEqual(before);
    expect(afterPost).toHaveLength(3);
    expect(rotatedByMain).not.toBe(oldRefreshToken);
    expect(main.stdout).toContain(`Stored the rotated refresh token as a new version (${afterMain[1]})`);
  });

  test('the write-back happens before the PAT is created', async () => {
    await emu.clearRequests();
    await runActionStep('main', { inputs: inputs(emu), env: oidcEnv(emu) });
    const seen = await routes(emu);
    const put = seen.indexOf('keyvault.set-secret');
    expect(seen.indexOf('keyvault.get-secret')).toBeGreaterThanOrEqual(0);
    expect(put).toBeGreaterThan(seen.indexOf('keyvault.get-secret'));
    expect(put).toBeLessThan(seen.indexOf('pats.create'));
  });

  test('every secret is masked in every form and appears nowhere else', async () => {
    const newest = await secretValue(emu);
    const refreshTokens = [oldRefreshToken, rotatedByMain, newest];
    for (const form of allForms(oldRefreshToken, rotatedByMain)) expect(main.masks).toContain(form);
    for (const form of allForms(rotatedByMain)) expect(post.masks).toContain(form);
    const token = main.outputs.token ?? '';
    const basic = main.outputs['basic-auth'] ?? '';
    expect(findLeaks(main, allForms(token, basic, ...refreshTokens))).toEqual([]);
    expect(findLeaks(post, allForms(token, basic, ...refreshTokens))).toEqual([]);
    for (const run of [main, post]) {
      const jwts = maskedJwts(run);
      const issuers = jwts.map((j) => j.payload.iss);
      const audiences = jwts.map((j) => j.payload.aud);
      expect(issuers).toContain(`${emu.emulator.url}/github-oidc`);
      expect(audiences).toContain('https://vault.azure.net');
      expect(audiences).toContain('499b84ac-1321-427f-aa17-267ca6975798');
      for (const { mask } of jwts) for (const form of maskForms(mask)) expect(run.masks).toContain(form);
      expect(jwtsOutsideMasks(run)).toEqual([]);
    }
  });

  test('a second job works with the version the first one wrote', async () => {
    const second = await runActionStep('main', { inputs: inputs(emu), env: oidcEnv(emu) });
    expect(second.errors).toEqual([]);
    expect(second.exitCode).toBe(0);
  });
});

describe('Key Vault failures each get their own message, and nothing reaches Azure DevOps', () => {
  async function failMain(target: TestEmulator, extra: Record<string, string>, env = oidcEnv(target)) {
    await target.clearRequests();
    const run = await runActionStep('main', { inputs: inputs(target, extra), env });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    const seen = await routes(target);
    expect(seen.filter((id) => id.startsWith('pats.'))).toEqual([]);
    expect(run.state).toEqual({});
    return run.errors[0] ?? '';
  }

  beforeAll(async () => emu.reset());

  test('the OIDC permission is missing', async () => {
    const error = await failMain(emu, {}, {});
    expect(error).toContain('GitHub OIDC token is not available');
    expect(error).toContain('id-token: write');
  });

  test('the secret does not exist', async () => {
    const error = await failMain(emu, { 'key-vault-secret': 'no-such-secret' });
    expect(error).toContain('has no secret "no-such-secret"');
    expect(error).toContain('SecretNotFound');
    expect(error).toContain('ado-ephemeral-pat login');
  });

  test.each([
    ['empty', '   ', 'it is empty'],
    ['a JWT', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln', 'it is a JWT'],
    ['with whitespace inside', '0.AAAA refresh token pasted twice 0.AAAA', 'whitespace'],
    ['too short', 'abc', 'characters long'],
  ])('the secret holds no refresh token: %s', async (_label, value, reason) => {
    await plantSecret(emu, 'not-a-token', value);
    const error = await failMain(emu, { 'key-vault-secret': 'not-a-token' });
    expect(error).toContain('does not hold a refresh token');
    expect(error).toContain(reason);
    if (value.trim().length >= 8) expect(error).not.toContain(value.trim());
  });

  test('the refresh token in the vault was revoked: log in again and store into the vault', async () => {
    await plantSecret(emu, 'stale-token', `0.emu.${'x'.repeat(43)}`);
    const error = await failMain(emu, { 'key-vault-secret': 'stale-token' });
    expect(error).toContain('read from the Key Vault secret "stale-token"');
    expect(error).toContain('--key-vault-secret stale-token');
  });

  test('the vault denies the job identity', async () => {
    const denied = await startTestEmulator({ keyVault: { authorization: 'rbac', access: [] } });
    try {
      const error = await failMain(denied, {});
      expect(error).toContain('HTTP 403, ForbiddenByRbac');
      expect(error).toContain('Key Vault Secrets Officer');
    } finally {
      await denied.close();
    }
  });

  test("no federated credential matches the job's subject", async () => {
    const other = await startTestEmulator({ oidc: { github: { ref: 'refs/heads/feature' } } });
    try {
      const error = await failMain(other, {});
      expect(error).toContain('AADSTS700213');
      expect(error).toContain('subject "repo:octo/demo:ref:refs/heads/feature"');
      expect(error).toContain('Federated credentials');
    } finally {
      await other.close();
    }
  });

  test("an unknown azure-client-id: Entra's AADSTS700016 with the job identity's fix, not the bot's", async () => {
    const error = await failMain(emu, { 'azure-client-id': '0badc0de-0000-4000-8000-000000000016' });
    expect(error).toContain('AADSTS700016');
    expect(error).toContain('Fix: Check the `azure-client-id` and `azure-tenant-id` inputs');
    expect(error).not.toContain('public client flows');
  });

  test('azure-client-id is missing: refused before any request', async () => {
    const error = await failMain(emu, { 'azure-client-id': '' });
    expect(error).toContain('azure-client-id');
    expect(await emu.requests()).toEqual([]);
  });
});

describe('the bundles', () => {
  test('@azure/identity is a separate chunk that the refresh-token path never loads', () => {
    const chunk = readFileSync(path.join(distDir, 'chunks', 'azure-identity.js'), 'utf8');
    const marker = 'AZURE_FEDERATED_TOKEN_FILE';
    expect(chunk).toContain(marker);
    for (const entry of ['action/main.js', 'action/post.js', 'cli/index.js', 'task/main.js']) {
      const bundle = readFileSync(path.join(distDir, entry), 'utf8');
      expect(bundle).not.toContain(marker);
      expect(bundle).not.toContain('@azure/msal-node');
    }
    const main = readFileSync(path.join(distDir, 'action', 'main.js'), 'utf8');
    expect(main).toContain('require("../chunks/azure-identity.js")');
  });
});
