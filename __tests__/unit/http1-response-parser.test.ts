// The hand-written HTTP/1.1 response parser: every framing (Content-Length, chunked, until close, no body),
// every error it raises, and a seeded property test that feeds random responses in random pieces.
import {
  HttpParseError,
  MAX_BODY_BYTES,
  MAX_HEAD_BYTES,
  ResponseParser,
  type ParsedResponse,
} from '../../src/core/net/http1/response-parser';

const bytes = (text: string) => Buffer.from(text, 'latin1');

/** Pushes `wire` in pieces of the given sizes (the rest in one piece); the first complete answer. */
function feed(parser: ResponseParser, wire: Buffer, sizes: number[] = []): ParsedResponse | undefined {
  let offset = 0;
  for (const size of [...sizes, wire.length]) {
    if (offset >= wire.length) break;
    const answer = parser.push(wire.subarray(offset, offset + size));
    offset += size;
    if (answer) return answer;
  }
  return undefined;
}

/** Parses a whole response that must be complete without the connection ending. */
function parse(wire: string | Buffer, head = false): ParsedResponse {
  const answer = new ResponseParser(head).push(typeof wire === 'string' ? bytes(wire) : wire);
  if (!answer) throw new Error('the response was not complete');
  return answer;
}

/** Parses a response whose body runs until the connection ends. */
function parseUntilClose(wire: string | Buffer): ParsedResponse {
  const parser = new ResponseParser();
  expect(parser.push(typeof wire === 'string' ? bytes(wire) : wire)).toBeUndefined();
  return parser.end();
}

/** The error `run` throws (it must throw). */
function thrown(run: () => unknown): Error & { code?: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error & { code?: string };
  }
  throw new Error('expected an error');
}

function parseFailure(wire: string | Buffer, head = false): HttpParseError {
  const error = thrown(() => new ResponseParser(head).push(typeof wire === 'string' ? bytes(wire) : wire));
  expect(error).toBeInstanceOf(HttpParseError);
  expect(error.name).toBe('HttpParseError');
  return error as HttpParseError;
}

function headersOf(answer: ParsedResponse): Record<string, string> {
  return Object.fromEntries(answer.headers);
}

