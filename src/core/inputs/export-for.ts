/**
 * The `export-for` input: the tools a later step runs, each fed the token the way it reads one. Parsed like
 * `scopes` (spaces, commas or new lines); names are matched in any case.
 */
import { InputError } from '../errors';
import { inputRef } from './names';
import { quoteInput } from '../safety/log-safety';

/** Every consumer a user may name. `git` stands for `git-credentials: true`. */
export const CONSUMER_NAMES = ['az', 'terraform', 'nuget', 'npm', 'renovate', 'git'] as const;
export type ConsumerName = (typeof CONSUMER_NAMES)[number];

const SEPARATORS = /[\s,]+/;

export function parseExportFor(raw: string | undefined): ConsumerName[] {
  if (raw === undefined) return [];
  const names = new Set<ConsumerName>();
  for (const token of raw.split(SEPARATORS).filter((part) => part !== '')) {
    const name = token.toLowerCase();
    if (!(CONSUMER_NAMES as readonly string[]).includes(name)) {
      throw new InputError(
        'export-for',
        `Input ${inputRef('export-for')} names an unknown tool ${quoteInput(token, 40)}.`,
        `Use one or more of: ${CONSUMER_NAMES.join(', ')} (terraform also serves Pulumi's azuredevops provider).`,
      );
    }
    names.add(name as ConsumerName);
  }
  return [...names];
}
