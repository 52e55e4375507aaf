/** Opening a connection straight to a host: TLS, or plain TCP for loopback http:// (the emulator, tests). */
import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { connect as connectTls, type TLSSocket } from 'node:tls';
import { bareHost, portOf } from './url-parts';

/** TLS to `url`'s host, over `socket` when tunnelling; no SNI for an IP address, as RFC 6066 says. */
export function secure(url: URL, socket?: Socket): TLSSocket {
  const host = bareHost(url);
  return connectTls({
    host,
    port: portOf(url),
    socket,
    servername: isIP(host) ? undefined : host,
    ALPNProtocols: ['http/1.1'],
  });
}

export function connect(url: URL): Socket {
  return url.protocol === 'https:' ? secure(url) : connectTcp(portOf(url), bareHost(url));
}
