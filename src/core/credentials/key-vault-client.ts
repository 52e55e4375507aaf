/**
 * Azure Key Vault secrets over REST (api-version 7.4) with the core's HttpClient: read the newest version,
 * write a new version. A small client instead of @azure/keyvault-secrets: two calls, no extra dependency.
 * Every value read or written is masked before anything else touches it; messages never quote a value.
 */
import { ActionableError } from '../errors';
import type { HttpClient, HttpResponse } from '../net/http';
import { endsSentence, printableCode, serverText } from '../safety/server-text';
import { quoteSecretName } from '../inputs/validate';

export const KEY_VAULT_API_VERSION = '7.4';

export interface KeyVaultSecret {
  value: string;
  /** The version id (last segment of the secret id), for messages and tests. */
  version: string;
}

export interface KeyVaultClientOptions {
  vaultUrl: string;
  http: HttpClient;
  /** A bearer token for Key Vault (`https://vault.azure.net/.default`); called once per request. */
  getToken: () => Promise<string>;
  mask: (secret: string) => void;
  /** Who signs in to the vault, for messages: "the job identity (app …)", "your Azure identity". */
  who: string;
}

interface KeyVaultErrorBody {
  code?: string;
  innerCode?: string;
  message?: string;
}

function parseError(body: string): KeyVaultErrorBody {
  try {
    const parsed = JSON.parse(body) as {
      error?: { code?: unknown; message?: unknown; innererror?: { code?: unknown } };
    };
    const error = parsed.error ?? {};
    // Codes are printed as they are: only code-shaped ones are kept (a token or a runner command is not).
    return {
      code: printableCode(error.code),
      innerCode: printableCode(error.innererror?.code),
      message: typeof error.message === 'string' ? error.message : undefined,
    };
  } catch {
    return {};
  }
}

/** Key Vault's own words, first line, bounded, scrubbed and shortened: enough to tell RBAC from access policies. */
function said(error: KeyVaultErrorBody): string {
  const message = error.message ?? '';
  const newline = message.search(/[\r\n]/);
  const first = (newline === -1 ? message : message.slice(0, newline)).trim();
  return first ? ` Key Vault said: ${endsSentence(serverText(first))}` : '';
}

export class KeyVaultClient {
  private readonly base: string;

  constructor(private readonly options: KeyVaultClientOptions) {
    this.base = options.vaultUrl.replace(/\/+$/, '');
  }

  /** The newest enabled version of `name`. */
  async getSecret(name: string): Promise<KeyVaultSecret> {
    const response = await this.send('GET', name, undefined);
    if (response.status !== 200) throw this.failure(response, 'read', name);
    return this.parseBundle(response, name);
  }

  /** Adds a new version (Key Vault keeps the older ones); returns it. */
  async setSecret(name: string, value: string): Promise<KeyVaultSecret> {
    this.options.mask(value);
    // A PUT adds a version: repeating it after a lost answer only adds another identical version.
    const response = await this.send('PUT', name, JSON.stringify({ value }));
    if (response.status !== 200) throw this.failure(response, 'write', name);
    return this.parseBundle(response, name);
  }

  private async send(method: 'GET' | 'PUT', name: string, body: string | undefined): Promise<HttpResponse> {
    const token = await this.options.getToken();
    const url = `${this.base}/secrets/${encodeURIComponent(name)}?api-version=${KEY_VAULT_API_VERSION}`;
    return this.options.http.send(
      {
        method,
        url,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body,
      },
      { idempotent: true },
    );
  }

  private parseBundle(response: HttpResponse, name: string): KeyVaultSecret {
    let parsed: { value?: unknown; id?: unknown } | undefined;
    try {
      parsed = JSON.parse(response.body) as { value?: unknown; id?: unknown };
    } catch {
      parsed = undefined;
    }
    if (typeof parsed?.value !== 'string') {
      throw new ActionableError(
        'server',
        `Key Vault ${this.base} answered in an unexpected shape for the secret ${quoteSecretName(name)} (no value).`,
        'Check the `key-vault-url` input (https://<vault-name>.vault.azure.net); a proxy answering with its own page can also cause this.',
        { code: 'unexpected_key_vault_response' },
      );
    }
    // Mask first: nothing below may run with an unmasked value in hand.
    if (parsed.value !== '') this.options.mask(parsed.value);
    const version = typeof parsed.id === 'string' ? (parsed.id.split('/').pop() ?? '') : '';
    return { value: parsed.value, version: /^[0-9a-f]{32}$/i.test(version) ? version : '' };
  }

  private failure(response: HttpResponse, action: 'read' | 'write', name: string): ActionableError {
    const error = parseError(response.body);
    const secret = `the secret ${quoteSecretName(name)} in ${this.base}`;
    const role =
      action === 'read'
        ? '"Key Vault Secrets Officer" (Azure RBAC; "Key Vault Secrets User" can only read, and the rotated token must be written back)'
        : '"Key Vault Secrets Officer" (Azure RBAC)';
    if (response.status === 404 && action === 'read') {
      return new ActionableError(
        'not-found',
        `Key Vault ${this.base} has no secret ${quoteSecretName(name)} (${error.code ?? 'HTTP 404'}).${said(error)}`,
        "Store the bot user's refresh token there first: `npx ado-ephemeral-pat login --client-id <app> " +
          `--key-vault-url ${this.base} --key-vault-secret ${name}\`; or fix the \`key-vault-secret\` and ` +
          '`key-vault-url` inputs (names are case-insensitive; a deleted secret must be recovered first).',
        { code: 'key_vault_secret_not_found', status: 404 },
      );
    }
    if (response.status === 403) {
      const model = error.innerCode === 'ForbiddenByRbac' ? 'Azure RBAC' : 'the access policies';
      return new ActionableError(
        'auth',
        `Key Vault refused to let ${this.options.who} ${action} ${secret} (HTTP 403, ${error.innerCode ?? error.code ?? 'Forbidden'}: ${model}).${said(error)}`,
        `Grant ${this.options.who} ${role} on the secret or vault, or with access policies the secret ` +
          "permissions Get and Set. Also check the vault's firewall allows the runner.",
        { code: 'key_vault_forbidden', status: 403 },
      );
    }
    if (response.status === 401) {
      return new ActionableError(
        'auth',
        `Key Vault did not accept the token of ${this.options.who} (HTTP 401).${said(error)}`,
        'The vault must belong to the same tenant as the identity: check the `azure-tenant-id` input (or ' +
          'AZURE_TENANT_ID) and the `key-vault-url` input.',
        { code: 'key_vault_unauthorized', status: 401 },
      );
    }
    const wrongEndpoint = response.status === 404 || response.status === 400 || response.status === 405;
    return new ActionableError(
      wrongEndpoint ? 'input' : 'server',
      `Key Vault ${this.base} refused to ${action} ${secret} (HTTP ${response.status}${error.code ? `, ${error.code}` : ''}).${said(error)}`,
      wrongEndpoint
        ? 'Check the `key-vault-url` input: it is the vault URI, e.g. https://my-vault.vault.azure.net.'
        : 'This is usually temporary: run the job again later.',
      { code: 'key_vault_error', status: response.status, retryable: !wrongEndpoint },
    );
  }
}
