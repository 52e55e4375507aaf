/**
 * Which proxy, if any, an HTTPS request goes through: `HTTPS_PROXY` (or `https_proxy`), unless the host
 * matches `NO_PROXY` (or `no_proxy`), the same variables curl, git, az and @actions/http-client read.
 * Loopback hosts (the emulator) are always reached directly.
 */
import { ActionableError } from '../errors';
import { bareHost, isLoopback, portOf } from './url-parts';

export interface ProxyTarget {
  url: URL;
  /** `Basic …` from the proxy URL's user info, for `Proxy-Authorization`. */
  authorization?: string;
}

type Environment = Record<string, string | undefined>;

/** The upper-case variable wins when both are set; an empty one counts as not set. */
function variable(env: Environment, name: string): string | undefined {
  return [env[name], env[name.toLowerCase()]].map((value) => value?.trim()).find(Boolean);
}

/** The proxy for `target`, or undefined to connect directly. */
export function proxyFor(target: URL, env: Environment = process.env): ProxyTarget | undefined {
  if (target.protocol !== 'https:' || isLoopback(target.hostname)) return undefined;
  const setting = variable(env, 'HTTPS_PROXY');
  if (setting === undefined || bypassed(target, variable(env, 'NO_PROXY'))) return undefined;
  return parseProxy(setting);
}

function parseProxy(setting: string): ProxyTarget {
  const fix =
    'Set HTTPS_PROXY to http://host:port (user and password URL-encoded: http://user:pass@host:port), ' +
    'or unset it to connect directly.';
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(setting) ? setting : `http://${setting}`);
  } catch {
    throw new ActionableError('input', 'HTTPS_PROXY is not a valid URL.', fix, { code: 'invalid_proxy' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ActionableError(
      'input',
      `HTTPS_PROXY uses ${url.protocol.slice(0, -1)}, which is not supported: only http:// and https:// proxies are.`,
      fix,
      { code: 'invalid_proxy' },
    );
  }
  const authorization =
    url.username || url.password
      ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
      : undefined;
  return { url, authorization };
}

/**
 * NO_PROXY: comma- or space-separated host names, each matching itself and its subdomains (a leading "."
 * or "*." is the same), optionally with ":port"; "*" alone matches every host. IP ranges are not read.
 */
export function bypassed(target: URL, noProxy: string | undefined): boolean {
  if (noProxy === undefined) return false;
  const host = bareHost(target).toLowerCase();
  const port = String(portOf(target));
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const match = /^(?:\*?\.)?(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry.toLowerCase());
      if (!match) return false;
      const name = (match[1] ?? '').replace(/^\[|\]$/g, '');
      if (match[2] !== undefined && match[2] !== port) return false;
      return host === name || host.endsWith(`.${name}`);
    });
}
