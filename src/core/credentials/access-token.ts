/**
 * An Entra user access token for Azure DevOps that an earlier step obtained. It cannot be refreshed, so an
 * expired one fails at once with a clear message instead of Azure DevOps' sign-in page.
 */
import { ActionableError } from '../errors';
import { assertDelegatedUserToken, patScopeWarning, tokenExpiry } from '../entra/jwt';
import type { CredentialContext, UserCredential } from './credential';
import { EXPIRY_MARGIN_MS } from './credential';

const ORIGIN = 'the `access-token` input';

export class AccessTokenCredential implements UserCredential {
  readonly source = 'access-token' as const;
  private checked = false;

  constructor(
    private readonly accessToken: string,
    private readonly context: CredentialContext,
    private readonly now: () => number = Date.now,
  ) {
    context.mask(accessToken);
  }

  // async so a failed check rejects the promise rather than throwing synchronously
  // eslint-disable-next-line @typescript-eslint/require-await
  async getAccessToken(): Promise<string> {
    this.check();
    return this.accessToken;
  }

  private check(): void {
    assertDelegatedUserToken(this.accessToken, ORIGIN);
    const expiry = tokenExpiry(this.accessToken);
    if (expiry && expiry.getTime() <= this.now()) {
      throw new ActionableError(
        'auth',
        `The Entra token from ${ORIGIN} expired at ${expiry.toISOString()}.`,
        'Obtain the token right before this step (Entra access tokens live about an hour), or use the ' +
          'refresh-token source, which fetches fresh tokens itself.',
        { code: 'access_token_expired' },
      );
    }
    if (this.checked) return;
    this.checked = true;
    if (expiry && expiry.getTime() - EXPIRY_MARGIN_MS <= this.now()) {
      this.context.warn(
        `The Entra token from ${ORIGIN} expires at ${expiry.toISOString()}, in less than 5 minutes: ` +
          'revoking the PAT at the end of the job may fail. Prefer the refresh-token source.',
      );
    }
    const warning = patScopeWarning(this.accessToken, ORIGIN);
    if (warning) this.context.warn(warning);
  }
}
