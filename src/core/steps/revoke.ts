/**
 * The post step: revoke what the main step minted, by authorization id, or by the unique display name when
 * the create answer was lost (and by name again when a lost create may have been committed late). Never fails
 * the job: a revocation that keeps failing becomes a warning that says how to revoke the token by hand.
 */
import { removeConsumerFiles } from '../consumers/files';
import { connectBot } from '../credentials/context';
import { ActionableError, describeError } from '../errors';
import type { Host } from '../host';
import { MAIN_STEP } from '../platform-text';
import { httpClientFor } from '../net/host-http';
import type { HttpClient } from '../net/http';
import type { PatClient, PatToken } from '../azure-devops/pat-client';
import { parseCredential } from '../inputs/credential-settings';
import { DEFAULT_ENDPOINTS, parseEndpoints } from '../inputs/endpoints';
import { inputRef } from '../inputs/names';
import { parseOrganization } from '../inputs/organization';
import type { Endpoints } from '../inputs/settings';
import { parseBoolean, readInput, type InputReader } from '../inputs/validate';
import { quoteInput } from '../safety/log-safety';
import { maskSecretInputs } from '../safety/secrets';
import { cliCommand } from '../safety/shell-command';
import { readState, type SavedState } from './state';

export type RevokeOutcome =
  'nothing-minted' | 'not-revocable' | 'skipped' | 'expired' | 'revoked' | 'already-gone' | 'failed';

export interface RevokeResult {
  outcome: RevokeOutcome;
  /** The authorization ids this step revoked: by id, by display name, or found committed late. */
  revoked: string[];
}

export interface RevokeDependencies {
  /** Waits between looks for a late-committed create (tests shorten them). */
  sleep?: (ms: number) => Promise<void>;
  http?: HttpClient;
  now?: () => Date;
}

/** The post step may not hold the job for long: cancelled jobs give it seconds, not minutes. */
const POST_RETRY = { attempts: 5, totalMs: 45_000 };

/**
 * A runner whose clock runs ahead of Azure DevOps must not skip a token that is still valid: only a token
 * expired by more than this is skipped; anything closer is revoked, and "already expired" counts as done.
 */
const CLOCK_SKEW_MS = 5 * 60_000;

export async function revokeMinted(host: Host, deps: RevokeDependencies = {}): Promise<RevokeResult> {
  const revoked: string[] = [];
  const outcome = await revokeSaved(host, deps, revoked);
  return { outcome, revoked };
}

/** Revokes what the saved state names; each id it revokes goes into `revoked`. */
async function revokeSaved(host: Host, deps: RevokeDependencies, revoked: string[]): Promise<RevokeOutcome> {
  // Whatever happens to the token, the files that hold it go now.
  removeConsumerFiles(host);
  const state = readState(host);
  if (state.tokenType === 'entra') {
    host.info(
      `Nothing to revoke: with \`token-type\` entra ${MAIN_STEP[host.platform]} handed out an Entra access token, ` +
        `which Azure DevOps cannot revoke; it stops working at ${state.expiresAt ?? 'its expiry'}.`,
    );
    return 'not-revocable';
  }
  if (!state.displayName && !state.authorizationId) {
    host.info(
      state.dryRun
        ? `Nothing to revoke: ${MAIN_STEP[host.platform]} was a dry run and kept no token.`
        : `Nothing to revoke: ${MAIN_STEP[host.platform]} did not mint a token.`,
    );
    return 'nothing-minted';
  }
  // After the check above: inputs the main step refused (an undefined variable) must not fail this step too.
  maskSecretInputs(host);
  const what = describeToken(state);
  try {
    const read = (name: string) => host.getInput(name);
    // `revoke: false` keeps the token the job received. A token it never received (its create answer was
    // lost) is revoked all the same: nothing can use it, and nothing else would ever revoke it.
    // A dry run's probe token is never handed out: `revoke: false` does not keep it.
    const keep = !state.dryRun && !parseBoolean('revoke', readInput(read, 'revoke'), true);
    if (keep && state.authorizationId && !state.createAnswerLost) return kept(host, what, state);
    const now = (deps.now ?? (() => new Date()))();
    if (state.expiresAt && Date.parse(state.expiresAt) + CLOCK_SKEW_MS <= now.getTime()) {
      host.info(`${capitalise(what)} expired at ${state.expiresAt}: nothing to revoke.`);
      return 'expired';
    }
    if (!state.organization || !state.endpoints) {
      throw new Error('the saved state is incomplete (organization or endpoints missing)');
    }
    const target = { organization: state.organization, endpoints: state.endpoints };
    checkSavedTarget(read, target);
    // The main step already showed the credential's warnings (e.g. the deprecated password flow).
    const { credential: credentialSettings } = parseCredential(read);
    const http = deps.http ?? httpClientFor(host, { retry: POST_RETRY });
    const { pats } = connectBot(host, http, target, credentialSettings);
    if (!state.authorizationId) {
      if (keep) host.info(`The job never received ${what} (revoke: false keeps only a token it received).`);
      const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
      return await revokeByName(host, pats, state, sleep, revoked);
    }
    const outcome = keep
      ? kept(host, what, state)
      : await revokeById(host, pats, state.authorizationId, what, revoked);
    if (state.createAnswerLost && state.displayName) {
      await revokeLateCreates(host, pats, state.displayName, state.authorizationId, revoked);
    }
    return outcome;
  } catch (error) {
    host.warning(`Could not revoke ${what}: ${whyAndWhatNow(host, error, state)}`);
    return 'failed';
  }
}

