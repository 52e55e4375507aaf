/**
 * The state file: what `mint` leaves for `revoke`, the CLI's version of the runner's GITHUB_STATE. It holds
 * only what the core saves (ids, names, dates, endpoints: never a secret) and is rewritten on every save, so
 * the display name is on disk before the create call is sent.
 *
 * Format: `{"tool":"ado-ephemeral-pat","version":1,"state":{"<key>":"<string>",…}}`, mode 0600. A directory
 * created for it (the default `.ado-ephemeral-pat/`) gets a `.gitignore` of `*`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { DISPLAY_NAME_MAX_ENCODED_LENGTH, isOwnDisplayName } from '../core/azure-devops/display-name';
import { ActionableError } from '../core/errors';
import { isOrganizationName } from '../core/inputs/organization';
import { isGuid } from '../core/inputs/validate';
import { quote, quoteInput } from '../core/safety/log-safety';
import { shellArg } from '../core/safety/shell-command';
import { writePrivateFile } from './files';

export const DEFAULT_STATE_FILE = '.ado-ephemeral-pat/state.json';
const TOOL = 'ado-ephemeral-pat';
const VERSION = 1;

export type StateValues = Record<string, string>;

const INVALID_FIX =
  'Give the --state-file that `ado-ephemeral-pat mint` wrote, and delete this file if mint did not write it. ' +
  'To revoke a token you know, give --authorization-id and --organization instead.';

function invalid(file: string, detail: string): ActionableError {
  return new ActionableError(
    'input',
    `The state file ${quote(file, 200)} is not one this tool wrote (${detail}). Nothing was sent.`,
    INVALID_FIX,
    { code: 'invalid_state_file' },
  );
}

/**
 * The state file sits in the job's working directory, where a checkout can plant one: `revoke` would then
 * send the bot's credential to revoke whatever the file names. So a value must be one mint could have
 * written: a display name this tool builds (never another token of the bot's), a GUID, an organization name.
 */
function badField(file: string, key: string, value: string, rule: string): ActionableError {
  return new ActionableError(
    'input',
    `The state file ${quote(file, 200)} was not written by \`ado-ephemeral-pat mint\`: its ${key} ` +
      `${quoteInput(value, DISPLAY_NAME_MAX_ENCODED_LENGTH)} is not ${rule}. Nothing was sent.`,
    INVALID_FIX,
    { code: 'invalid_state_file' },
  );
}

const FIELD_RULES: readonly [string, (value: string) => boolean, string][] = [
  [
    'displayName',
    isOwnDisplayName,
    'a name this tool gives its tokens ("ado-ephemeral-pat: … [8 hex digits]")',
  ],
  ['authorizationId', isGuid, 'a GUID'],
  ['organization', isOrganizationName, 'an Azure DevOps organization name'],
];

/** Mint saves the organization and endpoints before the display name: a token without them is not its. */
const TARGET_KEYS = ['organization', 'authorityHost', 'vsspsUrl', 'azureDevOpsUrl'];

function checkValues(file: string, values: StateValues): void {
  for (const [key, valid, rule] of FIELD_RULES) {
    const value = values[key];
    if (value !== undefined && !valid(value)) throw badField(file, key, value, rule);
  }
  if (values.displayName === undefined && values.authorizationId === undefined) return;
  const missing = TARGET_KEYS.filter((key) => !values[key]);
  if (missing.length > 0) {
    throw invalid(file, `it names a token but not where it lives: no ${missing.join(', ')}`);
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw invalid(file, code === 'EISDIR' ? 'it is a directory' : `it cannot be read: ${code ?? 'error'}`);
  }
}

/** The saved values, or undefined when the file does not exist. */
export function readStateFile(file: string): StateValues | undefined {
  const text = readText(file);
  if (text === undefined) return undefined;
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
    if (typeof value !== 'string') throw invalid(file, `${quoteInput(key, 40)} is not a string`);
    values[key] = value;
  }
  checkValues(file, values);
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
