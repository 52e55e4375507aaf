/**
 * The agent's proxy, which a task is expected to use (azure-pipelines-task-lib's getHttpProxyConfiguration
 * reads the same variables): Agent.ProxyUrl, Agent.ProxyUsername, Agent.ProxyPassword (a secret variable)
 * and Agent.ProxyBypassList, a JSON array of regular expressions, each tested case-insensitively against the
 * whole request URL. Set on an agent configured with `--proxyurl` (or its `.proxy` file).
 */
import { ActionableError } from '../../core/errors';
import { parseProxy, type ProxyResolver } from '../../core/net/http1/proxy';
import { quote } from '../../core/safety/log-safety';

export interface AgentProxySettings {
  url: string | undefined;
  username: string | undefined;
  password: string | undefined;
  bypassList: string | undefined;
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
  const bypass = bypassPatterns(settings.bypassList);
  return (target) => (bypass.some((pattern) => pattern.test(target.href)) ? undefined : proxy);
}

function bypassPatterns(list: string | undefined): RegExp[] {
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
  return entries.map((entry: string) => {
    try {
      return new RegExp(entry, 'i');
    } catch {
      throw invalid(`holds ${quote(entry)}, which is not a valid regular expression`);
    }
  });
}
