/**
 * Reads one HTTP/1.1 response from the bytes of a connection, as they arrive: status line, headers, and a
 * body framed by chunked transfer coding, Content-Length, or the end of the connection. Interim 1xx
 * answers are skipped. Anything malformed or too large is an error with an `HPE_` code, as Node's own
 * parser would give, so the retry logic treats it like any other broken connection.
 */
import { isFieldValue, isToken } from './grammar';

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
/**
 * Larger heads are refused: Node's own limit for a header block. Here it bounds all the heads of one response
 * together (interim 1xx answers included), and its trailers, so a server cannot stream either forever.
 */
export const MAX_HEAD_BYTES = 16 * 1024;
/** Larger bodies are refused: the biggest answer this tool reads is a page of PATs, far below this. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Statuses that never carry a body (RFC 9110 6.4.1). */
const NO_BODY_STATUS = new Set([204, 304]);

export interface ParsedResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Map<string, string>;
  body: Buffer;
}

export class HttpParseError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpParseError';
  }
}

type Framing =
  | { kind: 'length'; remaining: number }
  | { kind: 'chunked'; remaining: number; stage: 'size' | 'data' | 'data-end' | 'trailers' }
  | { kind: 'until-close' };

export class ResponseParser {
  private buffered: Buffer = Buffer.alloc(0);
  private status = 0;
  private headers = new Map<string, string>();
  private framing: Framing | undefined;
  private readonly body: Buffer[] = [];
  private bodyBytes = 0;
  /** Bytes of the heads read so far (interim answers and the final one), and of the trailers. */
  private headBytes = 0;
  private trailerBytes = 0;
  private complete = false;

  /** `head` is true for a HEAD request, whose answer has headers only. */
  constructor(private readonly head = false) {}

  /** Feeds bytes; returns the response once it is whole (later bytes are ignored). */
  push(chunk: Buffer): ParsedResponse | undefined {
    if (this.complete) return this.result();
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    while (!this.complete) {
      const progressed = this.framing === undefined ? this.readHead() : this.readBody();
      if (!progressed) break;
    }
    return this.complete ? this.result() : undefined;
  }

  /** The connection ended: completes a body that runs until close, otherwise it was cut short. */
  end(): ParsedResponse {
    if (this.complete) return this.result();
    if (this.framing?.kind === 'until-close') {
      this.complete = true;
      return this.result();
    }
    throw closedMidResponse();
  }

  private result(): ParsedResponse {
    return { status: this.status, headers: this.headers, body: Buffer.concat(this.body) };
  }

