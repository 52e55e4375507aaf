/**
 * Commands the product suggests for a user to paste into a shell. Every argument is quoted, so a value from
 * an input, a saved state or a server (a display name with `$(…)` or a quote in it) stays one literal word.
 */

/** Words made only of these need no quotes in sh, bash, dash, zsh or PowerShell. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One POSIX shell word: bare when plain, otherwise in single quotes (a quote inside becomes `'\''`). */
export function shellArg(value: string): string {
  if (PLAIN_WORD.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** A command line for `npx ado-ephemeral-pat`, each argument quoted. */
export function cliCommand(args: readonly string[]): string {
  return ['npx', 'ado-ephemeral-pat', ...args].map(shellArg).join(' ');
}
