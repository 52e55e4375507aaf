/**
 * Creating a PAT is not idempotent: a create whose answer was lost (5xx, timeout, reset connection) may
 * still have been committed. Before asking again, revoke whatever exists under this run's unique display
 * name. The lost request may also be committed after that look (a server still working on it): the caller
 * records the loss so that revocation looks by name again at the end (see revoke.ts). A create the server
 * surely did not act on (refused, or never reached) needs neither.
 */
import { ActionableError } from '../errors';
import type { PatClient, PatToken } from '../azure-devops/pat-client';

export interface CreateRequest {
  displayName: string;
  scope: string[];
  validTo: Date;
}

export interface CreateLog {
  warning(message: string): void;
}

export interface CreateOptions {
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Called before each retry: an answer was lost, so a token the job never receives may appear later. */
  onAnswerLost?: () => void;
}

export async function createReconciled(
  pats: PatClient,
  request: CreateRequest,
  log: CreateLog,
  options: CreateOptions = {},
): Promise<PatToken & { token: string }> {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await pats.create(request);
    } catch (error) {
      if (!(error instanceof ActionableError) || !error.retryable || attempt >= attempts) throw error;
      // Refused, or never reached the server (the client already retried that): asking again cannot help.
      if (error.notApplied) throw error;
      options.onAnswerLost?.();
      const orphans = await pats.findActive(request.displayName);
      for (const orphan of orphans) await pats.revoke(orphan.authorizationId);
      log.warning(
        `Creating the token failed (${error.message}). ` +
          (orphans.length > 0
            ? `It had been created anyway; revoked ${orphans.length} such token(s). `
            : 'No token of this name exists yet; if the server still completes that request, revocation ' +
              'finds the token by its name. ') +
          `Trying again (attempt ${attempt + 1} of ${attempts}).`,
      );
      await sleep(1000 * attempt);
    }
  }
}
