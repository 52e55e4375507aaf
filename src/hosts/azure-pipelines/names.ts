/**
 * The task's names for the core's kebab-case inputs and outputs: task.json uses camelCase
 * (`refresh-token` -> `refreshToken`, `authorization-id` -> `authorizationId`), as Azure Pipelines tasks do.
 */

import { inputRef, renameInputs } from '../../core/inputs/names';
import { BOT_CONNECTION_INPUT, BOT_CONNECTION_PARAMETERS } from './bot-connection';

/** Where plain camelCase would misspell a product name. */
const SPELLINGS: Readonly<Record<string, string>> = { 'azure-devops-url': 'azureDevOpsUrl' };

export function taskName(kebab: string): string {
  return SPELLINGS[kebab] ?? kebab.replace(/-([a-z0-9])/g, (_match, char: string) => char.toUpperCase());
}

/**
 * The task's boolean inputs (task.json type `boolean`). task-lib's getBoolInput reads them in any case
 * (`TRUE`, `tRuE`); the task hands the core `true` or `false`, and anything else as it is, to be refused.
 */
export const BOOLEAN_INPUTS: ReadonlySet<string> = new Set([
  'revoke',
  'git-credentials',
  'allow-custom-endpoints',
  'allow-token-scopes',
]);

/** `TRUE` → `true` for a boolean input; any other value as it is. */
export function taskBoolean(name: string, value: string): string {
  if (!BOOLEAN_INPUTS.has(name)) return value;
  const lower = value.trim().toLowerCase();
  return lower === 'true' || lower === 'false' ? lower : value;
}

/** The `auth` option that lets the core infer the credential source from the inputs given (the default). */
export const INFER_AUTH = 'auto';

/** The task input that names the Azure Resource Manager service connection of the Key Vault source. */
export const SERVICE_CONNECTION_INPUT = 'azureSubscription';

/**
 * Core inputs that the task does not take as inputs: they are read from the service connection instead, as
 * its authorization parameters (what `getEndpointAuthorizationParameter` calls them, case-insensitive).
 */
export const SERVICE_CONNECTION_PARAMETERS: Readonly<Record<string, string>> = {
  'azure-client-id': 'serviceprincipalid',
  'azure-tenant-id': 'tenantid',
};

/** Both job identity ids as the core lists them (inputs found, ignored or accepted), in the core's order. */
const SERVICE_CONNECTION_LIST = Object.keys(SERVICE_CONNECTION_PARAMETERS).map(inputRef).join(', ');

/** The bot connection's three values as the core lists them (inputs found or refused), in the core's order. */
const BOT_CONNECTION_LIST = Object.keys(BOT_CONNECTION_PARAMETERS).map(inputRef).join(', ');

/**
 * A core message as the task's user reads it: input names in the task's spelling. A list of both job identity
 * ids becomes `azureSubscription`, the one input behind them. A lone id stays as it is: the message is about
 * that id, which the task takes from the service connection, not as an input of its own. With `botConnection`
 * set, a list of the three values it gives becomes `botConnection`: the user set that, not the three.
 */
export function withTaskInputNames(text: string, options: { botConnection?: boolean } = {}): string {
  let named = text.replaceAll(SERVICE_CONNECTION_LIST, inputRef(SERVICE_CONNECTION_INPUT));
  if (options.botConnection) named = named.replaceAll(BOT_CONNECTION_LIST, inputRef(BOT_CONNECTION_INPUT));
  return renameInputs(named, (name) =>
    Object.hasOwn(SERVICE_CONNECTION_PARAMETERS, name) ? name : taskName(name),
  );
}
