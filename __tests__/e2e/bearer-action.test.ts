/**
 * `token-type: entra` through the built action bundles, against the emulator: the runner's OIDC token -> the
 * federated service principal's Entra token for Azure DevOps, used as `Authorization: Bearer` by git (a later
 * step's clone) and by a REST call; no bot user, no PAT, nothing for the post step to revoke.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findLeaks, laterStepGitEnv, runActionStep, type StepRun } from '../../scripts/harness/github-runner';
import { decodeJwtUnverified } from '../../src/core/entra/jwt';
import { maskForms } from '../../src/core/safety/secrets';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

const AZURE_DEVOPS = '499b84ac-1321-427f-aa17-267ca6975798';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => emu.close());

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  const { emulator } = emu;
  return {
    'token-type': 'entra',
    organization: emulator.organization,
    'azure-client-id': emulator.servicePrincipal.clientId,
    'azure-tenant-id': emulator.tenantId,
    'authority-host': emulator.authorityHost,
    'azure-devops-url': emulator.azureDevOpsUrl,
    ...extra,
  };
}

function oidcEnv(): Record<string, string> {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: emu.emulator.github.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.emulator.github.requestToken,
  };
}

/** The JWTs the step registered with `::add-mask::`, whole (not one of their derived forms). */
function maskedJwts(run: StepRun): { token: string; claims: Record<string, unknown> }[] {
  return run.masks.flatMap((mask) => {
    const claims = decodeJwtUnverified(mask)?.payload;
    return claims ? [{ token: mask, claims }] : [];
  });
}

describe('a job with token-type entra', () => {
  let main: StepRun;
  let post: StepRun;
  let postRoutes: string[];

  beforeAll(async () => {
    await emu.reset();
    main = await runActionStep('main', {
      inputs: inputs({ 'git-credentials': 'true', 'export-variable': 'ADO_BEARER' }),
      env: oidcEnv(),
    });
    await emu.clearRequests();
    post = await runActionStep('post', { inputs: inputs(), env: oidcEnv(), state: main.state });
    postRoutes = (await emu.requests()).map((request) => request.route);
  });

  test("the outputs are the service principal's Entra token for Azure DevOps, and no PAT", async () => {
    expect(main.errors).toEqual([]);
    expect(main.warnings).toEqual([]);
    expect(main.exitCode).toBe(0);
    const token = main.outputs.token ?? '';
    const claims = decodeJwtUnverified(token)?.payload ?? {};
    expect(claims).toMatchObject({
      aud: AZURE_DEVOPS,
      idtyp: 'app',
      appid: emu.emulator.servicePrincipal.clientId,
    });
    expect(main.outputs['expires-at']).toBe(new Date(Number(claims.exp) * 1000).toISOString());
    expect(main.outputs.scopes).toBe(`${AZURE_DEVOPS}/.default`);
    expect(main.outputs['basic-auth']).toBe('');
    expect(main.outputs['authorization-id']).toBe('');
    expect(main.outputs['display-name']).toBe('');
    expect(await emu.pats()).toEqual([]);
  });

  test('a later step clones with the bearer token through git environment configuration', async () => {
    const { organization, azureDevOpsUrl, project, repository, caCertFile } = emu.emulator;
    expect(main.env.GIT_CONFIG_VALUE_0).toBe(`AUTHORIZATION: Bearer ${main.outputs.token}`);
    const work = mkdtempSync(path.join(tmpdir(), 'gh-bearer-'));
    const env = laterStepGitEnv(work, caCertFile, main.env);
    const remote = `${azureDevOpsUrl}/${organization}/${project}/_git/${repository}`;
    await expect(
      promisify(execFile)('git', ['clone', '--quiet', remote, path.join(work, 'repo')], { env }),
    ).resolves.toBeDefined();
  });

  test('a REST call with the exported token is answered for the service principal', async () => {
    const { azureDevOpsUrl, organization, caCertFile } = emu.emulator;
    expect(caCertFile).toBeTruthy();
    const response = await fetch(`${azureDevOpsUrl}/${organization}/_apis/connectionData`, {
      headers: { Authorization: `Bearer ${main.env.ADO_BEARER}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { authenticatedUser: { providerDisplayName: string } };
    expect(body.authenticatedUser.providerDisplayName).toBe(emu.emulator.servicePrincipal.clientId);
  });

  test('the post step says there is nothing to revoke and sends nothing', () => {
    expect(post.exitCode).toBe(0);
    expect(post.errors).toEqual([]);
    expect(post.warnings).toEqual([]);
    expect(post.stdout).toContain(
      'Nothing to revoke: with `token-type` entra the main step handed out an Entra access token',
    );
    expect(post.stdout).toContain(main.outputs['expires-at']);
    expect(postRoutes).toEqual([]);
  });

  test('the state records the mode and the expiry, never a token', () => {
    expect(main.state).toEqual({ tokenType: 'entra', expiresAt: main.outputs['expires-at'] });
  });

  test('the OIDC token and the access token are masked in every form and leak nowhere', () => {
    const jwts = maskedJwts(main);
    const issuers = jwts.map((jwt) => jwt.claims.iss);
    expect(issuers).toContain(`${emu.emulator.url}/github-oidc`);
    expect(jwts.map((jwt) => jwt.token)).toContain(main.outputs.token);
    const forms = jwts.flatMap((jwt) => maskForms(jwt.token));
    for (const form of forms) expect(main.masks).toContain(form);
    // The env file holds the token where the workflow asked for it (git configuration, ADO_BEARER).
    expect(findLeaks(main, forms, ['output', 'env'])).toEqual([]);
    expect(findLeaks(post, forms)).toEqual([]);
  });
});

describe('token-type entra refuses what only applies to a PAT', () => {
  test.each([
    ['scopes', { scopes: 'vso.code' }, /Only for `token-type` pat: `scopes`\./],
    ['a lifetime', { lifetime: '2h' }, /Only for `token-type` pat: `lifetime`\./],
    ['revoke: false', { revoke: 'false' }, /Only for `token-type` pat: `revoke`\./],
    ['dry-run: true', { 'dry-run': 'true' }, /Only for `token-type` pat: `dry-run`\./],
    [
      'a bot credential',
      { 'refresh-token': 'x'.repeat(40), 'client-id': 'a11ce000-0000-4000-8000-0000000000c1' },
      /Only for `token-type` pat: `refresh-token`, `client-id`\./,
    ],
  ])('%s: fails before any request', async (_what, extra, message) => {
    await emu.clearRequests();
    const main = await runActionStep('main', { inputs: inputs(extra), env: oidcEnv() });
    expect(main.exitCode).toBe(1);
    expect(main.errors).toHaveLength(1);
    expect(main.errors[0]).toMatch(message);
    expect(main.errors[0]).toContain('Fix:');
    expect(await emu.requests()).toEqual([]);
    expect(main.outputs).toEqual({});
  });

  test('without id-token: write the failure says how to grant it', async () => {
    const main = await runActionStep('main', { inputs: inputs() });
    expect(main.exitCode).toBe(1);
    expect(main.errors[0]).toMatch(/id-token: write/);
    expect(main.state).toEqual({});
  });
});
