/**
 * `login`: signs the bot user in once with the device code flow and stores its refresh token where asked:
 * a 0600 file (--output), a Key Vault secret (--key-vault-url + --key-vault-secret), or stdout (--print).
 * The code to enter goes to stderr; the token never reaches a log.
 */
import {
  allowsCustomEndpoints,
  customEndpointWarnings,
  parseEndpointUrl,
  parseEndpoints,
} from '../../core/inputs/endpoints';
import type { EndpointInput } from '../../core/inputs/endpoint-hosts';
import { httpClientFor } from '../../core/net/host-http';
import { login, type LoginTarget } from '../../core/steps/login';
import { maskSecret } from '../../core/safety/secrets';
import { parseEntraScope } from '../../core/inputs/entra-scope';
import { parseGuid, parseKeyVaultSecretName, parseTenant, readInput } from '../../core/inputs/validate';
import type { Command, CommandContext } from '../command';
import { EXIT } from '../exit-codes';
import { COMMON_HELP, inputOptions } from '../inputs';
import { createHost, guarded, option } from '../run';
import { inputEnvName, type CliHost } from '../../hosts/cli/host';
import { shellArg } from '../../core/safety/shell-command';
import { UsageError } from '../usage';

/** Read through the host, so that each also comes from its ADO_EPHEMERAL_PAT_* variable. */
const LOGIN_INPUTS = [
  'client-id',
  'tenant-id',
  'authority-host',
  'key-vault-url',
  'key-vault-secret',
  'allow-custom-endpoints',
  'entra-scope',
] as const;

const help = `Usage: ado-ephemeral-pat login --client-id <guid> (--output <file> | --key-vault-url <url> --key-vault-secret <name> | --print) [flags]

Signs the bot user in once with the device code flow (open the URL shown on stderr, enter the code, sign in
as the bot user and consent) for the Azure DevOps scopes vso.pats and vso.pats_manage (or, with
--entra-scope default, the resource's .default), prints the scopes Entra granted, then stores the
bot's refresh token for CI. Entra ID rotates it on each use; unused for 90 days, it expires: run login again.

Where to store the refresh token (exactly one):
  --output <file>              a new file readable by you only (mode 0600); never through a symlink;
                               missing directories are created (mode 0700)
  --force                      with --output: replace an existing file
  --key-vault-url <url>        a Key Vault secret (new version), written with your Azure identity
  --key-vault-secret <name>      (az login, or AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET...)
                               [ADO_EPHEMERAL_PAT_KEY_VAULT_URL, ADO_EPHEMERAL_PAT_KEY_VAULT_SECRET]
  --print                      print it to stdout only (pipe it straight into a secret store)

Sign-in:
  --client-id <guid>           the Entra app registration (public client flows allowed, delegated
                               vso.pats + vso.pats_manage)   [ADO_EPHEMERAL_PAT_CLIENT_ID]
  --tenant-id <tenant>         the bot user's tenant (default: organizations)   [ADO_EPHEMERAL_PAT_TENANT_ID]
  --entra-scope <setting>      granular (default): vso.pats + vso.pats_manage; default: the resource's
                               .default, for an app consented only to user_impersonation   [..._ENTRA_SCOPE]
  --authority-host <url>       default https://login.microsoftonline.com   [ADO_EPHEMERAL_PAT_AUTHORITY_HOST]
  --allow-custom-endpoints     allow --authority-host and --key-vault-url outside Microsoft's clouds (and
                               loopback), with a warning   [ADO_EPHEMERAL_PAT_ALLOW_CUSTOM_ENDPOINTS=true]

Examples:
  ado-ephemeral-pat login --client-id 00000000-0000-0000-0000-000000000000 --tenant-id contoso.onmicrosoft.com --output bot.token
  ado-ephemeral-pat login --client-id ... --tenant-id ... --print | gh secret set ADO_REFRESH_TOKEN
  ado-ephemeral-pat login --client-id ... --tenant-id ... --key-vault-url https://my-vault.vault.azure.net --key-vault-secret ado-bot-refresh-token

See docs/credentials.md.

${COMMON_HELP}
`;

