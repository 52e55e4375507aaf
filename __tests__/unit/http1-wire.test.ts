// What exchange() (Node's HTTP client over the connection the client opens) puts on the wire and what it
// accepts back, byte for byte, against a raw TCP server on 127.0.0.1: the request line and headers, the
// requests refused before anything is sent (never quoting a header value: it may hold a secret), and every
// framing of an answer, with the limits that keep one answer from growing without bound.
import net from 'node:net';
import vm from 'node:vm';
import v8 from 'node:v8';
import { BodyCollector, MAX_BODY_BYTES } from '../../src/core/net/http1/body';
import {
  exchange,
  MAX_HEAD_BYTES,
  MAX_WIRE_BYTES,
  type OutgoingRequest,
} from '../../src/core/net/http1/exchange';
import { withoutProxyVariables } from '../helpers/proxy-env';

const SECRET = 'c2VjcmV0LXZhbHVlLWZvci10ZXN0cw';
// Generous: the large bodies below take a while on a loaded machine, and no test here waits it out.
const OK_MS = 25_000;

type NetworkError = Error & { code?: string };

/**
 * Records the bytes each client sends and, once its head (and the body its Content-Length announces) is in,
 * writes `answer` and closes. Counts connections, so a refused request can be shown to have opened none.
 */
class RawServer {
  readonly received: Buffer[] = [];
  connections = 0;
  private readonly sockets = new Set<net.Socket>();
  private constructor(
    private readonly server: net.Server,
    readonly url: string,
  ) {}

  static async start(answer: string | Buffer = 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n') {
    const holder: { raw?: RawServer } = {};
    const server = net.createServer((socket) => holder.raw?.serve(socket, answer));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.raw = new RawServer(server, `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`);
    return holder.raw;
  }

