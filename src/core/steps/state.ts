/**
 * What the main step leaves for the post step. Never a secret: revocation needs only the authorization id
 * (or, when the create answer was lost, the unique display name) and a fresh Entra token.
 */
import type { Endpoints } from '../inputs/settings';
import { ActionableError } from '../errors';
import type { Host } from '../host';
import { whileInFlight } from '../safety/signals';

export interface SavedState {
  /** Saved before the create call, so a lost answer can still be found and revoked by name. */
  displayName?: string;
  authorizationId?: string;
  /**
   * A create request's answer was lost before the one that succeeded: the server may still commit it later,
   * as a second token under the same display name that the job never received.
   */
  createAnswerLost?: boolean;
  /** ISO 8601, as granted by the server. */
  expiresAt?: string;
  organization?: string;
  endpoints?: Endpoints;
  /** `entra` when the main step handed out the job identity's Entra token: nothing to revoke. */
  tokenType?: 'entra';
  /** The main step was a dry run: it kept no token (a probe it minted, it revoked). */
  dryRun?: boolean;
}

const KEYS = {
  displayName: 'displayName',
  authorizationId: 'authorizationId',
  createAnswerLost: 'createAnswerLost',
  expiresAt: 'expiresAt',
  organization: 'organization',
  authorityHost: 'authorityHost',
  vsspsUrl: 'vsspsUrl',
  azureDevOpsUrl: 'azureDevOpsUrl',
  tokenType: 'tokenType',
  dryRun: 'dryRun',
} as const;

/** Saved just before the create call. */
export function savePending(
  host: Host,
  organization: string,
  endpoints: Endpoints,
  displayName: string,
): void {
  host.saveState(KEYS.organization, organization);
  host.saveState(KEYS.authorityHost, endpoints.authorityHost);
  host.saveState(KEYS.vsspsUrl, endpoints.vsspsUrl);
  host.saveState(KEYS.azureDevOpsUrl, endpoints.azureDevOpsUrl);
  host.saveState(KEYS.displayName, displayName);
}

/**
 * Saved when a create request's answer is lost and the create is tried again, or when the step is stopped
 * before a create in flight answered.
 */
export function saveCreateAnswerLost(host: Host): void {
  host.saveState(KEYS.createAnswerLost, 'true');
}

/**
 * Runs a create. A step that stops waiting for it (a stop signal's grace ran out) never learns whether the
 * server committed it: that counts as a lost answer, so revocation looks for the name again later.
 */
export function untilCreated<T>(host: Host, create: () => Promise<T>): Promise<T> {
  return whileInFlight(create, () => saveCreateAnswerLost(host));
}

/** Saved as soon as the create answer arrives. */
export function saveMinted(host: Host, authorizationId: string, expiresAt: string): void {
  host.saveState(KEYS.authorizationId, authorizationId);
  host.saveState(KEYS.expiresAt, expiresAt);
}

/** Saved by `token-type: entra`: the mode and the expiry, so the post step can say why it revokes nothing. */
export function saveBearer(host: Host, expiresAt: string): void {
  host.saveState(KEYS.tokenType, 'entra');
  host.saveState(KEYS.expiresAt, expiresAt);
}

/** Saved by a dry run, so the post step can say why it has nothing to revoke. */
export function saveDryRun(host: Host): void {
  host.saveState(KEYS.dryRun, 'true');
}

export function readState(host: Host): SavedState {
  const get = (key: string) => host.getState(key);
  const authorityHost = get(KEYS.authorityHost);
  const vsspsUrl = get(KEYS.vsspsUrl);
  const azureDevOpsUrl = get(KEYS.azureDevOpsUrl);
  return {
    displayName: get(KEYS.displayName),
    authorizationId: get(KEYS.authorizationId),
    createAnswerLost: get(KEYS.createAnswerLost) === 'true',
    expiresAt: get(KEYS.expiresAt),
    organization: get(KEYS.organization),
    tokenType: get(KEYS.tokenType) === 'entra' ? 'entra' : undefined,
    dryRun: get(KEYS.dryRun) === 'true',
    endpoints:
      authorityHost && vsspsUrl && azureDevOpsUrl ? { authorityHost, vsspsUrl, azureDevOpsUrl } : undefined,
  };
}

/**
 * What a failed create leaves for the post step: only a create that may have reached the server (no answer
 * was lost before it, and the error does not say the server surely did nothing) keeps the pending state.
 */
export function settleFailedCreate(host: Host, error: unknown, answerLost: boolean): void {
  if (!answerLost && error instanceof ActionableError && error.notApplied) host.clearState();
}
