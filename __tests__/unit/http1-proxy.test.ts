// Which proxy a request goes through: HTTPS_PROXY / https_proxy, NO_PROXY / no_proxy, loopback and http:
// targets never proxied, and proxy settings that cannot work refused with an actionable error.
import { ActionableError } from '../../src/core/errors';
import { bypassed, proxyFor } from '../../src/core/net/http1/proxy';

const TARGET = new URL('https://dev.azure.com/org/_apis/connectionData');

function proxyError(setting: string): ActionableError {
  try {
    proxyFor(TARGET, { HTTPS_PROXY: setting });
  } catch (error) {
    expect(error).toBeInstanceOf(ActionableError);
    return error as ActionableError;
  }
  throw new Error('expected the proxy setting to be refused');
}

const basic = (userPass: string) => `Basic ${Buffer.from(userPass).toString('base64')}`;

describe('proxyFor: which variable', () => {
  it('connects directly without any proxy variable', () => {
    expect(proxyFor(TARGET, {})).toBeUndefined();
  });

  it.each([
    ['HTTPS_PROXY', { HTTPS_PROXY: 'http://proxy.corp:3128' }],
    ['https_proxy', { https_proxy: 'http://proxy.corp:3128' }],
    ['https_proxy when HTTPS_PROXY is empty', { HTTPS_PROXY: ' ', https_proxy: 'http://proxy.corp:3128' }],
    [
      'HTTPS_PROXY before https_proxy',
      { HTTPS_PROXY: 'http://proxy.corp:3128', https_proxy: 'http://other:1' },
    ],
    ['surrounding spaces', { HTTPS_PROXY: '  http://proxy.corp:3128 \n' }],
  ])('reads %s', (_what, env) => {
    const proxy = proxyFor(TARGET, env);
    expect(proxy?.url.href).toBe('http://proxy.corp:3128/');
    expect(proxy?.authorization).toBeUndefined();
  });

  it.each([
    ['an empty HTTPS_PROXY', { HTTPS_PROXY: '' }],
    ['a blank HTTPS_PROXY', { HTTPS_PROXY: '   ' }],
    ['HTTP_PROXY only (it is for http:// targets)', { HTTP_PROXY: 'http://proxy.corp:3128' }],
    ['http_proxy only', { http_proxy: 'http://proxy.corp:3128' }],
    ['ALL_PROXY only', { ALL_PROXY: 'http://proxy.corp:3128' }],
  ])('connects directly with %s', (_what, env) => {
    expect(proxyFor(TARGET, env)).toBeUndefined();
  });

  it('reads process.env by default', () => {
    const saved = { ...process.env };
    try {
      for (const name of ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) delete process.env[name];
      process.env.HTTPS_PROXY = 'http://from-env.corp:8080';
      expect(proxyFor(TARGET)?.url.host).toBe('from-env.corp:8080');
      process.env.NO_PROXY = 'dev.azure.com';
      expect(proxyFor(TARGET)).toBeUndefined();
    } finally {
      process.env = saved;
    }
  });
});

