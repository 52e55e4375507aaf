/**
 * The Key Vault source in the built task, through an Azure Resource Manager service connection with workload
 * identity federation: the agent's oidctoken endpoint (Bearer System.AccessToken) -> the connection's service
 * principal's Key Vault token -> the bot's refresh token, rotated and written back -> the PAT.
 */
import { decodeJwtUnverified } from '../../src/core/entra/jwt';
import {
  findLeaks,
  runTaskStep,
  taskVariablesOf,
  type TaskStepOptions,
  type TaskStepRun,
} from '../../scripts/harness/azure-pipelines-agent';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => emu.close());

function job(
  overrides: { inputs?: Record<string, string>; accessToken?: string; connection?: boolean } = {},
): TaskStepOptions {
  const { emulator } = emu;
  const connectionId = emulator.azurePipelines.serviceConnectionId;
  return {
    inputs: {
      scopes: 'vso.code',
      keyVaultUrl: emulator.keyVaultUrl,
      keyVaultSecret: 'bot-refresh-token',
      clientId: emulator.bot.clientId,
      tenantId: emulator.tenantId,
      authorityHost: emulator.authorityHost,
      vsspsUrl: emulator.vsspsUrl,
      azureDevOpsUrl: emulator.azureDevOpsUrl,
      ...(overrides.connection === false ? {} : { azureSubscription: connectionId }),
      ...overrides.inputs,
    },
    variables: {
      'System.CollectionUri': `${emulator.azureDevOpsUrl}/${emulator.organization}/`,
      'System.OidcRequestUri': emulator.azurePipelines.oidcRequestUri,
    },
    systemAccessToken: overrides.accessToken ?? emulator.azurePipelines.accessToken,
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

/** JWTs the step registered with task.setsecret, decoded. */
function maskedJwts(run: TaskStepRun) {
  return run.secrets
    .map((secret) => decodeJwtUnverified(secret)?.payload)
    .filter((payload): payload is Record<string, unknown> => payload !== undefined);
}

describe('a job that reads the refresh token from Key Vault with the service connection', () => {
  let main: TaskStepRun;
  let post: TaskStepRun;

  beforeAll(async () => {
    await emu.reset();
    main = await runTaskStep('main', job());
    post = await runTaskStep('post', { ...job(), taskVariables: taskVariablesOf(main) });
  });

  test('mints in main and revokes in the post-job step', async () => {
    expect(main.errors).toEqual([]);
    expect(main.result).not.toBe('Failed');
    expect(main.variables.token?.value).toHaveLength(84);
    expect(post.errors).toEqual([]);
    expect(post.warnings).toEqual([]);
    const pat = (await emu.pats()).find((p) => p.authorizationId === main.variables.authorizationId?.value);
    expect(pat?.status).toBe('revoked');
  });

  test('the service connection OIDC token, the vault token and the user token are all masked', () => {
    for (const run of [main, post]) {
      const jwts = maskedJwts(run);
      const oidc = jwts.find((payload) => String(payload.iss).includes('/azure-pipelines-oidc/'));
      expect(oidc?.sub).toBe(`sc://${emu.emulator.organization}/${emu.emulator.project}/kv-connection`);
      expect(jwts.map((payload) => payload.aud)).toContain('https://vault.azure.net');
      expect(jwts.map((payload) => payload.aud)).toContain('499b84ac-1321-427f-aa17-267ca6975798');
      expect(run.secrets).toContain(emu.emulator.azurePipelines.accessToken);
    }
  });

  test('no token of any kind appears outside the commands that carry it', () => {
    for (const run of [main, post]) {
      const jwts = run.secrets.filter((secret) => decodeJwtUnverified(secret) !== undefined);
      const secrets = [...jwts, emu.emulator.azurePipelines.accessToken, main.variables.token?.value ?? ''];
      expect(jwts.length).toBeGreaterThanOrEqual(3);
      expect(findLeaks(run, secrets)).toEqual([]);
    }
  });
});

describe('service connection failures are reported before anything reaches Azure DevOps', () => {
  async function failMain(options: TaskStepOptions): Promise<{ run: TaskStepRun; routes: string[] }> {
    await emu.clearRequests();
    const run = await runTaskStep('main', options);
    expect(run.exitCode).toBe(1);
    expect(run.result).toBe('Failed');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('Fix:');
    const routes = (await emu.requests()).map((request) => request.route);
    expect(routes.filter((id) => id.startsWith('pats.'))).toEqual([]);
    return { run, routes };
  }

  test('no azureSubscription: says to set it', async () => {
    const { run, routes } = await failMain(job({ connection: false }));
    expect(run.errors[0]).toMatch(/azureSubscription/);
    expect(routes).toEqual([]);
  });

  test('the agent refuses the OIDC token request', async () => {
    const { run, routes } = await failMain(job({ accessToken: 'not-the-system-access-token' }));
    expect(routes).toContain('oidc.azure-pipelines.token');
    expect(run.errors[0]).toMatch(/OIDC token/);
    expect(run.errors[0]).toMatch(/401/);
  });
});

describe('the service connection with another credential source', () => {
  test('the warning names azureSubscription, the input the pipeline set', async () => {
    await emu.reset();
    const main = await runTaskStep(
      'main',
      job({ inputs: { keyVaultUrl: '', keyVaultSecret: '', refreshToken: emu.emulator.bot.refreshToken } }),
    );
    expect(main.errors).toEqual([]);
    expect(main.warnings).toEqual([
      'Ignoring `azureSubscription`: the refresh-token credential source does not use them.',
    ]);
  });
});
