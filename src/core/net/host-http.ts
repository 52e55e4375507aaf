/** The HTTP client a step uses: its debug lines go to the host, and the platform's proxy applies when set. */
import type { Host } from '../host';
import { HttpClient, type HttpClientOptions } from './http';

export function httpClientFor(host: Host, options: HttpClientOptions = {}): HttpClient {
  return new HttpClient({ log: (message) => host.debug(message), proxy: host.httpProxy?.(), ...options });
}
