/**
 * For the management use cases (revoke by handle, list, sweep): the organization, endpoints and credential
 * from the inputs, validated before any request, and a PatClient that speaks for the bot user.
 */
import { connectBot } from '../credentials/context';
import { parseCredential } from '../inputs/credential-settings';
import { endpointWarnings, parseEndpoints } from '../inputs/endpoints';
import type { Host } from '../host';
import { httpClientFor } from '../net/host-http';
import type { HttpClient } from '../net/http';
import { readOrganization } from '../inputs/organization';
import type { PatClient } from '../azure-devops/pat-client';
import { maskSecretInputs } from '../safety/secrets';
import type { Endpoints } from '../inputs/settings';

export interface PatSession {
  organization: string;
  endpoints: Endpoints;
  pats: PatClient;
}

export function openPatSession(host: Host, deps: { http?: HttpClient } = {}): PatSession {
  maskSecretInputs(host);
  const read = (name: string) => host.getInput(name);
  const endpoints = parseEndpoints(read);
  const organization = readOrganization(read, endpoints.azureDevOpsUrl, host.runContext().organization);
  const { credential: settings, warnings } = parseCredential(read);
  for (const warning of [...endpointWarnings(endpoints), ...warnings]) host.warning(warning);
  const http = deps.http ?? httpClientFor(host);
  const { pats } = connectBot(host, http, { organization, endpoints }, settings);
  return { organization, endpoints, pats };
}
