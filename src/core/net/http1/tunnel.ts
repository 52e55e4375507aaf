/**
 * An HTTP CONNECT tunnel through a proxy: Node's HTTP client writes the CONNECT and parses the proxy's
 * answer; a 200 hands back the raw connection for TLS to the target to run inside it.
 */
import { request, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { connect } from './connect';
import type { ProxyTarget } from './proxy';
import { portOf } from './url-parts';

/** A CONNECT the proxy refused (e.g. 407): `status` is the proxy's answer. */
export class ProxyTunnelError extends Error {
  readonly code = 'ERR_PROXY_TUNNEL';
  constructor(readonly status: number) {
    super(`The proxy refused the tunnel with HTTP ${status}.`);
    this.name = 'ProxyTunnelError';
  }
}

/**
 * CONNECT host:port through the proxy; calls back once with the raw tunnel or the failure, which then names
 * the proxy (`proxy`: its host) since it happened before the target was reached. Returns the connection to
 * the proxy, for the caller to destroy on a timeout.
 */
export function openTunnel(
  proxy: ProxyTarget,
  target: URL,
  done: (error: unknown, tunnel?: Socket) => void,
): Socket {
  const socket = connect(proxy.url);
  const authority = `${target.hostname}:${portOf(target)}`;
  const headers: Record<string, string> = { Host: authority };
  if (proxy.authorization) headers['Proxy-Authorization'] = proxy.authorization;
  const connectRequest = request({
    method: 'CONNECT',
    path: authority,
    headers,
    createConnection: () => socket,
  });
  // A tunnel is not a request the proxy may close after answering.
  connectRequest.removeHeader('Connection');
  let called = false;
  const failed = (error: unknown) => {
    if (called) return;
    called = true;
    socket.destroy();
    // Duck-typed: errors raised inside Node come from another realm under test runners (see ../failures).
    const failure = typeof error === 'object' && error !== null ? error : new Error(String(error));
    done(Object.assign(failure, { proxy: proxy.url.host }));
  };
  connectRequest.on('error', failed);
  // Node answers every response to CONNECT with this event (its head only, whatever the status).
  connectRequest.on('connect', (answer: IncomingMessage, tunnel: Socket, head: Buffer) => {
    if (answer.statusCode !== 200) return failed(new ProxyTunnelError(answer.statusCode ?? 0));
    called = true;
    // Bytes after the head belong to the TLS handshake.
    if (head.length > 0) tunnel.unshift(head);
    done(undefined, tunnel);
  });
  connectRequest.end();
  return socket;
}
