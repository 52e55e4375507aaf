/**
 * Bearer tokens for Key Vault through @azure/identity (loaded lazily, only on the Key Vault paths):
 * - in CI, the job's federated identity: its OIDC token (GitHub, an Azure Pipelines service connection) is
 *   the client assertion of the service principal's app (`ClientAssertionCredential`);
 * - for `login`, the person's own Azure identity (`DefaultAzureCredential`: environment, az login…).
 * Identity's failures become ActionableErrors; every token is masked as soon as it is seen.
 */
import { entraError, type EntraErrorBody } from '../entra/errors';
import { ActionableError } from '../errors';
import { quote, scrubSecrets } from '../safety/log-safety';
import { boundText } from '../safety/server-text';
import { loadAzureIdentity, type AzureIdentity } from './azure-identity-loader';
import type { CredentialContext } from './credential';
import { FEDERATION_MISMATCH, federationMismatch, TOKEN_EXCHANGE_AUDIENCE } from './federation';

export { TOKEN_EXCHANGE_AUDIENCE } from './federation';

/** Tokens this long before expiry are renewed, like TokenCache does for user tokens. */
const RENEW_MARGIN_MS = 5 * 60 * 1000;

/** `https://<name>.vault.azure.net` → `https://vault.azure.net/.default` (sovereign clouds alike). */
export function keyVaultScope(vaultUrl: string): string {
  const host = new URL(vaultUrl).hostname.toLowerCase();
  const match = /^[^.]+\.(vault\.[a-z0-9.-]+)$/.exec(host);
  return `https://${match?.[1] ?? 'vault.azure.net'}/.default`;
}

type GetToken = () => Promise<string>;

/** Caches one token and masks each new one once. */
function cached(
  fetch: () => Promise<{ token: string; expiresOnTimestamp: number }>,
  mask: (s: string) => void,
): GetToken {
  let current: { token: string; expiresOnTimestamp: number } | undefined;
  return async () => {
    if (current && current.expiresOnTimestamp - RENEW_MARGIN_MS > Date.now()) return current.token;
    const fresh = await fetch();
    mask(fresh.token);
    current = fresh;
    return fresh.token;
  };
}

interface IdentityErrorShape {
  name?: unknown;
  message?: unknown;
  errorResponse?: {
    error?: unknown;
    errorDescription?: unknown;
    errorCodes?: unknown;
    correlationId?: unknown;
  };
  errors?: unknown;
}

/** @azure/identity's AuthenticationError (or the first one inside an AggregateAuthenticationError) → Entra body. */
export function entraBodyOf(error: unknown): EntraErrorBody | undefined {
  const shape = (error ?? {}) as IdentityErrorShape;
  if (Array.isArray(shape.errors)) {
    for (const inner of shape.errors) {
      const body = entraBodyOf(inner);
      if (body) return body;
    }
  }
  const response = shape.errorResponse;
  // Identity's messages quote the server: bounded before anything reads them.
  const message = typeof shape.message === 'string' ? boundText(shape.message) : '';
  const description =
    typeof response?.errorDescription === 'string' ? boundText(response.errorDescription) : message;
  const codes = Array.isArray(response?.errorCodes)
    ? response.errorCodes.filter((c): c is number => typeof c === 'number')
    : [...description.matchAll(/AADSTS(\d{1,12})/g)].map((m) => Number(m[1]));
  if (typeof response?.error !== 'string' && codes.length === 0) return undefined;
  return {
    error: typeof response?.error === 'string' ? response.error : undefined,
    error_description: description,
    error_codes: codes,
    correlation_id: typeof response?.correlationId === 'string' ? response.correlationId : undefined,
  };
}

function identityFailure(error: unknown, operation: string, fix: string): ActionableError {
  if (error instanceof ActionableError) return error;
  const body = entraBodyOf(error);
  if (body) {
    // Entra's rules speak of the bot's sign-in (`client-id`, public client flows); this identity has its own fix.
    const refused = entraError(body, operation);
    return new ActionableError(refused.kind, refused.message, fix, { code: refused.code, cause: error });
  }
  const name = (error as IdentityErrorShape | undefined)?.name;
  const text = boundText(error instanceof Error ? error.message : String(error));
  const newline = text.indexOf('\n');
  const detail = scrubSecrets(newline === -1 ? text : text.slice(0, newline));
  return new ActionableError(
    'auth',
    `Could not ${operation}${name === 'CredentialUnavailableError' ? ': no Azure identity is available' : ''}: ${quote(detail, 300)}.`,
    fix,
    { code: 'key_vault_sign_in_failed', cause: error },
  );
}

