/**
 * What a request that never got a usable answer means to the user: the failures the HTTP client itself
 * reports (also rendered into docs/troubleshooting.md), and the reading of Node's network errors into them.
 */
import { ActionableError } from '../errors';

const PROXY_CREDENTIALS =
  'Give the proxy its credentials: in HTTPS_PROXY, URL-encoded (http://user:pass@host:port)';

/** The failures this client itself throws, with their fixes; also rendered into docs/troubleshooting.md. */
export const HTTP_CLIENT_FAILURES = {
  throttled: {
    seen: 'HTTP 429 until the retry budget ran out (or a Retry-After beyond it)',
    kind: 'throttled',
    cause: 'Azure DevOps or Entra ID throttled the requests (200 TSTUs per identity per 5 minutes).',
    fix:
      'Wait a few minutes and run the job again; if many jobs mint tokens with the same bot user at once, ' +
      'stagger them or use more than one bot user.',
  },
  server: {
    seen: 'HTTP 500, 502, 503 or 504 until the retry budget ran out; once for a create',
    kind: 'server',
    cause: 'The service failed. A failed create is not repeated blindly: it may have been applied.',
    fix: 'This is usually temporary: run the job again later. Check https://status.dev.azure.com if it persists.',
  },
  network: {
    seen: 'a connection refused, reset, DNS failure or timeout until the retry budget ran out',
    kind: 'network',
    cause: 'The runner could not reach the host named in the message.',
    fix:
      'If the runner needs a proxy, set HTTPS_PROXY=http://host:port (and NO_PROXY for hosts reached ' +
      'directly). Check that a firewall allows the host, and the endpoint inputs (`organization`, ' +
      '`vssps-url`, `authority-host`).',
  },
  proxy_refused: {
    seen: 'the proxy refused the tunnel (e.g. HTTP 407; not retried)',
    kind: 'network',
    cause: 'The proxy would not connect the runner to the host, often because it needs credentials.',
    fix: {
      github: `${PROXY_CREDENTIALS}; or exempt the host in NO_PROXY if it must be reached directly.`,
      'azure-pipelines':
        `${PROXY_CREDENTIALS}, or in the agent's proxy settings when the agent has a proxy; or exempt the ` +
        "host (NO_PROXY, or the agent's proxy bypass list) if it must be reached directly.",
      cli: `${PROXY_CREDENTIALS}; or exempt the host in NO_PROXY if it must be reached directly.`,
    },
  },
  tls: {
    seen: 'a TLS or certificate error (not retried)',
    kind: 'network',
    cause: 'The server certificate is not trusted by Node, or the endpoint does not speak TLS.',
    fix:
      'If a proxy inspects TLS or you use the emulator, trust its CA with NODE_EXTRA_CA_CERTS=<pem file>; ' +
      'otherwise check the endpoint URL inputs.',
  },
  insecure_url: {
    seen: 'an http:// endpoint that is not loopback (nothing is sent)',
    kind: 'input',
    cause: 'Tokens must not travel in clear text.',
    fix: 'Use an https:// URL in the endpoint inputs (`vssps-url`, `authority-host`, `azure-devops-url`).',
  },
} as const;

/** Failures after which the request surely never reached the server: safe to retry even a create. */
const NEVER_REACHED_SERVER = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function stringField(value: unknown, name: string): string | undefined {
  const found = field(value, name);
  return typeof found === 'string' ? found : undefined;
}

/**
 * The Node error code behind a failed request: `ECONNREFUSED`, `ECONNRESET`, `timeout`… Duck-typed on
 * purpose: errors raised inside Node come from another realm under test runners, so `instanceof` lies.
 */
export function networkErrorCode(error: unknown): string {
  const name = stringField(error, 'name');
  if (name === 'TimeoutError') return 'timeout';
  if (name === 'AbortError') return 'aborted';
  const cause = field(error, 'cause');
  const nested = field(cause, 'errors');
  const first: unknown = Array.isArray(nested) ? nested[0] : undefined;
  return (
    stringField(cause, 'code') ??
    stringField(first, 'code') ??
    stringField(error, 'code') ??
    name ??
    'unknown'
  );
}

/** A header value HTTP does not allow (a line break…) is refused before sending; never quote it: a secret. */
function isMalformedRequest(error: unknown): boolean {
  const code = stringField(error, 'code');
  return code === 'ERR_INVALID_CHAR' || code === 'ERR_INVALID_HTTP_TOKEN';
}

/** A proxy that refused a tunnel (407, 403…) will refuse it again. */
const PROXY_REFUSED = 'ERR_PROXY_TUNNEL';

/**
 * A certificate the runner does not trust will not become trusted by retrying. EPROTO: the TLS handshake
 * itself failed, e.g. an https:// URL that points at a plain-HTTP port.
 */
function isTlsFailure(code: string): boolean {
  return /CERT|^ERR_TLS_|^ERR_SSL_|^UNABLE_TO_|^DEPTH_ZERO|^EPROTO$/.test(code);
}

/**
 * Whether a request that failed without an answer may be sent again: never when retrying cannot help (a
 * malformed header, an untrusted certificate, a refused tunnel), and for a create only when it surely never
 * reached the server.
 */
export function mayRetryAfter(error: unknown, idempotent: boolean): boolean {
  const code = networkErrorCode(error);
  if (isMalformedRequest(error) || isTlsFailure(code) || code === PROXY_REFUSED) return false;
  return idempotent || NEVER_REACHED_SERVER.has(code);
}

export function describeNetworkFailure(
  error: unknown,
  url: URL,
  target: string,
  tries: string,
  idempotent: boolean,
) {
  if (isMalformedRequest(error)) {
    return new ActionableError(
      'input',
      `${target} could not be sent: a header value has characters HTTP does not allow.`,
      'Check the credential inputs for a stray line break, quote or non-ASCII character.',
      { code: 'invalid_request', notApplied: true },
    );
  }
  const code = networkErrorCode(error);
  const host = url.host;
  const proxy = stringField(error, 'proxy');
  if (code === PROXY_REFUSED) {
    return new ActionableError(
      'network',
      `The proxy ${proxy ?? ''} refused to connect to ${host} (HTTP ${String(field(error, 'status'))}) for ${target}.`,
      HTTP_CLIENT_FAILURES.proxy_refused.fix,
      { code: 'proxy_refused', retryable: false, notApplied: true },
    );
  }
  if (isTlsFailure(code)) {
    // An error that carries `proxy` happened before the tunnel was up: the proxy's own TLS failed.
    const peer = proxy ? `the proxy ${proxy}` : host;
    return new ActionableError(
      'network',
      `The TLS connection to ${peer} failed (${code}) for ${target}.`,
      HTTP_CLIENT_FAILURES.tls.fix,
      { code, retryable: false, notApplied: true },
    );
  }
  const maybeApplied =
    idempotent || NEVER_REACHED_SERVER.has(code)
      ? ''
      : ' The request may have reached the server, so it was not repeated.';
  const via = proxy ? ` through the proxy ${proxy}` : '';
  const what =
    code === 'timeout' ? `${host} did not answer in time` : `Could not reach ${host}${via} (${code})`;
  return new ActionableError(
    'network',
    `${what} for ${target} after ${tries}.${maybeApplied}`,
    HTTP_CLIENT_FAILURES.network.fix,
    { code, retryable: true, notApplied: NEVER_REACHED_SERVER.has(code) },
  );
}
