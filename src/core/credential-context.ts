/** Connects a credential source to the step's host: masking, logging and the job's own identity. */
import type { CredentialContext } from './credentials/credential';
import type { Host } from './host';
import type { HttpClient } from './http';
import { maskSecret } from './secret-inputs';
import type { Endpoints } from './settings';

export function credentialContext(host: Host, http: HttpClient, endpoints: Endpoints): CredentialContext {
  return {
    http,
    endpoints,
    mask: (secret) => maskSecret(host, secret),
    warn: (message) => host.warning(message),
    info: (message) => host.info(message),
    debug: (message) => host.debug(message),
    getIdToken: host.getIdToken?.bind(host),
  };
}
