/**
 * The task's names for the core's kebab-case inputs and outputs: task.json uses camelCase
 * (`refresh-token` -> `refreshToken`, `authorization-id` -> `authorizationId`), as Azure Pipelines tasks do.
 */

import { renameInputs } from '../core/input-names';

/** Where plain camelCase would misspell a product name. */
const SPELLINGS: Readonly<Record<string, string>> = { 'azure-devops-url': 'azureDevOpsUrl' };

export function taskName(kebab: string): string {
  return SPELLINGS[kebab] ?? kebab.replace(/-([a-z0-9])/g, (_match, char: string) => char.toUpperCase());
}

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

/**
 * A core message as the task's user reads it: input names in the task's spelling. The job identity's inputs
 * stay as they are: the task takes them from the service connection, not as inputs of its own.
 */
export function withTaskInputNames(text: string): string {
  return renameInputs(text, (name) =>
    Object.hasOwn(SERVICE_CONNECTION_PARAMETERS, name) ? name : taskName(name),
  );
}