/**
 * The failure and what to do now. A failure that may pass (a server error, throttling) comes with "run the
 * job again later", which would mint a new token and leave this one active: here the advice is to run the
 * revocation again, where the user runs it, or else to revoke the token by hand.
 */
function whyAndWhatNow(host: Host, error: unknown, state: SavedState): string {
  const byHand = handRevokeAdvice(state);
  if (!isTemporary(error)) return `${describeError(error, host.platform)} ${byHand}`;
  const command = host.revokeCommand?.();
  const fix = command
    ? `This is usually temporary: run \`${command}\` again in a few minutes (the saved state was kept). ${byHand}`
    : byHand;
  return describeError(
    new ActionableError(error.kind, error.message, fix, {
      code: error.code,
      status: error.status,
      retryable: true,
      cause: error,
    }),
    host.platform,
  );
}

function isTemporary(error: unknown): error is ActionableError {
  return (
    error instanceof ActionableError &&
    error.retryable &&
    (error.kind === 'server' || error.kind === 'throttled')
  );
}

/**
 * The post step was stopped by SIGINT/SIGTERM (a cancelled job, a step timeout) before the revocation
 * finished: it says so and how to finish by hand, without failing the job (the post step never does).
 */
export function revokeInterrupted(host: Host, signal: string, finished: boolean): number {
  if (finished) {
    host.info(`Stopped on ${signal} after the revocation had finished.`);
    return 0;
  }
  const state = readState(host);
  if (!state.displayName && !state.authorizationId) return 0;
  host.warning(
    `Stopped on ${signal} (the job was cancelled or timed out) before ${describeToken(state)} was revoked. ` +
      handRevokeAdvice(state),
  );
  return 0;
}

function kept(host: Host, what: string, state: SavedState): 'skipped' {
  host.info(`Not revoking ${what} (revoke: false). It stays valid until ${state.expiresAt ?? 'it expires'}.`);
  return 'skipped';
}

async function revokeById(
  host: Host,
  pats: PatClient,
  authorizationId: string,
  what: string,
  revoked: string[],
) {
  const outcome = await pats.revoke(authorizationId);
  if (outcome === 'revoked') {
    revoked.push(authorizationId);
    host.info(`Revoked ${what}.`);
    return 'revoked' as const;
  }
  host.info(`${capitalise(what)} was already revoked or no longer exists: nothing to do.`);
  return 'already-gone' as const;
}

/**
 * When a create answer was lost, the server may commit that create after the main step stopped looking:
 * the post step looks again after these waits (about 10 s in all, well inside a cancelled job's window).
 */
const LATE_COMMIT_WAITS_MS = [3_000, 7_000];

/**
 * The main step saved the name but not the id: the create answer was lost, the step was stopped while it
 * waited to try again, or it was killed while the create was in flight.
 */
