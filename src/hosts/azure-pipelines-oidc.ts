/**
 * The job's federated identity token for an Azure Resource Manager service connection (workload identity
 * federation), from the agent's `oidctoken` endpoint exactly as AzurePipelinesCredential calls it:
 * POST `${System.OidcRequestUri}?api-version=7.1&serviceConnectionId=<id>` with `Bearer System.AccessToken`,
 * answer `{"oidcToken": "<jwt>"}`. Doing it here costs one fetch instead of loading @azure/identity.
 */
import { ActionableError } from '../core/errors';

export interface OidcRequest {
  /** System.OidcRequestUri (SYSTEM_OIDCREQUESTURI). */
  requestUri: string | undefined;
  /** System.AccessToken, from the SystemVssConnection endpoint. */
  accessToken: string | undefined;
  serviceConnectionId: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const FIX_ACCESS =
  'Run the job on an Azure Pipelines agent (2.x or newer) and let the pipeline use the service connection ' +
  '(authorize it for this pipeline; a YAML pipeline must name it in the azureSubscription input itself).';

export async function requestOidcToken(request: OidcRequest): Promise<string> {
  if (!request.requestUri || !request.accessToken) {
    throw new ActionableError(
      'input',
      'The agent did not give this task an OIDC request URI or System.AccessToken, which the Key Vault source needs to sign in with the service connection.',
      FIX_ACCESS,
      { code: 'oidc_unavailable' },
    );
  }
  const url = new URL(request.requestUri);
  url.searchParams.set('api-version', '7.1');
  url.searchParams.set('serviceConnectionId', request.serviceConnectionId);
  let response: Response;
  try {
    response = await (request.fetch ?? fetch)(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${request.accessToken}`,
        'Content-Type': 'application/json',
        // Without it, an expired System.AccessToken gets a sign-in redirect instead of a 401.
        'X-TFS-FedAuthRedirect': 'Suppress',
      },
      signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new ActionableError(
      'network',
      `Could not reach the Azure Pipelines OIDC endpoint (${url.origin}): ${error instanceof Error ? error.message : String(error)}.`,
      'Check that the agent can reach Azure DevOps, then re-run the job.',
      { code: 'oidc_network', retryable: true, cause: error },
    );
  }
  const body = (await response.json().catch(() => undefined)) as { oidcToken?: unknown } | undefined;
  if (!response.ok || typeof body?.oidcToken !== 'string' || body.oidcToken === '') {
    throw new ActionableError(
      'auth',
      `Azure Pipelines refused an OIDC token for service connection ${request.serviceConnectionId} (HTTP ${response.status}).`,
      `Use an Azure Resource Manager service connection with workload identity federation. ${FIX_ACCESS}`,
      { code: 'oidc_request_failed', status: response.status },
    );
  }
  return body.oidcToken;
}
