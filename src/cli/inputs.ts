/**
 * The action's inputs as flags: `--<input> <value>`, or the variable `ADO_EPHEMERAL_PAT_<INPUT>` (upper
 * case, `-` as `_`). The opt-ins are switches: `--allow-custom-endpoints` alone means true. Each command
 * declares the inputs it reads; the host ignores every other one.
 */
import { CREDENTIAL_INPUTS, ENDPOINT_INPUTS, OPT_IN_INPUTS } from '../core/inputs/names';
import { SECRET_INPUTS } from '../core/safety/secrets';
import type { CliHost } from '../hosts/cli/host';
import { inputEnvName } from '../hosts/cli/host';
import type { OptionSpecs, OptionValues } from './command';

/** What every command that talks to Azure DevOps needs. */
export const CONNECTION_INPUTS = [
  'organization',
  ...CREDENTIAL_INPUTS,
  ...ENDPOINT_INPUTS,
  'allow-custom-endpoints',
] as const;

/** The action's inputs except `revoke` (a CLI revokes with its own command). */
export const MINT_INPUTS = [
  'organization',
  'scopes',
  'lifetime',
  'display-name',
  'git-credentials',
  'export-variable',
  'token-type',
  'export-for',
  'feeds',
  ...CREDENTIAL_INPUTS,
  ...ENDPOINT_INPUTS,
  ...OPT_IN_INPUTS,
] as const;

/** What a mint needs to be checked: its token, organization, credential and endpoints. */
export const DOCTOR_INPUTS = [
  'organization',
  'scopes',
  'lifetime',
  ...CREDENTIAL_INPUTS,
  ...ENDPOINT_INPUTS,
  ...OPT_IN_INPUTS,
] as const;

const SWITCHES: ReadonlySet<string> = new Set(OPT_IN_INPUTS);

export function inputOptions(names: readonly string[]): OptionSpecs {
  return Object.fromEntries(
    names.map((name) => [name, { type: SWITCHES.has(name) ? ('boolean' as const) : ('string' as const) }]),
  );
}

/** The values given as flags, by input name; a switch given is `true`, as its variable would say. */
export function inputFlags(
  values: OptionValues,
  names: readonly string[],
): Record<string, string | undefined> {
  const flags: Record<string, string | undefined> = {};
  for (const name of names) {
    const value = values[name];
    if (typeof value === 'string') flags[name] = value;
    if (value === true) flags[name] = 'true';
  }
  return flags;
}

/** A secret on the command line is readable by every local user (`ps`, /proc): say so. */
export function warnSecretFlags(host: CliHost, values: OptionValues): void {
  for (const name of SECRET_INPUTS) {
    if (typeof values[name] === 'string') {
      host.warning(
        `--${name} on the command line is visible to other processes on this machine; ` +
          `set ${inputEnvName(name)} instead.`,
      );
    }
  }
}

export const CONNECTION_HELP = `Organization and credential (flag, or the variable in brackets):
  --organization <name|url>    Azure DevOps organization   [ADO_EPHEMERAL_PAT_ORGANIZATION]
  --refresh-token <token>      the bot user's refresh token (from \`login\`)   [ADO_EPHEMERAL_PAT_REFRESH_TOKEN]
  --client-id <guid>           the Entra app the refresh token belongs to   [ADO_EPHEMERAL_PAT_CLIENT_ID]
  --tenant-id <tenant>         the bot user's tenant (default: organizations)   [ADO_EPHEMERAL_PAT_TENANT_ID]
  --access-token <jwt>         a delegated Entra user token for Azure DevOps   [ADO_EPHEMERAL_PAT_ACCESS_TOKEN]
  --username, --password       resource-owner password flow (deprecated, no MFA)   [..._USERNAME, ..._PASSWORD]
  --key-vault-url, --key-vault-secret, --azure-client-id, --azure-tenant-id   Key Vault source
  --auth <source>              refresh-token | access-token | password | key-vault | azure-cli
  --entra-scope <setting>      granular (default: vso.pats + vso.pats_manage) or default (the resource's
                               .default, for an app consented only to user_impersonation)   [..._ENTRA_SCOPE]
  Secrets belong in the variables, not in flags: flags are visible in the process list.

Endpoints (sovereign clouds, the emulator):
  --authority-host <url>       default https://login.microsoftonline.com   [ADO_EPHEMERAL_PAT_AUTHORITY_HOST]
  --vssps-url <url>            default https://vssps.dev.azure.com   [ADO_EPHEMERAL_PAT_VSSPS_URL]
  --azure-devops-url <url>     default https://dev.azure.com   [ADO_EPHEMERAL_PAT_AZURE_DEVOPS_URL]
  --allow-custom-endpoints     allow hosts outside Microsoft's clouds (and loopback) in the endpoint flags and
                               --key-vault-url, with a warning   [ADO_EPHEMERAL_PAT_ALLOW_CUSTOM_ENDPOINTS=true]`;

export const COMMON_HELP = `Common:
  --debug                      print debug lines (request retries, credential steps) to stderr
  -h, --help                   this help
Exit codes: 0 ok, 1 failure (doctor: a check failed), 2 usage or input error (no token created or revoked), 3 revocation failed.`;
