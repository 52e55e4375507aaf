/**
 * Picks the credential source the settings name. Sources that need heavy libraries load them lazily, in
 * their own files, so the common path starts fast.
 */
import type { CredentialSettings } from '../inputs/settings';
import { AccessTokenCredential } from './access-token';
import { AzureCliCredential } from './azure-cli';
import type { CredentialContext, UserCredential } from './credential';
import { KeyVaultCredential } from './key-vault';
import { PasswordCredential } from './password';
import { RefreshTokenCredential } from './refresh-token';

export type { CredentialContext, UserCredential } from './credential';
export { AccessTokenCredential } from './access-token';
export { RefreshTokenCredential } from './refresh-token';

export function createCredential(settings: CredentialSettings, context: CredentialContext): UserCredential {
  switch (settings.source) {
    case 'refresh-token':
      return new RefreshTokenCredential(
        {
          refreshToken: settings.refreshToken,
          clientId: settings.clientId,
          tenantId: settings.tenantId,
          origin: 'the `refresh-token` input',
          entraScope: settings.entraScope,
        },
        context,
      );
    case 'access-token':
      return new AccessTokenCredential(settings.accessToken, context);
    case 'password':
      return new PasswordCredential(settings, context);
    case 'key-vault':
      // @azure/identity loads only when this credential first asks Key Vault for a token.
      return new KeyVaultCredential(settings, context);
    case 'azure-cli':
      return new AzureCliCredential(context);
  }
}