describe('status line and headers', () => {
  it('reads the status, lower-cases header names, trims values and keeps empty ones', () => {
    const answer = parse(
      'HTTP/1.1 201 Created\r\nContent-Type:  application/json \r\nX-Empty:\r\nX-TAB:\tv\t\r\n' +
        'Content-Length: 2\r\n\r\n{}',
    );
    expect(answer.status).toBe(201);
    expect(headersOf(answer)).toEqual({
      'content-type': 'application/json',
      'x-empty': '',
      'x-tab': 'v',
      'content-length': '2',
    });
    expect(answer.body.toString()).toBe('{}');
  });

  it('joins repeated headers with ", " in order, whatever their case', () => {
    const answer = parse(
      'HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nSET-COOKIE: c=3\r\nContent-Length: 0\r\n\r\n',
    );
    expect(answer.headers.get('set-cookie')).toBe('a=1, b=2, c=3');
  });

  it('keeps colons inside values and reads obs-text as latin1', () => {
    const answer = parse('HTTP/1.1 200 OK\r\nLocation: https://h:8443/a?b=c:d\r\nX-L: caf\xe9\r\n\r\n', true);
    expect(answer.headers.get('location')).toBe('https://h:8443/a?b=c:d');
    expect(answer.headers.get('x-l')).toBe('café');
  });

  it('accepts a tab inside a value, as the field-value grammar does', () => {
    expect(parse('HTTP/1.1 200 OK\r\nX-A: a\tb\r\nContent-Length: 0\r\n\r\n').headers.get('x-a')).toBe(
      'a\tb',
    );
  });

  it('trims only spaces and tabs around a value, not obs-text such as 0xA0', () => {
    const answer = parse('HTTP/1.1 200 OK\r\nX-A: \xa0v\xa0 \r\n\r\n', true);
    expect(answer.headers.get('x-a')).toBe('\xa0v\xa0');
  });

  it('accepts HTTP/1.0, a missing reason phrase and a reason with spaces', () => {
    expect(parse('HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n').status).toBe(200);
    expect(parse('HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n').status).toBe(404);
    expect(parse('HTTP/1.1 503 Service Temporarily Unavailable\r\nContent-Length: 0\r\n\r\n').status).toBe(
      503,
    );
    expect(parse('HTTP/1.1 200 OK\r\n\r\n', true).headers.size).toBe(0);
  });

  it.each([
    ['not HTTP at all', 'SSH-2.0-OpenSSH_9.6\r\n\r\n'],
    ['HTTP/2', 'HTTP/2 200\r\n\r\n'],
    ['HTTP/1.2', 'HTTP/1.2 200 OK\r\n\r\n'],
    ['a two-digit status', 'HTTP/1.1 20 OK\r\n\r\n'],
    ['a four-digit status', 'HTTP/1.1 2000 OK\r\n\r\n'],
    ['a status below 100', 'HTTP/1.1 099 OK\r\n\r\n'],
    ['a status not followed by a space', 'HTTP/1.1 200OK\r\n\r\n'],
    ['lower-case protocol', 'http/1.1 200 OK\r\n\r\n'],
    ['a leading space', ' HTTP/1.1 200 OK\r\n\r\n'],
    ['an HTML page', '<html><body>proxy error</body></html>\r\n\r\n'],
  ])('refuses a status line with %s (HPE_INVALID_CONSTANT)', (_what, wire) => {
    expect(parseFailure(wire).code).toBe('HPE_INVALID_CONSTANT');
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
  ])('refuses a header line with %s (HPE_INVALID_HEADER_TOKEN)', (_what, line) => {
    const error = parseFailure(`HTTP/1.1 200 OK\r\n${line}\r\nContent-Length: 0\r\n\r\n`);
    expect(error.code).toBe('HPE_INVALID_HEADER_TOKEN');
  });

  it('refuses a head longer than MAX_HEAD_BYTES, whether or not its end has arrived', () => {
    const filler = `X-Filler: ${'a'.repeat(MAX_HEAD_BYTES)}\r\n`;
    // No end of head yet: refused as soon as more than the limit is buffered.
    const parser = new ResponseParser();
    expect(parser.push(bytes('HTTP/1.1 200 OK\r\n'))).toBeUndefined();
    expect(thrown(() => parser.push(bytes(filler))).code).toBe('HPE_HEADER_OVERFLOW');
    // The whole head at once.
    expect(parseFailure(`HTTP/1.1 200 OK\r\n${filler}Content-Length: 0\r\n\r\n`).code).toBe(
      'HPE_HEADER_OVERFLOW',
    );
  });

  it('accepts a head of exactly MAX_HEAD_BYTES however it is split, and refuses one byte more', () => {
    const withHead = (size: number) => {
      const start = 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Filler: ';
      return bytes(`${start}${'a'.repeat(size - start.length)}\r\n\r\n`);
    };
    const exact = withHead(MAX_HEAD_BYTES);
    expect(exact.indexOf('\r\n\r\n')).toBe(MAX_HEAD_BYTES);
    expect(parse(exact).status).toBe(200);
    for (let cut = exact.length - 4; cut < exact.length; cut++) {
      expect(feed(new ResponseParser(), exact, [cut])?.status).toBe(200);
    }
    const over = withHead(MAX_HEAD_BYTES + 1);
    expect(parseFailure(over).code).toBe('HPE_HEADER_OVERFLOW');
    for (let cut = over.length - 4; cut < over.length; cut++) {
      expect(thrown(() => feed(new ResponseParser(), over, [cut])).code).toBe('HPE_HEADER_OVERFLOW');
    }
  });
});

