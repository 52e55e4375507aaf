/**
 * Commands the product suggests for a user to paste into a shell. Every argument is quoted, so a value from
 * an input, a saved state or a server (a display name with `$(…)` or a quote in it) stays one literal word.
 */

/** Words made only of these need no quotes in sh, bash, dash, zsh or PowerShell. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** POSIX shell single quotes: the only character to escape is the quote itself (it becomes `'\''`). */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** One POSIX shell word: bare when plain, otherwise single-quoted. */
export function shellArg(value: string): string {
  return PLAIN_WORD.test(value) ? value : shellQuote(value);
}

/** A command line for `npx ado-ephemeral-pat`, each argument quoted. */
export function cliCommand(args: readonly string[]): string {
  return ['npx', 'ado-ephemeral-pat', ...args].map(shellArg).join(' ');
}
