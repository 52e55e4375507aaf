/**
 * Revocation sends the bot's credential where the saved state says the token lives. A runner's state is the
 * runner's own, but the CLI's state file sits in the job's working directory, where a checkout may have put
 * one: so the state must name the same endpoints (and organization, when given) as this step's inputs,
 * or nothing is sent.
 */
import { parseEndpoints } from '../inputs/endpoints';
import { ActionableError } from '../errors';
import { inputRef } from '../inputs/names';
import { quoteInput } from '../safety/log-safety';
import { parseOrganization } from '../inputs/organization';
import type { Endpoints } from '../inputs/settings';
import { readInput, type InputReader } from '../inputs/validate';

const ENDPOINT_KEYS: readonly [keyof Endpoints, string][] = [
  ['authorityHost', 'authority-host'],
  ['vsspsUrl', 'vssps-url'],
  ['azureDevOpsUrl', 'azure-devops-url'],
];

export function checkSavedTarget(
  read: InputReader,
  saved: { organization: string; endpoints: Endpoints },
): void {
  const endpoints = parseEndpoints(read);
  for (const [key, input] of ENDPOINT_KEYS) {
    if (endpoints[key] !== saved.endpoints[key]) {
      throw mismatch(input, saved.endpoints[key], endpoints[key]);
    }
  }
  const organization = readInput(read, 'organization');
  if (organization === undefined) return;
  const given = parseOrganization(organization, endpoints.azureDevOpsUrl);
  if (given.toLowerCase() !== saved.organization.toLowerCase()) {
    throw mismatch('organization', saved.organization, given);
  }
}

function mismatch(input: string, saved: string, given: string): ActionableError {
  return new ActionableError(
    'input',
    `The saved state is for ${inputRef(input)} ${quoteInput(saved, 200)}, but this step's ${inputRef(input)} is ` +
      `${quoteInput(given, 200)}. Nothing was sent: the bot's credential goes only where the inputs say.`,
    `Give the same ${inputRef(input)} as when the token was minted. A state file you did not write: delete it.`,
    { code: 'state_mismatch' },
  );
}
