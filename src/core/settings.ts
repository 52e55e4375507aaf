/**
 * Raw inputs -> one validated Settings value. Every check that can be made without the network is made
 * here, so an invalid input fails before any request is sent.
 */
export interface Endpoints {
  /** e.g. https://login.microsoftonline.com (no trailing slash) */
  authorityHost: string;
  /** e.g. https://vssps.dev.azure.com (no trailing slash) */
  vsspsUrl: string;
  /** e.g. https://dev.azure.com (no trailing slash) */
  azureDevOpsUrl: string;
}

export type CredentialSettings =
  | { source: 'refresh-token'; refreshToken: string; clientId: string; tenantId: string }
  | { source: 'access-token'; accessToken: string }
  | { source: 'password'; username: string; password: string; clientId: string; tenantId: string }
  | {
      source: 'key-vault';
      keyVaultUrl: string;
      keyVaultSecret: string;
      /** The job's federated identity (service principal) that may read and write the secret. */
      azureClientId?: string;
      azureTenantId?: string;
      /** The app and tenant the stored refresh token belongs to. */
      clientId: string;
      tenantId: string;
    }
  | { source: 'azure-cli' };

export type CredentialSource = CredentialSettings['source'];

export interface Settings {
  /** The organization name, e.g. "contoso" (never a URL). */
  organization: string;
  /** Normalised, de-duplicated full scope ids ("vso.code_write"), implied scopes folded away, sorted. */
  scopes: string[];
  /** High-privilege scopes among `scopes`, for the warning. */
  highPrivilegeScopes: string[];
  lifetime: { milliseconds: number; text: string };
  /** What the user asked for; undefined means derive it from the run. */
  displayName: string | undefined;
  revoke: boolean;
  gitCredentials: boolean;
  /** Name of an environment variable to export the token to; undefined for none. */
  exportVariable: string | undefined;
  endpoints: Endpoints;
  credential: CredentialSettings;
}

export type InputReader = (name: string) => string | undefined;

export interface ParsedSettings {
  settings: Settings;
  /** Non-fatal findings (high-privilege scopes, deprecated password flow…), to print as warnings. */
  warnings: string[];
}
