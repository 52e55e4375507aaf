/**
 * Connections opened ahead of the request that will use them: a step asks Entra for a token and then Azure
 * DevOps for the PAT, and the second connection's TCP and TLS handshakes can run while Entra answers instead
 * of after it (one round trip and a handshake less on the critical path). At most one per origin; unused, it
 * is closed after WARM_IDLE_MS and never keeps the process alive. Direct connections only: through a proxy
 * the request opens its own tunnel.
 */
import type { Socket } from 'node:net';
import { connect } from './connect';
import { proxyOf, type ProxyResolver } from './proxy';

const WARM_IDLE_MS = 10_000;

interface Warm {
  socket: Socket;
  /** Drops the connection: any error, byte or close before the request means it cannot carry one. */
  drop: () => void;
}

const warm = new Map<string, Warm>();

/**
 * Starts connecting to `url`'s origin unless a connection is already waiting there or the request will go
 * through a proxy. Never throws: an invalid proxy setting is reported by the request.
 */
export function preconnect(
  url: URL,
  options: { idleMs?: number; resolveProxy?: ProxyResolver | undefined } = {},
): void {
  const origin = url.origin;
  if (warm.has(origin) || throughProxy(url, options.resolveProxy)) return;
  const socket = connect(url);
  const drop = () => {
    if (warm.get(origin)?.socket === socket) warm.delete(origin);
    socket.destroy();
  };
  socket.on('error', drop);
  socket.on('data', drop);
  socket.on('end', drop);
  socket.on('close', drop);
  socket.setTimeout(options.idleMs ?? WARM_IDLE_MS, drop);
  socket.unref();
  warm.set(origin, { socket, drop });
}

function throughProxy(url: URL, resolveProxy: ProxyResolver | undefined): boolean {
  try {
    return proxyOf(url, resolveProxy) !== undefined;
  } catch {
    return true;
  }
}

/** The waiting connection to `url`'s origin, handed over once, or undefined. */
export function takeWarm(url: URL): Socket | undefined {
  const entry = warm.get(url.origin);
  if (!entry) return undefined;
  warm.delete(url.origin);
  const { socket, drop } = entry;
  for (const event of ['error', 'data', 'end', 'close']) socket.off(event, drop);
  socket.setTimeout(0);
  if (socket.destroyed || !socket.writable) {
    socket.destroy();
    return undefined;
  }
  socket.ref();
  return socket;
}
