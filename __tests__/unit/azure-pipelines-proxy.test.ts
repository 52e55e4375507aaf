// The Azure Pipelines agent's proxy settings (src/hosts/azure-pipelines/proxy.ts): the variables that
// azure-pipelines-task-lib's getHttpProxyConfiguration reads, the bypass list as the agent itself applies it.
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

  test('the bypass list: regular expressions tested case-insensitively against scheme://host[:port]', () => {
    const resolve = agentProxy(
      settings({
        bypassList: JSON.stringify([
          '\\.vault\\.azure\\.net$',
          '^https://login\\.',
          '^https://build\\.corp\\.example:8443$',
        ]),
      }),
    );
    expect(resolve?.(target('https://MYVAULT.vault.azure.net/secrets/rt'))).toBeUndefined();
    expect(resolve?.(target('https://login.microsoftonline.com/t/oauth2/v2.0/token'))).toBeUndefined();
    expect(resolve?.(target('https://vssps.dev.azure.com/contoso/_apis'))).toBeDefined();
    // As the agent: the path is not part of what is tested, and the port only when it is not the default.
    expect(resolve?.(target('https://dev.azure.com/x.vault.azure.net'))).toBeDefined();
    expect(resolve?.(target('https://x.vault.azure.net:443/secrets'))).toBeUndefined();
    expect(resolve?.(target('https://x.vault.azure.net:8443/secrets'))).toBeDefined();
    expect(resolve?.(target('https://build.corp.example:8443/x'))).toBeUndefined();
    expect(resolve?.(target('https://build.corp.example/x'))).toBeDefined();
  });

  test('entries that are not regular expressions are skipped with a debug line, as the agent skips them', () => {
    const debug: string[] = [];
    const resolve = agentProxy(
      settings({
        // The agent writes `*\.corp\.com` for no_proxy=*.corp.com: not a valid regular expression.
        bypassList: JSON.stringify(['*\\.corp\\.com', '(unclosed', ' ', 'dev\\.azure\\.com']),
        debug: (message) => debug.push(message),
      }),
    );
    expect(resolve?.(target('https://dev.azure.com/contoso'))).toBeUndefined();
    expect(resolve?.(target('https://build.corp.com'))).toBeDefined();
    expect(debug).toEqual([
      expect.stringMatching(/entry "\*.*corp.*com": not a valid regular expression/),
      expect.stringContaining('"(unclosed": not a valid regular expression'),
    ]);
  });

  test('loopback always goes direct, bypass list or not', () => {
    const resolve = agentProxy(settings({}));
    for (const url of ['https://127.0.0.1:8443/x', 'https://localhost/x', 'https://[::1]:9/x']) {
      expect(resolve?.(target(url))).toBeUndefined();
    }
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
