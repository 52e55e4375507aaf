/**
 * Raw inputs -> one validated Settings value. Every check that can be made without the network is made
 * here, so an invalid input fails before any request is sent.
 */
import { parseCredential } from './credential-settings';
import { endpointWarnings, parseEndpoints } from './endpoints';
import type { EntraScopeSetting } from '../entra/scopes';
import { InputError } from '../errors';
import { parseExportFor, type ConsumerName } from './export-for';
import { parseFeeds, type Feeds } from './feeds';
import { DEFAULT_LIFETIME, parseLifetime } from './lifetime';
import { readOrganization } from './organization';
import { inputRef } from './names';
import { ALLOW_TOKEN_SCOPES, parseScopes, SCOPE_CATALOGUE, TOKEN_SCOPES } from './scopes';
import { parseBoolean, parseExportVariable, readInput, type InputReader } from './validate';

export interface Endpoints {
  /** e.g. https://login.microsoftonline.com (no trailing slash) */
  authorityHost: string;
  /** e.g. https://vssps.dev.azure.com (no trailing slash) */
  vsspsUrl: string;
  /** e.g. https://dev.azure.com (no trailing slash) */
  azureDevOpsUrl: string;
}

/** The delegated scopes the bot's Entra token is requested with (`entra-scope`); undefined: granular. */
interface EntraScopeChoice {
  entraScope?: EntraScopeSetting;
}

export type CredentialSettings =
  | ({ source: 'refresh-token'; refreshToken: string; clientId: string; tenantId: string } & EntraScopeChoice)
  | { source: 'access-token'; accessToken: string }
  | ({
      source: 'password';
      username: string;
      password: string;
      clientId: string;
      tenantId: string;
    } & EntraScopeChoice)
  | ({
      source: 'key-vault';
      keyVaultUrl: string;
      keyVaultSecret: string;
      /** The job's federated identity (service principal) that may read and write the secret. */
      azureClientId: string;
      azureTenantId: string;
      /** The app and tenant the stored refresh token belongs to. */
      clientId: string;
      tenantId: string;
    } & EntraScopeChoice)
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
  /** The tools to feed the token (`export-for`), `git` excluded: it turns `gitCredentials` on. */
  exportFor: Exclude<ConsumerName, 'git'>[];
  /** Azure Artifacts feeds for the nuget and npm consumers. */
  feeds: Feeds;
  endpoints: Endpoints;
  credential: CredentialSettings;
}

export type { InputReader } from './validate';

export interface ParsedSettings {
  settings: Settings;
  /** Non-fatal findings (high-privilege scopes, deprecated password flow…), to print as warnings. */
  warnings: string[];
}

function highPrivilegeWarning(scopes: readonly string[]): string {
  const areas = [...new Set(scopes.map((id) => SCOPE_CATALOGUE.get(id)?.area ?? id))].join(', ');
  return (
    `Requested high-privilege scope${scopes.length > 1 ? 's' : ''} ${scopes.join(', ')} (${areas}). ` +
    'Keep them only if the job needs them: the token can do everything they allow until it is revoked.'
  );
}

function tokenScopesWarning(scopes: readonly string[]): string {
  return (
    `Scope${scopes.length > 1 ? 's' : ''} ${scopes.join(', ')}, allowed by ${inputRef(ALLOW_TOKEN_SCOPES)}: ` +
    'the PAT can mint or manage tokens, and a token it makes is not revoked when the job ends.'
  );
}

/**
 * Validates every input (names as in action.yml, kebab-case) into Settings. Throws an InputError, naming
 * the input, for the first invalid one; `defaults.organization` is the platform's own organization
 * (Azure Pipelines' System.CollectionUri), used when the organization input is empty.
 */
export function parseSettings(read: InputReader, defaults: { organization?: string } = {}): ParsedSettings {
  const endpoints = parseEndpoints(read);
  const organization = readOrganization(read, endpoints.azureDevOpsUrl, defaults.organization);
  const scopesRaw = readInput(read, 'scopes');
  if (scopesRaw === undefined) {
    throw new InputError(
      'scopes',
      'Input `scopes` is required: Azure DevOps would turn an empty scope into a full-access token.',
      'List only the scopes the job needs, in `scopes`, e.g. `vso.code` to clone or `vso.code_write` to push.',
    );
  }
  const allowTokenScopes = parseBoolean(ALLOW_TOKEN_SCOPES, readInput(read, ALLOW_TOKEN_SCOPES), false);
  const { scopes, highPrivilege } = parseScopes(scopesRaw, { allowTokenScopes });
  const lifetime = parseLifetime(readInput(read, 'lifetime') ?? DEFAULT_LIFETIME);
  const revoke = parseBoolean('revoke', readInput(read, 'revoke'), true);
  const exportFor = parseExportFor(readInput(read, 'export-for'));
  const { feeds, warnings: feedWarnings } = parseFeeds(readInput(read, 'feeds'), organization, exportFor);
  const gitCredentials =
    parseBoolean('git-credentials', readInput(read, 'git-credentials'), false) || exportFor.includes('git');
  const exportRaw = readInput(read, 'export-variable');
  const exportVariable =
    exportRaw === undefined ? undefined : parseExportVariable('export-variable', exportRaw);
  const { credential, warnings } = parseCredential(read);
  warnings.push(...feedWarnings);
  const tokenScopes = scopes.filter((id) => TOKEN_SCOPES.has(id));
  if (tokenScopes.length > 0) warnings.unshift(tokenScopesWarning(tokenScopes));
  if (highPrivilege.length > 0) warnings.unshift(highPrivilegeWarning(highPrivilege));
  warnings.unshift(...endpointWarnings(endpoints));
  return {
    settings: {
      organization,
      scopes,
      highPrivilegeScopes: highPrivilege,
      lifetime,
      displayName: readInput(read, 'display-name'),
      revoke,
      gitCredentials,
      exportVariable,
      exportFor: exportFor.filter((name) => name !== 'git'),
      feeds,
      endpoints,
      credential,
    },
    warnings,
  };
}
