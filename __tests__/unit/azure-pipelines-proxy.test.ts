// The Azure Pipelines agent's proxy settings (src/hosts/azure-pipelines/proxy.ts), read as
// azure-pipelines-task-lib's getHttpProxyConfiguration reads them.
import { ActionableError } from '../../src/core/errors';
import { agentProxy, type AgentProxySettings } from '../../src/hosts/azure-pipelines/proxy';

const settings = (overrides: Partial<AgentProxySettings>): AgentProxySettings => ({
  url: 'http://proxy.corp.example:8888',
  username: undefined,
  password: undefined,
  bypassList: undefined,
  ...overrides,
});
const target = (url: string) => new URL(url);
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

function failure(overrides: Partial<AgentProxySettings>): ActionableError {
  try {
    agentProxy(settings(overrides));
  } catch (error) {
    if (error instanceof ActionableError) return error;
    throw error;
  }
  throw new Error('expected agentProxy to throw');
}

describe('agentProxy', () => {
  test('no Agent.ProxyUrl: no resolver, so HTTPS_PROXY and NO_PROXY apply', () => {
    expect(agentProxy(settings({ url: undefined }))).toBeUndefined();
    expect(agentProxy(settings({ url: '' }))).toBeUndefined();
  });

  test('sends every request through the agent proxy, without credentials when none are set', () => {
    const resolve = agentProxy(settings({}));
    const proxy = resolve?.(target('https://vssps.dev.azure.com/contoso/_apis/tokens/pats'));
    expect(proxy?.url.host).toBe('proxy.corp.example:8888');
    expect(proxy?.authorization).toBeUndefined();
  });

  test('takes the user name and password as they are (not URL-encoded), as Basic credentials', () => {
    const resolve = agentProxy(settings({ username: 'CORP\\builder', password: 'p@ss:w%rd' }));
    expect(resolve?.(target('https://login.microsoftonline.com/t'))?.authorization).toBe(
      basic('CORP\\builder', 'p@ss:w%rd'),
    );
  });

  test('a user name without a password sends an empty password', () => {
    const resolve = agentProxy(settings({ username: 'builder' }));
    expect(resolve?.(target('https://dev.azure.com'))?.authorization).toBe(basic('builder', ''));
  });

  test('accepts an https:// proxy and a bare host:port (http:// assumed)', () => {
    expect(
      agentProxy(settings({ url: 'https://proxy.corp.example' }))?.(target('https://x.example'))?.url
        .protocol,
    ).toBe('https:');
    const bare = agentProxy(settings({ url: 'proxy.corp.example:3128' }))?.(target('https://x.example'));
    expect(bare?.url.href).toBe('http://proxy.corp.example:3128/');
  });

  test('the bypass list: regular expressions tested case-insensitively against the whole request URL', () => {
    const resolve = agentProxy(
      settings({ bypassList: JSON.stringify(['\\.vault\\.azure\\.net', '^https://login\\.']) }),
    );
    expect(resolve?.(target('https://MYVAULT.vault.azure.net/secrets/rt'))).toBeUndefined();
    expect(resolve?.(target('https://login.microsoftonline.com/t/oauth2/v2.0/token'))).toBeUndefined();
    expect(resolve?.(target('https://vssps.dev.azure.com/contoso/_apis'))).toBeDefined();
    // Tested against the URL, path included, as task-lib does.
    expect(resolve?.(target('https://dev.azure.com/x.vault.azure.net/'))).toBeUndefined();
  });

  test('an empty bypass list bypasses nothing', () => {
    for (const bypassList of ['', '[]', '  ']) {
      expect(agentProxy(settings({ bypassList }))?.(target('https://dev.azure.com'))).toBeDefined();
    }
  });

  test('refuses settings that cannot work, naming the agent setting and how to fix it', () => {
    const cases: [Partial<AgentProxySettings>, string][] = [
      [{ url: 'http://' }, 'Agent.ProxyUrl) is not a valid URL'],
      [{ url: 'socks5://proxy:1080' }, 'uses socks5, which is not supported'],
      [{ bypassList: 'not json' }, 'Agent.ProxyBypassList) is not JSON'],
      [{ bypassList: '{"a":1}' }, 'is not a JSON array of strings'],
      [{ bypassList: '[1]' }, 'is not a JSON array of strings'],
      [{ bypassList: '["(unclosed"]' }, 'holds "(unclosed", which is not a valid regular expression'],
    ];
    for (const [overrides, message] of cases) {
      const error = failure(overrides);
      expect(error.code).toBe('invalid_proxy');
      expect(error.kind).toBe('input');
      expect(error.message).toContain(message);
      expect(error.fix).toContain('--proxyurl');
    }
  });
});
