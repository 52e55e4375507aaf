/**
 * Which proxy, if any, an HTTPS request goes through: `HTTPS_PROXY` (or `https_proxy`), unless the host
 * matches `NO_PROXY` (or `no_proxy`), the same variables curl, git, az and @actions/http-client read; or
 * what a platform configures instead (the Azure Pipelines agent's proxy), as a ProxyResolver.
 * Loopback hosts (the emulator) are always reached directly.
 */
import { BlockList, isIP } from 'node:net';
import { ActionableError } from '../../errors';
import { isLoopbackHost } from '../../loopback';
import { bareHost, portOf } from './url-parts';

export interface ProxyTarget {
  url: URL;
  /** `Basic …` from the proxy URL's user info, for `Proxy-Authorization`. */
  authorization?: string;
}

/** Decides the proxy of one request, or undefined to connect directly. */
export type ProxyResolver = (target: URL) => ProxyTarget | undefined;

type Environment = Record<string, string | undefined>;

/** Only https:// requests to hosts other than loopback ever go through a proxy. */
function proxiable(target: URL): boolean {
  return target.protocol === 'https:' && !isLoopbackHost(target.hostname);
}

/** The upper-case variable wins when both are set; an empty one counts as not set. */
function variable(env: Environment, name: string): string | undefined {
  return [env[name], env[name.toLowerCase()]].map((value) => value?.trim()).find(Boolean);
}

/** The proxy `resolve` picks for `target` (HTTPS_PROXY's by default); never one for http:// or loopback. */
export function proxyOf(target: URL, resolve: ProxyResolver = proxyFor): ProxyTarget | undefined {
  return proxiable(target) ? resolve(target) : undefined;
}

/** The proxy for `target` by HTTPS_PROXY and NO_PROXY, or undefined to connect directly. */
export function proxyFor(target: URL, env: Environment = process.env): ProxyTarget | undefined {
  if (!proxiable(target)) return undefined;
  const setting = variable(env, 'HTTPS_PROXY');
  if (setting === undefined || bypassed(target, variable(env, 'NO_PROXY'))) return undefined;
  return parseProxy(setting, {
    name: 'HTTPS_PROXY',
    fix:
      'Set HTTPS_PROXY to http://host:port (user and password URL-encoded: http://user:pass@host:port), ' +
      'or unset it to connect directly.',
  });
}

/**
 * A proxy URL (scheme optional, http:// assumed) into the proxy to tunnel through. Credentials come from the
 * URL's user info (URL-encoded) unless given apart. `origin` names the setting and its fix in errors.
 */
export function parseProxy(
  setting: string,
  origin: { name: string; fix: string },
  credentials?: { username: string; password: string },
): ProxyTarget {
  const invalid = (message: string) =>
    new ActionableError('input', message, origin.fix, { code: 'invalid_proxy' });
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(setting) ? setting : `http://${setting}`);
  } catch {
    throw invalid(`${origin.name} is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalid(
      `${origin.name} uses ${url.protocol.slice(0, -1)}, which is not supported: only http:// and https:// proxies are.`,
    );
  }
  let user = credentials;
  try {
    user ??= { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  } catch {
    throw invalid(`${origin.name} has a user name or password that is not validly URL-encoded.`);
  }
  const authorization =
    user.username || user.password
      ? `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`
      : undefined;
  return { url, authorization };
}

/**
 * NO_PROXY: comma- or space-separated host names, each matching itself and its subdomains (a leading "."
 * or "*." is the same; a trailing "." of a fully qualified name is ignored on both sides), optionally with
 * ":port"; IP addresses, and IP ranges in CIDR notation (`10.0.0.0/8`, `fd00::/8`) for hosts given as an
 * address (names are not resolved for this, as in curl); "*" alone matches every host.
 */
export function bypassed(target: URL, noProxy: string | undefined): boolean {
  if (noProxy === undefined) return false;
  const host = withoutTrailingDot(bareHost(target).toLowerCase());
  const port = String(portOf(target));
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      if (entry.includes('/')) return inRange(host, entry);
      const match = /^(?:\*?\.)?(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry.toLowerCase());
      if (!match) return false;
      const name = withoutTrailingDot((match[1] ?? '').replace(/^\[|\]$/g, ''));
      if (match[2] !== undefined && match[2] !== port) return false;
      return host === name || host.endsWith(`.${name}`);
    });
}

function withoutTrailingDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** True when `host` is an IP address inside `cidr` ("10.0.0.0/8", "fd00::/8"); false for anything else. */
function inRange(host: string, cidr: string): boolean {
  const [address = '', bits = '', ...rest] = cidr.replace(/^\[|\](?=\/)/g, '').split('/');
  const family = isIP(address);
  if (rest.length > 0 || family === 0 || isIP(host) !== family || !/^\d{1,3}$/.test(bits)) return false;
  const prefix = Number(bits);
  if (prefix > (family === 4 ? 32 : 128)) return false;
  const range = new BlockList();
  range.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  return range.check(host, family === 4 ? 'ipv4' : 'ipv6');
}