export interface FederatedVaultTokenOptions {
  /** The service principal (app registration or user-assigned managed identity) of the job. */
  clientId: string;
  tenantId: string;
  vaultUrl: string;
  context: CredentialContext;
  identity?: AzureIdentity;
}

/** The job identity's Key Vault token: its OIDC token exchanged at Entra (workload identity federation). */
export function federatedVaultToken(options: FederatedVaultTokenOptions): GetToken {
  const { context, clientId } = options;
  let credential: InstanceType<AzureIdentity['ClientAssertionCredential']> | undefined;
  let assertionError: unknown;
  let oidcToken: string | undefined;
  const getAssertion = async (): Promise<string> => {
    try {
      if (!context.getIdToken) {
        throw new ActionableError(
          'input',
          "The Key Vault source needs the job's own federated identity, and this platform gives the step none.",
          {
            github: 'Grant the job `permissions: id-token: write` in the workflow.',
            'azure-pipelines':
              'Set azureSubscription to an Azure Resource Manager service connection with workload identity federation.',
            cli:
              'Use the refresh-token source (`refresh-token` and `client-id`): the command line has no job identity ' +
              'of its own.',
          },
          { code: 'oidc_unavailable' },
        );
      }
      const token = await context.getIdToken(TOKEN_EXCHANGE_AUDIENCE);
      context.mask(token);
      oidcToken = token;
      return token;
    } catch (error) {
      assertionError = error;
      throw error;
    }
  };
  const operation = `issue a Key Vault token for the job identity (app ${clientId})`;
  return cached(
    async () => {
      const identity = options.identity ?? loadAzureIdentity();
      credential ??= new identity.ClientAssertionCredential(options.tenantId, clientId, getAssertion, {
        authorityHost: context.endpoints.authorityHost,
        // Sovereign clouds and the emulator: do not ask login.microsoftonline.com about the authority.
        disableInstanceDiscovery: true,
      });
      assertionError = undefined;
      try {
        return await credential.getToken(keyVaultScope(options.vaultUrl));
      } catch (error) {
        // Identity wraps what the assertion callback threw; ours already says what to do.
        if (assertionError !== undefined) {
          throw identityFailure(
            assertionError,
            "get this job's OIDC token",
            'Check that the runner can reach its OIDC token endpoint, then run the job again.',
          );
        }
        const failure = identityFailure(
          error,
          operation,
          'Check the `azure-client-id` and `azure-tenant-id` inputs and the `authority-host` input.',
        );
        const codes = entraBodyOf(error)?.error_codes ?? [];
        if (codes.some((code) => FEDERATION_MISMATCH.includes(code))) {
          throw federationMismatch(clientId, oidcToken, failure);
        }
        throw failure;
      }
    },
    (secret) => context.mask(secret),
  );
}

export interface UserVaultTokenOptions {
  authorityHost: string;
  vaultUrl: string;
  mask: (secret: string) => void;
  identity?: AzureIdentity;
}

/** The signed-in person's (or CI identity's) Key Vault token, for `login`: whatever DefaultAzureCredential finds. */
export function userVaultToken(options: UserVaultTokenOptions): GetToken {
  return cached(async () => {
    const identity = options.identity ?? loadAzureIdentity();
    const credential = new identity.DefaultAzureCredential({
      authorityHost: options.authorityHost,
      disableInstanceDiscovery: true,
    });
    try {
      return await credential.getToken(keyVaultScope(options.vaultUrl));
    } catch (error) {
      throw identityFailure(
        error,
        'sign in to Key Vault with your Azure identity',
        'Run `az login` (as someone who may set secrets in the vault), or set AZURE_CLIENT_ID, AZURE_TENANT_ID ' +
          'and AZURE_CLIENT_SECRET for a service principal; then run `login` again.',
      );
    }
  }, options.mask);
}