describe('proxyFor: the proxy URL', () => {
  it.each([
    ['host:port without a scheme', 'proxy.corp:3128', 'http://proxy.corp:3128/'],
    ['a bare host', 'proxy.corp', 'http://proxy.corp/'],
    ['an IPv4 address and port', '10.0.0.1:8080', 'http://10.0.0.1:8080/'],
    ['an IPv6 address in brackets', 'http://[fd00::1]:3128', 'http://[fd00::1]:3128/'],
    ['an https:// proxy', 'https://proxy.corp:8443', 'https://proxy.corp:8443/'],
    ['an upper-case scheme', 'HTTP://PROXY.CORP:3128', 'http://proxy.corp:3128/'],
    ['a trailing slash', 'http://proxy.corp:3128/', 'http://proxy.corp:3128/'],
  ])('accepts %s', (_what, setting, href) => {
    expect(proxyFor(TARGET, { HTTPS_PROXY: setting })?.url.href).toBe(href);
  });

  it.each([
    ['user and password', 'http://bot:s3cret@proxy.corp:3128', 'bot:s3cret'],
    [
      'URL-encoded characters',
      'http://DOMAIN%5Cbot:p%40ss%3Aw%2Fo%20rd@proxy.corp:3128',
      'DOMAIN\\bot:p@ss:w/o rd',
    ],
    ['UTF-8 percent-encoded', 'http://b%C3%B6t:p%C3%A4ss@proxy.corp:3128', 'böt:päss'],
    ['a user only', 'http://bot@proxy.corp:3128', 'bot:'],
    ['a password only', 'http://:s3cret@proxy.corp:3128', ':s3cret'],
    ['no scheme', 'bot:s3cret@proxy.corp:3128', 'bot:s3cret'],
  ])('turns %s into a Basic Proxy-Authorization', (_what, setting, userPass) => {
    const proxy = proxyFor(TARGET, { HTTPS_PROXY: setting });
    expect(proxy?.authorization).toBe(basic(userPass));
    expect(proxy?.url.host).toBe('proxy.corp:3128');
  });

  it.each([
    ['socks5', 'socks5://proxy.corp:1080'],
    ['socks5h', 'socks5h://proxy.corp:1080'],
    ['socks4', 'socks4://proxy.corp:1080'],
    ['ftp', 'ftp://proxy.corp:21'],
  ])('refuses a %s proxy with a clear message', (scheme, setting) => {
    const error = proxyError(setting);
    expect(error).toMatchObject({ kind: 'input', code: 'invalid_proxy', retryable: false });
    expect(error.message).toBe(
      `HTTPS_PROXY uses ${scheme}, which is not supported: only http:// and https:// proxies are.`,
    );
    expect(error.fix).toContain('http://host:port');
    expect(error.fix).toContain('URL-encoded');
  });

  it('refuses credentials that are not validly URL-encoded, without showing them', () => {
    const error = proxyError('http://user:p%zzss@proxy.corp:3128');
    expect(error).toMatchObject({ kind: 'input', code: 'invalid_proxy' });
    expect(error.message).toBe('HTTPS_PROXY has a user name or password that is not validly URL-encoded.');
    expect(error.message).not.toContain('p%zzss');
  });

  it.each([
    ['a bad port', 'http://proxy.corp:99999'],
    ['a space in the host', 'http://proxy corp:3128'],
    ['only a scheme', 'http://'],
    ['a bad IPv6 address', 'http://[fd00::zz]:3128'],
  ])('refuses %s as an invalid URL', (_what, setting) => {
    const error = proxyError(setting);
    expect(error).toMatchObject({ kind: 'input', code: 'invalid_proxy' });
    expect(error.message).toBe('HTTPS_PROXY is not a valid URL.');
    expect(error.fix).toContain('unset it');
  });

  it('never quotes the proxy password in an error', () => {
    for (const setting of [
      'socks5://bot:hunter2-pw@proxy.corp:1080',
      'http://bot:hunter2-pw@proxy corp:3128',
    ]) {
      const error = proxyError(setting);
      expect(`${error.message} ${error.fix}`).not.toContain('hunter2-pw');
    }
  });

  it('does not even read an invalid setting for a host that is reached directly', () => {
    expect(proxyFor(new URL('https://127.0.0.1:8443/'), { HTTPS_PROXY: 'socks5://p:1' })).toBeUndefined();
    expect(proxyFor(TARGET, { HTTPS_PROXY: 'socks5://p:1', NO_PROXY: '*' })).toBeUndefined();
  });
});

describe('proxyFor: hosts never proxied', () => {
  const env = { HTTPS_PROXY: 'http://proxy.corp:3128' };

  it.each([
    'https://localhost:8443/',
    'https://LOCALHOST/',
    'https://127.0.0.1:8443/',
    'https://127.1.2.3/',
    'https://[::1]:8443/',
  ])('loopback %s', (url) => {
    expect(proxyFor(new URL(url), env)).toBeUndefined();
  });

  it.each(['http://127.0.0.1:8080/', 'http://example.com/', 'http://localhost/'])(
    'an http: target %s (HTTPS_PROXY is for https: only)',
    (url) => {
      expect(proxyFor(new URL(url), env)).toBeUndefined();
    },
  );

  it.each(['https://localhost.example.com/', 'https://128.0.0.1/', 'https://[::2]/', 'https://10.1.2.3/'])(
    'but a host that only looks like loopback is proxied: %s',
    (url) => {
      expect(proxyFor(new URL(url), env)?.url.host).toBe('proxy.corp:3128');
    },
  );
});

