/**
 * Inputs of `token-type: entra`: the job's own federated identity (`azure-client-id`, `azure-tenant-id`) and
 * what the main step does with its token. An input that only shapes a PAT or names the bot user's credential
 * is refused, not ignored: a user who wrote `scopes: vso.code` must not believe the bearer token is limited to
 * it (it carries every permission of the identity in the organization).
 */
import { InputError } from '../errors';
import { DRY_RUN, parseDryRun } from './dry-run';
import { parseEntraScope } from './entra-scope';
import { endpointWarnings, parseEndpoints } from './endpoints';
import { DEFAULT_LIFETIME } from './lifetime';
import { CREDENTIAL_INPUTS, inputRef } from './names';
import { readOrganization } from './organization';
import { ALLOW_TOKEN_SCOPES } from './scopes';
import type { Endpoints } from './settings';
import {
  parseBoolean,
  parseExportVariable,
  parseGuid,
  parseTenant,
  readInput,
  type InputReader,
} from './validate';

export interface BearerSettings {
  organization: string;
  endpoints: Endpoints;
  /** The service principal or managed identity whose federated credential trusts this job. */
  identity: { clientId: string; tenantId: string };
  gitCredentials: boolean;
  exportVariable: string | undefined;
}

/** The job identity's ids: everything else of CREDENTIAL_INPUTS belongs to the bot user. */
const JOB_IDENTITY_INPUTS = ['azure-client-id', 'azure-tenant-id'];

/**
 * PAT-only inputs, each with the value it takes when not given: the runners pass an action's or task's
 * defaults as if the user had written them, and a default changes nothing.
 */
const PAT_ONLY: readonly [name: string, unset: (raw: string) => boolean][] = [
  ['scopes', () => false],
  ['lifetime', (raw) => raw === DEFAULT_LIFETIME],
  ['display-name', () => false],
  ['revoke', (raw) => parseBoolean('revoke', raw, true)],
  [ALLOW_TOKEN_SCOPES, (raw) => !parseBoolean(ALLOW_TOKEN_SCOPES, raw, false)],
  ['entra-scope', (raw) => parseEntraScope(raw) === 'granular'],
  ['export-for', () => false],
  ['feeds', () => false],
  // The dry run checks the bot user's PAT path (its credential, policies, scopes): nothing of entra's.
  [DRY_RUN, (raw) => parseDryRun(() => raw) === 'off'],
  ...CREDENTIAL_INPUTS.filter((name) => !JOB_IDENTITY_INPUTS.includes(name) && name !== 'entra-scope').map(
    (name) => [name, () => false] as [string, (raw: string) => boolean],
  ),
];

function refusePatInputs(read: InputReader): void {
  const given = PAT_ONLY.filter(([name, unset]) => {
    const raw = readInput(read, name, true);
    return raw !== undefined && !unset(raw.trim());
  }).map(([name]) => name);
  const first = given[0];
  if (first === undefined) return;
  // Worded for any number of inputs: a platform may show several of them as the one setting behind them.
  throw new InputError(
    first,
    `Only for \`token-type\` pat: ${given.map(inputRef).join(', ')}. ` +
      "With entra the job receives its own identity's Entra access token: it has the identity's permissions in " +
      'the organization (no PAT scopes), Entra sets its lifetime (about an hour), it cannot be revoked, and no ' +
      "bot user's credential is used.",
    'Leave out what is listed, or set `token-type` to pat to mint a PAT for the bot user.',
    'pat_only_input',
  );
}

function jobClientId(read: InputReader): string {
  const raw = readInput(read, 'azure-client-id');
  if (raw !== undefined) return parseGuid('azure-client-id', raw, "the job identity's client id");
  throw new InputError(
    'azure-client-id',
    '`token-type` entra needs `azure-client-id`: the client id of the app registration (or user-assigned ' +
      'managed identity) whose federated credential trusts this job.',
    {
      github:
        'Set `azure-client-id` and `azure-tenant-id`, and grant the job `permissions: id-token: write`.',
      'azure-pipelines': 'Set azureSubscription to a service connection with workload identity federation.',
      cli: "The command line has no job identity: use `token-type` pat with the bot user's credential.",
    },
  );
}

function jobTenantId(read: InputReader): string {
  const raw = readInput(read, 'azure-tenant-id');
  // A service principal signs in to one tenant: `organizations` and `common` do not apply.
  if (raw !== undefined) return parseTenant('azure-tenant-id', raw, false);
  throw new InputError(
    'azure-tenant-id',
    "`token-type` entra needs `azure-tenant-id`: the directory (tenant) id of the job identity's app.",
    'Set `azure-tenant-id` to the tenant your Azure DevOps organization is connected to.',
  );
}

export function parseBearerSettings(
  read: InputReader,
  defaults: { organization?: string } = {},
): { settings: BearerSettings; warnings: string[] } {
  refusePatInputs(read);
  const endpoints = parseEndpoints(read);
  const organization = readOrganization(read, endpoints.azureDevOpsUrl, defaults.organization);
  const identity = { clientId: jobClientId(read), tenantId: jobTenantId(read) };
  const gitCredentials = parseBoolean('git-credentials', readInput(read, 'git-credentials'), false);
  const exportRaw = readInput(read, 'export-variable');
  const exportVariable =
    exportRaw === undefined ? undefined : parseExportVariable('export-variable', exportRaw);
  return {
    settings: { organization, endpoints, identity, gitCredentials, exportVariable },
    warnings: endpointWarnings(endpoints),
  };
}
