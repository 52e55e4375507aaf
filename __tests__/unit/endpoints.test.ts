import { parseEndpointUrl, parseEndpoints } from '../../src/core/inputs/endpoints';
import { isLoopbackHost } from '../../src/core/loopback';
import { InputError } from '../../src/core/errors';

describe('parseEndpointUrl', () => {
  it.each([
    ['https://vssps.dev.azure.com', 'https://vssps.dev.azure.com'],
    ['https://contoso.vssps.visualstudio.com/', 'https://contoso.vssps.visualstudio.com'],
    ['  https://VSSPS.dev.azure.com:443//  ', 'https://vssps.dev.azure.com'],
    ['https://127.0.0.1:8443/entra/', 'https://127.0.0.1:8443/entra'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.10.20.30', 'http://127.10.20.30'],
    ['http://localhost:3000/x', 'http://localhost:3000/x'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
  ])('%j → %j', (raw, url) => {
    expect(parseEndpointUrl('vssps-url', raw)).toBe(url);
  });

  it('keeps the shape rules for a custom host allowed by the opt-in', () => {
    expect(parseEndpointUrl('vssps-url', '  https://ADO.corp.example:8443/tfs//  ', true)).toBe(
      'https://ado.corp.example:8443/tfs',
    );
    expect(() => parseEndpointUrl('vssps-url', 'http://ado.corp.example', true)).toThrow(/loopback/);
  });

  it.each([
    ['dev.azure.com', /absolute URL/],
    ['/relative', /absolute URL/],
    ['', /absolute URL/],
    ['http://dev.azure.com', /loopback/],
    ['http://128.0.0.1', /loopback/],
    ['http://localhost.evil.example', /loopback/],
    ['http://[::2]', /loopback/],
    ['ftp://127.0.0.1', /https/],
    ['javascript:alert(1)', /https/],
    ['file:///etc/passwd', /https/],
    ['https://user:pw@dev.azure.com', /user name or password/],
    ['https://user@dev.azure.com', /user name or password/],
    ['https://dev.azure.com/?api-version=1', /query or fragment/],
    ['https://dev.azure.com/#x', /query or fragment/],
    ['https://dev.azure.com/?', /query or fragment/],
    ['https://dev.az\nure.com', /whitespace/],
    ['https://dev.azure.com\\@evil.example', /backslash/],
  ])('refuses %j', (raw, message) => {
    let error: unknown;
    try {
      parseEndpointUrl('vssps-url', raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('vssps-url');
    expect((error as InputError).message).toMatch(message);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['[::1]', true],
    ['::1', true],
    ['128.0.0.1', false],
    ['localhost.example', false],
    ['0.0.0.0', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('parseEndpoints', () => {
  it('defaults to the public cloud and treats blank inputs as not given', () => {
    expect(parseEndpoints(() => undefined)).toEqual({
      authorityHost: 'https://login.microsoftonline.com',
      vsspsUrl: 'https://vssps.dev.azure.com',
      azureDevOpsUrl: 'https://dev.azure.com',
    });
    expect(parseEndpoints(() => '  ').vsspsUrl).toBe('https://vssps.dev.azure.com');
  });

  it('names the input at fault', () => {
    const read = (name: string): string | undefined =>
      name === 'authority-host' ? 'http://evil.example' : undefined;
    expect(() => parseEndpoints(read)).toThrow(expect.objectContaining({ input: 'authority-host' }) as Error);
  });
});
