/**
 * The job's federated identity token for an Azure Resource Manager service connection (workload identity
 * federation), from the agent's `oidctoken` endpoint exactly as AzurePipelinesCredential calls it:
 * POST `${System.OidcRequestUri}?api-version=7.1&serviceConnectionId=<id>` with `Bearer System.AccessToken`,
 * answer `{"oidcToken": "<jwt>"}`. Doing it here costs one request instead of loading @azure/identity.
 */
import { ActionableError } from '../../core/errors';
import type { HttpClient } from '../../core/net/http';
import { stringField } from '../../core/net/json';

export interface OidcRequest {
  /** System.OidcRequestUri (SYSTEM_OIDCREQUESTURI). */
  requestUri: string | undefined;
  /** System.AccessToken, from the SystemVssConnection endpoint. */
  accessToken: string | undefined;
  serviceConnectionId: string;
}

const FIX_ACCESS =
  'Run the job on an Azure Pipelines agent (2.x or newer) and let the pipeline use the service connection ' +
  '(authorize it for this pipeline; a YAML pipeline must name it in the azureSubscription input itself).';

/** Network failures come from `http` as they do for every request (naming the host and the fix). */
export async function requestOidcToken(request: OidcRequest, http: HttpClient): Promise<string> {
  if (!request.requestUri || !request.accessToken) {
    throw new ActionableError(
      'input',
      'The agent did not give this task an OIDC request URI or System.AccessToken, which signing in with the service connection needs.',
      FIX_ACCESS,
      { code: 'oidc_unavailable' },
    );
  }
  const url = new URL(request.requestUri);
  url.searchParams.set('api-version', '7.1');
  url.searchParams.set('serviceConnectionId', request.serviceConnectionId);
  // Asking for a token twice is harmless, so a POST that may not have arrived is retried like a GET.
  const response = await http.send(
    {
      method: 'POST',
      url: url.href,
      headers: {
        Authorization: `Bearer ${request.accessToken}`,
        Accept: 'application/json',
        'Content-Type': 'application/json',
        // Without it, an expired System.AccessToken gets a sign-in redirect instead of a 401.
        'X-TFS-FedAuthRedirect': 'Suppress',
      },
    },
    { idempotent: true },
  );
  const token = response.status === 200 ? stringField(response.body, 'oidcToken') : undefined;
  if (token === undefined) {
    throw new ActionableError(
      'auth',
      `Azure Pipelines refused an OIDC token for service connection ${request.serviceConnectionId} (HTTP ${response.status}).`,
      `Use an Azure Resource Manager service connection with workload identity federation. ${FIX_ACCESS}`,
      { code: 'oidc_request_failed', status: response.status },
    );
  }
  return token;
}
