/**
 * The bot user's username and password, through the resource-owner password grant. Deprecated by
 * Microsoft and refused under MFA or Conditional Access (the settings already warn); kept for service
 * accounts that have neither. An MFA refusal says to switch to the refresh-token path.
 */
import { ENTRA_SCOPES } from '../entra/scopes';
import { EntraClient } from '../entra/token-client';
import { ActionableError } from '../errors';
import { assertDelegatedUserToken, patScopeWarning } from '../entra/jwt';
import type { CredentialSettings } from '../inputs/settings';
import type { CredentialContext, UserCredential } from './credential';
import { TokenCache } from './credential';

export type PasswordSettings = Extract<CredentialSettings, { source: 'password' }>;

const ORIGIN = 'the password sign-in';

export class PasswordCredential implements UserCredential {
  readonly source = 'password' as const;
  private readonly entra: EntraClient;
  private readonly cache: TokenCache;

  constructor(
    private readonly settings: PasswordSettings,
    private readonly context: CredentialContext,
    now?: () => number,
  ) {
    context.mask(settings.password);
    this.cache = new TokenCache(now);
    this.entra = new EntraClient({
      authorityHost: context.endpoints.authorityHost,
      tenantId: settings.tenantId,
      http: context.http,
      mask: (secret) => context.mask(secret),
      now,
    });
  }

  getAccessToken(): Promise<string> {
    return this.cache.get(() => this.signIn());
  }

  private async signIn(): Promise<{ token: string; expiresOn: Date }> {
    this.context.debug('Signing the bot user in with the password grant at Microsoft Entra ID.');
    let tokens;
    try {
      // EntraClient masks every token in the response before returning it.
      tokens = await this.entra.passwordGrant({
        clientId: this.settings.clientId,
        username: this.settings.username,
        password: this.settings.password,
        scopes: ENTRA_SCOPES[this.settings.entraScope ?? 'granular'],
      });
    } catch (error) {
      throw this.explain(error);
    }
    assertDelegatedUserToken(tokens.accessToken, ORIGIN);
    const warning = patScopeWarning(tokens.accessToken, ORIGIN);
    if (warning) this.context.warn(warning);
    return { token: tokens.accessToken, expiresOn: tokens.expiresOn };
  }

  /** MFA / Conditional Access: the password flow can never pass; the device code login can. */
  private explain(error: unknown): unknown {
    if (!(error instanceof ActionableError) || error.code !== 'interaction_required') return error;
    return new ActionableError(
      error.kind,
      `${error.message} The password source cannot sign in ${this.settings.username.replace(/[^\w.@+-]/g, '')}.`,
      'Switch to the refresh-token path: run `npx ado-ephemeral-pat login --client-id ' +
        `${this.settings.clientId} --tenant-id ${this.settings.tenantId} --output bot.refresh-token\` once ` +
        '(device code: MFA works there), store the token as a CI secret and pass it as `refresh-token` (or store ' +
        'it in Key Vault for the key-vault source); then remove `username` and `password`.',
      { code: error.code, cause: error },
    );
  }
}
