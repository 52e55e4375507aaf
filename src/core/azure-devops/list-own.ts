/** The active tokens this tool minted for the bot user: recognised by the display-name prefix and suffix. */
import { isOwnDisplayName } from './display-name';
import type { PatClient } from './pat-client';

/** A listed token: never the secret (the list API does not return it, and we drop the field anyway). */
export interface OwnToken {
  authorizationId: string;
  displayName: string;
  scope: string;
  /** ISO 8601 as the server wrote it; may be empty when the server omits it. */
  validFrom: string;
  validTo: string;
}

/** Oldest first, so that the tokens most likely to be leftovers come first. */
export async function listOwn(pats: Pick<PatClient, 'list'>): Promise<OwnToken[]> {
  const tokens = await pats.list({ filter: 'active' });
  return tokens
    .filter((token) => isOwnDisplayName(token.displayName))
    .map(({ authorizationId, displayName, scope, validFrom, validTo }) => ({
      authorizationId,
      displayName,
      scope,
      validFrom,
      validTo,
    }))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.displayName.localeCompare(b.displayName));
}
