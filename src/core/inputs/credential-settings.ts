/**
 * Chooses the one credential source of a run, from `auth` when given or else from the credential inputs
 * present, and validates that source's inputs. Secret values are never echoed: errors name inputs only.
 */
import { hasWhitespaceOrControl } from './characters';
import { InputError } from '../errors';
import { allowsCustomEndpoints, customEndpointWarnings, parseEndpointUrl } from './endpoints';
import { parseEntraScope } from './entra-scope';
import { inputRef } from './names';
import { quoteInput } from '../safety/log-safety';
import type { CredentialSettings, CredentialSource } from './settings';
import {
  checkTokenShape,
  parseGuid,
  parseKeyVaultSecretName,
  parseTenant,
  readInput,
  type InputReader,
} from './validate';

export const CREDENTIAL_SOURCES: readonly CredentialSource[] = [
  'refresh-token',
  'access-token',
  'password',
  'key-vault',
  'azure-cli',
];

/** Inputs that select a source by their presence. `azure-cli` is only ever chosen with `auth`. */
const SELECTING_INPUTS: Readonly<Record<CredentialSource, readonly string[]>> = {
  'refresh-token': ['refresh-token'],
  'access-token': ['access-token'],
  password: ['username', 'password'],
  'key-vault': ['key-vault-url', 'key-vault-secret'],
  'azure-cli': [],
};

/** Everything each source reads; anything else given alongside it is reported as ignored. */
const SOURCE_INPUTS: Readonly<Record<CredentialSource, readonly string[]>> = {
  'refresh-token': ['refresh-token', 'client-id', 'tenant-id'],
  'access-token': ['access-token'],
  password: ['username', 'password', 'client-id', 'tenant-id'],
  'key-vault': [
    'key-vault-url',
    'key-vault-secret',
    'client-id',
    'tenant-id',
    'azure-client-id',
    'azure-tenant-id',
  ],
  'azure-cli': [],
};

const CREDENTIAL_INPUTS = [...new Set(Object.values(SOURCE_INPUTS).flat())];

/** What each source needs, for the "none / several sources" errors. */
export const SOURCE_REQUIREMENTS =
  'refresh-token (recommended): `refresh-token` + `client-id` [+ `tenant-id`]; ' +
  'key-vault: `key-vault-url` + `key-vault-secret` + `client-id` [+ `tenant-id`, `azure-client-id`, `azure-tenant-id`]; ' +
  'access-token: `access-token`; ' +
  'password (deprecated): `username` + `password` + `client-id` [+ `tenant-id`]; ' +
  'azure-cli: `auth` set to azure-cli.';

function present(read: InputReader, name: string): boolean {
  return readInput(read, name, true) !== undefined;
}

function chooseSource(read: InputReader): CredentialSource {
  const auth = readInput(read, 'auth');
  const found = CREDENTIAL_INPUTS.filter((name) => present(read, name));
  const selected = CREDENTIAL_SOURCES.filter((source) =>
    SELECTING_INPUTS[source].some((name) => present(read, name)),
  );
  const listed =
    found.length > 0 ? `found: ${found.map(inputRef).join(', ')}` : 'no credential input was given';
  if (auth !== undefined) {
    const source = CREDENTIAL_SOURCES.find((s) => s === auth.toLowerCase());
    if (source === undefined) {
      throw new InputError(
        'auth',
        `Input \`auth\` must name a credential source, got ${quoteInput(auth)}.`,
        `Use one of ${CREDENTIAL_SOURCES.join(', ')}, or leave \`auth\` empty to choose from the inputs given.`,
      );
    }
    const conflicting = selected.filter((s) => s !== source);
    if (conflicting.length > 0) {
      throw new InputError(
        'auth',
        `Input \`auth\` selects ${source}, but inputs of ${conflicting.join(' and ')} were also given (${listed}).`,
        `Give only the inputs of one source. ${SOURCE_REQUIREMENTS}`,
      );
    }
    return source;
  }
  if (selected.length === 1 && selected[0] !== undefined) return selected[0];
  throw new InputError(
    'auth',
    selected.length === 0
      ? `No credential source given (${listed}).`
      : `Several credential sources given: ${selected.join(' and ')} (${listed}); exactly one is allowed.`,
    `Give the inputs of exactly one source. ${SOURCE_REQUIREMENTS}`,
  );
}

function required(read: InputReader, source: CredentialSource, name: string, keepWhitespace = false): string {
  const value = readInput(read, name, keepWhitespace);
  if (value !== undefined) return value;
  throw new InputError(
    name,
    `The ${source} credential source needs input ${inputRef(name)}, which was not given.`,
    `Set ${inputRef(name)}. ${SOURCE_REQUIREMENTS}`,
  );
}

/** Given only when the input is: the credential requests the granular scopes otherwise. */
function entraScope(read: InputReader) {
  const raw = readInput(read, 'entra-scope');
  return raw === undefined ? undefined : parseEntraScope(raw);
}

function tenant(read: InputReader): string {
  const raw = readInput(read, 'tenant-id');
  return raw === undefined ? 'organizations' : parseTenant('tenant-id', raw);
}

