/**
 * The job identity's own Entra access token for Azure DevOps (`token-type: entra`): the job's OIDC token
 * (GitHub, an Azure Pipelines service connection) is the client assertion of a client-credentials grant at
 * Entra's token endpoint. One request through the project's own Entra client: @azure/identity is not loaded.
 * The token is app-only (a service principal or managed identity), which is exactly what this mode hands out.
 */
import { DEFAULT_RESOURCE_SCOPE } from '../entra/scopes';
import { EntraClient } from '../entra/token-client';
import { ActionableError } from '../errors';
import { tokenExpiry } from '../entra/jwt';
import type { CredentialContext } from './credential';
import { FEDERATION_MISMATCH, federationMismatch, TOKEN_EXCHANGE_AUDIENCE } from './federation';

export interface JobIdentity {
  clientId: string;
  tenantId: string;
}

export interface JobToken {
  accessToken: string;
  expiresOn: Date;
  /** What Entra says it granted, or the scope asked for when the answer does not say. */
  scope: string;
}

const MISMATCH_LABEL = new RegExp(`\\(AADSTS(?:${FEDERATION_MISMATCH.join('|')})\\)`);

async function oidcToken(context: CredentialContext): Promise<string> {
  if (!context.getIdToken) {
    throw new ActionableError(
      'input',
      "`token-type` entra needs the job's own federated identity, and this platform gives the step none.",
      'Use the GitHub action with `permissions: id-token: write`, or the Azure Pipelines task with ' +
        'azureSubscription set to a service connection with workload identity federation: only they obtain ' +
        "the job's identity token (the command line does not).",
      { code: 'oidc_unavailable' },
    );
  }
  const token = await context.getIdToken(TOKEN_EXCHANGE_AUDIENCE);
  context.mask(token);
  return token;
}

/** Entra's refusal with the fix for this identity (its rules speak of the bot user's public client). */
function explain(error: unknown, identity: JobIdentity, assertion: string): unknown {
  // Network failures, 5xx and answers that are not Entra's already name their own fix.
  if (!(error instanceof ActionableError) || (error.kind !== 'auth' && error.kind !== 'input')) return error;
  if (error.code === 'unexpected_entra_response') return error;
  if (MISMATCH_LABEL.test(error.message)) return federationMismatch(identity.clientId, assertion, error);
  return new ActionableError(
    error.kind,
    error.message,
    `Check the \`azure-client-id\` and \`azure-tenant-id\` inputs (the app or managed identity the job federates ` +
      'to) and the `authority-host` input; the app needs no API permission for Azure DevOps, but must be added ' +
      'to the organization as a user (see docs/github.md or docs/azure-pipelines.md, "Bearer mode").',
    { code: error.code, status: error.status, retryable: error.retryable, cause: error },
  );
}

export async function jobAzureDevOpsToken(
  context: CredentialContext,
  identity: JobIdentity,
): Promise<JobToken> {
  const assertion = await oidcToken(context);
  const entra = new EntraClient({
    authorityHost: context.endpoints.authorityHost,
    tenantId: identity.tenantId,
    http: context.http,
    mask: (secret) => context.mask(secret),
  });
  context.debug(`Exchanging the job's OIDC token for an Azure DevOps token of app ${identity.clientId}.`);
  const tokens = await entra
    .clientCredentials({
      clientId: identity.clientId,
      scopes: [DEFAULT_RESOURCE_SCOPE],
      clientAssertion: assertion,
    })
    .catch((error: unknown) => {
      throw explain(error, identity, assertion);
    });
  return {
    accessToken: tokens.accessToken,
    // The token's own `exp` is the truth; `expires_in` is counted from when the answer arrived.
    expiresOn: tokenExpiry(tokens.accessToken) ?? tokens.expiresOn,
    scope: tokens.scope?.trim() || DEFAULT_RESOURCE_SCOPE,
  };
}
