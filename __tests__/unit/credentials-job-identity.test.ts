/** The job identity's Azure DevOps token: OIDC token -> client credentials with client_assertion, no @azure/identity. */
import type { CredentialContext } from '../../src/core/credentials';
import { jobAzureDevOpsToken } from '../../src/core/credentials/job-identity-token';
import { HttpClient } from '../../src/core/net/http';
import { failure } from '../helpers/expect-failure';
import { fakeClock, fakeJwt, StubServer } from '../helpers/stub-server';

const CLIENT = '5e7c1e00-0000-4000-8000-0000000000a1';
const TENANT = '72f988bf-0000-4000-8000-00000000e1e1';
const ADO = '499b84ac-1321-427f-aa17-267ca6975798';
const OIDC = fakeJwt({
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:octo/demo:ref:refs/heads/dev',
  aud: 'api://AzureADTokenExchange',
});

let stub: StubServer;
beforeEach(async () => {
  stub = await StubServer.start();
});
afterEach(async () => {
  await stub.close();
});

function context(withIdentity = true) {
  const getIdToken = withIdentity ? () => Promise.resolve(OIDC) : undefined;
  const clock = fakeClock();
  const masked: string[] = [];
  const audiences: string[] = [];
  const ctx: CredentialContext = {
    http: new HttpClient({ sleep: clock.sleep, now: clock.now, random: () => 0 }),
    endpoints: {
      authorityHost: stub.url,
      vsspsUrl: 'https://vssps.example',
      azureDevOpsUrl: 'https://dev.example',
    },
    mask: (secret) => masked.push(secret),
    warn: () => undefined,
    info: () => undefined,
    debug: () => undefined,
    getIdToken:
      getIdToken &&
      ((audience) => {
        audiences.push(audience);
        return getIdToken();
      }),
  };
  return { ctx, masked, audiences };
}

const appToken = (exp: number) => fakeJwt({ aud: ADO, idtyp: 'app', appid: CLIENT, exp });

describe("the job identity's Azure DevOps token", () => {
  it('exchanges the OIDC token with client_assertion for the Azure DevOps .default scope', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3599;
    const access = appToken(exp);
    stub.reply({ body: { token_type: 'Bearer', expires_in: 3599, access_token: access } });
    const { ctx, masked, audiences } = context();
    const token = await jobAzureDevOpsToken(ctx, { clientId: CLIENT, tenantId: TENANT });
    expect(audiences).toEqual(['api://AzureADTokenExchange']);
    const request = stub.requests[0];
    expect(request?.path).toBe(`/${TENANT}/oauth2/v2.0/token`);
    expect(Object.fromEntries(request?.form ?? [])).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT,
      scope: `${ADO}/.default`,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: OIDC,
    });
    expect(token).toEqual({ accessToken: access, expiresOn: new Date(exp * 1000), scope: `${ADO}/.default` });
    expect(masked).toEqual([OIDC, access]);
  });

  it('reports the scope Entra granted when it says one', async () => {
    stub.reply({
      body: { access_token: appToken(2_000_000_000), expires_in: 60, scope: `${ADO}/.default extra` },
    });
    const token = await jobAzureDevOpsToken(context().ctx, { clientId: CLIENT, tenantId: TENANT });
    expect(token.scope).toBe(`${ADO}/.default extra`);
  });

  it('without a job identity on this platform, says where it works and sends nothing', async () => {
    const error = await failure(
      jobAzureDevOpsToken(context(false).ctx, { clientId: CLIENT, tenantId: TENANT }),
    );
    expect(error.code).toBe('oidc_unavailable');
    expect(error.fix).toMatch(/id-token: write/);
    expect(stub.requests).toHaveLength(0);
  });

  it('names the presented issuer and subject when no federated credential matches', async () => {
    stub.reply({
      status: 400,
      body: {
        error: 'invalid_client',
        error_description:
          "AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:octo/demo:ref:refs/heads/dev'.",
        error_codes: [700213],
      },
    });
    const error = await failure(jobAzureDevOpsToken(context().ctx, { clientId: CLIENT, tenantId: TENANT }));
    expect(error.code).toBe('federated_credential_mismatch');
    expect(error.message).toContain('subject "repo:octo/demo:ref:refs/heads/dev"');
  });

  it("points another refusal at the job identity's inputs, not the bot user's", async () => {
    stub.reply({
      status: 400,
      body: {
        error: 'unauthorized_client',
        error_description: 'AADSTS700016: Application not found.',
        error_codes: [700016],
      },
    });
    const error = await failure(jobAzureDevOpsToken(context().ctx, { clientId: CLIENT, tenantId: TENANT }));
    expect(error.message).toContain('AADSTS700016');
    expect(error.fix).toContain('`azure-client-id`');
    expect(error.fix).not.toContain('public client');
  });
});
