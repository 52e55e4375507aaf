/**
 * The seed configuration: every fact the emulator starts from (tenant, organization, users, apps, policies,
 * behaviour switches for what the public sources leave open). `--config seed.json` / `startEmulator({config})`
 * is deep-merged over `defaultConfig()` (objects merge, arrays and scalars replace). Strings may use the
 * placeholders `{url}`, `{tenantId}`, `{organization}`, `{organizationId}` and `{project}`, filled in once the
 * server listens (see config-load.ts).
 */

/** Azure DevOps' Entra resource (application) id. */
export const AZURE_DEVOPS_RESOURCE = '499b84ac-1321-427f-aa17-267ca6975798';
export const KEY_VAULT_RESOURCE = 'https://vault.azure.net';
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

export interface UserConfig {
  username: string;
  password: string;
  /** Entra object id. */
  oid: string;
  displayName: string;
  /** ROPC (password grant) answers AADSTS50076 for this user. */
  mfaRequired: boolean;
}

export interface BotConfig extends UserConfig {
  /** The bot's generation-0 refresh token; `null` = generate one at first start (and persist it). */
  refreshToken: string | null;
  /** The public client the bot's refresh token was issued to. */
  clientId: string;
}

export interface FederatedCredentialConfig {
  name: string;
  issuer: string;
  subject: string;
  audience: string;
}

export interface AppConfig {
  clientId: string;
  displayName: string;
  /** Public clients need no secret (device code, refresh token, ROPC); confidential clients need one. */
  publicClient: boolean;
  /** Delegated scopes users consented to, per resource id (`499b84ac-…`, `https://vault.azure.net`). */
  delegatedScopes: Record<string, string[]>;
}

export interface ServicePrincipalConfig {
  clientId: string;
  clientSecret: string;
  displayName: string;
  /** Object id of the service principal (the `oid` of its app tokens). */
  oid: string;
  /** Application roles granted per resource id (the `roles` claim). */
  appRoles: Record<string, string[]>;
  federatedCredentials: FederatedCredentialConfig[];
}

export type PatAuthFailureMode = 'redirect' | 'signin-page';
export type RevokeUnknownMode = '404' | '204' | 'tokenNotFound';
export type RefreshTokenReuseMode = 'revoke-family' | 'reject' | 'allow';

export interface PolicyConfig {
  /** Tenant policy "Enforce maximum personal access token lifespan". */
  maxLifespan: { enabled: boolean; days: number; mode: 'clamp' | 'reject'; allowList: string[] };
  /** Tenant policy "Restrict creation of full-scoped personal access tokens" (`app_token`). */
  restrictFullScope: { enabled: boolean; allowList: string[] };
  /** Tenant policy "Restrict creation of global personal access tokens" (`allOrgs: true`). */
  restrictGlobal: { enabled: boolean; allowList: string[] };
  /** After this instant every global PAT create/update gets `globalPATCreationBlocked` (null = never). */
  globalCreationBlockedAfter: string | null;
  /** Org policy "Restrict personal access token (PAT) creation". */
  restrictCreation: { enabled: boolean; allowList: string[]; allowPackagingOnly: boolean };
}

export interface EmulatorConfig {
  tenantId: string;
  organization: string;
  organizationId: string;
  project: string;
  repository: string;
  bot: BotConfig;
  /** Users besides the bot (the default seed has one MFA-protected user). */
  users: UserConfig[];
  /** App registrations used for delegated flows (the bot's public client among them). */
  apps: AppConfig[];
  servicePrincipal: ServicePrincipalConfig;
  /**
   * Service principals and managed identities added to the organization as users (object ids or client ids).
   * An app token of any other identity gets 401 TF401444 on git and REST, as Azure DevOps answers.
   */
  organizationServicePrincipals: string[];
  keyVaultUrl: string;
  github: { requestUrl: string; requestToken: string; issuer: string };
  azurePipelines: {
    oidcRequestUri: string;
    accessToken: string;
    serviceConnectionId: string;
    issuer: string;
  };
  entra: {
    accessTokenLifetimeSeconds: number;
    refreshTokenLifetimeSeconds: number;
    /** What presenting an already-rotated refresh token does (real Entra: unverified; see docs). */
    refreshTokenReuse: RefreshTokenReuseMode;
    /**
     * false: a tenant that consented its apps to Azure DevOps before the granular PAT scopes existed: each app
     * has `user_impersonation` instead of `vso.pats`/`vso.pats_manage`, so asking for those is AADSTS65001.
     */
    granularPatScopesConsented: boolean;
    deviceCodeLifetimeSeconds: number;
    deviceCodePollIntervalSeconds: number;
    /**
     * Azure DevOps scope names (`vso.pats`) that no one consented to in this tenant: `.default` leaves them
     * out of `scp`, and asking for one by name answers AADSTS65001.
     */
    unconsentedScopes: string[];
  };
  /**
   * Tenant users (UPN or object id) who are not members of the organization: Azure DevOps refuses their
   * tokens, and their PATs, on the PAT API and every REST or git call.
   */
  nonMembers: string[];
  pats: {
    /** Refuse `user_impersonation` tokens; only `vso.pats` / `vso.pats_manage` open the API. */
    strictScopes: boolean;
    /** No Authorization header: a 302 to /_signin or a 203 HTML sign-in page. */
    unauthenticated: PatAuthFailureMode;
    /** DELETE of an unknown authorizationId. */
    revokeUnknown: RevokeUnknownMode;
    /** validTo when the create request omits it. */
    defaultLifetimeDays: number;
    /** The hard cap: a later validTo is clamped to now + this. */
    maxLifetimeDays: number;
    /** A validTo in the past: `invalidValidTo`, or accepted (creates an already-expired PAT). */
    pastValidTo: 'reject' | 'accept';
  };
  policy: PolicyConfig;
  throttling: { enabled: boolean; budget: number; windowSeconds: number; costPerRequest: number };
  limits: { maxBodyBytes: number; requestLogSize: number };
  /** Sections owned by other modules (e.g. Key Vault grants) pass through untouched. */
  [section: string]: unknown;
}

