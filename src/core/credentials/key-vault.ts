/**
 * The secretless source: the job's own federated identity reads the bot user's refresh token from a Key
 * Vault secret (newest version), redeems it, and writes the rotated one back as a new version BEFORE the
 * access token is used, so a crash later never loses the newest token and the secret never goes stale.
 * The post step runs this again and reads the newest version.
 */
import { hasWhitespaceOrControl } from '../inputs/characters';
import { cliCommand } from '../safety/shell-command';
import { ActionableError } from '../errors';
import { decodeJwtUnverified } from '../entra/jwt';
import type { CredentialSettings } from '../inputs/settings';
import { quoteSecretName } from '../inputs/validate';
import type { CredentialContext, UserCredential } from './credential';
import { federatedVaultToken } from './key-vault-auth';
import { KeyVaultClient } from './key-vault-client';
import { RefreshTokenCredential } from './refresh-token';

export type KeyVaultSettings = Extract<CredentialSettings, { source: 'key-vault' }>;

export interface KeyVaultCredentialDependencies {
  /** The Key Vault bearer token; by default the job identity's, through @azure/identity. */
  vaultToken?: () => Promise<string>;
}

/** Real Entra refresh tokens are far longer; anything this short was pasted by mistake. */
const MIN_REFRESH_TOKEN_LENGTH = 20;

export function loginCommand(
  settings: Pick<KeyVaultSettings, 'clientId' | 'tenantId' | 'keyVaultUrl' | 'keyVaultSecret'>,
): string {
  return cliCommand([
    'login',
    '--client-id',
    settings.clientId,
    '--tenant-id',
    settings.tenantId,
    '--key-vault-url',
    settings.keyVaultUrl,
    '--key-vault-secret',
    settings.keyVaultSecret,
  ]);
}

/** Why a stored value cannot be a refresh token, or undefined when it may be one. */
function notARefreshToken(value: string): string | undefined {
  if (value === '') return 'it is empty (or only whitespace)';
  if (/^bearer\s/i.test(value)) return 'it starts with "Bearer " (an Authorization header value)';
  if (hasWhitespaceOrControl(value)) return 'it contains whitespace or control characters inside';
  if (decodeJwtUnverified(value)) return 'it is a JWT (an access or ID token, which expires within hours)';
  if (value.startsWith('{') || value.startsWith('['))
    return 'it is JSON (store only the refresh_token value)';
  if (value.length < MIN_REFRESH_TOKEN_LENGTH) return `it is only ${value.length} characters long`;
  return undefined;
}

/** The stored value, trimmed (a trailing line break from `--file` uploads is common), or a clear error. */
export function checkStoredRefreshToken(value: string, settings: KeyVaultSettings): string {
  const trimmed = value.trim();
  const reason = notARefreshToken(trimmed);
  if (reason === undefined) return trimmed;
  throw new ActionableError(
    'input',
    `The Key Vault secret ${quoteSecretName(settings.keyVaultSecret)} in ${settings.keyVaultUrl} does not ` +
      `hold a refresh token: ${reason}. Its value is not shown.`,
    `Store the bot user's refresh token in it as the whole secret value: \`${loginCommand(settings)}\`.`,
    { code: 'key_vault_secret_not_refresh_token' },
  );
}

/** The job identity: the service principal whose federated credential trusts this job (validated in settings). */
function jobIdentity(settings: KeyVaultSettings): { clientId: string; tenantId: string } {
  return { clientId: settings.azureClientId, tenantId: settings.azureTenantId };
}

export class KeyVaultCredential implements UserCredential {
  readonly source = 'key-vault' as const;
  private readonly vault: KeyVaultClient;
  private opened: Promise<RefreshTokenCredential> | undefined;

  constructor(
    private readonly settings: KeyVaultSettings,
    private readonly context: CredentialContext,
    deps: KeyVaultCredentialDependencies = {},
  ) {
    const identity = jobIdentity(settings);
    this.vault = new KeyVaultClient({
      vaultUrl: settings.keyVaultUrl,
      http: context.http,
      mask: (secret) => context.mask(secret),
      who: `the job identity (app ${identity.clientId})`,
      getToken:
        deps.vaultToken ?? federatedVaultToken({ ...identity, vaultUrl: settings.keyVaultUrl, context }),
    });
  }

  async getAccessToken(): Promise<string> {
    this.opened ??= this.open().catch((error: unknown) => {
      this.opened = undefined;
      throw error;
    });
    const credential = await this.opened;
    try {
      return await credential.getAccessToken();
    } catch (error) {
      throw this.explain(error);
    }
  }

  private async open(): Promise<RefreshTokenCredential> {
    const { keyVaultSecret: name } = this.settings;
    this.context.debug(`Reading the newest version of the Key Vault secret ${quoteSecretName(name)}.`);
    const secret = await this.vault.getSecret(name);
    return new RefreshTokenCredential(
      {
        refreshToken: checkStoredRefreshToken(secret.value, this.settings),
        clientId: this.settings.clientId,
        tenantId: this.settings.tenantId,
        origin: `the Key Vault secret ${quoteSecretName(name)}`,
        onRotated: (rotated) => this.writeBack(rotated),
        entraScope: this.settings.entraScope,
      },
      this.context,
    );
  }

  /** Awaited by the refresh-token credential before it hands out the access token. */
  private async writeBack(rotated: string): Promise<void> {
    const { keyVaultSecret: name } = this.settings;
    const stored = await this.vault.setSecret(name, rotated);
    this.context.info(
      `Stored the rotated refresh token as a new version${stored.version ? ` (${stored.version})` : ''} of the ` +
        `Key Vault secret ${quoteSecretName(name)}.`,
    );
  }

  /** An expired or revoked refresh token: say how to put a new one into this vault. */
  private explain(error: unknown): unknown {
    if (!(error instanceof ActionableError) || error.code !== 'refresh_token_expired') return error;
    return new ActionableError(
      error.kind,
      `${error.message} (read from the Key Vault secret ${quoteSecretName(this.settings.keyVaultSecret)})`,
      `Sign the bot user in again and store the new refresh token in the vault: \`${loginCommand(this.settings)}\`.`,
      { code: error.code, cause: error },
    );
  }
}