describe('NO_PROXY', () => {
  const env = (noProxy: Record<string, string>) => ({ HTTPS_PROXY: 'http://proxy.corp:3128', ...noProxy });

  it('is read from NO_PROXY or no_proxy by proxyFor', () => {
    expect(proxyFor(TARGET, env({ NO_PROXY: 'dev.azure.com' }))).toBeUndefined();
    expect(proxyFor(TARGET, env({ no_proxy: 'dev.azure.com' }))).toBeUndefined();
    expect(proxyFor(TARGET, env({ NO_PROXY: 'visualstudio.com' }))?.url.host).toBe('proxy.corp:3128');
    expect(proxyFor(TARGET, env({ NO_PROXY: '' }))?.url.host).toBe('proxy.corp:3128');
  });

  it.each([
    // [NO_PROXY, target, bypassed]
    ['dev.azure.com', 'https://dev.azure.com/', true],
    ['DEV.Azure.COM', 'https://dev.AZURE.com/', true],
    ['azure.com', 'https://dev.azure.com/', true],
    ['azure.com', 'https://a.b.dev.azure.com/', true],
    ['azure.com', 'https://azure.com/', true],
    ['azure.com', 'https://notazure.com/', false],
    ['azure.com', 'https://azure.com.evil.example/', false],
    ['dev.azure.com', 'https://azure.com/', false],
    ['.azure.com', 'https://dev.azure.com/', true],
    ['.azure.com', 'https://azure.com/', true],
    ['.azure.com', 'https://notazure.com/', false],
    ['*.azure.com', 'https://dev.azure.com/', true],
    ['*.azure.com', 'https://notazure.com/', false],
    ['*', 'https://anything.example/', true],
    ['*azure.com', 'https://dev.azure.com/', false],
    // ports
    ['dev.azure.com:443', 'https://dev.azure.com/', true],
    ['dev.azure.com:443', 'https://dev.azure.com:443/', true],
    ['dev.azure.com:8443', 'https://dev.azure.com/', false],
    ['dev.azure.com:8443', 'https://dev.azure.com:8443/', true],
    ['dev.azure.com', 'https://dev.azure.com:8443/', true],
    ['.azure.com:443', 'https://dev.azure.com/', true],
    ['example.com:80', 'http://example.com/', true],
    // IP addresses
    ['10.1.2.3', 'https://10.1.2.3/', true],
    ['10.1.2.3', 'https://10.1.2.4/', false],
    ['10.1.2.3:8443', 'https://10.1.2.3:8443/', true],
    ['[fd00::1]', 'https://[fd00::1]/', true],
    ['[FD00::1]', 'https://[fd00::1]/', true],
    ['[fd00::1]:8443', 'https://[fd00::1]:8443/', true],
    ['[fd00::1]:8443', 'https://[fd00::1]/', false],
    ['[fd00::1]', 'https://[fd00::2]/', false],
    // fully qualified names: a trailing dot on either side
    ['dev.azure.com.', 'https://dev.azure.com/', true],
    ['azure.com', 'https://dev.azure.com./', true],
    ['.azure.com.', 'https://dev.azure.com./', true],
    ['azure.com.', 'https://notazure.com/', false],
    // IP ranges (CIDR), for hosts given as an address; names are not resolved
    ['10.0.0.0/8', 'https://10.1.2.3/', true],
    ['10.0.0.0/8', 'https://11.1.2.3/', false],
    ['192.168.1.0/24', 'https://192.168.1.200:8443/', true],
    ['192.168.1.0/24', 'https://192.168.2.1/', false],
    ['0.0.0.0/0', 'https://203.0.113.7/', true],
    ['10.1.2.3/32', 'https://10.1.2.3/', true],
    ['fd00::/8', 'https://[fd12:3456::1]/', true],
    ['[fd00::]/8', 'https://[fd12:3456::1]/', true],
    ['fd00::/8', 'https://[fe80::1]/', false],
    ['10.0.0.0/8', 'https://[fd00::1]/', false],
    ['fd00::/8', 'https://10.1.2.3/', false],
    ['10.0.0.0/8', 'https://dev.azure.com/', false],
    // ranges that are not ranges match nothing
    ['10.0.0.0/33', 'https://10.1.2.3/', false],
    ['10.0.0.0/', 'https://10.1.2.3/', false],
    ['10.0.0.0/8/8', 'https://10.1.2.3/', false],
    ['azure.com/8', 'https://dev.azure.com/', false],
    // lists: commas, spaces, both, empty entries
    ['example.com,dev.azure.com', 'https://dev.azure.com/', true],
    ['example.com dev.azure.com', 'https://dev.azure.com/', true],
    [' example.com , dev.azure.com ', 'https://dev.azure.com/', true],
    ['example.com,\tdev.azure.com', 'https://dev.azure.com/', true],
    [',,example.com,,', 'https://dev.azure.com/', false],
    ['example.com,login.microsoftonline.com', 'https://dev.azure.com/', false],
    ['', 'https://dev.azure.com/', false],
    [' , ', 'https://dev.azure.com/', false],
    // entries that are not host names match nothing
    ['*:443', 'https://dev.azure.com/', false],
    ['dev.azure.com:https', 'https://dev.azure.com/', false],
  ])('NO_PROXY=%j for %s: bypassed %s', (noProxy, url, expected) => {
    expect(bypassed(new URL(url), noProxy)).toBe(expected);
  });

  it('bypasses nothing when NO_PROXY is unset', () => {
    expect(bypassed(TARGET, undefined)).toBe(false);
  });
});
