/**
 * The OIDC issuers' own seed section, `oidc` (the framework passes unknown sections through). Everything has
 * a default matching the framework's default federated credentials, so a seed only names what it changes:
 *
 * "oidc": {
 *   "github": { "repository": "octo/demo", "ref": "refs/heads/main", "subject": null, "runId": "1234", … },
 *   "azurePipelines": { "serviceConnections": [{ "id": "<guid>", "name": "kv-connection" }] }
 * }
 */
import type { EmulatorContext } from '../routes';

export interface GitHubClaimsSeed {
  repository: string;
  /** Numeric ids are strings in GitHub's tokens. */
  repositoryId: string;
  repositoryOwnerId: string;
  ref: string;
  sha: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  actor: string;
  actorId: string;
  workflow: string;
  eventName: string;
  environment: string | null;
  /** Overrides the derived `repo:<repository>:ref:<ref>` (or `:environment:<env>`) subject. */
  subject: string | null;
  tokenLifetimeSeconds: number;
}

export interface ServiceConnectionSeed {
  id: string;
  name: string;
}

export interface OidcSeed {
  github: GitHubClaimsSeed;
  azurePipelines: { serviceConnections: ServiceConnectionSeed[]; tokenLifetimeSeconds: number };
}

function defaults(ctx: EmulatorContext): OidcSeed {
  return {
    github: {
      repository: 'octo/demo',
      repositoryId: '123456789',
      repositoryOwnerId: '987654',
      ref: 'refs/heads/main',
      sha: '0123456789abcdef0123456789abcdef01234567',
      runId: '4242424242',
      runNumber: '7',
      runAttempt: '1',
      actor: 'octocat',
      actorId: '583231',
      workflow: 'CI',
      eventName: 'push',
      environment: null,
      subject: null,
      tokenLifetimeSeconds: 300,
    },
    azurePipelines: {
      // The framework's default federated credential trusts sc://<org>/<project>/kv-connection.
      serviceConnections: [{ id: ctx.config.azurePipelines.serviceConnectionId, name: 'kv-connection' }],
      tokenLifetimeSeconds: 600,
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The seed's `oidc` section over the defaults (one level deep per issuer). */
export function oidcSeed(ctx: EmulatorContext): OidcSeed {
  const base = defaults(ctx);
  const seed = isObject(ctx.config.oidc) ? ctx.config.oidc : {};
  const github = isObject(seed.github) ? seed.github : {};
  const pipelines = isObject(seed.azurePipelines) ? seed.azurePipelines : {};
  return {
    github: { ...base.github, ...(github as Partial<GitHubClaimsSeed>) },
    azurePipelines: { ...base.azurePipelines, ...(pipelines as Partial<OidcSeed['azurePipelines']>) },
  };
}

export function githubSubject(seed: GitHubClaimsSeed): string {
  if (seed.subject) return seed.subject;
  if (seed.environment) return `repo:${seed.repository}:environment:${seed.environment}`;
  if (seed.eventName === 'pull_request') return `repo:${seed.repository}:pull_request`;
  return `repo:${seed.repository}:ref:${seed.ref}`;
}