  /** Parses a status line and headers when the whole head is buffered. */
  private readHead(): boolean {
    const end = this.buffered.indexOf(HEAD_END);
    const budget = MAX_HEAD_BYTES - this.headBytes;
    if (end < 0) {
      // Up to 3 bytes of an unfinished "\r\n\r\n" may follow a head that fills the budget exactly.
      if (this.buffered.length > budget + HEAD_END.length - 1)
        throw new HttpParseError('HPE_HEADER_OVERFLOW', 'The response head is too large.');
      return false;
    }
    if (end > budget) throw new HttpParseError('HPE_HEADER_OVERFLOW', 'The response head is too large.');
    this.headBytes += end;
    const lines = this.buffered.subarray(0, end).toString('latin1').split('\r\n');
    this.buffered = this.buffered.subarray(end + HEAD_END.length);
    const statusLine = /^HTTP\/1\.[01] ([1-9]\d\d)(?: .*)?$/.exec(lines[0] ?? '');
    if (!statusLine)
      throw new HttpParseError('HPE_INVALID_CONSTANT', 'The answer is not an HTTP/1.1 response.');
    const status = Number(statusLine[1]);
    const headers = new Map<string, string>();
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).toLowerCase();
      const value = trimWhitespace(line.slice(colon + 1));
      // A bare CR, LF or NUL inside a line is refused too, as Node's parser refuses it.
      if (colon <= 0 || !isToken(name) || !isFieldValue(value)) {
        throw new HttpParseError('HPE_INVALID_HEADER_TOKEN', 'The response has a malformed header line.');
      }
      const previous = headers.get(name);
      headers.set(name, previous === undefined ? value : `${previous}, ${value}`);
    }
    // 1xx answers (100 Continue, 103 Early Hints) precede the real one.
    if (status >= 100 && status < 200) return true;
    this.status = status;
    this.headers = headers;
    this.framing = this.framingOf(status, headers);
    if (this.framing.kind === 'length' && this.framing.remaining === 0) this.complete = true;
    return true;
  }

  private framingOf(status: number, headers: Map<string, string>): Framing {
    if (this.head || NO_BODY_STATUS.has(status)) return { kind: 'length', remaining: 0 };
    const coding = headers.get('transfer-encoding');
    if (coding !== undefined) {
      const codings = coding
        .toLowerCase()
        .split(',')
        .map((c) => c.trim());
      // Chunked must be the final coding; any other coding is read to the end of the connection.
      if (codings[codings.length - 1] === 'chunked') return { kind: 'chunked', remaining: 0, stage: 'size' };
      return { kind: 'until-close' };
    }
    const length = headers.get('content-length');
    if (length === undefined) return { kind: 'until-close' };
    // Repeated identical values ("5, 5") are allowed; differing ones are a smuggling risk.
    const values = new Set(length.split(',').map((v) => v.trim()));
    const [only] = values;
    if (values.size !== 1 || only === undefined || !/^\d{1,15}$/.test(only)) {
      throw new HttpParseError('HPE_INVALID_CONTENT_LENGTH', 'The response has an invalid Content-Length.');
    }
    const remaining = Number(only);
    if (remaining > MAX_BODY_BYTES) throw tooLarge();
    return { kind: 'length', remaining };
  }

  private readBody(): boolean {
    const framing = this.framing;
    if (framing === undefined || this.buffered.length === 0) {
      return framing?.kind === 'chunked' && framing.stage === 'trailers' ? this.readTrailers(framing) : false;
    }
    if (framing.kind === 'until-close') {
      this.take(this.buffered.length);
      return false;
    }
    if (framing.kind === 'length') {
      const taken = this.take(Math.min(framing.remaining, this.buffered.length));
      framing.remaining -= taken;
      if (framing.remaining === 0) this.complete = true;
      return false;
    }
    return this.readChunked(framing);
  }

  private readChunked(framing: Extract<Framing, { kind: 'chunked' }>): boolean {
    switch (framing.stage) {
      case 'size': {
        const end = this.buffered.indexOf(CRLF);
        if (end < 0) {
          if (this.buffered.length > 1024)
            throw new HttpParseError('HPE_INVALID_CHUNK_SIZE', 'A chunk size line is too long.');
          return false;
        }
        // Chunk extensions (";name=value") are allowed and ignored.
        const sizeText = this.buffered.subarray(0, end).toString('latin1').split(';')[0]?.trim() ?? '';
        if (!/^[0-9a-fA-F]{1,8}$/.test(sizeText)) {
          throw new HttpParseError('HPE_INVALID_CHUNK_SIZE', 'The response has an invalid chunk size.');
        }
        this.buffered = this.buffered.subarray(end + CRLF.length);
        framing.remaining = parseInt(sizeText, 16);
        framing.stage = framing.remaining === 0 ? 'trailers' : 'data';
        return true;
      }
      case 'data': {
        const taken = this.take(Math.min(framing.remaining, this.buffered.length));
        framing.remaining -= taken;
        if (framing.remaining > 0) return false;
        framing.stage = 'data-end';
        return true;
      }
      case 'data-end': {
        if (this.buffered.length < CRLF.length) return false;
        if (!this.buffered.subarray(0, CRLF.length).equals(CRLF)) {
          throw new HttpParseError('HPE_STRICT', 'A chunk is longer than its size says.');
        }
        this.buffered = this.buffered.subarray(CRLF.length);
        framing.stage = 'size';
        return true;
      }
      case 'trailers':
        return this.readTrailers(framing);
    }
  }

  /** Trailer fields after the last chunk are read and dropped, up to the empty line. */
  private readTrailers(framing: Extract<Framing, { kind: 'chunked' }>): boolean {
    const end = this.buffered.indexOf(CRLF);
    const budget = MAX_HEAD_BYTES - this.trailerBytes;
    if ((end < 0 ? this.buffered.length : end) > budget)
      throw new HttpParseError('HPE_HEADER_OVERFLOW', 'The trailers are too large.');
    if (end < 0) return false;
    this.trailerBytes += end;
    this.buffered = this.buffered.subarray(end + CRLF.length);
    if (end === 0) {
      this.complete = true;
      return false;
    }
    framing.stage = 'trailers';
    return true;
  }

  /** Moves up to `count` buffered bytes into the body. */
  private take(count: number): number {
    if (count === 0) return 0;
    this.bodyBytes += count;
    if (this.bodyBytes > MAX_BODY_BYTES) throw tooLarge();
    this.body.push(this.buffered.subarray(0, count));
    this.buffered = this.buffered.subarray(count);
    return count;
  }
}

/** Optional whitespace is spaces and tabs only: trim() would also drop obs-text such as 0xA0. */
function trimWhitespace(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (value[start] === ' ' || value[start] === '\t')) start++;
  while (end > start && (value[end - 1] === ' ' || value[end - 1] === '\t')) end--;
  return value.slice(start, end);
}

/** The connection ended before the answer was whole: reported like a reset, so idempotent requests retry. */
export function closedMidResponse(): Error {
  return Object.assign(new Error('The connection closed mid-response.'), { code: 'ECONNRESET' });
}

function tooLarge(): HttpParseError {
  return new HttpParseError(
    'HPE_BODY_TOO_LARGE',
    `The response body is larger than ${MAX_BODY_BYTES} bytes.`,
  );
}
