/** Connects the bot user's credential to the step's host: masking, logging, the job's own identity. */
import { createCredential } from '.';
import type { CredentialContext, UserCredential } from './credential';
import type { Host } from '../host';
import type { HttpClient } from '../net/http';
import { PatClient } from '../azure-devops/pat-client';
import { maskSecret } from '../safety/secrets';
import type { CredentialSettings, Endpoints } from '../inputs/settings';

export function credentialContext(host: Host, http: HttpClient, endpoints: Endpoints): CredentialContext {
  const getIdToken = host.getIdToken?.bind(host);
  return {
    http,
    endpoints,
    mask: (secret) => maskSecret(host, secret),
    warn: (message) => host.warning(message),
    info: (message) => host.info(message),
    debug: (message) => host.debug(message),
    getIdToken: getIdToken && ((audience) => getIdToken(audience, http)),
  };
}

export interface BotConnection {
  credential: UserCredential;
  /** Speaks for the bot user in one organization; masks a new PAT the moment it arrives. */
  pats: PatClient;
}

/** The bot user's credential and PAT client for one organization, wired to the host. */
export function connectBot(
  host: Host,
  http: HttpClient,
  target: { organization: string; endpoints: Endpoints },
  settings: CredentialSettings,
): BotConnection {
  const credential = createCredential(settings, credentialContext(host, http, target.endpoints));
  const pats = new PatClient({
    vsspsUrl: target.endpoints.vsspsUrl,
    organization: target.organization,
    getAccessToken: () => credential.getAccessToken(),
    http,
    mask: (secret) => maskSecret(host, secret),
  });
  return { credential, pats };
}
