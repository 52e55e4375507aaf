/**
 * Token type entra in the built task: the agent's oidctoken endpoint for the service connection -> the
 * connection's service principal's Entra token for Azure DevOps, which a later step's git clone and a REST call
 * use as `Authorization: Bearer`; the post-job step has nothing to revoke.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  findLeaks,
  runTaskStep,
  taskVariablesOf,
  type TaskStepOptions,
  type TaskStepRun,
} from '../../scripts/harness/azure-pipelines-agent';
import { laterStepGitEnv } from '../../scripts/harness/github-runner';
import { decodeJwtUnverified } from '../../src/core/entra/jwt';
import { maskForms } from '../../src/core/safety/secrets';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

const AZURE_DEVOPS = '499b84ac-1321-427f-aa17-267ca6975798';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => emu.close());

function job(inputs: Record<string, string> = {}): TaskStepOptions {
  const { emulator } = emu;
  const connectionId = emulator.azurePipelines.serviceConnectionId;
  return {
    inputs: {
      tokenType: 'entra',
      azureSubscription: connectionId,
      authorityHost: emulator.authorityHost,
      azureDevOpsUrl: emulator.azureDevOpsUrl,
      ...inputs,
    },
    variables: {
      'System.CollectionUri': `${emulator.azureDevOpsUrl}/${emulator.organization}/`,
      'System.OidcRequestUri': emulator.azurePipelines.oidcRequestUri,
    },
    systemAccessToken: emulator.azurePipelines.accessToken,
    serviceConnections: [
      {
        id: connectionId,
        parameters: {
          serviceprincipalid: emulator.servicePrincipal.clientId,
          tenantid: emulator.tenantId,
          workloadIdentityFederationSubject: `sc://${emulator.organization}/${emulator.project}/kv-connection`,
        },
        data: { subscriptionId: '00000000-0000-4000-8000-00000000000a', environment: 'AzureCloud' },
      },
    ],
  };
}

/** What a later script step gets in its environment: the non-secret variables the task set. */
function laterStepVariables(run: TaskStepRun): Record<string, string> {
  return Object.fromEntries(
    Object.entries(run.variables)
      .filter(([, variable]) => !variable.secret && !variable.isOutput)
      .map(([name, variable]) => [name, variable.value]),
  );
}

describe('a pipeline job with tokenType entra', () => {
  let main: TaskStepRun;
  let post: TaskStepRun;
  let postRoutes: string[];

  beforeAll(async () => {
    await emu.reset();
    main = await runTaskStep('main', job({ gitCredentials: 'true', exportVariable: 'ADO_BEARER' }));
    await emu.clearRequests();
    post = await runTaskStep('post', { ...job(), taskVariables: taskVariablesOf(main) });
    postRoutes = (await emu.requests()).map((request) => request.route);
  });

  test("the token output is the connection's Entra token for Azure DevOps; no PAT is minted", async () => {
    expect(main.errors).toEqual([]);
    expect(main.warnings).toEqual([]);
    expect(main.result).not.toBe('Failed');
    const token = main.variables.token;
    expect(token).toMatchObject({ secret: true, isOutput: true });
    const claims = decodeJwtUnverified(token?.value ?? '')?.payload ?? {};
    expect(claims).toMatchObject({
      aud: AZURE_DEVOPS,
      idtyp: 'app',
      appid: emu.emulator.servicePrincipal.clientId,
    });
    expect(main.variables.expiresAt?.value).toBe(new Date(Number(claims.exp) * 1000).toISOString());
    expect(main.variables.basicAuth?.value).toBe('');
    expect(main.variables.authorizationId?.value).toBe('');
    expect(main.variables.ADO_BEARER).toEqual({ value: token?.value, secret: true, isOutput: false });
    expect(await emu.pats()).toEqual([]);
  });

  test('a later step clones with the bearer token', async () => {
    const { organization, azureDevOpsUrl, project, repository, caCertFile } = emu.emulator;
    const exported = laterStepVariables(main);
    expect(exported.GIT_CONFIG_VALUE_0).toBe(`AUTHORIZATION: Bearer ${main.variables.token?.value}`);
    const work = mkdtempSync(path.join(tmpdir(), 'ap-bearer-'));
    const env = laterStepGitEnv(work, caCertFile, exported);
    const remote = `${azureDevOpsUrl}/${organization}/${project}/_git/${repository}`;
    await expect(
      promisify(execFile)('git', ['clone', '--quiet', remote, path.join(work, 'repo')], { env }),
    ).resolves.toBeDefined();
  });

  test('a REST call with the token works', async () => {
    const { azureDevOpsUrl, organization } = emu.emulator;
    const response = await fetch(`${azureDevOpsUrl}/${organization}/_apis/connectionData`, {
      headers: { Authorization: `Bearer ${main.variables.token?.value}` },
    });
    expect(response.status).toBe(200);
  });

  test('the post-job step says there is nothing to revoke and sends nothing', () => {
    expect(post.errors).toEqual([]);
    expect(post.warnings).toEqual([]);
    expect(post.result).not.toBe('Failed');
    expect(post.plainLines.join('\n')).toContain(
      'Nothing to revoke: with `tokenType` entra the task handed out an Entra access token',
    );
    expect(postRoutes).toEqual([]);
  });

  test('the OIDC token and the access token are masked in every form and leak nowhere', () => {
    const jwts = main.secrets.filter((secret) => decodeJwtUnverified(secret) !== undefined);
    const issuers = jwts.map((jwt) => decodeJwtUnverified(jwt)?.payload.iss);
    expect(issuers).toContainEqual(expect.stringContaining('/azure-pipelines-oidc/'));
    expect(jwts).toContain(main.variables.token?.value);
    const forms = jwts.flatMap((jwt) => maskForms(jwt));
    for (const form of forms) expect(main.secrets).toContain(form);
    // The git header is a plain variable (later steps' environment) holding the masked token, as in PAT mode.
    const gitValue = (command: { name: string; properties: Record<string, string> }) =>
      command.name === 'task.setvariable' && command.properties.variable === 'GIT_CONFIG_VALUE_0';
    expect(findLeaks(main, forms, gitValue)).toEqual([]);
    expect(findLeaks(post, forms)).toEqual([]);
  });
});

test('scopes with tokenType entra fail before any request, naming the task input', async () => {
  await emu.clearRequests();
  const main = await runTaskStep('main', job({ scopes: 'vso.code' }));
  expect(main.result).toBe('Failed');
  expect(main.errors).toHaveLength(1);
  expect(main.errors[0]).toMatch(/Only for `tokenType` pat: `scopes`\./);
  expect(await emu.requests()).toEqual([]);
});
