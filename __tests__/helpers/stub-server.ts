/**
 * A tiny scriptable HTTP server on 127.0.0.1 for unit tests of the network clients: real requests through
 * the project's own HTTP client, so redirects, timeouts, resets and refused connections behave as they do in production.
 * Queue replies with `reply(...)`; when the queue is empty the `fallback` handler answers (404 by default).
 */
import http from 'node:http';
import net from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body parsed as application/x-www-form-urlencoded. */
  form: URLSearchParams;
}

export interface StubReply {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Never answer (for timeouts). */
  hang?: boolean;
  /** Close the socket without an answer (for resets). */
  destroy?: boolean;
}

export type StubHandler = (request: RecordedRequest) => StubReply | Promise<StubReply>;

export class StubServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: (StubReply | StubHandler)[] = [];
  fallback: StubHandler = () => ({ status: 404, body: { message: 'no stub reply queued' } });

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<StubServer> {
    const holder: { stub?: StubServer } = {};
    const server = http.createServer((req, res) => {
      void holder.stub?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    holder.stub = new StubServer(server, `http://127.0.0.1:${port}`);
    return holder.stub;
  }

  /** Queues replies, consumed one per request in order. */
  reply(...replies: (StubReply | StubHandler)[]): this {
    this.queue.push(...replies);
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const parsed = new URL(req.url ?? '/', 'http://stub');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: parsed.pathname,
      query: parsed.searchParams,
      headers: req.headers,
      body,
      form: new URLSearchParams(body),
    };
    this.requests.push(recorded);
    const next = this.queue.shift() ?? this.fallback;
    const reply = typeof next === 'function' ? await next(recorded) : next;
    if (reply.hang) return;
    if (reply.destroy) {
      req.socket.destroy();
      return;
    }
    const text =
      reply.body === undefined
        ? ''
        : typeof reply.body === 'string'
          ? reply.body
          : JSON.stringify(reply.body);
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body !== undefined && typeof reply.body !== 'string' && !hasHeader(headers, 'content-type')) {
      headers['Content-Type'] = 'application/json; charset=utf-8';
    }
    res.writeHead(reply.status ?? 200, headers);
    res.end(text);
  }
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

/** A loopback URL where nothing listens: connections are refused at once. */
export async function refusedUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/**
 * A fake clock for HttpClient/EntraClient: `sleep` records each delay and advances `now` by it, so retry and
 * polling tests run instantly and still see time pass.
 */
export function fakeClock(start = Date.now()): {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  delays: number[];
  advance: (ms: number) => void;
} {
  let time = start;
  const delays: number[] = [];
  return {
    delays,
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    sleep: (ms: number) => {
      delays.push(ms);
      time += ms;
      return Promise.resolve();
    },
  };
}

/** An unsigned JWT-shaped token with the given claims (the clients decode without verifying). */
export function fakeJwt(
  payload: Record<string, unknown>,
  header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' },
): string {
  const encode = (value: Record<string, unknown>) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode(header)}.${encode(payload)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
}

/** Claims of a delegated user token for Azure DevOps that may manage PATs. */
export function userClaims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    aud: '499b84ac-1321-427f-aa17-267ca6975798',
    iss: 'https://sts.windows.net/tenant/',
    scp: 'vso.pats vso.pats_manage',
    idtyp: 'user',
    upn: 'bot@contoso.example',
    oid: '11111111-2222-3333-4444-555555555555',
    exp: Math.floor(Date.now() / 1000) + 3600,
    // makes every token unique, so a test can tell them apart
    nonce: Math.random().toString(36).slice(2),
    ...extra,
  };
}
