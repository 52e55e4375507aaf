/**
 * The recommended source: the bot user's refresh token (from `ado-ephemeral-pat login`) redeemed at Entra ID.
 * Entra rotates refresh tokens; the newest one is masked at once and kept for later redemptions in this
 * process, and handed to `onRotated` (the Key Vault source writes it back).
 */
import { ENTRA_SCOPES, type EntraScopeSetting } from '../entra/scopes';
import { EntraClient } from '../entra/token-client';
import { assertDelegatedUserToken, patScopeWarning } from '../entra/jwt';
import type { CredentialContext, UserCredential } from './credential';
import { TokenCache } from './credential';

export interface RefreshTokenCredentialOptions {
  refreshToken: string;
  clientId: string;
  tenantId: string;
  /** Where the refresh token came from, for messages, e.g. "the `refresh-token` input". */
  origin?: string;
  onRotated?: (refreshToken: string) => void | Promise<void>;
  now?: () => number;
  /** The delegated scopes to request (`entra-scope`); default granular. */
  entraScope?: EntraScopeSetting;
}

export class RefreshTokenCredential implements UserCredential {
  readonly source = 'refresh-token' as const;
  private readonly entra: EntraClient;
  private readonly cache: TokenCache;
  private refreshToken: string;
  private rotatedCount = 0;

  constructor(
    private readonly options: RefreshTokenCredentialOptions,
    private readonly context: CredentialContext,
  ) {
    context.mask(options.refreshToken);
    this.refreshToken = options.refreshToken;
    this.cache = new TokenCache(options.now);
    this.entra = new EntraClient({
      authorityHost: context.endpoints.authorityHost,
      tenantId: options.tenantId,
      http: context.http,
      mask: (secret) => context.mask(secret),
      now: options.now,
    });
  }

  /** The newest refresh token: the input one until Entra rotates it. */
  get currentRefreshToken(): string {
    return this.refreshToken;
  }

  /** True once Entra returned a refresh token different from the input one. */
  get rotated(): boolean {
    return this.rotatedCount > 0;
  }

  getAccessToken(): Promise<string> {
    return this.cache.get(() => this.redeem());
  }

  private async redeem(): Promise<{ token: string; expiresOn: Date }> {
    const origin = this.options.origin ?? 'the refresh token';
    this.context.debug('Redeeming the refresh token at Microsoft Entra ID.');
    // EntraClient masks every token in the response before returning it.
    const tokens = await this.entra.redeemRefreshToken({
      clientId: this.options.clientId,
      refreshToken: this.refreshToken,
      scopes: ENTRA_SCOPES[this.options.entraScope ?? 'granular'],
    });
    if (tokens.refreshToken && tokens.refreshToken !== this.refreshToken) {
      this.refreshToken = tokens.refreshToken;
      this.rotatedCount++;
      await this.options.onRotated?.(tokens.refreshToken);
    }
    assertDelegatedUserToken(tokens.accessToken, `redeeming ${origin}`);
    const warning = patScopeWarning(tokens.accessToken, `redeeming ${origin}`);
    if (warning) this.context.warn(warning);
    return { token: tokens.accessToken, expiresOn: tokens.expiresOn };
  }
}