/** A store's flag as a message names it: with the variable it came from, when no flag was typed. */
function source(host: CliHost, name: string): string {
  return host.fromVariable(name) ? `--${name} (from ${inputEnvName(name)})` : `--${name}`;
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Keep one store: a variable set for other runs is unset, not overridden (no flag clears it). */
function conflictHint(host: CliHost, vault: boolean): string {
  const variables = vault
    ? ['key-vault-url', 'key-vault-secret'].filter((name) => host.fromVariable(name)).map(inputEnvName)
    : [];
  return variables.length === 0
    ? 'Keep one and drop the other flags.'
    : `Keep one: drop the other flags, or unset ${listed(variables)} (\`${['unset', ...variables].map(shellArg).join(' ')}\`).`;
}

function chooseTarget(context: CommandContext, host: CliHost): LoginTarget {
  const read = (name: string) => host.getInput(name);
  const output = option(context, 'output');
  const vaultUrl = readInput(read, 'key-vault-url');
  const secretName = readInput(read, 'key-vault-secret');
  const print = context.values.print === true;
  // A Key Vault input set as a variable for another command still counts: name where each choice came from.
  const vault = [
    vaultUrl !== undefined ? 'key-vault-url' : '',
    secretName !== undefined ? 'key-vault-secret' : '',
  ]
    .filter(Boolean)
    .map((name) => source(host, name));
  const chosen = [...(output !== undefined ? ['--output'] : []), ...vault, ...(print ? ['--print'] : [])];
  const stores = [output !== undefined, vault.length > 0, print].filter(Boolean).length;
  if (stores !== 1) {
    throw new UsageError(
      'Say where to store the refresh token: exactly one of --output <file>, --key-vault-url with --key-vault-secret, or --print' +
        (stores === 0 ? '.' : `; got ${listed(chosen)}.`),
      stores === 0 ? undefined : conflictHint(host, vault.length > 0),
    );
  }
  if (context.values.force === true && output === undefined)
    throw new UsageError('--force goes with --output only.');
  if (output !== undefined) return { kind: 'file', file: output, force: context.values.force === true };
  if (print) return { kind: 'print' };
  if (vaultUrl === undefined || secretName === undefined) {
    throw new UsageError(
      `${listed(vault)} needs its partner: --key-vault-url and --key-vault-secret go together.`,
    );
  }
  return {
    kind: 'key-vault',
    vaultUrl: parseEndpointUrl('key-vault-url', vaultUrl, allowsCustomEndpoints(read)),
    secretName: parseKeyVaultSecretName('key-vault-secret', secretName),
  };
}

async function run(context: CommandContext): Promise<number> {
  const host = createHost(context, LOGIN_INPUTS);
  const read = (name: string) => host.getInput(name);
  const target = chooseTarget(context, host);
  const clientId = readInput(read, 'client-id');
  if (clientId === undefined) {
    throw new UsageError(
      'login needs --client-id: the Entra app registration the bot user signs in to.',
      'See docs/credentials.md to register one.',
    );
  }
  return guarded(host, async () => {
    const tenantRaw = readInput(read, 'tenant-id');
    const { authorityHost } = parseEndpoints(read);
    const endpoints: [EndpointInput, string][] = [['authority-host', authorityHost]];
    if (target.kind === 'key-vault') endpoints.push(['key-vault-url', target.vaultUrl]);
    for (const warning of customEndpointWarnings(endpoints)) host.warning(warning);
    const result = await login({
      clientId: parseGuid('client-id', clientId),
      tenantId: tenantRaw === undefined ? 'organizations' : parseTenant('tenant-id', tenantRaw),
      authorityHost,
      entraScope: parseEntraScope(readInput(read, 'entra-scope')),
      target,
      http: httpClientFor(host),
      mask: (secret) => maskSecret(host, secret),
      prompt: (message) => host.info(message),
      info: (message) => host.info(message),
      warn: (message) => host.warning(message),
    });
    // stdout carries the token only when asked, and nothing else ever.
    if (result.refreshToken !== undefined) context.io.stdout(`${result.refreshToken}\n`);
    return EXIT.ok;
  });
}

export const command: Command = {
  name: 'login',
  help,
  options: {
    ...inputOptions(LOGIN_INPUTS),
    output: { type: 'string' },
    force: { type: 'boolean' },
    print: { type: 'boolean' },
  },
  run,
};
