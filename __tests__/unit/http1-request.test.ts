// The HTTP/1.1 request writer: the exact bytes it sends, and the requests it refuses before sending
// anything (without ever quoting a header value: it may hold a secret).
import {
  InvalidRequestError,
  serializeRequest,
  type OutgoingRequest,
} from '../../src/core/net/http1/request';

const SECRET = 'c2VjcmV0LXZhbHVlLWZvci10ZXN0cw';

function wire(request: Partial<Omit<OutgoingRequest, 'url'>> & { url: string }): string {
  return serializeRequest({
    method: 'GET',
    headers: {},
    ...request,
    url: new URL(request.url),
  }).toString('latin1');
}

function refusal(request: Partial<Omit<OutgoingRequest, 'url'>> & { url?: string }): InvalidRequestError {
  try {
    serializeRequest({
      method: 'GET',
      headers: {},
      ...request,
      url: new URL(request.url ?? 'https://dev.azure.com/'),
    });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toBeInstanceOf(TypeError);
    return error as InvalidRequestError;
  }
  throw new Error('expected the request to be refused');
}

describe('serializeRequest: bytes on the wire', () => {
  it('writes request line, Host, Connection: close and the headers in order, then an empty line', () => {
    expect(
      wire({
        url: 'https://vssps.dev.azure.com/org/_apis/tokens/pats?api-version=7.1-preview.1',
        headers: {
          Authorization: 'Bearer abc',
          Accept: 'application/json',
          'User-Agent': 'ado-ephemeral-pat',
        },
      }),
    ).toBe(
      'GET /org/_apis/tokens/pats?api-version=7.1-preview.1 HTTP/1.1\r\n' +
        'Host: vssps.dev.azure.com\r\n' +
        'Connection: close\r\n' +
        'Authorization: Bearer abc\r\n' +
        'Accept: application/json\r\n' +
        'User-Agent: ado-ephemeral-pat\r\n' +
        '\r\n',
    );
  });

  it('sends "/" for an empty path, keeps a non-default port in Host and never sends the fragment or user info', () => {
    expect(wire({ url: 'https://user:pw@h.example:8443#frag' })).toBe(
      'GET / HTTP/1.1\r\nHost: h.example:8443\r\nConnection: close\r\n\r\n',
    );
    expect(wire({ url: 'https://h.example:443/x' })).toBe(
      'GET /x HTTP/1.1\r\nHost: h.example\r\nConnection: close\r\n\r\n',
    );
    expect(wire({ url: 'http://127.0.0.1:8080/x?a=1&b=%20' })).toBe(
      'GET /x?a=1&b=%20 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nConnection: close\r\n\r\n',
    );
    expect(wire({ url: 'https://[::1]:8443/' })).toBe(
      'GET / HTTP/1.1\r\nHost: [::1]:8443\r\nConnection: close\r\n\r\n',
    );
  });

  it('sends the path percent-encoded as the URL parser left it', () => {
    expect(wire({ url: 'https://h.example/a b/é?q=ü' })).toBe(
      'GET /a%20b/%C3%A9?q=%C3%BC HTTP/1.1\r\nHost: h.example\r\nConnection: close\r\n\r\n',
    );
  });

  it('writes a body after the head with its Content-Length', () => {
    expect(
      wire({
        method: 'POST',
        url: 'https://login.microsoftonline.com/t/oauth2/v2.0/token',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&scope=x',
      }),
    ).toBe(
      'POST /t/oauth2/v2.0/token HTTP/1.1\r\n' +
        'Host: login.microsoftonline.com\r\n' +
        'Connection: close\r\n' +
        'Content-Type: application/x-www-form-urlencoded\r\n' +
        'Content-Length: 37\r\n' +
        '\r\n' +
        'grant_type=client_credentials&scope=x',
    );
  });

  it('counts a UTF-8 body in bytes and sends it as UTF-8', () => {
    const body = '{"displayName":"é→😀"}';
    const bytes = serializeRequest({ method: 'PUT', url: new URL('https://h.example/'), headers: {}, body });
    const text = bytes.toString('latin1');
    const utf8 = Buffer.from(body, 'utf8');
    // é is 2 bytes, → 3, 😀 4 (two UTF-16 units): 5 bytes more than the string length.
    expect(utf8.length).toBe(body.length + 5);
    expect(text).toContain(`\r\nContent-Length: ${utf8.length}\r\n\r\n`);
    expect(bytes.subarray(bytes.length - utf8.length)).toEqual(utf8);
  });

  it.each(['POST', 'PUT', 'PATCH'])('sends Content-Length: 0 for a %s without a body', (method) => {
    expect(wire({ method, url: 'https://h.example/' })).toBe(
      `${method} / HTTP/1.1\r\nHost: h.example\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
  });

  it.each(['GET', 'DELETE', 'HEAD', 'OPTIONS'])(
    'sends no Content-Length for a %s without a body',
    (method) => {
      expect(wire({ method, url: 'https://h.example/' })).not.toContain('Content-Length');
    },
  );

  it('sends Content-Length for any method with a body, also an empty one', () => {
    expect(wire({ method: 'DELETE', url: 'https://h.example/', body: 'x' })).toBe(
      'DELETE / HTTP/1.1\r\nHost: h.example\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx',
    );
    expect(wire({ method: 'GET', url: 'https://h.example/', body: '' })).toBe(
      'GET / HTTP/1.1\r\nHost: h.example\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
    );
  });

  it('skips caller-supplied Host, Connection, Content-Length and Transfer-Encoding, whatever their case', () => {
    expect(
      wire({
        method: 'POST',
        url: 'https://h.example/',
        headers: {
          host: 'evil.example',
          CONNECTION: 'keep-alive',
          'Content-Length': '999',
          'transfer-encoding': 'chunked',
          'X-Kept': '1',
        },
        body: 'ab',
      }),
    ).toBe(
      'POST / HTTP/1.1\r\nHost: h.example\r\nConnection: close\r\nX-Kept: 1\r\nContent-Length: 2\r\n\r\nab',
    );
  });

  it('keeps tabs, inner spaces, empty values and obs-text (as latin1) in header values', () => {
    expect(
      wire({ url: 'https://h.example/', headers: { 'X-A': 'a\tb  c', 'X-B': '', 'X-C': 'caf\u00e9\u00ff' } }),
    ).toBe(
      'GET / HTTP/1.1\r\nHost: h.example\r\nConnection: close\r\nX-A: a\tb  c\r\nX-B: \r\nX-C: caf\u00e9\u00ff\r\n\r\n',
    );
    const bytes = serializeRequest({
      method: 'GET',
      url: new URL('https://h.example/'),
      headers: { 'X-C': '\u00e9' },
    });
    expect(bytes.includes(Buffer.from([0x58, 0x2d, 0x43, 0x3a, 0x20, 0xe9, 0x0d, 0x0a]))).toBe(true);
  });

  it('accepts every token character in header names and methods', () => {
    const token = "!#$%&'*+-.^_`|~09azAZ";
    expect(wire({ method: token, url: 'https://h.example/', headers: { [token]: 'v' } })).toBe(
      `${token} / HTTP/1.1\r\nHost: h.example\r\nConnection: close\r\n${token}: v\r\n\r\n`,
    );
  });
});

describe('serializeRequest: refusals never quote the value', () => {
  it.each([
    ['a line feed (header injection)', `Bearer ${SECRET}\nX-Injected: 1`],
    ['a carriage return', `Bearer ${SECRET}\r`],
    ['CRLF', `Bearer ${SECRET}\r\nX-Injected: 1`],
    ['NUL', `Bearer ${SECRET}\u0000`],
    ['another control character', `Bearer ${SECRET}\u001b[2K`],
    ['DEL', `Bearer ${SECRET}\u007f`],
    ['a character above 0xFF', `Bearer ${SECRET}\u2028`],
    ['an emoji', `Bearer ${SECRET}😀`],
    ['a character just above latin1', `Bearer ${SECRET}\u0100`],
  ])('refuses a value with %s (ERR_INVALID_CHAR)', (_what, value) => {
    const error = refusal({ headers: { Authorization: value } });
    expect(error.code).toBe('ERR_INVALID_CHAR');
    expect(error.message).toContain('Authorization');
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain('Bearer');
    expect(error.message).not.toContain('Injected');
    expect(String(error.stack)).not.toContain(SECRET);
  });

  it.each([
    ['an empty name', ''],
    ['a space', 'X Bad'],
    ['a colon', 'X-Bad:'],
    ['a line feed', 'X-Bad\nX-Injected'],
    ['a non-ASCII letter', 'X-Caf\u00e9'],
    ['a separator', 'X(Bad)'],
    ['NUL', 'X-\u0000'],
  ])('refuses a header name with %s (ERR_INVALID_HTTP_TOKEN), without quoting its value', (_what, name) => {
    const error = refusal({ headers: { [name]: SECRET } });
    expect(error.code).toBe('ERR_INVALID_HTTP_TOKEN');
    expect(error.message).not.toContain(SECRET);
  });

  it('checks reserved header names too', () => {
    expect(refusal({ headers: { 'Host ': 'x' } }).code).toBe('ERR_INVALID_HTTP_TOKEN');
  });

  it.each([
    ['an empty method', ''],
    ['a space', 'GET /evil HTTP/1.1\r\nX:'],
    ['a line feed', 'GET\n'],
    ['a slash', 'G/T'],
    ['a non-ASCII letter', 'G\u00c9T'],
  ])('refuses a method with %s (ERR_INVALID_HTTP_TOKEN)', (_what, method) => {
    const error = refusal({ method });
    expect(error.code).toBe('ERR_INVALID_HTTP_TOKEN');
    expect(error.message).toBe('Invalid HTTP method.');
  });

  it('refuses before looking at the body and whatever the order of headers', () => {
    const error = refusal({
      method: 'POST',
      headers: { 'X-Ok': 'fine', Authorization: `${SECRET}\n` },
      body: SECRET,
    });
    expect(error.code).toBe('ERR_INVALID_CHAR');
    expect(error.message).not.toContain(SECRET);
  });
});