describe('interim 1xx answers', () => {
  it('skips 100 Continue and 103 Early Hints, and their headers, before the real answer', () => {
    const answer = parse(
      'HTTP/1.1 100 Continue\r\n\r\n' +
        'HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\nX-Both: early\r\n\r\n' +
        'HTTP/1.1 200 OK\r\nX-Both: final\r\nContent-Length: 3\r\n\r\nabc',
    );
    expect(answer.status).toBe(200);
    expect(headersOf(answer)).toEqual({ 'x-both': 'final', 'content-length': '3' });
    expect(answer.body.toString()).toBe('abc');
  });

  it('waits for the real answer after a 1xx arrived alone', () => {
    const parser = new ResponseParser();
    expect(parser.push(bytes('HTTP/1.1 100 Continue\r\n\r\n'))).toBeUndefined();
    expect(thrown(() => parser.end()).code).toBe('ECONNRESET');
  });

  it('bounds the heads of all interim answers together by MAX_HEAD_BYTES, so 1xx cannot stream forever', () => {
    const interim = 'HTTP/1.1 100 Continue\r\n\r\n';
    const final = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';
    expect(parse(interim.repeat(100) + final).status).toBe(200);
    const beyond = Math.ceil(MAX_HEAD_BYTES / (interim.length - 4)) + 1;
    const parser = new ResponseParser();
    expect(thrown(() => parser.push(bytes(interim.repeat(beyond)))).code).toBe('HPE_HEADER_OVERFLOW');
  });

  it('skips a 1xx even in answer to HEAD', () => {
    const answer = parse('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n', true);
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(0);
  });
});

