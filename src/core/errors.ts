/**
 * Every failure the product reports is an ActionableError: what went wrong (the message) and what the
 * user should do about it (the fix). Hosts print `describeError(e)`; nothing else formats errors.
 */
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
  readonly fix: string;
  readonly code: string | undefined;
  readonly status: number | undefined;
  readonly retryable: boolean;
  readonly notApplied: boolean;

  constructor(kind: ErrorKind, message: string, fix: string, options: ActionableErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ActionableError';
    this.kind = kind;
    this.fix = fix;
    this.code = options.code;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
    this.notApplied = options.notApplied ?? false;
  }
}

/** An invalid input: always raised before any request is sent. `code` sets apart a refusal users meet by design. */
export class InputError extends ActionableError {
  readonly input: string;
  constructor(input: string, message: string, fix: string, code = 'invalid_input') {
    super('input', message, fix, { code });
    this.name = 'InputError';
    this.input = input;
  }
}

/** One line a user can act on: "<message> Fix: <fix>". Unknown errors are reported as bugs. */
export function describeError(error: unknown): string {
  if (error instanceof ActionableError) return `${error.message} Fix: ${error.fix}`;
  const detail = error instanceof Error ? error.message : String(error);
  return `Unexpected error: ${detail}. This is a bug in ado-ephemeral-pat; please report it with the step log.`;
}
