/**
 * Small input validators shared by the settings parsers. Each throws an InputError that names the input and
 * quotes the bad value safely; secret inputs are never quoted.
 */
import { hasWhitespaceOrControl } from './characters';
import { InputError } from '../errors';
import { inputRef } from './names';
import { quoteInput } from '../safety/log-safety';

export type InputReader = (name: string) => string | undefined;

/**
 * Reads one input: trimmed, and undefined when absent or blank (an empty input counts as not given).
 * `keepWhitespace` keeps a password exactly as given.
 */
export function readInput(read: InputReader, name: string, keepWhitespace = false): string | undefined {
  const raw = read(name);
  if (raw === undefined || raw.trim() === '') return undefined;
  return keepWhitespace ? raw : raw.trim();
}

/** Exactly the spellings @actions/core's getBooleanInput accepts (YAML 1.2 core schema). */
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** What the Action accepts, as GitHub's YAML 1.2 core schema and @actions/core getBooleanInput do. */
const YAML_BOOLEANS = 'true, True, TRUE, false, False or FALSE';

export function parseBoolean(input: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  const value = raw.trim();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new InputError(input, `Input ${inputRef(input)} must be a boolean, got ${quoteInput(raw)}.`, {
    github: `Set ${inputRef(input)} to ${YAML_BOOLEANS} (default: ${fallback}).`,
    'azure-pipelines': `Set ${inputRef(input)} to true or false, in any case (default: ${fallback}).`,
    cli: `Set ${inputRef(input)} to ${YAML_BOOLEANS} (default: ${fallback}).`,
  });
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** An Entra application (client) id: always a GUID. Returned lower-case. */
export function parseGuid(input: string, raw: string, what = 'an application (client) id'): string {
  const value = raw.trim();
  if (isGuid(value)) return value.toLowerCase();
  throw new InputError(
    input,
    `Input ${inputRef(input)} must be ${what}, a GUID like 00000000-0000-0000-0000-000000000000; got ${quoteInput(raw)}.`,
    `Copy the "Application (client) ID" from the app registration's overview page in the Entra admin center.`,
  );
}

/** A DNS name such as contoso.onmicrosoft.com (a verified tenant domain). */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** Tenants that stand for "whichever tenant the user belongs to"; valid only for user sign-in. */
const MULTI_TENANT = new Set(['organizations', 'common', 'consumers']);

/**
 * An Entra tenant: a GUID, a verified domain, or (for user sign-in only) `organizations`, `common` or
 * `consumers`. It becomes a path segment of the token URL, hence the strict shape.
 */
export function parseTenant(input: string, raw: string, allowMultiTenant = true): string {
  const value = raw.trim();
  const lower = value.toLowerCase();
  if (isGuid(value) || DOMAIN.test(value)) return lower;
  if (allowMultiTenant && MULTI_TENANT.has(lower)) return lower;
  const alternatives = allowMultiTenant ? ', a verified domain, or organizations' : ' or a verified domain';
  throw new InputError(
    input,
    `Input ${inputRef(input)} must be a tenant id (a GUID)${alternatives}; got ${quoteInput(raw)}.`,
    `Copy the "Directory (tenant) ID" from the Entra admin center (Overview page).`,
  );
}

/** Key Vault secret names: 1–127 letters, digits and hyphens. */
export const KEY_VAULT_SECRET_NAME_MAX_LENGTH = 127;
const KEY_VAULT_SECRET_NAME = new RegExp(`^[0-9a-zA-Z-]{1,${KEY_VAULT_SECRET_NAME_MAX_LENGTH}}$`);

/** A secret name for a message: validated names (at most 127 characters) always show whole. */
export function quoteSecretName(name: string): string {
  return quoteInput(name, KEY_VAULT_SECRET_NAME_MAX_LENGTH);
}

export function parseKeyVaultSecretName(input: string, raw: string): string {
  const value = raw.trim();
  if (KEY_VAULT_SECRET_NAME.test(value)) return value;
  throw new InputError(
    input,
    `Input ${inputRef(input)} must be a Key Vault secret name, got ${quoteInput(raw)}.`,
    'Use the secret name only (1 to 127 letters, digits and hyphens), not its URL or value.',
  );
}

/** Straight and typographic quotes: a token never contains one, a copy from YAML or a chat often adds them. */
const QUOTES = /["'\u2018-\u201f\u00ab\u00bb]/;

/** What every token this product accepts is made of: printable ASCII, no space. */
const TOKEN_CHARACTERS = /^[\x21-\x7e]+$/;

/**
 * A token input (`refresh-token`, `access-token`; not the password, whose characters are free) must be the
 * token alone: whitespace, quotes or other characters come from a copy-paste or a file with a trailing line
 * break, and would fail later with a misleading Entra or header error. The value itself is never echoed.
 */
export function checkTokenShape(input: string, value: string): string {
  const refuse = (problem: string, fix: string): InputError =>
    new InputError(input, `Input ${inputRef(input)} ${problem} (its value is not shown).`, fix);
  if (/^bearer\s/i.test(value)) {
    throw new InputError(
      input,
      `Input ${inputRef(input)} starts with "Bearer ".`,
      `Pass the token alone, without the "Bearer " scheme.`,
    );
  }
  if (QUOTES.test(value)) {
    throw refuse(
      'contains quote characters',
      'Remove the quotes from the value: the secret or variable must hold the token alone, as a single line without spaces.',
    );
  }
  if (hasWhitespaceOrControl(value)) {
    throw refuse(
      'contains whitespace or control characters',
      'Store the token as a single line without spaces, quotes or a trailing line break.',
    );
  }
  if (!TOKEN_CHARACTERS.test(value)) {
    throw refuse(
      'contains characters outside printable ASCII, which no token has',
      'Copy the token again as plain text (not from a formatted document) and store it alone, as a single line.',
    );
  }
  return value;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Variables the shell, the runner, the agent, git or a language runtime reads: overwriting one breaks the job. */
const RESERVED_NAMES = new Set(
  (
    'PATH HOME USER USERNAME USERPROFILE LOGNAME SHELL PWD OLDPWD TMP TEMP TMPDIR LANG LANGUAGE TERM IFS PS1 PS2 ' +
    'PS4 ENV BASH_ENV PROMPT_COMMAND CDPATH PATHEXT COMSPEC SYSTEMROOT WINDIR PROGRAMFILES APPDATA LOCALAPPDATA ' +
    'HOSTNAME CI TF_BUILD HTTP_PROXY HTTPS_PROXY NO_PROXY ALL_PROXY SSL_CERT_FILE SSL_CERT_DIR CLASSPATH ' +
    'PYTHONPATH PYTHONSTARTUP PYTHONHOME PERL5LIB PERL5OPT RUBYOPT RUBYLIB JAVA_TOOL_OPTIONS _JAVA_OPTIONS ' +
    'JDK_JAVA_OPTIONS DOTNET_STARTUP_HOOKS GOFLAGS EDITOR VISUAL PAGER'
  ).split(' '),
);

/** Namespaces of GitHub Actions, Azure Pipelines, the dynamic linker, Node, npm and git. */
const RESERVED_PREFIXES = [
  'GITHUB_',
  'RUNNER_',
  'ACTIONS_',
  'INPUT_',
  'STATE_',
  'SYSTEM_',
  'AGENT_',
  'BUILD_',
  'RELEASE_',
  'PIPELINE_',
  'ENDPOINT_',
  'VSTS_',
  'LD_',
  'DYLD_',
  'NODE_',
  'NPM_CONFIG_',
  'GIT_',
  'BASH_FUNC_',
];

/** The `export-variable` input: a portable environment variable name that does not break the job. */
export function parseExportVariable(input: string, raw: string): string {
  const name = raw.trim();
  if (!ENV_NAME.test(name) || name.length > 255) {
    throw new InputError(
      input,
      `Input ${inputRef(input)} must be an environment variable name, got ${quoteInput(raw)}.`,
      'Use letters, digits and underscores, not starting with a digit, e.g. AZURE_DEVOPS_EXT_PAT.',
    );
  }
  const upper = name.toUpperCase(); // Windows names are case-insensitive
  const prefix = RESERVED_PREFIXES.find((p) => upper.startsWith(p));
  if (RESERVED_NAMES.has(upper) || prefix !== undefined) {
    throw new InputError(
      input,
      `Input ${inputRef(input)} names ${quoteInput(name)}, ${
        prefix === undefined ? 'a variable' : `in the ${prefix}* namespace,`
      } that the runner, the shell or a tool relies on: overwriting it would break later steps.`,
      'Choose a name of your own, e.g. AZURE_DEVOPS_EXT_PAT (read by `az devops`) or ADO_PAT.',
    );
  }
  return name;
}