function build(read: InputReader, source: CredentialSource): CredentialSettings {
  switch (source) {
    case 'refresh-token':
      return {
        source,
        refreshToken: checkTokenShape('refresh-token', required(read, source, 'refresh-token')),
        clientId: parseGuid('client-id', required(read, source, 'client-id')),
        tenantId: tenant(read),
        entraScope: entraScope(read),
      };
    case 'access-token':
      return { source, accessToken: checkTokenShape('access-token', required(read, source, 'access-token')) };
    case 'password': {
      const username = required(read, source, 'username');
      if (hasWhitespaceOrControl(username)) {
        throw new InputError(
          'username',
          `Input \`username\` must be a sign-in name without spaces, got ${quoteInput(username)}.`,
          'Use the user principal name, e.g. bot@contoso.onmicrosoft.com.',
        );
      }
      return {
        source,
        username,
        password: required(read, source, 'password', true),
        clientId: parseGuid('client-id', required(read, source, 'client-id')),
        tenantId: tenant(read),
        entraScope: entraScope(read),
      };
    }
    case 'key-vault': {
      const tenantId = tenant(read);
      return {
        source,
        keyVaultUrl: parseEndpointUrl(
          'key-vault-url',
          required(read, source, 'key-vault-url'),
          allowsCustomEndpoints(read),
        ),
        keyVaultSecret: parseKeyVaultSecretName(
          'key-vault-secret',
          required(read, source, 'key-vault-secret'),
        ),
        azureClientId: parseGuid('azure-client-id', jobClientId(read), "the job identity's client id"),
        azureTenantId: jobTenant(read, tenantId),
        clientId: parseGuid('client-id', required(read, source, 'client-id')),
        tenantId,
        entraScope: entraScope(read),
      };
    }
    case 'azure-cli':
      return { source };
  }
}

/** A command run by hand has no federated identity of its own to read the vault with. */
const NO_JOB_IDENTITY_ON_CLI =
  'The command line has no job identity to read a Key Vault with: use the refresh-token source ' +
  '(`refresh-token` and `client-id`), or the key-vault source in the GitHub Action or Azure Pipelines task.';

/** The job identity that reads and writes the secret: the app or managed identity the job federates to. */
function jobClientId(read: InputReader): string {
  const raw = readInput(read, 'azure-client-id');
  if (raw !== undefined) return raw;
  throw new InputError(
    'azure-client-id',
    'The key-vault credential source needs input `azure-client-id`: the client id of the app registration ' +
      '(or user-assigned managed identity) whose federated credential trusts this job.',
    {
      github:
        'Set `azure-client-id` (and `azure-tenant-id`) and grant the job `permissions: id-token: write` in the workflow.',
      'azure-pipelines':
        'Set azureSubscription to an Azure Resource Manager service connection that uses workload identity federation.',
      cli: NO_JOB_IDENTITY_ON_CLI,
    },
  );
}

/**
 * The job identity's tenant: a service principal signs in to one specific tenant, so `organizations` and
 * `common` are not valid; without azure-tenant-id, the bot user's tenant-id is used when it is specific.
 */
function jobTenant(read: InputReader, botTenant: string): string {
  const raw = readInput(read, 'azure-tenant-id');
  if (raw !== undefined) return parseTenant('azure-tenant-id', raw, false);
  if (!MULTI_TENANT_ALIASES.has(botTenant.toLowerCase())) return botTenant;
  throw new InputError(
    'azure-tenant-id',
    "The key-vault credential source needs the job identity's tenant: input `azure-tenant-id`, or a specific `tenant-id`.",
    'Set `azure-tenant-id` to the directory (tenant) id of the app registration the job federates to.',
  );
}

const MULTI_TENANT_ALIASES = new Set(['organizations', 'common', 'consumers']);

/** The chosen source's settings, plus warnings (ignored inputs, the deprecated password flow). */
export function parseCredential(read: InputReader): { credential: CredentialSettings; warnings: string[] } {
  const source = chooseSource(read);
  const credential = build(read, source);
  const warnings: string[] = [];
  const ignored = CREDENTIAL_INPUTS.filter(
    (name) => !SOURCE_INPUTS[source].includes(name) && present(read, name),
  );
  if (ignored.length > 0) {
    warnings.push(
      `Ignoring ${ignored.map(inputRef).join(', ')}: the ${source} credential source does not use them.`,
    );
  }
  // Checked for every source (a typo fails); the sources that take a token made elsewhere request none.
  if ((source === 'access-token' || source === 'azure-cli') && entraScope(read) === 'default') {
    warnings.push(
      `Ignoring ${inputRef('entra-scope')}: the ${source} credential source requests no Entra token itself.`,
    );
  }
  if (credential.source === 'key-vault') {
    warnings.push(...customEndpointWarnings([['key-vault-url', credential.keyVaultUrl]]));
  }
  if (source === 'password') {
    warnings.push(
      'The password source uses the resource-owner password flow, which Microsoft has deprecated and which ' +
        'fails for accounts with MFA or Conditional Access. Switch to the refresh-token source ' +
        '(obtain one with `ado-ephemeral-pat login`) or the key-vault source.',
    );
  }
  return { credential, warnings };
}
