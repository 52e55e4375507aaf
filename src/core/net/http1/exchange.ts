/**
 * One request and its answer over a connection of its own: TLS (plain TCP only for loopback http://),
 * directly or through a proxy's CONNECT tunnel (HTTPS_PROXY's, or the platform's). Node's HTTP client writes
 * the request and parses the answer (its parser is llhttp, fuzzed and strict: responses carry bearer
 * tokens), over the connection this module opens, so no agent or pool is involved. One connection per
 * request is enough: a step talks to each host once; a connection opened ahead by ./warm-connections is
 * used when one waits for the origin.
 */
import {
  request as httpRequest,
  validateHeaderName,
  validateHeaderValue,
  type ClientRequest,
  type IncomingMessage,
} from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { BodyCollector, MAX_BODY_BYTES } from './body';
import { connect, secure } from './connect';
import { proxyOf, type ProxyResolver } from './proxy';
import { openTunnel } from './tunnel';
import { takeWarm } from './warm-connections';

export { ProxyTunnelError } from './tunnel';

export interface OutgoingRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export interface ParsedResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Map<string, string>;
  body: Buffer;
}

/** Node's own limit for a response head, set here so that no flag can raise it. */
export const MAX_HEAD_BYTES = 16 * 1024;
/**
 * Bytes read for one answer, framing included, beyond which it is refused: bounds what the parser's own
 * limits do not (endless interim answers or trailer lines, a body in tiny chunks), so that a server cannot
 * keep this process busy with one answer for longer than it takes to read this much.
 */
export const MAX_WIRE_BYTES = 2 * MAX_BODY_BYTES;
/** Set here only; a caller's copy would frame the request wrongly. */
const RESERVED = new Set(['host', 'connection', 'content-length', 'transfer-encoding']);
/** Methods that carry a body say how long it is, even when empty (some servers answer 411 otherwise). */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Sends the request and resolves with the whole answer; rejects with the socket's error (its `code` as
 * Node gives it), an `HPE_…` parse error, a ProxyTunnelError, or a TimeoutError after `timeoutMs`.
 * Throws synchronously (before connecting) for a request HTTP does not allow, with Node's codes
 * (ERR_INVALID_HTTP_TOKEN, ERR_INVALID_CHAR), whose messages never quote a header value.
 */
export function exchange(
  request: OutgoingRequest,
  timeoutMs: number,
  resolveProxy?: ProxyResolver,
): Promise<ParsedResponse> {
  const { url } = request;
  const proxy = proxyOf(url, resolveProxy);
  const { body } = request;
  // Host and Connection first, as a browser or curl writes them.
  const headers: Record<string, string> = { Host: url.host, Connection: 'close' };
  for (const [name, value] of Object.entries(request.headers)) {
    if (!RESERVED.has(name.toLowerCase())) headers[name] = value;
  }
  if (body !== undefined || BODY_METHODS.has(request.method)) {
    headers['Content-Length'] = `${body === undefined ? 0 : Buffer.byteLength(body)}`;
  }
  // Node's own checks, which its request would make too, but before anything is opened.
  for (const [name, value] of Object.entries(headers)) {
    validateHeaderName(name);
    validateHeaderValue(name, value);
  }

  // Settled from outside the executor, so that a request Node refuses throws here, synchronously.
  let resolve: (response: ParsedResponse) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const answered = new Promise<ParsedResponse>((onAnswer, onFailure) => {
    resolve = onAnswer;
    reject = onFailure;
  });
  let sockets: Socket[] = [];
  let settled = false;
  const finish = (error: unknown, response?: ParsedResponse) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    const opened = sockets;
    if (response) {
      resolve(response);
      // Closed once the caller has acted on the answer: the first socket a process destroys costs up to a
      // millisecond (Node creates process.stderr then), which would otherwise delay the next request
      // instead of overlapping its wait. A step that exits before then never pays it.
      setImmediate(() => opened.forEach((socket) => socket.destroy()));
      return;
    }
    opened.forEach((socket) => socket.destroy());
    // Node's own errors come from another realm under test runners; they are passed on as they are.
    reject(error);
  };

  // The connection is opened first, so that its handshake runs while Node builds the request.
  let deliver: (socket: Socket) => void = () => undefined;
  const direct = proxy ? undefined : bounded(takeWarm(url) ?? connect(url));
  if (direct) sockets = [direct];
  else if (proxy) {
    const toProxy = openTunnel(proxy, url, (error, tunnel) => {
      if (error || !tunnel) return finish(error);
      if (settled) return tunnel.destroy();
      const inside = secure(url, tunnel);
      sockets = [inside, tunnel];
      deliver(bounded(inside));
    });
    sockets = [toProxy];
  }
  let outgoing: ClientRequest;
  try {
    outgoing = httpRequest({
      method: request.method,
      path: `${url.pathname}${url.search}`,
      headers,
      maxHeaderSize: MAX_HEAD_BYTES,
      createConnection: (_options, created: (error: Error | null, socket: Duplex) => void) => {
        deliver = (socket) => created(null, socket);
        return direct;
      },
    });
  } catch (error) {
    // A method Node refuses: nothing was sent.
    sockets.forEach((socket) => socket.destroy());
    throw error;
  }
  // One timer for connecting, tunnelling, sending and the whole answer.
  const timer = setTimeout(
    () => finish(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    timeoutMs,
  );
  let answer: IncomingMessage | undefined;
  outgoing.on('error', (error) => {
    // Bytes after a whole answer (a server that says less than it sends) fail the parser, but the answer
    // stands: its 'end' still follows, and the connection is closed anyway.
    if (!answer?.complete) finish(error);
  });
  outgoing.on('response', (response: IncomingMessage) => {
    answer = response;
    receive(response, finish);
  });
  outgoing.end(body, 'utf8');
  return answered;

  /** Counts what the server sends on `socket` for this answer, against MAX_WIRE_BYTES. */
  function bounded(socket: Socket): Socket {
    let read = 0;
    socket.on('data', (chunk: Buffer) => {
      read += chunk.length;
      if (read > MAX_WIRE_BYTES) {
        finish(Object.assign(new Error('The answer is too large.'), { code: 'HPE_BODY_TOO_LARGE' }));
      }
    });
    return socket;
  }
}

/** Reads the answer's body, bounded (./body), then settles with the whole response. */
function receive(answer: IncomingMessage, finish: (error: unknown, response?: ParsedResponse) => void) {
  let collector: BodyCollector;
  try {
    const length = answer.headers['content-length'];
    collector = new BodyCollector(length === undefined ? undefined : Number(length));
  } catch (error) {
    finish(error);
    return;
  }
  answer.on('data', (chunk: Buffer) => {
    try {
      collector.push(chunk);
    } catch (error) {
      finish(error);
    }
  });
  // Mid-body closes arrive here as ECONNRESET ("aborted").
  answer.on('error', finish);
  answer.on('end', () =>
    finish(undefined, {
      status: answer.statusCode ?? 0,
      headers: headersOf(answer),
      body: collector.bytes(),
    }),
  );
}

/** Lower-case names, every repeated header joined with ", " in order (Node drops some repeats). */
function headersOf(answer: IncomingMessage): Map<string, string> {
  const headers = new Map<string, string>();
  const raw = answer.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] ?? '').toLowerCase();
    const value = raw[i + 1] ?? '';
    const previous = headers.get(name);
    headers.set(name, previous === undefined ? value : `${previous}, ${value}`);
  }
  return headers;
}
