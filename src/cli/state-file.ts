/**
 * The state file: what `mint` leaves for `revoke`, the CLI's version of the runner's GITHUB_STATE. It holds
 * only what the core saves (ids, names, dates, endpoints: never a secret) and is rewritten on every save, so
 * the display name is on disk before the create call is sent.
 *
 * Format: `{"tool":"ado-ephemeral-pat","version":1,"state":{"<key>":"<string>",…}}`, mode 0600. A directory
 * created for it (the default `.ado-ephemeral-pat/`) gets a `.gitignore` of `*`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { ActionableError } from '../core/errors';
import { quote } from '../core/safety/log-safety';
import { shellArg } from '../core/safety/shell-command';
import { writePrivateFile } from './files';

export const DEFAULT_STATE_FILE = '.ado-ephemeral-pat/state.json';
const TOOL = 'ado-ephemeral-pat';
const VERSION = 1;

export type StateValues = Record<string, string>;

function invalid(file: string, detail: string): ActionableError {
  return new ActionableError(
    'input',
    `The state file ${quote(file, 200)} is not one this tool wrote (${detail}).`,
    'Give the --state-file that `ado-ephemeral-pat mint` wrote, or revoke with --authorization-id or --display-name.',
    { code: 'invalid_state_file' },
  );
}

/** The saved values, or undefined when the file does not exist. */
export function readStateFile(file: string): StateValues | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid(file, 'not JSON');
  }
  const document = parsed as { tool?: unknown; version?: unknown; state?: unknown } | null;
  if (document?.tool !== TOOL || document.version !== VERSION) throw invalid(file, 'unknown tool or version');
  const state = document.state;
  if (typeof state !== 'object' || state === null || Array.isArray(state)) throw invalid(file, 'no state');
  const values: StateValues = {};
  for (const [key, value] of Object.entries(state)) {
    if (typeof value !== 'string') throw invalid(file, `${key} is not a string`);
    values[key] = value;
  }
  return values;
}

/** `create` fails with `state_file_in_use` when the file exists; `replace` rewrites it. */
export function writeStateFile(file: string, values: StateValues, mode: 'create' | 'replace'): void {
  const text = `${JSON.stringify({ tool: TOOL, version: VERSION, state: values }, null, 2)}\n`;
  try {
    writePrivateFile(file, text, 'state file', mode, { ignoreNewDirectory: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new ActionableError(
      'input',
      `Another process created the state file ${quote(file, 200)} while this mint ran; nothing was minted.`,
      'Give each mint that runs at the same time its own --state-file.',
      { code: 'state_file_in_use', cause: error },
    );
  }
}

/** Deletes the state file; one already gone is fine. */
export function removeStateFile(file: string): void {
  rmSync(file, { force: true });
}

/** The command that revokes what `file` records: plain `revoke` reads only the default file. */
export function revokeCommandFor(file: string): string {
  const args = file === DEFAULT_STATE_FILE ? [] : ['--state-file', file];
  return ['ado-ephemeral-pat', 'revoke', ...args].map(shellArg).join(' ');
}