describe('Content-Length framing', () => {
  it('reads exactly Content-Length bytes and ignores anything after them', () => {
    const parser = new ResponseParser();
    const answer = parser.push(bytes('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloEXTRA'));
    expect(answer?.body.toString()).toBe('hello');
    // Later bytes change nothing.
    expect(parser.push(bytes('more'))?.body.toString()).toBe('hello');
    expect(parser.end().body.toString()).toBe('hello');
  });

  it('completes with the head when Content-Length is 0', () => {
    const answer = parse('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
    expect(answer.body).toHaveLength(0);
  });

  it('waits for the rest of the body across pushes', () => {
    const parser = new ResponseParser();
    expect(parser.push(bytes('HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nab'))).toBeUndefined();
    expect(parser.push(bytes('cd'))).toBeUndefined();
    expect(parser.push(bytes('ef'))?.body.toString()).toBe('abcdef');
  });

  it('keeps binary bodies intact', () => {
    const body = Buffer.from([0, 1, 2, 0xff, 0x0d, 0x0a, 0x0d, 0x0a, 0x80]);
    const wire = Buffer.concat([bytes(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
    expect(parse(wire).body).toEqual(body);
  });

  it('accepts repeated identical Content-Length values, as one list or as separate lines', () => {
    expect(parse('HTTP/1.1 200 OK\r\nContent-Length: 3, 3\r\n\r\nabc').body.toString()).toBe('abc');
    expect(
      parse('HTTP/1.1 200 OK\r\nContent-Length: 3\r\ncontent-length: 3\r\n\r\nabc').body.toString(),
    ).toBe('abc');
  });

  it.each([
    ['differing values', '3, 4'],
    ['differing lines', '3\r\nContent-Length: 4'],
    ['a negative value', '-1'],
    ['a sign', '+3'],
    ['a non-number', 'abc'],
    ['a fraction', '3.0'],
    ['hex', '0x3'],
    ['an empty value', ''],
    ['an empty list item', '3,'],
    ['too many digits', '1234567890123456'],
    ['a space inside the number', '1 2'],
  ])('refuses a Content-Length with %s (HPE_INVALID_CONTENT_LENGTH)', (_what, value) => {
    const error = parseFailure(`HTTP/1.1 200 OK\r\nContent-Length: ${value}\r\n\r\nabc`);
    expect(error.code).toBe('HPE_INVALID_CONTENT_LENGTH');
  });

  it('refuses a Content-Length above MAX_BODY_BYTES as soon as the head arrives', () => {
    const error = parseFailure(`HTTP/1.1 200 OK\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`);
    expect(error.code).toBe('HPE_BODY_TOO_LARGE');
    expect(error.message).toContain(String(MAX_BODY_BYTES));
  });

  it('accepts a body of exactly MAX_BODY_BYTES', () => {
    const parser = new ResponseParser();
    expect(
      parser.push(bytes(`HTTP/1.1 200 OK\r\nContent-Length: ${MAX_BODY_BYTES}\r\n\r\n`)),
    ).toBeUndefined();
    expect(parser.push(Buffer.alloc(MAX_BODY_BYTES, 0x61))?.body).toHaveLength(MAX_BODY_BYTES);
  });

  it('says ECONNRESET when the connection ends before the body is complete', () => {
    const parser = new ResponseParser();
    expect(parser.push(bytes('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'))).toBeUndefined();
    const error = thrown(() => parser.end());
    expect(error.code).toBe('ECONNRESET');
    expect(error).not.toBeInstanceOf(HttpParseError);
  });

  it('says ECONNRESET when the connection ends before or inside the head', () => {
    expect(thrown(() => new ResponseParser().end()).code).toBe('ECONNRESET');
    const parser = new ResponseParser();
    expect(parser.push(bytes('HTTP/1.1 200 OK\r\nContent-Len'))).toBeUndefined();
    expect(thrown(() => parser.end()).code).toBe('ECONNRESET');
  });
});

describe('chunked framing', () => {
  it('joins the chunks', () => {
    const answer = parse(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\n\r\n',
    );
    expect(answer.body.toString()).toBe('hello world');
    expect(answer.headers.get('transfer-encoding')).toBe('chunked');
  });

  it('reads sizes in either case, with leading zeros, up to 8 hex digits', () => {
    const body = 'x'.repeat(0x1a);
    for (const size of ['1a', '1A', '001A', '0000001a']) {
      const answer = parse(
        `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${size}\r\n${body}\r\n0\r\n\r\n`,
      );
      expect(answer.body.toString()).toBe(body);
    }
  });

  it('ignores chunk extensions, also on the last chunk', () => {
    const answer = parse(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
        '3;name=value\r\nabc\r\n3 ; quoted="a;b=c" ;flag\r\ndef\r\n0;last\r\n\r\n',
    );
    expect(answer.body.toString()).toBe('abcdef');
  });

  it('reads and drops trailers, without touching the headers', () => {
    const answer = parse(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Kept: head\r\n\r\n' +
        '2\r\nok\r\n0\r\nX-Kept: trailer\r\nX-Checksum: abc\r\n\r\n',
    );
    expect(answer.body.toString()).toBe('ok');
    expect(headersOf(answer)).toEqual({ 'transfer-encoding': 'chunked', 'x-kept': 'head' });
  });

  it('an empty chunked body is complete at the last chunk', () => {
    expect(parse('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n').body).toHaveLength(0);
  });

  it('is complete only at the empty line after the last chunk', () => {
    const parser = new ResponseParser();
    expect(
      parser.push(bytes('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n')),
    ).toBeUndefined();
    expect(parser.push(bytes('X-T: 1\r\n'))).toBeUndefined();
    expect(parser.push(bytes('\r'))).toBeUndefined();
    expect(parser.push(bytes('\n'))?.body.toString()).toBe('ok');
  });

  it('takes chunked over Content-Length, and treats Transfer-Encoding case-insensitively', () => {
    const wire =
      'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nTransfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n';
    expect(parse(wire).body.toString()).toBe('abc');
  });

  it('reads chunked when it is the last of several codings', () => {
    const answer = parse('HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n1\r\nz\r\n0\r\n\r\n');
    expect(answer.body.toString()).toBe('z');
  });

  it('reads a body whose last coding is not chunked until the connection ends, ignoring Content-Length', () => {
    for (const coding of ['gzip', 'chunked, gzip', 'identity']) {
      const answer = parseUntilClose(
        `HTTP/1.1 200 OK\r\nTransfer-Encoding: ${coding}\r\nContent-Length: 2\r\n\r\nabcdef`,
      );
      expect(answer.body.toString()).toBe('abcdef');
    }
  });

  it.each([
    ['a non-hex size', 'zz\r\n'],
    ['an empty size', '\r\n'],
    ['a negative size', '-1\r\n'],
    ['a 0x prefix', '0x5\r\n'],
    ['nine hex digits', '100000000\r\n'],
    ['a space inside the size', '1 0\r\n'],
  ])('refuses a chunk with %s (HPE_INVALID_CHUNK_SIZE)', (_what, sizeLine) => {
    const error = parseFailure(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${sizeLine}`);
    expect(error.code).toBe('HPE_INVALID_CHUNK_SIZE');
  });

  it('refuses a chunk size line longer than 1024 bytes without its end', () => {
    const parser = new ResponseParser();
    expect(parser.push(bytes('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;'))).toBeUndefined();
    expect(parser.push(bytes('e'.repeat(1022)))).toBeUndefined();
    expect(thrown(() => parser.push(bytes('e'))).code).toBe('HPE_INVALID_CHUNK_SIZE');
  });

  it('refuses a chunk longer than its size (HPE_STRICT), also when the excess arrives later', () => {
    const head = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';
    expect(parseFailure(`${head}3\r\nabcd\r\n0\r\n\r\n`).code).toBe('HPE_STRICT');
    const parser = new ResponseParser();
    expect(parser.push(bytes(`${head}3\r\nabc`))).toBeUndefined();
    expect(parser.push(bytes('\r'))).toBeUndefined();
    expect(thrown(() => parser.push(bytes('x'))).code).toBe('HPE_STRICT');
  });

  it('refuses a trailer line longer than MAX_HEAD_BYTES (HPE_HEADER_OVERFLOW)', () => {
    const parser = new ResponseParser();
    expect(
      parser.push(bytes('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: ')),
    ).toBeUndefined();
    expect(thrown(() => parser.push(bytes('t'.repeat(MAX_HEAD_BYTES)))).code).toBe('HPE_HEADER_OVERFLOW');
  });

  it('bounds all trailer lines together by MAX_HEAD_BYTES, however short each line is', () => {
    const head = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n';
    const line = 'X-T: 1\r\n';
    const fitting = Math.floor(MAX_HEAD_BYTES / (line.length - 2));
    expect(parse(`${head}${line.repeat(fitting)}\r\n`).body.toString()).toBe('ok');
    const parser = new ResponseParser();
    expect(thrown(() => parser.push(bytes(head + line.repeat(fitting + 1)))).code).toBe(
      'HPE_HEADER_OVERFLOW',
    );
  });

  it('refuses a chunked body larger than MAX_BODY_BYTES', () => {
    const parser = new ResponseParser();
    const size = (MAX_BODY_BYTES + 1).toString(16);
    expect(
      parser.push(bytes(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${size}\r\n`)),
    ).toBeUndefined();
    expect(parser.push(Buffer.alloc(MAX_BODY_BYTES, 0x61))).toBeUndefined();
    expect(thrown(() => parser.push(bytes('a'))).code).toBe('HPE_BODY_TOO_LARGE');
  });

  it.each([
    ['inside the head', ''],
    ['inside a chunk size', '1'],
    ['inside a chunk', '5\r\nab'],
    ['before the CRLF after a chunk', '2\r\nab'],
    ['before the last chunk', '2\r\nab\r\n'],
    ['after the last chunk, before the empty line', '2\r\nab\r\n0\r\n'],
    ['inside the trailers', '2\r\nab\r\n0\r\nX-T: 1\r\n'],
  ])('says ECONNRESET when the connection ends %s', (_where, rest) => {
    const parser = new ResponseParser();
    expect(
      parser.push(bytes(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${rest}`)),
    ).toBeUndefined();
    expect(thrown(() => parser.end()).code).toBe('ECONNRESET');
  });
});

describe('read until the connection ends', () => {
  it('reads everything until end() when neither Content-Length nor Transfer-Encoding is given', () => {
    const parser = new ResponseParser();
    expect(parser.push(bytes('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nfirst '))).toBeUndefined();
    expect(parser.push(bytes('second'))).toBeUndefined();
    const answer = parser.end();
    expect(answer.body.toString()).toBe('first second');
    // end() is idempotent and later pushes change nothing.
    expect(parser.push(bytes('late'))?.body.toString()).toBe('first second');
    expect(parser.end().body.toString()).toBe('first second');
  });

  it('an HTTP/1.0 answer without length and an empty body', () => {
    const answer = parseUntilClose('HTTP/1.0 200 OK\r\n\r\n');
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(0);
  });

  it('refuses more than MAX_BODY_BYTES', () => {
    const parser = new ResponseParser();
    expect(parser.push(bytes('HTTP/1.1 200 OK\r\n\r\n'))).toBeUndefined();
    expect(parser.push(Buffer.alloc(MAX_BODY_BYTES, 0x61))).toBeUndefined();
    expect(thrown(() => parser.push(bytes('a'))).code).toBe('HPE_BODY_TOO_LARGE');
  });
});

describe('answers without a body', () => {
  it.each([204, 304])('%i has no body whatever its headers say', (status) => {
    for (const framing of ['Content-Length: 5', 'Transfer-Encoding: chunked', '']) {
      const parser = new ResponseParser();
      const answer = parser.push(
        bytes(`HTTP/1.1 ${status} X\r\n${framing ? `${framing}\r\n` : ''}\r\nhello`),
      );
      expect(answer?.status).toBe(status);
      expect(answer?.body).toHaveLength(0);
    }
  });

  it('an answer to HEAD has headers only, whatever its framing headers say', () => {
    for (const framing of ['Content-Length: 5', 'Transfer-Encoding: chunked', 'X-None: 1']) {
      const answer = parse(`HTTP/1.1 200 OK\r\n${framing}\r\n\r\n`, true);
      expect(answer.body).toHaveLength(0);
      expect(answer.headers.size).toBe(1);
    }
  });

  it('a 200 with Content-Length is not complete without its body when the request was not HEAD', () => {
    expect(
      new ResponseParser(false).push(bytes('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n')),
    ).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Property test: random responses, serialized, fed in random pieces, must parse back to what was generated.

/** mulberry32: a tiny seeded PRNG, so a failure is reproducible from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }
  text(alphabet: string, min: number, max: number): string {
    let out = '';
    for (let length = this.int(min, max); out.length < length;)
      out += alphabet[this.int(0, alphabet.length - 1)];
    return out;
  }
  bytes(length: number): Buffer {
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i++) out[i] = this.int(0, 255);
    return out;
  }
}

const TCHAR = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** Visible ASCII and obs-text, as a server may send in a header value (read back as latin1). */
const VCHAR =
  Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).join('') +
  '\x80\xa0\xe9\xff';
const NAMES = [
  'X-Request-Id',
  'Content-Type',
  'Set-Cookie',
  'Cache-Control',
  'x-ms-request-id',
  'Vary',
  'ETag',
];

interface Generated {
  wire: Buffer;
  head: boolean;
  status: number;
  headers: Map<string, string>;
  body: Buffer;
  /** Complete without the connection ending. */
  selfDelimited: boolean;
  framing: 'length' | 'chunked' | 'close';
  description: string;
}

function ows(random: Random): string {
  return random.text(' \t', 0, 2);
}

function headerValue(random: Random): string {
  if (random.chance(0.1)) return '';
  const words = Array.from({ length: random.int(1, 3) }, () => random.text(VCHAR, 1, 12));
  return words.join(random.pick([' ', '  ', '\t']));
}

/** Random header lines (never framing ones) and the map the parser must make of them. */
function randomHeaders(random: Random, max: number): { lines: string[]; expected: Map<string, string> } {
  const lines: string[] = [];
  const expected = new Map<string, string>();
  for (let i = random.int(0, max); i > 0; i--) {
    const name = random.chance(0.5) ? random.pick(NAMES) : `X-${random.text(TCHAR, 1, 10)}`;
    const cased = random.chance(0.3) ? name.toUpperCase() : name;
    const key = cased.toLowerCase();
    if (key === 'content-length' || key === 'transfer-encoding') continue;
    const value = headerValue(random);
    lines.push(`${cased}:${ows(random)}${value}${ows(random)}`);
    const previous = expected.get(key);
    expected.set(key, previous === undefined ? value : `${previous}, ${value}`);
  }
  return { lines, expected };
}

function chunkExtension(random: Random): string {
  const parts: string[] = [];
  for (let i = random.int(0, 2); i > 0; i--) {
    const name = random.text(TCHAR, 1, 6);
    const value = random.pick(['', `=${random.text(TCHAR, 1, 6)}`, `="${random.text('ab ;=,', 0, 6)}"`]);
    parts.push(`${random.pick(['', ' '])};${name}${value}`);
  }
  return parts.join('');
}

function hexSize(random: Random, size: number): string {
  const hex = size.toString(16);
  const padded = hex.padStart(random.int(hex.length, Math.max(hex.length, 8)), '0');
  return random.chance(0.5) ? padded.toUpperCase() : padded;
}

function generate(random: Random): Generated {
  const parts: Buffer[] = [];
  const head = random.chance(0.1);
  let description = '';
  for (let i = random.pick([0, 0, 0, 1, 1, 2]); i > 0; i--) {
    const interim = random.pick([100, 102, 103]);
    const { lines } = randomHeaders(random, 2);
    parts.push(
      Buffer.from(`HTTP/1.1 ${interim} Interim\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n`, 'latin1'),
    );
    description += `${interim} `;
  }
  const status = random.pick([
    200,
    201,
    204,
    302,
    304,
    400,
    401,
    403,
    404,
    429,
    500,
    503,
    random.int(200, 599),
  ]);
  const noBody = head || status === 204 || status === 304;
  const framing = random.pick(['length', 'chunked', 'close'] as const);
  const { lines, expected } = randomHeaders(random, 6);
  const size = random.chance(0.1) ? random.int(2000, 20_000) : random.int(0, 300);
  const body = noBody ? Buffer.alloc(0) : random.bytes(size);
  description += `${status} ${framing}${head ? ' HEAD' : ''} body=${body.length}`;

  let payload = body;
  if (framing === 'length') {
    const length = noBody ? random.int(0, 500) : body.length;
    const value = random.chance(0.2) ? `${length}, ${length}` : String(length);
    lines.splice(random.int(0, lines.length), 0, `Content-Length: ${value}`);
    expected.set('content-length', value);
  } else if (framing === 'chunked') {
    const coding = random.pick(['chunked', 'Chunked', 'gzip, chunked']);
    lines.splice(random.int(0, lines.length), 0, `Transfer-Encoding: ${coding}`);
    expected.set('transfer-encoding', coding);
    if (!noBody) {
      const encoded: Buffer[] = [];
      for (let offset = 0; offset < body.length;) {
        const chunk = body.subarray(offset, offset + random.int(1, 1 + random.int(0, body.length)));
        offset += chunk.length;
        encoded.push(
          Buffer.from(`${hexSize(random, chunk.length)}${chunkExtension(random)}\r\n`),
          chunk,
          Buffer.from('\r\n'),
        );
      }
      const trailers = randomHeaders(random, 2)
        .lines.map((l) => `${l}\r\n`)
        .join('');
      encoded.push(
        Buffer.from(`${random.pick(['0', '000'])}${chunkExtension(random)}\r\n${trailers}\r\n`, 'latin1'),
      );
      payload = Buffer.concat(encoded);
    }
  }
  const reason = random.pick(['', ' OK', ' Some Reason', ' ']);
  const version = random.pick(['1.1', '1.1', '1.0']);
  parts.push(
    Buffer.from(
      `HTTP/${version} ${status}${reason}\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n`,
      'latin1',
    ),
    payload,
  );
  return {
    wire: Buffer.concat(parts),
    head,
    status,
    headers: expected,
    body,
    selfDelimited: noBody || framing !== 'close',
    framing,
    description,
  };
}

/** Cut points: single bytes, a few random pieces, or the whole response at once. */
function pieces(random: Random, length: number): number[] {
  const mode = random.pick(['bytes', 'random', 'random', 'whole'] as const);
  if (mode === 'whole') return [length];
  if (mode === 'bytes') return Array<number>(length).fill(1);
  const sizes: number[] = [];
  for (let left = length; left > 0;) {
    const size = Math.min(left, random.chance(0.3) ? 1 : random.int(1, Math.max(1, Math.floor(length / 3))));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

describe('property: random responses split at random points parse back to what was sent', () => {
  const CASES = 400;
  it(`${CASES} seeded cases`, () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= CASES; seed++) {
      const random = new Random(seed);
      const generated = generate(random);
      const sizes = pieces(random, generated.wire.length);
      const label = `seed ${seed}: ${generated.description}, ${sizes.length} pieces`;
      const parser = new ResponseParser(generated.head);
      let offset = 0;
      let answer: ParsedResponse | undefined;
      sizes.forEach((size, index) => {
        const result = parser.push(generated.wire.subarray(offset, offset + size));
        offset += size;
        const last = index === sizes.length - 1;
        // Complete exactly at the last byte of a self-delimited answer, never before.
        if (!last || !generated.selfDelimited)
          expect({ label, complete: result !== undefined }).toEqual({ label, complete: false });
        answer = result;
      });
      answer ??= parser.end();
      expect({ label, status: answer.status }).toEqual({ label, status: generated.status });
      expect({ label, headers: Object.fromEntries(answer.headers) }).toEqual({
        label,
        headers: Object.fromEntries(generated.headers),
      });
      expect({ label, equal: answer.body.equals(generated.body) }).toEqual({ label, equal: true });
      seen.add(generated.framing);
    }
    // The generator covered every framing.
    expect([...seen].sort()).toEqual(['chunked', 'close', 'length']);
  });
});
