/**
 * For the management use cases (revoke by handle, list, sweep): the organization, endpoints and credential
 * from the inputs, validated before any request, and a PatClient that speaks for the bot user.
 */
import { connectBot } from './credential-context';
import { parseCredential } from './credential-settings';
import { parseEndpoints } from './endpoints';
import { InputError } from './errors';
import type { Host } from './host';
import { HttpClient } from './http';
import { parseOrganization } from './organization';
import type { PatClient } from './pats';
import { maskSecretInputs } from './secret-inputs';
import type { Endpoints } from './settings';
import { readInput } from './validate';

export interface PatSession {
  organization: string;
  endpoints: Endpoints;
  pats: PatClient;
}

export function openPatSession(host: Host, deps: { http?: HttpClient } = {}): PatSession {
  maskSecretInputs(host);
  const read = (name: string) => host.getInput(name);
  const endpoints = parseEndpoints(read);
  const raw = readInput(read, 'organization') ?? host.runContext().organization;
  if (raw === undefined) {
    throw new InputError(
      'organization',
      'Input organization is required and was not given.',
      'Set organization to the name ("contoso") or URL ("https://dev.azure.com/contoso") of the Azure DevOps organization.',
    );
  }
  const organization = parseOrganization(raw, endpoints.azureDevOpsUrl);
  const { credential: settings, warnings } = parseCredential(read);
  for (const warning of warnings) host.warning(warning);
  const http = deps.http ?? new HttpClient({ log: (message) => host.debug(message) });
  const { pats } = connectBot(host, http, { organization, endpoints }, settings);
  return { organization, endpoints, pats };
}
