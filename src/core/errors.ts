/**
 * Every failure the product reports is an ActionableError: what went wrong (the message) and what the
 * user should do about it (the fix). Hosts print `describeError(e)`; nothing else formats errors.
 */
import type { Platform } from './host';
import { onPlatform, type PlatformText } from './platform-text';

export type ErrorKind =
  | 'input' // bad or missing input: caught before any network call
  | 'auth' // Entra or Azure DevOps refused the credential
  | 'policy' // an organization or tenant policy refused the request
  | 'throttled' // 429 that outlasted the retry budget
  | 'server' // 5xx that outlasted the retry budget, or an unexpected response
  | 'network' // connection refused, reset, timed out
  | 'not-found'; // the thing asked for does not exist

export interface ActionableErrorOptions {
  /** A stable machine-readable code: a patTokenError value, an AADSTS code, `http_403`, `invalid_scope`… */
  code?: string;
  status?: number;
  /** True when trying again later could succeed (throttling, 5xx, network). */
  retryable?: boolean;
  /**
   * True when the server surely did not act on the request: it never reached the server, or the server
   * answered with a refusal. A create that failed so created nothing, and leaves nothing to clean up.
   */
  notApplied?: boolean;
  cause?: unknown;
}

export class ActionableError extends Error {
  readonly kind: ErrorKind;
  /** The fix, or one per platform when it names a platform's own settings (see fixOn). */
  readonly fixes: PlatformText;
  readonly code: string | undefined;
  readonly status: number | undefined;
  readonly retryable: boolean;
  readonly notApplied: boolean;

  constructor(kind: ErrorKind, message: string, fix: PlatformText, options: ActionableErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ActionableError';
    this.kind = kind;
    this.fixes = fix;
    this.code = options.code;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
    this.notApplied = options.notApplied ?? false;
  }

  /** The fix, every platform's version when it depends on the platform. */
  get fix(): string {
    return onPlatform(this.fixes);
  }

  /** The fix as a user of `platform` reads it. */
  fixOn(platform: Platform): string {
    return onPlatform(this.fixes, platform);
  }
}

/** An invalid input: always raised before any request is sent. `code` sets apart a refusal users meet by design. */
export class InputError extends ActionableError {
  readonly input: string;
  constructor(input: string, message: string, fix: PlatformText, code = 'invalid_input') {
    super('input', message, fix, { code });
    this.name = 'InputError';
    this.input = input;
  }
}

/**
 * One line a user can act on, as `platform` names things: "<message> Fix: <fix> [code: <code>]". The code is
 * the one docs/troubleshooting.md lists, so a user can search for it. Unknown errors are reported as bugs.
 */
export function describeError(error: unknown, platform: Platform): string {
  if (error instanceof ActionableError) {
    const code = error.code === undefined ? '' : ` ${codeTag(error.code)}`;
    return `${error.message} Fix: ${error.fixOn(platform)}${code}`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Unexpected error: ${detail}. This is a bug in ado-ephemeral-pat; please report it with the step log.`;
}

/** `org_not_found` → "[code: org_not_found]": how a printed failure shows its stable code. */
export function codeTag(code: string): string {
  return `[code: ${code}]`;
}
