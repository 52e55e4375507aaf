// The CI OIDC issuers: GitHub's ID-token request endpoint and Azure Pipelines' oidctoken endpoint, their
// discovery and JWKS, and Entra's client_assertion exchange for a matching and a non-matching subject.
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { AzurePipelinesCredential } from '@azure/identity';
import type { EmulatorHandle } from '../../emulator/index';
import { call, emulator, testCa, tokenRequest } from './harness';

const EXCHANGE = 'api://AzureADTokenExchange';
let emu: EmulatorHandle;

beforeAll(async () => {
  emu = await emulator();
});

function decode(jwt: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [h = '', p = ''] = jwt.split('.');
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>,
  };
}

/** Follows discovery to the JWKS and checks the RS256 signature, as a relying party would. */
async function verifyWithDiscovery(jwt: string): Promise<boolean> {
  const { header, claims } = decode(jwt);
  const config = (await call(`${String(claims.iss)}/.well-known/openid-configuration`)).body;
  expect(config.issuer).toBe(claims.iss);
  const jwks = (await call(String(config.jwks_uri))).body as unknown as {
    keys: Array<JsonWebKey & { kid: string }>;
  };
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) return false;
  const [h, p, s = ''] = jwt.split('.');
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  return verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'));
}

function githubToken(target: EmulatorHandle, audience?: string, requestToken?: string) {
  const { requestUrl, requestToken: good } = target.github;
  const url = audience ? `${requestUrl}&audience=${encodeURIComponent(audience)}` : requestUrl;
  return call<{ value: string }>(url, { headers: { authorization: `Bearer ${requestToken ?? good}` } });
}

function exchange(target: EmulatorHandle, assertion: string) {
  return tokenRequest(target, {
    grant_type: 'client_credentials',
    client_id: target.servicePrincipal.clientId,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
    scope: 'https://vault.azure.net/.default',
  });
}

describe('GitHub Actions issuer', () => {
  test('issues a verifiable token with GitHub claims', async () => {
    const res = await githubToken(emu, EXCHANGE);
    expect(res.status).toBe(200);
    const { claims } = decode(res.body.value);
    expect(claims).toMatchObject({
      iss: `${emu.url}/github-oidc`,
      sub: 'repo:octo/demo:ref:refs/heads/main',
      aud: EXCHANGE,
      repository: 'octo/demo',
      ref: 'refs/heads/main',
    });
    expect(String(claims.job_workflow_ref)).toContain('octo/demo/.github/workflows/');
    expect(typeof claims.run_id).toBe('string');
    expect(Number(claims.exp) - Number(claims.iat)).toBeGreaterThan(0);
    expect(await verifyWithDiscovery(res.body.value)).toBe(true);
  });

  test('the default audience is the repository owner URL', async () => {
    const res = await githubToken(emu);
    expect(decode(res.body.value).claims.aud).toBe('https://github.com/octo');
  });

  test('a missing or wrong request token is refused', async () => {
    expect((await githubToken(emu, EXCHANGE, 'wrong')).status).toBe(401);
    expect((await call(emu.github.requestUrl)).status).toBe(401);
  });

  test('Entra accepts the token for a matching federated credential', async () => {
    const res = await githubToken(emu, EXCHANGE);
    expect((await exchange(emu, res.body.value)).status).toBe(200);
  });

  test('Entra refuses a token whose subject matches no federated credential', async () => {
    const other = await emulator({ config: { oidc: { github: { ref: 'refs/heads/feature' } } } });
    const { value } = (await githubToken(other, EXCHANGE)).body;
    expect(decode(value).claims.sub).toBe('repo:octo/demo:ref:refs/heads/feature');
    const res = await exchange(other, value);
    // Entra answers a failed client assertion as a client-authentication failure.
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
    expect(String(res.body.error_description)).toMatch(
      /^AADSTS\d+: No matching federated identity record .*subject/,
    );
  });
});

describe('Azure Pipelines issuer', () => {
  const request = (query: string, accessToken = emu.azurePipelines.accessToken) =>
    call(`${emu.azurePipelines.oidcRequestUri}${query}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessToken}`,
        'content-type': 'application/json',
        'x-tfs-fedauthredirect': 'Suppress',
      },
    });

  test('issues an sc:// token for the service connection, verifiable through discovery', async () => {
    const res = await request(
      `?api-version=7.1&serviceConnectionId=${emu.azurePipelines.serviceConnectionId}`,
    );
    expect(res.status).toBe(200);
    const oidcToken = String(res.body.oidcToken);
    expect(decode(oidcToken).claims).toMatchObject({
      sub: `sc://${emu.organization}/${emu.project}/kv-connection`,
      aud: EXCHANGE,
    });
    expect(await verifyWithDiscovery(oidcToken)).toBe(true);
  });

  test('a wrong access token, an unknown connection and a missing api-version are refused', async () => {
    const id = emu.azurePipelines.serviceConnectionId;
    expect((await request(`?api-version=7.1&serviceConnectionId=${id}`, 'wrong')).status).toBe(401);
    const unknown = await request(
      '?api-version=7.1&serviceConnectionId=00000000-0000-0000-0000-000000000000',
    );
    expect(unknown.status).toBe(400);
    expect(String(unknown.body.value)).toMatch(/no explicit reference to service connection/);
    expect((await request(`?serviceConnectionId=${id}`)).status).toBe(400);
  });

  test('AzurePipelinesCredential from @azure/identity gets a vault token through it', async () => {
    const saved = process.env.SYSTEM_OIDCREQUESTURI;
    process.env.SYSTEM_OIDCREQUESTURI = emu.azurePipelines.oidcRequestUri;
    try {
      const credential = new AzurePipelinesCredential(
        emu.tenantId,
        emu.servicePrincipal.clientId,
        emu.azurePipelines.serviceConnectionId,
        emu.azurePipelines.accessToken,
        // tlsOptions: jest's own process may predate NODE_EXTRA_CA_CERTS (see harness.ts).
        { authorityHost: emu.url, disableInstanceDiscovery: true, tlsOptions: { ca: testCa() } },
      );
      const accessToken = await credential.getToken('https://vault.azure.net/.default');
      expect(decode(accessToken.token).claims.aud).toBe('https://vault.azure.net');
    } finally {
      if (saved === undefined) delete process.env.SYSTEM_OIDCREQUESTURI;
      else process.env.SYSTEM_OIDCREQUESTURI = saved;
    }
  });
});
