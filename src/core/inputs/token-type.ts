/**
 * The `token-type` input: what the job receives. `pat` (the default) mints a PAT in the bot user's name;
 * `entra` hands over the job's own Entra access token for Azure DevOps, with no bot user and nothing to revoke.
 */
import { InputError } from '../errors';
import { quoteInput } from '../safety/log-safety';
import { readInput, type InputReader } from './validate';

export const TOKEN_TYPES = ['pat', 'entra'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export function readTokenType(read: InputReader): TokenType {
  const raw = readInput(read, 'token-type');
  if (raw === undefined) return 'pat';
  const type = TOKEN_TYPES.find((candidate) => candidate === raw.toLowerCase());
  if (type !== undefined) return type;
  throw new InputError(
    'token-type',
    `Input \`token-type\` must be pat or entra, got ${quoteInput(raw, 40)}.`,
    "Use pat (a PAT minted for the bot user) or entra (the job identity's Entra access token, no bot user).",
  );
}
