/**
 * Azure Pipelines' OIDC token endpoint for workload identity federation, exactly as AzurePipelinesCredential
 * (@azure/identity 4.x) calls it: POST `${SYSTEM_OIDCREQUESTURI}?api-version=7.1&serviceConnectionId=<id>`
 * with `Authorization: Bearer <System.AccessToken>` and `X-TFS-FedAuthRedirect: Suppress`; it reads
 * `{"oidcToken": jwt}`. The token's subject is `sc://<org>/<project>/<connection name>`.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { TOKEN_EXCHANGE_AUDIENCE } from '../config';
import { azureDevOpsError, HttpError, sendJson } from '../errors';
import type { EmulatorContext, EmulatorRequest, Route } from '../routes';
import { AZURE_PIPELINES_CLAIMS, discoveryDocument } from './discovery';
import { oidcSeed } from './settings';

export const AZURE_PIPELINES_KEY = 'azure-pipelines-oidc';

function oidcToken(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext): void {
  const header = req.headers.authorization ?? '';
  const token = /^bearer\s+/i.test(header) ? header.replace(/^bearer\s+/i, '').trim() : '';
  const expected = new URL(ctx.config.azurePipelines.oidcRequestUri).pathname.toLowerCase();
  if (token !== ctx.config.azurePipelines.accessToken || req.path.toLowerCase() !== expected) {
    // With X-TFS-FedAuthRedirect: Suppress the service answers 401 instead of the sign-in redirect.
    throw azureDevOpsError(401, "TF400813: The user '' is not authorized to access this resource.", {
      typeKey: 'UnauthorizedRequestException',
    });
  }
  if (!req.query.get('api-version')) {
    throw azureDevOpsError(
      400,
      'No api-version was supplied for the POST request. The version must be supplied either as part of the Accept header (e.g. "application/json; api-version=1.0") or as a query parameter (e.g. "?api-version=1.0").',
      {
        typeKey: 'VssVersionNotSpecifiedException',
        typeName:
          'Microsoft.VisualStudio.Services.WebApi.VssVersionNotSpecifiedException, Microsoft.VisualStudio.Services.WebApi',
      },
    );
  }
  const seed = oidcSeed(ctx).azurePipelines;
  const id = req.query.get('serviceConnectionId') ?? '';
  const connection = seed.serviceConnections.find((c) => c.id.toLowerCase() === id.toLowerCase());
  if (!connection) {
    // The shape observed in dotnet/docker-tools#2012: a wrapped string; the status (400) is our choice.
    const value = `There is no explicit reference to service connection ${id} from current stage __default.__default.`;
    throw new HttpError(400, { count: value.length, value });
  }
  const now = ctx.clock.nowSeconds();
  const claims = {
    jti: randomUUID(),
    sub: `sc://${ctx.config.organization}/${ctx.config.project}/${connection.name}`,
    aud: TOKEN_EXCHANGE_AUDIENCE,
    iss: ctx.config.azurePipelines.issuer,
    nbf: now,
    iat: now,
    exp: now + seed.tokenLifetimeSeconds,
  };
  sendJson(res, 200, { oidcToken: ctx.keys.sign(claims, AZURE_PIPELINES_KEY) });
}

export const azurePipelinesRoutes: Route[] = [
  {
    id: 'oidc.azure-pipelines.token',
    family: 'azure-devops',
    method: 'POST',
    path: '/:org/:project/_apis/distributedtask/hubs/:hub/plans/:plan/jobs/:job/oidctoken',
    handler: oidcToken,
  },
  {
    id: 'oidc.azure-pipelines.discovery',
    family: 'plain',
    method: 'GET',
    path: '/azure-pipelines-oidc/:organizationId/.well-known/openid-configuration',
    handler: (_req, res, ctx) =>
      sendJson(
        res,
        200,
        discoveryDocument(ctx.config.azurePipelines.issuer, '/.well-known/jwks', AZURE_PIPELINES_CLAIMS),
      ),
  },
  {
    id: 'oidc.azure-pipelines.jwks',
    family: 'plain',
    method: 'GET',
    path: '/azure-pipelines-oidc/:organizationId/.well-known/jwks',
    handler: (_req, res, ctx) => sendJson(res, 200, ctx.keys.jwks(AZURE_PIPELINES_KEY)),
  },
];
