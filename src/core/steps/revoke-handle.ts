/**
 * Revokes a token named by the user rather than by saved state: by authorization id, or by its exact display
 * name (every active token with that name). "Already revoked / not found" counts as done.
 */
import { InputError } from '../errors';
import { DISPLAY_NAME_MAX_ENCODED_LENGTH } from '../azure-devops/display-name';
import { quoteInput } from '../safety/log-safety';
import type { PatClient } from '../azure-devops/pat-client';
import { isGuid } from '../inputs/validate';

export type Handle = { authorizationId: string } | { displayName: string };

export interface HandleRevocation {
  outcome: 'revoked' | 'already-gone';
  /** Authorization ids revoked by this call. */
  revoked: string[];
}

export function checkAuthorizationId(raw: string): string {
  const id = raw.trim();
  if (!isGuid(id)) {
    throw new InputError(
      'authorization-id',
      `--authorization-id must be a GUID, got ${quoteInput(raw)}.`,
      'Use the authorization id that mint printed (e.g. 4ab5764f-4193-4f1d-b995-64144880b7d7), or `list` to find it.',
    );
  }
  return id;
}

export async function revokeHandle(
  pats: Pick<PatClient, 'revoke' | 'findActive'>,
  handle: Handle,
  log: { info(message: string): void },
): Promise<HandleRevocation> {
  if ('authorizationId' in handle) {
    const outcome = await pats.revoke(handle.authorizationId);
    log.info(
      outcome === 'revoked'
        ? `Revoked the token with authorization id ${handle.authorizationId}.`
        : `The token with authorization id ${handle.authorizationId} was already revoked or does not exist.`,
    );
    return outcome === 'revoked'
      ? { outcome: 'revoked', revoked: [handle.authorizationId] }
      : { outcome: 'already-gone', revoked: [] };
  }
  const found = await pats.findActive(handle.displayName);
  const revoked: string[] = [];
  for (const token of found) {
    if ((await pats.revoke(token.authorizationId)) === 'revoked') revoked.push(token.authorizationId);
  }
  // Any name this product builds fits in the limit, so only a name it never built can be hidden.
  const name = quoteInput(handle.displayName, DISPLAY_NAME_MAX_ENCODED_LENGTH);
  log.info(
    revoked.length > 0
      ? `Revoked ${revoked.length} token(s) named ${name} (${revoked.join(', ')}).`
      : `No active token is named ${name}: nothing to revoke.`,
  );
  return { outcome: revoked.length > 0 ? 'revoked' : 'already-gone', revoked };
}
