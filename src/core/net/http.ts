/**
 * The one place that talks to the network: one HTTP/1.1 exchange per attempt (./http1), a timeout per
 * attempt, and bounded retries with exponential backoff and full jitter that honour the server's
 * Retry-After. Clients (Entra, PATs) get every response that is not worth retrying and decide what it means;
 * this module only throws for failures that outlasted the retry budget, or that must not be retried because
 * the request may have been applied.
 */
import { ActionableError } from '../errors';
import { isLoopbackHost } from '../loopback';
import { describeNetworkFailure, HTTP_CLIENT_FAILURES, mayRetryAfter, networkErrorCode } from './failures';
import { exchange } from './http1/exchange';
import type { ProxyResolver } from './http1/proxy';
import { preconnect } from './http1/warm-connections';

/**
 * Response headers, read case-insensitively like fetch's `Headers` (which it replaces: the global `Headers`
 * loads Node's bundled undici, about as costly as the rest of the step; docs/decisions.md).
 */
export interface ResponseHeaders {
  get(name: string): string | null;
}

class ReceivedHeaders implements ResponseHeaders {
  constructor(private readonly raw: Map<string, string>) {}

  get(name: string): string | null {
    return this.raw.get(name.toLowerCase()) ?? null;
  }
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: ResponseHeaders;
  body: string;
  url: string;
}

export interface RetryPolicy {
  attempts: number;
  totalMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface HttpClientOptions {
  retry?: Partial<RetryPolicy>;
  /** Debug output: one line per retry, never headers or bodies. */
  log?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  userAgent?: string;
  /** The platform's own proxy setting (the Azure Pipelines agent's); by default HTTPS_PROXY and NO_PROXY. */
  proxy?: ProxyResolver | undefined;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  totalMs: 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
};
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Throttled retries wait at least this long, even for `Retry-After: 0`, and never exceed MAX_ATTEMPTS. */
const MIN_PACED_DELAY_MS = 250;
const MAX_ATTEMPTS = 50;
export const DEFAULT_USER_AGENT = 'ado-ephemeral-pat';

/**
 * Test-only: a number from 0 to 1 that shortens every retry wait of a request to this machine (the emulator),
 * so fault tests do not sit out real backoff. It can only shorten waits and never applies to a remote host,
 * so a production run that sets it by mistake retries exactly as before.
 */
export const TEST_RETRY_SCALE_VARIABLE = 'ADO_EPHEMERAL_PAT_TEST_RETRY_SCALE';

/** The factor retry waits to `url` are multiplied by: 1 unless the test-only variable applies. */
export function testRetryScale(url: string | URL, env: NodeJS.ProcessEnv = process.env): number {
  const value = env[TEST_RETRY_SCALE_VARIABLE]?.trim() ?? '';
  const scale = /^\d+(\.\d+)?$/.test(value) ? Number(value) : 1;
  try {
    return scale < 1 && isLoopbackHost(new URL(url).hostname) ? scale : 1;
  } catch {
    return 1;
  }
}

/** Statuses that say "try again later" rather than "this request is wrong". */
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

/** Origin and path with query values replaced by `…`: safe for debug logs and messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const names = [...parsed.searchParams.keys()];
    const query = names.length > 0 ? `?${names.map((name) => `${name}=…`).join('&')}` : '';
    return `${parsed.origin}${parsed.pathname}${query}`;
  } catch {
    return '(invalid URL)';
  }
}

/** A bearer token must never travel in clear text, except to the emulator on this machine. */
function assertSecureUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ActionableError(
      'input',
      `The URL ${redactUrl(url)} is not valid.`,
      'Check the endpoint inputs (`organization`, `vssps-url`, `authority-host`).',
      { code: 'invalid_url' },
    );
  }
  if (parsed.protocol === 'https:') return parsed;
  if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)) return parsed;
  throw new ActionableError(
    'input',
    `Refusing to send a request to ${redactUrl(url)}: only HTTPS is allowed (plain HTTP only on loopback).`,
    HTTP_CLIENT_FAILURES.insecure_url.fix,
    { code: 'insecure_url', notApplied: true },
  );
}

/** Retry-After (seconds or HTTP date), else X-RateLimit-Reset (epoch seconds) on a 429; in ms from now. */
export function serverRequestedDelayMs(
  status: number,
  headers: ResponseHeaders,
  now: number,
): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (status === 429 && reset && /^\d+$/.test(reset)) {
    const delay = Number(reset) * 1000 - now;
    if (delay > 0) return delay;
  }
  return undefined;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

type Outcome = { response: HttpResponse } | { error: unknown };

export class HttpClient {
  private readonly policy: RetryPolicy;
  private readonly log: (message: string) => void;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly userAgent: string;
  private readonly proxy: ProxyResolver | undefined;