  private serve(socket: net.Socket, answer: string | Buffer) {
    this.connections++;
    this.sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(
        /content-length: *(\d+)/i.exec(buffered.subarray(0, end).toString('latin1'))?.[1] ?? 0,
      );
      if (buffered.length < end + 4 + length) return;
      socket.off('data', onData);
      this.received.push(buffered);
      socket.end(answer);
    };
    socket.on('data', onData);
  }

  /** The one request received, as latin1 text. */
  get request(): string {
    expect(this.received).toHaveLength(1);
    return this.received[0]?.toString('latin1') ?? '';
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let servers: RawServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function server(answer?: string | Buffer): Promise<RawServer> {
  const raw = await RawServer.start(answer);
  servers.push(raw);
  return raw;
}

function request(raw: RawServer, fields: Partial<Omit<OutgoingRequest, 'url'>> & { path?: string } = {}) {
  const { path = '/', ...rest } = fields;
  return exchange({ method: 'GET', headers: {}, ...rest, url: new URL(`${raw.url}${path}`) }, OK_MS);
}

/** What the server received for this request. */
async function wire(fields: Partial<Omit<OutgoingRequest, 'url'>> & { path?: string } = {}): Promise<string> {
  const raw = await server();
  await request(raw, fields);
  return raw.request.replace(`Host: ${new URL(raw.url).host}`, 'Host: h');
}

/** The answer to a GET when the server sends `bytes` and closes. */
async function answer(bytes: string | Buffer, method = 'GET') {
  return request(await server(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes), { method });
}

async function failure(bytes: string | Buffer, method = 'GET'): Promise<NetworkError> {
  try {
    await answer(bytes, method);
  } catch (error) {
    // Errors from inside Node come from another realm under jest: `instanceof Error` would lie.
    expect(typeof error === 'object' && error !== null && 'message' in error).toBe(true);
    return error as NetworkError;
  }
  throw new Error('expected the exchange to fail');
}

function headersOf(response: { headers: Map<string, string> }): Record<string, string> {
  return Object.fromEntries(response.headers);
}

withoutProxyVariables();

// ---------------------------------------------------------------------------------------------------------
// The request

describe('the request on the wire', () => {
  it('sends "/" for an empty path, keeps the port in Host and never sends the fragment or user info', async () => {
    const raw = await server();
    const url = new URL(raw.url);
    await exchange({ method: 'GET', url: new URL(`http://user:pw@${url.host}#frag`), headers: {} }, OK_MS);
    expect(raw.request).toBe(`GET / HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`);
  });

  it('sends the path percent-encoded as the URL parser left it', async () => {
    expect(await wire({ path: '/a b/é?q=ü&b=%20' })).toBe(
      'GET /a%20b/%C3%A9?q=%C3%BC&b=%20 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n',
    );
  });

  it('writes a UTF-8 body after the head, counted in bytes', async () => {
    const body = '{"displayName":"é→😀"}';
    const raw = await server();
    await request(raw, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body });
    const utf8 = Buffer.from(body, 'utf8');
    // é is 2 bytes, → 3, 😀 4 (two UTF-16 units): 5 bytes more than the string length.
    expect(utf8.length).toBe(body.length + 5);
    const sent = raw.received[0] ?? Buffer.alloc(0);
    expect(sent.toString('latin1')).toContain(
      `\r\nContent-Type: application/json\r\nContent-Length: ${utf8.length}\r\n\r\n`,
    );
    expect(sent.subarray(sent.length - utf8.length)).toEqual(utf8);
  });

  it.each(['POST', 'PUT', 'PATCH'])('sends Content-Length: 0 for a %s without a body', async (method) => {
    expect(await wire({ method })).toBe(
      `${method} / HTTP/1.1\r\nHost: h\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
  });

  it.each(['GET', 'DELETE', 'OPTIONS'])('sends no Content-Length for a %s without a body', async (method) => {
    expect(await wire({ method })).toBe(`${method} / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`);
  });

  it('sends Content-Length for any method with a body, also an empty one', async () => {
    expect(await wire({ method: 'DELETE', body: 'x' })).toBe(
      'DELETE / HTTP/1.1\r\nHost: h\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx',
    );
    expect(await wire({ method: 'GET', body: '' })).toBe(
      'GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
    );
  });

  it('skips caller-supplied Host, Connection, Content-Length and Transfer-Encoding, whatever their case', async () => {
    const sent = await wire({
      method: 'POST',
      headers: {
        host: 'evil.example',
        CONNECTION: 'keep-alive',
        'Content-Length': '999',
        'transfer-encoding': 'chunked',
        'X-Kept': '1',
      },
      body: 'ab',
    });
    expect(sent).toBe(
      'POST / HTTP/1.1\r\nHost: h\r\nConnection: close\r\nX-Kept: 1\r\nContent-Length: 2\r\n\r\nab',
    );
  });

  it('keeps tabs, inner spaces, empty values and obs-text (as latin1) in header values', async () => {
    const raw = await server();
    await request(raw, { headers: { 'X-A': 'a\tb  c', 'X-B': '', 'X-C': 'caf\u00e9\u00ff' } });
    expect(raw.request).toContain('\r\nX-A: a\tb  c\r\nX-B: \r\nX-C: caf\u00e9\u00ff\r\n\r\n');
    expect(raw.received[0]?.includes(Buffer.from([0x43, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9, 0xff]))).toBe(
      true,
    );
  });

  it('accepts every token character in header names', async () => {
    const token = "!#$%&'*+-.^_`|~09azAZ";
    expect(await wire({ headers: { [token]: 'v' } })).toContain(`\r\n${token}: v\r\n`);
  });
});

describe('requests refused before anything is sent, never quoting the value', () => {
  /** The synchronous refusal of `fields`, after checking that no connection was opened. */
  async function refusal(fields: Partial<Omit<OutgoingRequest, 'url'>>): Promise<NetworkError> {
    const raw = await server();
    let thrown: unknown;
    try {
      void request(raw, fields);
    } catch (error) {
      thrown = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(raw.connections).toBe(0);
    expect(thrown).toMatchObject({ message: expect.any(String) as string });
    return thrown as NetworkError;
  }

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
  ])('refuses a value with %s (ERR_INVALID_CHAR)', async (_what, value) => {
    const error = await refusal({ headers: { Authorization: value } });
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
    ['a trailing space after a reserved name', 'Host '],
  ])(
    'refuses a header name with %s (ERR_INVALID_HTTP_TOKEN), without quoting its value',
    async (_what, name) => {
      const error = await refusal({ headers: { [name]: SECRET } });
      expect(error.code).toBe('ERR_INVALID_HTTP_TOKEN');
      expect(error.message).not.toContain(SECRET);
    },
  );

  it('refuses before looking at the body and whatever the order of headers', async () => {
    const error = await refusal({
      method: 'POST',
      headers: { 'X-Ok': 'fine', Authorization: `${SECRET}\n` },
      body: SECRET,
    });
    expect(error.code).toBe('ERR_INVALID_CHAR');
    expect(error.message).not.toContain(SECRET);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The answer

describe('status line and headers', () => {
  it('reads the status, lower-cases header names, trims values and keeps empty ones', async () => {
    const response = await answer(
      'HTTP/1.1 201 Created\r\nContent-Type:  text/plain \r\nX-Empty:\r\nContent-Length: 0\r\n\r\n',
    );
    expect(response.status).toBe(201);
    expect(headersOf(response)).toEqual({
      'content-type': 'text/plain',
      'x-empty': '',
      'content-length': '0',
    });
  });

  it('joins repeated headers with ", " in order, whatever their case, including those Node would drop', async () => {
    const response = await answer(
      'HTTP/1.1 200 OK\r\nX-A: 1\r\nx-a: 2\r\nX-A: 3\r\nRetry-After: 5\r\nRetry-After: 6\r\nContent-Length: 0\r\n\r\n',
    );
    expect(response.headers.get('x-a')).toBe('1, 2, 3');
    expect(response.headers.get('retry-after')).toBe('5, 6');
  });

  it('keeps colons and tabs inside values, reads obs-text as latin1 and trims only spaces and tabs', async () => {
    const response = await answer(
      'HTTP/1.1 200 OK\r\nLocation: https://x/y:1\r\nX-Tab: a\tb\r\nX-Obs: \t\xa0caf\xe9\xa0 \r\nContent-Length: 0\r\n\r\n',
    );
    expect(headersOf(response)).toMatchObject({
      location: 'https://x/y:1',
      'x-tab': 'a\tb',
      'x-obs': '\xa0caf\xe9\xa0',
    });
  });

  it('accepts HTTP/1.0, a missing reason phrase and a reason with spaces', async () => {
    expect((await answer('HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n')).status).toBe(200);
    expect((await answer('HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n')).status).toBe(404);
    expect(
      (await answer('HTTP/1.1 503 Service Temporarily Unavailable\r\nContent-Length: 0\r\n\r\n')).status,
    ).toBe(503);
  });

  it.each([
    ['not HTTP at all', 'SSH-2.0-OpenSSH_9.6\r\n\r\n'],
    ['HTTP/2', 'HTTP/2 200\r\n\r\n'],
    ['a two-digit status', 'HTTP/1.1 20 OK\r\n\r\n'],
    ['a four-digit status', 'HTTP/1.1 2000 OK\r\n\r\n'],
    ['lower-case protocol', 'http/1.1 200 OK\r\n\r\n'],
    ['HTTP/1.2', 'HTTP/1.2 200 OK\r\n\r\n'],
    ['a status not followed by a space', 'HTTP/1.1 200OK\r\n\r\n'],
    ['a leading space', ' HTTP/1.1 200 OK\r\n\r\n'],
    ['a line feed without carriage return', 'HTTP/1.1 200 OK\nContent-Length: 0\n\n'],
    ['an HTML page', '<html><body>proxy error</body></html>\r\n\r\n'],
  ])('refuses a status line with %s (HPE_ code)', async (_what, bytes) => {
    expect((await failure(bytes)).code).toMatch(/^HPE_/);
  });

  it.each([
    ['no colon', 'X-No-Colon'],
    ['an empty name', ': value'],
    ['a space before the colon', 'Content-Length : 5'],
    ['a space inside the name', 'X Bad: 1'],
    ['a folded continuation line', 'X-A: 1\r\n  continued'],
    ['a separator in the name', 'X(A): 1'],
    ['a non-ASCII name', 'X-\xe9: 1'],
    ['a bare CR inside the value', 'X-A: 1\r2'],
    ['a bare LF inside the value', 'X-A: 1\n2'],
    ['a NUL inside the value', 'X-A: 1\x002'],
    ['another control character in the value', 'X-A: 1\x1b[31m'],
    ['DEL in the value', 'X-A: 1\x7f'],
  ])('refuses a header line with %s (HPE_ code)', async (_what, line) => {
    expect((await failure(`HTTP/1.1 200 OK\r\n${line}\r\nContent-Length: 0\r\n\r\n`)).code).toMatch(/^HPE_/);
  });

  it('refuses a head longer than MAX_HEAD_BYTES and accepts one just below it', async () => {
    const head = (size: number) =>
      `HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Filler: ${'a'.repeat(size)}\r\n\r\n`;
    expect((await failure(head(MAX_HEAD_BYTES))).code).toBe('HPE_HEADER_OVERFLOW');
    expect((await answer(head(MAX_HEAD_BYTES - 1024))).status).toBe(200);
  });
});

describe('interim 1xx answers', () => {
  it('skips 100 Continue and 103 Early Hints, and their headers, before the real answer', async () => {
    const response = await answer(
      'HTTP/1.1 100 Continue\r\nX-Interim: 1\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n' +
        'HTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\n!',
    );
    expect(response.status).toBe(201);
    expect(headersOf(response)).toEqual({ 'content-length': '1' });
    expect(response.body.toString()).toBe('!');
  });
});

describe('Content-Length framing', () => {
  it('reads exactly Content-Length bytes and ignores anything after them', async () => {
    expect((await answer('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello and more')).body.toString()).toBe(
      'hello',
    );
    expect((await answer('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\nextra')).body).toHaveLength(0);
  });

  it('keeps binary bodies intact', async () => {
    const body = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const response = await answer(
      Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 256\r\n\r\n'), body]),
    );
    expect(response.body.equals(body)).toBe(true);
  });

  it.each([
    ['differing values in one line', 'Content-Length: 2, 3'],
    ['differing values on two lines', 'Content-Length: 2\r\nContent-Length: 3'],
    ['repeated identical values (Node refuses them too)', 'Content-Length: 5\r\nContent-Length: 5'],
    ['a negative value', 'Content-Length: -1'],
    ['a value that is not a number', 'Content-Length: five'],
    ['Transfer-Encoding as well (a smuggling risk)', 'Content-Length: 3\r\nTransfer-Encoding: chunked'],
  ])('refuses %s (HPE_ code)', async (_what, lines) => {
    expect((await failure(`HTTP/1.1 200 OK\r\n${lines}\r\n\r\nhello`)).code).toMatch(/^HPE_/);
  });

  it('refuses a Content-Length above MAX_BODY_BYTES as soon as the head arrives', async () => {
    const error = await failure(`HTTP/1.1 200 OK\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\nab`);
    expect(error.code).toBe('HPE_BODY_TOO_LARGE');
  });

  it('accepts a body of exactly MAX_BODY_BYTES', async () => {
    const head = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${MAX_BODY_BYTES}\r\n\r\n`);
    const response = await answer(Buffer.concat([head, Buffer.alloc(MAX_BODY_BYTES, 0x61)]));
    expect(response.body).toHaveLength(MAX_BODY_BYTES);
  }, 30_000);

  it('says ECONNRESET when the connection ends before the body is complete, or before or inside the head', async () => {
    expect((await failure('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort')).code).toBe('ECONNRESET');
    expect((await failure('')).code).toBe('ECONNRESET');
    expect((await failure('HTTP/1.1 200 OK\r\nContent-Le')).code).toBe('ECONNRESET');
  });
});

describe('chunked framing', () => {
  const chunked = (body: string) => `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${body}`;

  it('joins the chunks, with sizes in either case and leading zeros', async () => {
    const response = await answer(
      chunked('5\r\nhello\r\n000a\r\n0123456789\r\nB\r\n0123456789a\r\n0\r\n\r\n'),
    );
    expect(response.body.toString()).toBe('hello01234567890123456789a');
  });

  it('ignores chunk extensions, also on the last chunk, and drops trailers without touching the headers', async () => {
    const response = await answer(chunked('3;name=value\r\nabc\r\n0;last\r\nX-Trailer: t\r\n\r\n'));
    expect(response.body.toString()).toBe('abc');
    expect(headersOf(response)).toEqual({ 'transfer-encoding': 'chunked' });
  });

  it('is complete only at the empty line after the last chunk', async () => {
    expect((await failure(chunked('3\r\nabc\r\n0\r\n'))).code).toBe('ECONNRESET');
    expect((await failure(chunked('3\r\nabc\r\n'))).code).toBe('ECONNRESET');
  });

  it('treats Transfer-Encoding case-insensitively, and reads chunked as the last of several codings', async () => {
    const answerWith = (coding: string) =>
      answer(`HTTP/1.1 200 OK\r\nTransfer-Encoding: ${coding}\r\n\r\n2\r\nok\r\n0\r\n\r\n`);
    expect((await answerWith('Chunked')).body.toString()).toBe('ok');
    expect((await answerWith('gzip, chunked')).body.toString()).toBe('ok');
  });

  it('reads a body whose last coding is not chunked until the connection ends', async () => {
    const response = await answer('HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nraw bytes');
    expect(response.body.toString()).toBe('raw bytes');
  });

  it.each([
    ['a chunk longer than its size', '2\r\nabc\r\n0\r\n\r\n'],
    ['a size that is not hex', 'zz\r\nab\r\n0\r\n\r\n'],
    [
      'a trailer line longer than MAX_HEAD_BYTES',
      `1\r\na\r\n0\r\nX-T: ${'x'.repeat(MAX_HEAD_BYTES)}\r\n\r\n`,
    ],
    [
      'chunk extensions longer than MAX_HEAD_BYTES',
      `1;${'x'.repeat(MAX_HEAD_BYTES + 1024)}\r\na\r\n0\r\n\r\n`,
    ],
  ])('refuses %s (HPE_ code)', async (_what, body) => {
    expect((await failure(chunked(body))).code).toMatch(/^HPE_/);
  });

  it('refuses a chunked body larger than MAX_BODY_BYTES', async () => {
    const size = MAX_BODY_BYTES / 2 + 1;
    const chunk = Buffer.concat([
      Buffer.from(`${size.toString(16)}\r\n`),
      Buffer.alloc(size, 0x61),
      Buffer.from('\r\n'),
    ]);
    const error = await failure(
      Buffer.concat([Buffer.from(chunked('')), chunk, chunk, Buffer.from('0\r\n\r\n')]),
    );
    expect(error.code).toBe('HPE_BODY_TOO_LARGE');
  }, 30_000);
});

describe('read until the connection ends', () => {
  it('reads everything until the end when neither Content-Length nor Transfer-Encoding is given', async () => {
    expect(
      (await answer('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end')).body.toString(),
    ).toBe('until the end');
    expect((await answer('HTTP/1.0 200 OK\r\n\r\n')).body).toHaveLength(0);
  });

  it('refuses more than MAX_BODY_BYTES', async () => {
    const error = await failure(
      Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\n\r\n'), Buffer.alloc(MAX_BODY_BYTES + 1)]),
    );
    expect(error.code).toBe('HPE_BODY_TOO_LARGE');
  }, 30_000);
});

describe('answers without a body', () => {
  it.each([204, 304])('a %i has no body, whatever its framing headers say', async (status) => {
    const response = await answer(`HTTP/1.1 ${status} X\r\nContent-Length: 5\r\n\r\n`);
    expect(response.status).toBe(status);
    expect(response.body).toHaveLength(0);
  });

  it('an answer to HEAD has headers only, whatever its framing headers say', async () => {
    for (const framing of ['Content-Length: 5', 'Transfer-Encoding: chunked']) {
      const response = await answer(`HTTP/1.1 200 OK\r\n${framing}\r\n\r\n`, 'HEAD');
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(0);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// The work one answer may cost

describe('bounded work per answer', () => {
  /** A chunked answer carrying `bytes` of body in chunks of one byte each: six bytes on the wire per byte. */
  function oneByteChunks(bytes: number): Buffer {
    const head = Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = Buffer.from('1\r\na\r\n');
    const wireBytes = Buffer.allocUnsafe(head.length + chunk.length * bytes + 5);
    head.copy(wireBytes);
    for (let i = 0; i < bytes; i++) chunk.copy(wireBytes, head.length + i * chunk.length);
    Buffer.from('0\r\n\r\n').copy(wireBytes, head.length + chunk.length * bytes);
    return wireBytes;
  }

  it('keeps a 256 KiB body sent in one-byte chunks in about its own size, not a buffer per chunk', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const held = () => {
      gc();
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    const raw = await server(oneByteChunks(256 * 1024));
    const before = held();
    // A million writes take a while on a loaded machine: the time is not what this test measures.
    const response = await exchange({ method: 'GET', headers: {}, url: new URL(`${raw.url}/`) }, 25_000);
    const growth = held() - before;
    expect(response.body).toHaveLength(256 * 1024);
    expect(response.body.every((byte) => byte === 0x61)).toBe(true);
    // The body and the one buffer that grew to hold it (at most twice its size); a buffer per chunk was ~40×.
    expect(growth).toBeLessThan(1024 * 1024);
  }, 30_000);

  it('copies every piece into one buffer that at most doubles, or is sized by Content-Length', () => {
    const collector = new BodyCollector();
    const byte = Buffer.from('a');
    for (let i = 0; i < 100_000; i++) collector.push(byte);
    expect(collector.bytes()).toHaveLength(100_000);
    expect(collector.capacity).toBeLessThanOrEqual(200_000);
    const sized = new BodyCollector(5);
    for (const piece of ['he', 'l', 'lo']) sized.push(Buffer.from(piece));
    expect(sized.bytes().toString()).toBe('hello');
    expect(sized.capacity).toBe(5);
  });

  it('refuses an answer whose framing alone runs past MAX_WIRE_BYTES (long chunk extensions on tiny chunks)', async () => {
    // Each chunk passes the parser's own limits; only the byte count for the whole answer stops them.
    const chunk = Buffer.from(`1;${'x'.repeat(15_000)}\r\na\r\n`);
    const count = Math.ceil(MAX_WIRE_BYTES / chunk.length) + 1;
    const head = Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
    const bytes = Buffer.allocUnsafe(head.length + chunk.length * count + 5);
    head.copy(bytes);
    for (let i = 0; i < count; i++) chunk.copy(bytes, head.length + i * chunk.length);
    Buffer.from('0\r\n\r\n').copy(bytes, head.length + chunk.length * count);
    expect((await failure(bytes)).code).toBe('HPE_BODY_TOO_LARGE');
  }, 60_000);
});
