/**
 * Whether a host name is this machine: `localhost`, 127.0.0.0/8 or ::1, as the WHATWG URL parser writes them
 * (IPv6 in brackets) or bare. Only these may be spoken to in plain HTTP (the emulator, tests), and they never
 * go through a proxy. The one definition of loopback in the product.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
