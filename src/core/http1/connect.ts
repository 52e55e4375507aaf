/** Opening a connection straight to a host: TLS, or plain TCP for loopback http:// (the emulator, tests). */
import net from 'node:net';
import tls from 'node:tls';
import { bareHost, portOf } from './url-parts';

/** TLS to `url`'s host, over `socket` when tunnelling; no SNI for an IP address, as RFC 6066 says. */
export function secure(url: URL, socket?: net.Socket): tls.TLSSocket {
  const host = bareHost(url);
  return tls.connect({
    host,
    port: portOf(url),
    socket,
    servername: net.isIP(host) ? undefined : host,
    ALPNProtocols: ['http/1.1'],
  });
}

export function connect(url: URL): net.Socket {
  return url.protocol === 'https:' ? secure(url) : net.connect(portOf(url), bareHost(url));
}
