/**
 * The agent's proxy, which a task is expected to use (azure-pipelines-task-lib's getHttpProxyConfiguration
 * reads the same variables): Agent.ProxyUrl, Agent.ProxyUsername, Agent.ProxyPassword (a secret variable)
 * and Agent.ProxyBypassList, a JSON array of regular expressions. Set on an agent configured with `--proxyurl`
 * (or its `.proxy` file). The bypass list is read as the agent itself reads it: each entry, trimmed, is tested
 * case-insensitively against `scheme://host[:port]` (the port only when not the scheme's default); an entry
 * that is not a valid regular expression (the agent writes `*\.corp\.com` for `no_proxy=*.corp.com`) is
 * skipped, and loopback always goes direct.
 */
import { ActionableError } from '../../core/errors';
import { parseProxy, type ProxyResolver } from '../../core/net/http1/proxy';
import { isLoopbackHost } from '../../core/loopback';
import { quote } from '../../core/safety/log-safety';

export interface AgentProxySettings {
  url: string | undefined;
  username: string | undefined;
  password: string | undefined;
  bypassList: string | undefined;
  /** Where a skipped bypass entry is reported. */
  debug?: (message: string) => void;
}

const FIX =
  "Fix the agent's proxy settings (`config.sh --proxyurl`, `--proxyusername`, `--proxypassword`, or the " +
  "agent's .proxy and .proxybypass files) and restart the agent.";

/** The agent's proxy as a resolver, or undefined when the agent has none (HTTPS_PROXY then applies). */
export function agentProxy(settings: AgentProxySettings): ProxyResolver | undefined {
  if (!settings.url) return undefined;
  const proxy = parseProxy(
    settings.url,
    { name: 'The agent proxy (Agent.ProxyUrl)', fix: FIX },
    settings.username ? { username: settings.username, password: settings.password ?? '' } : undefined,
  );
  const bypass = bypassPatterns(settings.bypassList, settings.debug ?? (() => undefined));
  return (target) => {
    if (isLoopbackHost(target.hostname)) return undefined;
    const origin = `${target.protocol}//${target.hostname}${target.port ? `:${target.port}` : ''}`;
    return bypass.some((pattern) => pattern.test(origin)) ? undefined : proxy;
  };
}

function bypassPatterns(list: string | undefined, debug: (message: string) => void): RegExp[] {
  if (list === undefined || list.trim() === '') return [];
  const invalid = (why: string) =>
    new ActionableError('input', `The agent's proxy bypass list (Agent.ProxyBypassList) ${why}.`, FIX, {
      code: 'invalid_proxy',
    });
  let entries: unknown;
  try {
    entries = JSON.parse(list);
  } catch {
    throw invalid('is not JSON');
  }
  if (!Array.isArray(entries) || !entries.every((entry) => typeof entry === 'string')) {
    throw invalid('is not a JSON array of strings');
  }
  const patterns: RegExp[] = [];
  for (const entry of entries) {
    if (entry.trim() === '') continue;
    try {
      patterns.push(new RegExp(entry.trim(), 'i'));
    } catch {
      debug(
        `Skipping the agent's proxy bypass entry ${quote(entry)}: not a valid regular expression (the agent skips it too).`,
      );
    }
  }
  return patterns;
}
