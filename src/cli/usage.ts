/** Command-line mistakes: exit code 2 and a hint, never echoing a value (it could be a secret). */
import { quoteInput } from '../core/safety/log-safety';
import { editDistance } from '../core/inputs/scopes';

export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The closest known word within two edits, for "did you mean". */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Rewrites node:util parseArgs errors: option names are shown, values and positionals never are. */
export function usageFromParseError(error: unknown, known: readonly string[]): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = /'(-{1,2}[^'=]*)/.exec(message)?.[1] ?? '';
    const guess = closest(name.replace(/^-+/, ''), known);
    return new UsageError(
      `Unknown option ${quoteInput(name, 60)}.`,
      guess ? `Did you mean --${guess}?` : undefined,
    );
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return new UsageError(
      'Unexpected argument (not shown: it could be a secret). Every value belongs to a --flag.',
      'Check for a missing flag name or an unquoted value with spaces.',
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /'(--?[a-z0-9-]+)/i.exec(message)?.[1] ?? 'an option';
    if (message.includes('ambiguous')) {
      return new UsageError(`The value of ${name} starts with a dash.`, `Write it as ${name}=<value>.`);
    }
    if (message.includes('does not take an argument'))
      return new UsageError(`${name} does not take a value.`);
    return new UsageError(`${name} needs a value.`);
  }
  return new UsageError('Invalid arguments.');
}
