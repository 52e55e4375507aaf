/**
 * GitHub Actions' ID-token issuer: the request endpoint a job calls with `ACTIONS_ID_TOKEN_REQUEST_TOKEN`
 * (GET `<ACTIONS_ID_TOKEN_REQUEST_URL>&audience=X` → `{"value": jwt}`, as @actions/core's getIDToken does),
 * plus discovery and JWKS so Entra can check the token as a client assertion.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { HttpError, sendJson } from '../errors';
import type { EmulatorContext, EmulatorRequest, Route } from '../routes';
import { discoveryDocument, GITHUB_CLAIMS } from './discovery';
import { githubSubject, oidcSeed } from './settings';

export const GITHUB_KEY = 'github-oidc';

function bearer(req: EmulatorRequest): string | undefined {
  const header = req.headers.authorization ?? '';
  return /^bearer\s+/i.test(header) ? header.replace(/^bearer\s+/i, '').trim() : undefined;
}

/** The claims of one token, shaped like GitHub's (ids as strings, `aud` a single string). */
export function githubClaims(ctx: EmulatorContext, audience: string | null): Record<string, unknown> {
  const seed = oidcSeed(ctx).github;
  const [owner = ''] = seed.repository.split('/');
  const now = ctx.clock.nowSeconds();
  const workflowRef = `${seed.repository}/.github/workflows/ci.yml@${seed.ref}`;
  return {
    jti: randomUUID(),
    sub: githubSubject(seed),
    // GitHub's default audience is the URL of the repository owner.
    aud: audience ?? `https://github.com/${owner}`,
    ref: seed.ref,
    sha: seed.sha,
    repository: seed.repository,
    repository_owner: owner,
    repository_owner_id: seed.repositoryOwnerId,
    repository_id: seed.repositoryId,
    repository_visibility: 'private',
    run_id: seed.runId,
    run_number: seed.runNumber,
    run_attempt: seed.runAttempt,
    actor: seed.actor,
    actor_id: seed.actorId,
    workflow: seed.workflow,
    event_name: seed.eventName,
    ref_type: seed.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    workflow_ref: workflowRef,
    job_workflow_ref: workflowRef,
    runner_environment: 'github-hosted',
    ...(seed.environment ? { environment: seed.environment } : {}),
    iss: ctx.config.github.issuer,
    nbf: now - 5,
    iat: now,
    exp: now + seed.tokenLifetimeSeconds,
  };
}

function requestToken(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext): void {
  // The runner's endpoint answers a missing or wrong request token with 401; the body text is our choice.
  if (bearer(req) !== ctx.config.github.requestToken) {
    throw new HttpError(401, {
      message: 'Unauthorized: the bearer token is missing or not valid for this job.',
    });
  }
  const audience = req.query.get('audience');
  sendJson(res, 200, { value: ctx.keys.sign(githubClaims(ctx, audience || null), GITHUB_KEY) });
}

export const githubRoutes: Route[] = [
  {
    id: 'oidc.github.token',
    family: 'plain',
    method: 'GET',
    path: '/github-oidc/token',
    handler: requestToken,
  },
  {
    id: 'oidc.github.discovery',
    family: 'plain',
    method: 'GET',
    path: '/github-oidc/.well-known/openid-configuration',
    handler: (_req, res, ctx) =>
      sendJson(res, 200, discoveryDocument(ctx.config.github.issuer, '/.well-known/jwks', GITHUB_CLAIMS)),
  },
  {
    id: 'oidc.github.jwks',
    family: 'plain',
    method: 'GET',
    path: '/github-oidc/.well-known/jwks',
    handler: (_req, res, ctx) => sendJson(res, 200, ctx.keys.jwks(GITHUB_KEY)),
  },
];
