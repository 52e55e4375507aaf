/**
 * Writes one HTTP/1.1 request: request line, headers and body, with `Connection: close` so the server
 * ends the connection after its answer. Header names and values HTTP does not allow (a line break could
 * inject a header) are refused before anything is sent, with Node's own error codes.
 */

import { isFieldValue, isToken } from './grammar';

export interface OutgoingRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export class InvalidRequestError extends TypeError {
  constructor(
    readonly code: 'ERR_INVALID_HTTP_TOKEN' | 'ERR_INVALID_CHAR',
    message: string,
  ) {
    super(message);
  }
}

/** Set by this writer only; a caller's copy would frame the request wrongly. */
const RESERVED = new Set(['host', 'connection', 'content-length', 'transfer-encoding']);
/** Methods that carry a body say how long it is, even when empty (some servers answer 411 otherwise). */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** The bytes to send; never quotes a header value in an error (it may hold a secret). */
export function serializeRequest(request: OutgoingRequest): Buffer {
  const { method, url } = request;
  if (!isToken(method)) throw new InvalidRequestError('ERR_INVALID_HTTP_TOKEN', 'Invalid HTTP method.');
  const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`, 'Connection: close'];
  for (const [name, value] of Object.entries(request.headers)) {
    if (!isToken(name)) {
      throw new InvalidRequestError(
        'ERR_INVALID_HTTP_TOKEN',
        'A header name has characters HTTP does not allow.',
      );
    }
    if (RESERVED.has(name.toLowerCase())) continue;
    if (!isFieldValue(value)) {
      throw new InvalidRequestError(
        'ERR_INVALID_CHAR',
        `The value of header ${name} has characters HTTP does not allow.`,
      );
    }
    lines.push(`${name}: ${value}`);
  }
  const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
  if (body !== undefined || BODY_METHODS.has(method)) lines.push(`Content-Length: ${body?.length ?? 0}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return body === undefined ? head : Buffer.concat([head, body]);
}
