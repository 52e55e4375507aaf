/**
 * `auth: azure-cli`: the token of the user that `az login` signed in on this runner, from
 * `az account get-access-token --resource <Azure DevOps>`. Run with execFile (on Windows `az.cmd` through
 * cmd.exe), fixed arguments and a minimal environment; the output holds a token, so it is parsed, masked and
 * never printed. A service principal or managed identity login yields an app-only token, which the app-only
 * guard refuses with the reason.
 */
import { AZURE_DEVOPS_RESOURCE } from '../entra/token-client';
import { ActionableError } from '../errors';
import { assertDelegatedUserToken, patScopeWarning, tokenExpiry } from '../entra/jwt';
import { quote, scrubSecrets } from '../safety/log-safety';
import { boundText, endsSentence } from '../safety/server-text';
import { cmdInvocation } from '../safety/cmd-line';
import { findProgram, type ProgramLookup } from '../safety/find-program';
import type { CredentialContext, UserCredential } from './credential';
import { TokenCache } from './credential';

export const AZ_ARGS = [
  'account',
  'get-access-token',
  '--resource',
  AZURE_DEVOPS_RESOURCE,
  '--output',
  'json',
];

const ORIGIN = 'the Azure CLI (`az account get-access-token`)';
const AZ_TIMEOUT_MS = 60_000;

export interface AzRunResult {
  stdout: string;
  stderr: string;
}

/** Runs `az` with these arguments; rejects with the child_process error (code, stderr) on failure. */
export type AzRunner = (args: readonly string[]) => Promise<AzRunResult>;

/** What a failed `az` run left: the child_process code (ENOENT…), its stderr, and whether it timed out. */
export class AzError extends Error {
  readonly code: unknown;
  readonly killed: boolean;
  constructor(
    error: Error & { code?: unknown; killed?: boolean },
    readonly stderr: string,
  ) {
    super(error.message);
    this.name = 'AzError';
    this.code = error.code;
    this.killed = error.killed === true;
  }
}

/**
 * What `az` finds itself, its configuration and the network with; nothing else reaches it, so no input,
 * runner token or other secret of the step does. Names are compared in upper case: Windows spells `Path`.
 */
const AZ_ENV_NAMES = new Set([
  // Programs, the user's profile and temporary files; on Windows also what cmd.exe and Python start with.
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'TMPDIR',
  'TMP',
  'TEMP',
  'SYSTEMROOT',
  'SYSTEMDRIVE',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'USERPROFILE',
  'USERNAME',
  'HOMEDRIVE',
  'HOMEPATH',
  'APPDATA',
  'LOCALAPPDATA',
  'PROGRAMDATA',
  'PROGRAMFILES',
  'PROGRAMFILES(X86)',
  // Its sign-in and settings.
  'AZURE_CONFIG_DIR',
  'AZURE_CLI_DISABLE_CONNECTION_VERIFICATION',
  // The network: proxies and the certificate authorities Python's requests trusts.
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'REQUESTS_CA_BUNDLE',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'CURL_CA_BUNDLE',
  // The locale, which decides the encoding of what it prints.
  'LANG',
  'LANGUAGE',
]);
/** `az` reads its configuration from AZURE_<SECTION>_<OPTION> as well as from its config file. */
const AZ_ENV_PREFIXES = ['AZURE_CORE_', 'AZURE_CLOUD_', 'AZURE_EXTENSION_', 'AZURE_LOGGING_', 'LC_'];

export function azEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const upper = name.toUpperCase();
    if (value === undefined) continue;
    if (AZ_ENV_NAMES.has(upper) || AZ_ENV_PREFIXES.some((prefix) => upper.startsWith(prefix))) {
      kept[name] = value;
    }
  }
  return kept;
}

/** The program and argv that run `az` with these arguments, and whether Node must pass them verbatim. */
export interface AzCommand {
  file: string;
  args: string[];
  windowsVerbatimArguments: boolean;
}

/**
 * Linux and macOS: `az` itself, found by execFile on PATH without a shell. Windows installs `az.cmd`, which
 * Node only starts through cmd.exe; cmd.exe would look in the working directory first (a checkout could plant
 * an `az.cmd`), so the script is found on the absolute PATH entries here and cmd.exe is given its full path.
 */
export function azCommand(
  args: readonly string[],
  lookup: Partial<ProgramLookup> & { env: Record<string, string | undefined> },
): AzCommand {
  const platform = lookup.platform ?? process.platform;
  if (platform !== 'win32') return { file: 'az', args: [...args], windowsVerbatimArguments: false };
  const found = findProgram('az', { ...lookup, platform });
  if (found === undefined) {
    throw Object.assign(new Error('az was not found on the absolute PATH entries'), { code: 'ENOENT' });
  }
  if (/\.(bat|cmd)$/i.test(found)) return cmdInvocation(found, args, lookup.env);
  return { file: found, args: [...args], windowsVerbatimArguments: false };
}

export const runAz: AzRunner = async (args) => {
  // Loaded on this path only: every other run would pay about 1 ms at start-up for it.
  const { execFile } = await import('node:child_process');
  const env = azEnvironment(process.env);
  let command: AzCommand;
  try {
    command = azCommand(args, { env: process.env });
  } catch (error) {
    // Not found (ENOENT, reported as missing) or a path cmd.exe cannot take: its message is the stderr.
    throw new AzError(error as Error, (error as Error).message);
  }
  return new Promise((resolve, reject) => {
    execFile(
      command.file,
      command.args,
      {
        env,
        timeout: AZ_TIMEOUT_MS,
        windowsHide: true,
        windowsVerbatimArguments: command.windowsVerbatimArguments,
        maxBuffer: 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) reject(new AzError(error, stderr));
        else resolve({ stdout, stderr });
      },
    );
  });
};