  constructor(options: HttpClientOptions = {}) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.log = options.log ?? (() => undefined);
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.proxy = options.proxy;
  }

  /**
   * Opens a connection to `url`'s origin for a request that follows soon (see http1/warm-connections).
   * Never fails: a bad URL or an unreachable host is reported by the request itself.
   */
  preconnect(url: string): void {
    try {
      preconnect(assertSecureUrl(url), { resolveProxy: this.proxy });
    } catch {
      // The request itself reports a bad URL.
    }
  }

  /**
   * Idempotent requests (the default for every method but POST) are retried on 429, 500/502/503/504,
   * timeouts and network errors. Non-idempotent ones only on 429 and on failures where the request surely
   * never reached the server; any other failure throws a retryable ActionableError so the caller can check
   * what the server did. Other responses, 2xx or not, are returned.
   */
  async send(request: HttpRequest, options: { idempotent?: boolean } = {}): Promise<HttpResponse> {
    const url = assertSecureUrl(request.url);
    const idempotent = options.idempotent ?? request.method !== 'POST';
    let started = this.now();
    const scale = testRetryScale(url);
    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(request, url, started);
      const elapsed = this.now() - started;
      const verdict = this.judge(outcome, idempotent);
      if (verdict === 'done' && 'response' in outcome) return outcome.response;
      if (verdict === 'fail') throw this.failure(request, url, outcome, attempt, elapsed, idempotent);

      const requested =
        'response' in outcome
          ? serverRequestedDelayMs(outcome.response.status, outcome.response.headers, this.now())
          : undefined;
      // A 429 that says how long to wait is the server pacing us, not a failure: only the time budget
      // bounds it, so a throttled revocation is not given up while there is still time to wait.
      const paced = requested !== undefined && 'response' in outcome && outcome.response.status === 429;
      if (!paced) failures++;
      const delay = paced ? Math.max(requested, MIN_PACED_DELAY_MS) : (requested ?? this.backoff(failures));
      const last =
        failures >= this.policy.attempts || attempt >= MAX_ATTEMPTS || elapsed + delay > this.policy.totalMs;
      if (last) throw this.failure(request, url, outcome, attempt, elapsed, idempotent, requested);

      this.log(
        `Retrying ${request.method} ${redactUrl(request.url)} after ${this.reason(outcome)} ` +
          `in ${seconds(delay)} (attempt ${attempt + 1}${paced ? '' : ` of ${this.policy.attempts}`}).`,
      );
      const wait = delay * scale;
      // A shortened wait still counts in full, so attempts and messages are those of a real run.
      started -= delay - wait;
      await this.sleep(wait);
    }
  }

  /** Full jitter: a random delay up to the exponential cap, so parallel jobs do not retry in lock step. */
  private backoff(attempt: number): number {
    const cap = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(this.random() * cap);
  }

  private async attempt(request: HttpRequest, url: URL, started: number): Promise<Outcome> {
    // An attempt never outlives the total budget (but always gets at least a second to answer).
    const remaining = Math.max(1_000, this.policy.totalMs - (this.now() - started));
    const timeoutMs = Math.min(request.timeoutMs ?? DEFAULT_TIMEOUT_MS, remaining);
    const headers: Record<string, string> = { 'User-Agent': this.userAgent, ...request.headers };
    try {
      // Redirects are not followed: a 302 to the sign-in page is an answer, not something to follow.
      const answer = await exchange(
        { method: request.method, url, headers, body: request.body },
        timeoutMs,
        this.proxy,
      );
      return {
        response: {
          status: answer.status,
          headers: new ReceivedHeaders(answer.headers),
          body: answer.body.toString('utf8'),
          url: request.url,
        },
      };
    } catch (error) {
      return { error };
    }
  }

  private judge(outcome: Outcome, idempotent: boolean): 'done' | 'retry' | 'fail' {
    if ('response' in outcome) {
      const { status } = outcome.response;
      if (!RETRYABLE_STATUS.has(status)) return 'done';
      if (status === 429 || idempotent) return 'retry';
      return 'fail';
    }
    // A setting that cannot work (an invalid proxy setting) is already explained.
    if (outcome.error instanceof ActionableError) return 'fail';
    return mayRetryAfter(outcome.error, idempotent) ? 'retry' : 'fail';
  }

  private reason(outcome: Outcome): string {
    return 'response' in outcome ? `HTTP ${outcome.response.status}` : networkErrorCode(outcome.error);
  }

  private failure(
    request: HttpRequest,
    url: URL,
    outcome: Outcome,
    attempts: number,
    elapsed: number,
    idempotent: boolean,
    requestedDelay?: number,
  ): ActionableError {
    const tries = `${attempts} attempt${attempts === 1 ? '' : 's'} over ${seconds(elapsed)}`;
    const target = `${request.method} ${redactUrl(request.url)}`;
    const budget =
      requestedDelay !== undefined && elapsed + requestedDelay > this.policy.totalMs
        ? ` The server asked to wait ${seconds(requestedDelay)}, beyond the retry budget of ${seconds(this.policy.totalMs)}.`
        : '';
    if ('error' in outcome && outcome.error instanceof ActionableError) return outcome.error;
    if ('error' in outcome) return describeNetworkFailure(outcome.error, url, target, tries, idempotent);
    const { status } = outcome.response;
    if (status === 429) {
      return new ActionableError(
        'throttled',
        `The server throttled ${target} (HTTP 429) after ${tries}.${budget}`,
        HTTP_CLIENT_FAILURES.throttled.fix,
        { code: 'http_429', status, retryable: true },
      );
    }
    const appliedMaybe = idempotent ? '' : ' The request may have been applied before the error.';
    return new ActionableError(
      'server',
      `The server failed ${target} with HTTP ${status} after ${tries}.${budget}${appliedMaybe}`,
      HTTP_CLIENT_FAILURES.server.fix,
      { code: `http_${status}`, status, retryable: true },
    );
  }
}