async function revokeByName(
  host: Host,
  pats: PatClient,
  state: SavedState,
  sleep: (ms: number) => Promise<void>,
  revoked: string[],
) {
  const displayName = state.displayName ?? '';
  let found = await pats.findActive(displayName);
  for (const wait of state.createAnswerLost ? LATE_COMMIT_WAITS_MS : []) {
    if (found.length > 0) break;
    host.info(
      `No token is named "${displayName}" yet, but a create answer was lost: the server may still commit it. ` +
        `Looking again in ${wait / 1000} s.`,
    );
    await sleep(wait);
    found = await pats.findActive(displayName);
  }
  await revokeEach(pats, found, revoked);
  if (found.length === 0 && state.createAnswerLost) {
    host.warning(
      `No token named "${displayName}" was found, but the answer to a create request was lost in ` +
        `${MAIN_STEP[host.platform]}, so the server may still complete it later. If a token of that name appears in the bot ` +
        `user's Personal access tokens, revoke it: run \`${cliCommand(['revoke', '--display-name', displayName, ...targetArgs(state)])}\`, ` +
        `or clean up on a schedule with \`${cliCommand(['sweep', '--older-than', '2h', ...targetArgs(state)])}\`.`,
    );
    return 'already-gone' as const;
  }
  if (found.length === 0) {
    host.info(`No active token is named "${displayName}": ${MAIN_STEP[host.platform]} minted nothing.`);
    return 'already-gone' as const;
  }
  host.info(
    `${capitalise(MAIN_STEP[host.platform])} did not record the token's id; found ${found.length} token(s) named "${displayName}" ` +
      `and revoked them (${found.map((token) => token.authorizationId).join(', ')}).`,
  );
  return 'revoked' as const;
}

/**
 * A create whose answer was lost, then tried again, may have been committed after the main step looked for
 * it: a second token under the same name that the job never received. One more list finds it.
 */
async function revokeLateCreates(
  host: Host,
  pats: PatClient,
  displayName: string,
  received: string,
  revoked: string[],
) {
  const late = (await pats.findActive(displayName)).filter((token) => token.authorizationId !== received);
  await revokeEach(pats, late, revoked);
  host.info(
    late.length === 0
      ? `A create answer was lost in ${MAIN_STEP[host.platform]}; no other token is named "${displayName}".`
      : `A create answer was lost in ${MAIN_STEP[host.platform]} and the server committed it late: revoked ${late.length} ` +
          `more token(s) named "${displayName}" that the job never received ` +
          `(${late.map((token) => token.authorizationId).join(', ')}).`,
  );
}

/** Revokes each token; one already gone by then (another job's sweep) is not reported as revoked here. */
async function revokeEach(pats: PatClient, tokens: readonly PatToken[], revoked: string[]): Promise<void> {
  for (const token of tokens) {
    if ((await pats.revoke(token.authorizationId)) === 'revoked') revoked.push(token.authorizationId);
  }
}

function describeToken(state: SavedState): string {
  return state.authorizationId
    ? `the token "${state.displayName ?? ''}" (authorization id ${state.authorizationId})`
    : `the token "${state.displayName ?? ''}"`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a user does when revocation could not finish: the token's name and the command that revokes it. */
export function handRevokeAdvice(state: SavedState): string {
  const handle = state.authorizationId
    ? ['--authorization-id', state.authorizationId]
    : ['--display-name', state.displayName ?? ''];
  return (
    `It stays valid until ${state.expiresAt ?? 'it expires'}. Revoke it by hand: in Azure DevOps open ` +
    `User settings > Personal access tokens, select "${state.displayName ?? state.authorizationId}" and ` +
    `choose Revoke; or run \`${cliCommand(['revoke', ...handle, ...targetArgs(state)])}\` with the bot user's ` +
    'credential.'
  );
}

/** `--organization` and, for sovereign clouds and the emulator, the endpoints: where the token lives. */
function targetArgs(state: SavedState): string[] {
  const endpoints = state.endpoints ?? DEFAULT_ENDPOINTS;
  const args = ['--organization', state.organization ?? '<organization>'];
  for (const [flag, value, fallback] of [
    ['--authority-host', endpoints.authorityHost, DEFAULT_ENDPOINTS.authorityHost],
    ['--vssps-url', endpoints.vsspsUrl, DEFAULT_ENDPOINTS.vsspsUrl],
    ['--azure-devops-url', endpoints.azureDevOpsUrl, DEFAULT_ENDPOINTS.azureDevOpsUrl],
  ] as const) {
    if (value !== fallback) args.push(flag, value);
  }
  return args;
}

/**
 * Revocation sends the bot's credential where the saved state says the token lives. A runner's state is the
 * runner's own, but the CLI's state file sits in the job's working directory, where a checkout may have put
 * one: so the state must name the same endpoints (and organization, when given) as this step's inputs,
 * or nothing is sent.
 */
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
