/** A URL's host and port as sockets want them, and whether it names this machine. */

/** The host name, with an IPv6 address's brackets removed. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** The port, or the scheme's default. */
export function portOf(url: URL): number {
  return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$/i;

/** localhost, 127.0.0.0/8 and ::1: only these may be spoken to in plain HTTP, and never through a proxy. */
export function isLoopback(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}
