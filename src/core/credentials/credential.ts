/**
 * One interface for every way a bot user's credential reaches the job. Each source lives in its own file and
 * returns a delegated Entra user access token for Azure DevOps; none of them ever logs a secret.
 */
import type { HttpClient } from '../net/http';
import type { CredentialSource, Endpoints } from '../inputs/settings';

export interface CredentialContext {
  http: HttpClient;
  endpoints: Endpoints;
  /** Registers a secret with the platform's masker. Called before the secret could be printed. */
  mask(secret: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
  /** The job's own federated identity token (GitHub OIDC…), where the platform has one. */
  getIdToken?(audience: string): Promise<string>;
}

export interface UserCredential {
  readonly source: CredentialSource;
  /** A delegated user access token for Azure DevOps; cached until ~5 min before expiry. */
  getAccessToken(): Promise<string>;
}

/** Refresh this long before expiry, so a token never expires between two requests of one step. */
export const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/**
 * Caches one token until EXPIRY_MARGIN_MS before it expires, and shares one in-flight fetch between
 * concurrent callers (so a refresh token is never redeemed twice at once).
 */
export class TokenCache {
  private cached: { token: string; expiresOn: Date } | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  get(fetch: () => Promise<{ token: string; expiresOn: Date }>): Promise<string> {
    if (this.cached && this.cached.expiresOn.getTime() - EXPIRY_MARGIN_MS > this.now()) {
      return Promise.resolve(this.cached.token);
    }
    this.pending ??= fetch()
      .then((fresh) => {
        this.cached = fresh;
        return fresh.token;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }
}
