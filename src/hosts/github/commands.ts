/**
 * The GitHub Actions runner protocol, written out rather than imported from @actions/core: the toolkit
 * costs ~60 ms of start-up and ~740 KB of bundle for the handful of commands used here (docs/decisions.md).
 * Formats follow actions/toolkit packages/core (command.ts, file-command.ts) and the runner's parser.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/** Escapes command data so that no value can end the command or start a new line. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** A workflow command line: `::name key=value::data`. */
export function commandLine(name: string, data: string, properties: Record<string, string> = {}): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(data)}`;
}

/**
 * Appends `key<<delimiter` heredoc record to a file command (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV).
 * A random delimiter makes it impossible for a value to end the record early. Lines end with os.EOL, as
 * @actions/core writes them: `\r\n` on Windows, which every JavaScript action built on the toolkit sends and
 * the runner therefore reads there; a value's own line breaks are written as they are.
 */
export function appendFileCommand(file: string, key: string, value: string): void {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Refusing to write ${key}: its value contains the file-command delimiter.`);
  }
  appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}
