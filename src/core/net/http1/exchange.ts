/**
 * One request and its answer over a connection of its own: TLS (plain TCP only for loopback http://),
 * directly or through a proxy's CONNECT tunnel (HTTPS_PROXY's, or the platform's). Node's `https` module
 * would do the same, but its client machinery costs about a tenth of a bare Node start on first use, which
 * every step pays (docs/decisions.md, decision 14). One connection per request is enough: a step talks to
 * each host once; a connection opened ahead by ./warm-connections is used when one waits for the origin.
 */
import type { Socket } from 'node:net';
import { connect, secure } from './connect';
import { proxyOf, type ProxyResolver, type ProxyTarget } from './proxy';
import { serializeRequest, type OutgoingRequest } from './request';
import { closedMidResponse, ResponseParser, type ParsedResponse } from './response-parser';
import { portOf } from './url-parts';
import { takeWarm } from './warm-connections';

export type { OutgoingRequest, ParsedResponse };

/** A CONNECT the proxy refused (e.g. 407): `status` is the proxy's answer. */
export class ProxyTunnelError extends Error {
  readonly code = 'ERR_PROXY_TUNNEL';
  constructor(readonly status: number) {
    super(`The proxy refused the tunnel with HTTP ${status}.`);
    this.name = 'ProxyTunnelError';
  }
}

/**
 * Sends the request and resolves with the whole answer; rejects with the socket's error (its `code` as
 * Node gives it), an `HPE_…` parse error, a ProxyTunnelError, or a TimeoutError after `timeoutMs`.
 * Throws synchronously (before connecting) for a request HTTP does not allow.
 */
export function exchange(
  request: OutgoingRequest,
  timeoutMs: number,
  resolveProxy?: ProxyResolver,
): Promise<ParsedResponse> {
  const payload = serializeRequest(request);
  const proxy = proxyOf(request.url, resolveProxy);
  return new Promise<ParsedResponse>((resolve, reject) => {
    let socket: Socket | undefined;
    let settled = false;
    const finish = (error: unknown, response?: ParsedResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (response) {
        resolve(response);
        // Closed once the caller has acted on the answer: the first socket a process destroys costs up to a
        // millisecond (Node creates process.stderr then), which would otherwise delay the next request
        // instead of overlapping its wait. A step that exits before then never pays it.
        const finished = socket;
        setImmediate(() => finished?.destroy());
        return;
      }
      socket?.destroy();
      // Node's own errors come from another realm under test runners; they are passed on as they are.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      reject(error);
    };
    // One timer for connecting, tunnelling, sending and the whole answer.
    const timer = setTimeout(
      () => finish(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
      timeoutMs,
    );
    const talk = (connection: Socket) => {
      socket = connection;
      const parser = new ResponseParser(request.method === 'HEAD');
      connection.on('data', (chunk: Buffer) => {
        try {
          const response = parser.push(chunk);
          if (response) finish(undefined, response);
        } catch (error) {
          finish(error);
        }
      });
      connection.on('end', () => {
        try {
          finish(undefined, parser.end());
        } catch (error) {
          finish(error);
        }
      });
      connection.on('error', finish);
      connection.on('close', () => finish(closedMidResponse()));
      connection.write(payload);
    };

    if (!proxy) {
      talk(takeWarm(request.url) ?? connect(request.url));
      return;
    }
    socket = openTunnel(proxy, request.url, (error, tunnel) => {
      if (error || !tunnel) finish(error);
      else if (!settled) talk(secure(request.url, tunnel));
    });
  });
}

/** CONNECT host:port through the proxy; calls back once with the raw tunnel or the failure. */
function openTunnel(
  proxy: ProxyTarget,
  target: URL,
  done: (error: unknown, tunnel?: Socket) => void,
): Socket {
  const socket = connect(proxy.url);
  const authority = `${target.hostname}:${portOf(target)}`;
  const lines = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`];
  if (proxy.authorization) lines.push(`Proxy-Authorization: ${proxy.authorization}`);
  socket.write(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  // The answer to CONNECT has a head only; the bytes after it belong to the TLS handshake.
  const parser = new ResponseParser(true);
  const failed = (error: unknown) => {
    socket.removeAllListeners('data');
    // Duck-typed: errors raised inside Node come from another realm under test runners (see http.ts).
    const failure = typeof error === 'object' && error !== null ? error : new Error(String(error));
    done(Object.assign(failure, { proxy: proxy.url.host }));
  };
  const onData = (chunk: Buffer) => {
    let answer: ParsedResponse | undefined;
    try {
      answer = parser.push(chunk);
    } catch (error) {
      failed(error);
      return;
    }
    if (!answer) return;
    socket.off('data', onData);
    socket.off('error', failed);
    socket.off('end', onEnd);
    if (answer.status === 200) done(undefined, socket);
    else failed(new ProxyTunnelError(answer.status));
  };
  const onEnd = () =>
    failed(Object.assign(new Error('The proxy closed the connection.'), { code: 'ECONNRESET' }));
  socket.on('data', onData);
  socket.on('error', failed);
  socket.on('end', onEnd);
  return socket;
}