export function defaultConfig(): EmulatorConfig {
  return {
    tenantId: '72f988bf-0000-4000-8000-00000000e1e1',
    organization: 'contoso',
    organizationId: '38aaa865-2c70-4bf7-a308-0c6539c38c1a',
    project: 'demo',
    repository: 'demo-repo',
    bot: {
      username: 'pat-bot@contoso.example',
      password: 'emulator-bot-password',
      oid: 'b0b0b0b0-0000-4000-8000-000000000001',
      displayName: 'PAT bot',
      mfaRequired: false,
      refreshToken: null,
      clientId: 'a11ce000-0000-4000-8000-0000000000c1',
    },
    users: [
      {
        username: 'mfa-user@contoso.example',
        password: 'emulator-mfa-password',
        oid: 'b0b0b0b0-0000-4000-8000-000000000002',
        displayName: 'MFA user',
        mfaRequired: true,
      },
    ],
    apps: [
      {
        clientId: 'a11ce000-0000-4000-8000-0000000000c1',
        displayName: 'ado-ephemeral-pat (emulator)',
        publicClient: true,
        delegatedScopes: { [AZURE_DEVOPS_RESOURCE]: ['vso.pats', 'vso.pats_manage'] },
      },
      {
        // Azure CLI's well-known client id: first-party, consented to user_impersonation everywhere.
        clientId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
        displayName: 'Microsoft Azure CLI',
        publicClient: true,
        delegatedScopes: {
          [AZURE_DEVOPS_RESOURCE]: ['user_impersonation'],
          [KEY_VAULT_RESOURCE]: ['user_impersonation'],
        },
      },
    ],
    servicePrincipal: {
      clientId: '5e7c1e00-0000-4000-8000-0000000000a1',
      clientSecret: 'emulator-sp-secret',
      displayName: 'ci-federated-app',
      oid: '5e7c1e00-0000-4000-8000-0000000000b1',
      appRoles: {},
      federatedCredentials: [
        {
          name: 'github-main',
          issuer: '{url}/github-oidc',
          subject: 'repo:octo/demo:ref:refs/heads/main',
          audience: TOKEN_EXCHANGE_AUDIENCE,
        },
        {
          name: 'azure-pipelines-kv-connection',
          issuer: '{url}/azure-pipelines-oidc/{organizationId}',
          subject: 'sc://{organization}/{project}/kv-connection',
          audience: TOKEN_EXCHANGE_AUDIENCE,
        },
      ],
    },
    organizationServicePrincipals: ['5e7c1e00-0000-4000-8000-0000000000a1'],
    keyVaultUrl: '{url}/keyvault',
    github: {
      requestUrl: '{url}/github-oidc/token?api-version=2.0',
      requestToken: 'emulator-github-request-token',
      issuer: '{url}/github-oidc',
    },
    azurePipelines: {
      oidcRequestUri:
        '{url}/{organization}/{project}/_apis/distributedtask/hubs/build/plans/0e0e0e0e-0000-4000-8000-000000000001/jobs/0e0e0e0e-0000-4000-8000-000000000002/oidctoken',
      accessToken: 'emulator-system-access-token',
      serviceConnectionId: 'c0c0c0c0-0000-4000-8000-0000000000a1',
      issuer: '{url}/azure-pipelines-oidc/{organizationId}',
    },
    entra: {
      accessTokenLifetimeSeconds: 3600,
      refreshTokenLifetimeSeconds: 90 * 24 * 3600,
      // Microsoft: "The Microsoft identity platform doesn't revoke old refresh tokens when used to fetch new
      // access tokens" (learn.microsoft.com/entra/identity-platform/refresh-tokens).
      refreshTokenReuse: 'allow',
      granularPatScopesConsented: true,
      deviceCodeLifetimeSeconds: 900,
      deviceCodePollIntervalSeconds: 5,
      unconsentedScopes: [],
    },
    nonMembers: [],
    pats: {
      strictScopes: false,
      unauthenticated: 'redirect',
      revokeUnknown: '404',
      defaultLifetimeDays: 30,
      maxLifetimeDays: 365,
      pastValidTo: 'reject',
    },
    policy: defaultPolicy(),
    throttling: { enabled: true, budget: 10_000, windowSeconds: 300, costPerRequest: 1 },
    limits: { maxBodyBytes: 1024 * 1024, requestLogSize: 1000 },
  };
}

export function defaultPolicy(): PolicyConfig {
  return {
    maxLifespan: { enabled: false, days: 7, mode: 'clamp', allowList: [] },
    restrictFullScope: { enabled: false, allowList: [] },
    restrictGlobal: { enabled: false, allowList: [] },
    globalCreationBlockedAfter: null,
    restrictCreation: { enabled: false, allowList: [], allowPackagingOnly: false },
  };
}