interface AzTokenOutput {
  accessToken?: unknown;
  expiresOn?: unknown;
  expires_on?: unknown;
}

/** `expires_on` (epoch seconds, az 2.54+) first; else `expiresOn`, a local time "YYYY-MM-DD hh:mm:ss.ffffff". */
export function parseAzExpiry(output: AzTokenOutput): Date | undefined {
  const epoch = typeof output.expires_on === 'string' ? Number(output.expires_on) : output.expires_on;
  if (typeof epoch === 'number' && Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000);
  if (typeof output.expiresOn === 'string') {
    const local = Date.parse(output.expiresOn.trim().replace(' ', 'T'));
    if (!Number.isNaN(local)) return new Date(local);
  }
  return undefined;
}

const SIGNED_OUT = /az login|not logged in|no subscription found|AADSTS70043|AADSTS700082/i;

/**
 * What `az` says when its sign-in is missing or expired. "refresh token … expired" on one line is looked up
 * with string code: `refresh token.*expired` would scan the rest of the line from every "refresh token".
 */
function notLoggedIn(stderr: string): boolean {
  if (SIGNED_OUT.test(stderr)) return true;
  return stderr.split(/[\n\r\u2028\u2029]/).some((line) => {
    const lower = line.toLowerCase();
    const at = lower.indexOf('refresh token');
    return at !== -1 && lower.includes('expired', at + 'refresh token'.length);
  });
}

function failure(error: unknown): ActionableError {
  const details = error as { code?: unknown; stderr?: unknown; killed?: unknown };
  if (details.code === 'ENOENT') {
    return new ActionableError(
      'input',
      'The Azure CLI (`az`) is not installed on this runner or not on PATH.',
      'Install the Azure CLI and run `az login` as the bot user before this step, or choose another credential ' +
        'source (refresh-token is recommended).',
      { code: 'azure_cli_missing' },
    );
  }
  const stderr = typeof details.stderr === 'string' ? boundText(details.stderr) : '';
  if (notLoggedIn(stderr)) {
    return new ActionableError(
      'auth',
      'The Azure CLI is not signed in (or its sign-in expired).',
      'Run `az login` as the bot user (a user account, not --service-principal or --identity) on this runner ' +
        'before this step; `az login --use-device-code` works on a headless runner.',
      { code: 'azure_cli_not_logged_in' },
    );
  }
  const firstLine = stderr.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const said = firstLine ? ` It said: ${endsSentence(quote(scrubSecrets(firstLine.trim()), 300))}` : '';
  return new ActionableError(
    'auth',
    `\`az account get-access-token\` failed${details.killed === true ? ' (timed out)' : ''}.${said}`,
    'Run `az account get-access-token --resource 499b84ac-1321-427f-aa17-267ca6975798` on the runner to see ' +
      'the whole message; `az login` as the bot user again if its sign-in expired.',
    { code: 'azure_cli_failed', cause: error },
  );
}

function parseOutput(stdout: string, mask: (secret: string) => void): { token: string; expiresOn: Date } {
  let output: AzTokenOutput | undefined;
  try {
    output = JSON.parse(stdout) as AzTokenOutput;
  } catch {
    output = undefined;
  }
  const token = output?.accessToken;
  if (typeof token !== 'string' || token === '') {
    throw new ActionableError(
      'server',
      '`az account get-access-token` printed no accessToken (its output is not shown: it may hold a token).',
      'Update the Azure CLI, and check that `az account get-access-token --output json` works on the runner.',
      { code: 'azure_cli_unexpected_output' },
    );
  }
  // Mask first: nothing below may run with an unmasked token in hand.
  mask(token);
  const expiresOn = tokenExpiry(token) ?? parseAzExpiry(output ?? {}) ?? new Date(Date.now() + 5 * 60_000);
  return { token, expiresOn };
}

export class AzureCliCredential implements UserCredential {
  readonly source = 'azure-cli' as const;
  private readonly cache: TokenCache;

  constructor(
    private readonly context: CredentialContext,
    private readonly run: AzRunner = runAz,
    now?: () => number,
  ) {
    this.cache = new TokenCache(now);
  }

  getAccessToken(): Promise<string> {
    return this.cache.get(() => this.fetch());
  }

  private async fetch(): Promise<{ token: string; expiresOn: Date }> {
    this.context.debug('Asking the Azure CLI for a token for Azure DevOps.');
    let result: AzRunResult;
    try {
      result = await this.run(AZ_ARGS);
    } catch (error) {
      throw failure(error);
    }
    const fresh = parseOutput(result.stdout, (secret) => this.context.mask(secret));
    try {
      assertDelegatedUserToken(fresh.token, ORIGIN);
    } catch (error) {
      if (!(error instanceof ActionableError) || error.code !== 'app_only_token') throw error;
      throw new ActionableError(
        error.kind,
        `${error.message} The Azure CLI is signed in as a service principal or managed identity.`,
        'Run `az login` as the bot user (a user account) on this runner instead of `az login --service-principal` ' +
          'or `--identity`; or choose another credential source (refresh-token is recommended).',
        { code: error.code, cause: error },
      );
    }
    const warning = patScopeWarning(fresh.token, ORIGIN);
    if (warning) this.context.warn(warning);
    return fresh;
  }
}
