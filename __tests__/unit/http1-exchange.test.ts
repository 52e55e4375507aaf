// One request over a real socket on 127.0.0.1: against Node's own http and https servers (a certificate from
// the test CA), raw servers that misbehave, TLS servers that must not be trusted, and through a small
// CONNECT proxy written here. `npm run jest` (scripts/jest.mjs) trusts the test CA via NODE_EXTRA_CA_CERTS.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { createCertificate, publicKeyOf } from '../../emulator/x509';
import { ActionableError } from '../../src/core/errors';
import { exchange, ProxyTunnelError, type OutgoingRequest } from '../../src/core/net/http1/exchange';
import { parseProxy } from '../../src/core/net/http1/proxy';
import { withoutProxyVariables } from '../helpers/proxy-env';
import { refusedUrl } from '../helpers/stub-server';
import { issueTestCertificate, type KeyPair } from '../helpers/test-ca';

/** A host name only the test proxy resolves (to 127.0.0.1): the only way to a non-loopback target here. */
const TUNNELLED_HOST = 'proxy-target.invalid';
const DAY_MS = 24 * 3600 * 1000;
const OK_MS = 10_000;

type NetworkError = Error & { code?: string; proxy?: string; status?: number };

// ---------------------------------------------------------------------------------------------------------
// Certificates

function newKey() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
}

/** A server certificate from the test CA (trusted by this process) for exactly these names. */
function issue(dnsNames: string[], ipAddresses: string[] = []): Promise<KeyPair> {
  return issueTestCertificate({ dnsNames, ipAddresses });
}

/** A certificate that signs itself: valid names, but nothing vouches for it. */
function selfSigned(): KeyPair {
  const key = newKey();
  const now = Date.now();
  const cert = createCertificate({
    subjectCommonName: 'localhost',
    issuerCommonName: 'localhost',
    publicKey: publicKeyOf(key),
    issuerKey: key,
    issuerPublicKey: publicKeyOf(key),
    isCA: false,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + DAY_MS),
    dnsNames: ['localhost'],
    ipAddresses: ['127.0.0.1'],
  });
  return { cert, key: String(key.export({ type: 'pkcs8', format: 'pem' })) };
}

// ---------------------------------------------------------------------------------------------------------
// Servers

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

/** Node's own server with a few routes; counts TCP connections and keeps them to close them at the end. */
class NodeServer {
  connections = 0;
  /** The SNI name of each TLS connection (false: none sent). */
  readonly servernames: (string | false)[] = [];
  readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(readonly server: http.Server | https.Server) {
    server.on('connection', (socket: net.Socket) => {
      this.connections++;
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    server.on('secureConnection', (socket: tls.TLSSocket) => {
      this.servernames.push(typeof socket.servername === 'string' ? socket.servername : false);
    });
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => void route(req, res));
  }

  static async start(tlsOptions?: https.ServerOptions): Promise<NodeServer> {
    const node = new NodeServer(tlsOptions ? https.createServer(tlsOptions) : http.createServer());
    node.port = await listen(node.server);
    return node;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const BIG = randomBytes(1024 * 1024 + 7);

async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  switch (path) {
    case '/echo':
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('X-Repeated', ['a', 'b']);
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
      return;
    case '/chunked': {
      // No Content-Length and several writes: Node answers with chunked transfer coding.
      const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first,');
      await pause();
      res.write('second,');
      await pause();
      res.end('third');
      return;
    }
    case '/big':
      res.writeHead(200, { 'Content-Length': String(BIG.length) });
      res.end(BIG);
      return;
    case '/big-chunked':
      res.writeHead(200);
      for (let offset = 0; offset < BIG.length; offset += 65_000)
        res.write(BIG.subarray(offset, offset + 65_000));
      res.end();
      return;
    case '/no-content':
      res.writeHead(204, { 'X-Done': 'yes' });
      res.end();
      return;
    case '/mid-body':
      res.writeHead(200, { 'Content-Length': '100' });
      res.write('only part of it', () => req.socket.destroy());
      return;
    case '/mid-chunk':
      res.writeHead(200);
      res.write('only part of it', () => req.socket.destroy());
      return;
    default:
      res.writeHead(404, { 'Content-Length': '9' });
      res.end('not found');
  }
}

/**
 * A raw TCP server: records the bytes of each request head and answers as `respond` says, byte for byte
 * (null: never answers). Records when the client's connection closes.
 */
class RawServer {
  readonly requests: Buffer[] = [];
  closed = 0;
  private readonly sockets = new Set<net.Socket>();
  private constructor(
    private readonly server: net.Server,
    readonly url: string,
  ) {}

  static async start(respond: (request: Buffer) => string | Buffer | null): Promise<RawServer> {
    const holder: { raw?: RawServer } = {};
    const server = net.createServer((socket) => {
      const raw = holder.raw;
      if (!raw) return;
      raw.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        raw.sockets.delete(socket);
        raw.closed++;
      });
      let buffered = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffered = Buffer.concat([buffered, chunk]);
        if (buffered.indexOf('\r\n\r\n') < 0) return;
        raw.requests.push(buffered);
        socket.removeAllListeners('data');
        const answer = respond(buffered);
        if (answer !== null) socket.end(answer);
      });
    });
    const port = await listen(server);
    holder.raw = new RawServer(server, `http://127.0.0.1:${port}`);
    return holder.raw;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

interface ConnectRecord {
  line: string;
  authority: string;
  headers: Record<string, string>;
}

interface ProxyOptions {
  /** `user:password` the proxy requires in Proxy-Authorization (407 otherwise). */
  credentials?: string;
  /** Refuse every CONNECT with this status. */
  status?: number;
  /** Misbehave instead of tunnelling. */
  mode?: 'tunnel' | 'close' | 'hang' | 'garbage' | 'drop-after-200';
  /** Speak TLS to the client (an https:// proxy). */
  tls?: KeyPair;
}

/**
 * A small HTTP CONNECT proxy: reads `CONNECT host:port`, checks Proxy-Authorization if asked to, then answers
 * 200 and pipes bytes both ways. It resolves TUNNELLED_HOST to 127.0.0.1, as a corporate proxy resolves
 * names the runner cannot.
 */
class ConnectProxy {
  readonly connects: ConnectRecord[] = [];
  /** Tunnels opened to a target. */
  upstreams = 0;
  /** Client connections that have closed. */
  closedClients = 0;
  private readonly sockets = new Set<net.Socket>();
  private constructor(
    private readonly server: net.Server,
    readonly url: string,
    private readonly options: ProxyOptions,
  ) {}

  get host(): string {
    return new URL(this.url).host;
  }

  static async start(options: ProxyOptions = {}): Promise<ConnectProxy> {
    const holder: { proxy?: ConnectProxy } = {};
    const onClient = (socket: net.Socket) => holder.proxy?.handle(socket);
    const server = options.tls ? tls.createServer(options.tls, onClient) : net.createServer(onClient);
    const port = await listen(server);
    holder.proxy = new ConnectProxy(server, `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`, options);
    return holder.proxy;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
  }

  private handle(socket: net.Socket): void {
    this.track(socket);
    socket.on('close', () => this.closedClients++);
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      socket.pause();
      const [line = '', ...fields] = buffered.subarray(0, end).toString('latin1').split('\r\n');
      const headers = Object.fromEntries(
        fields.map((field) => {
          const colon = field.indexOf(':');
          return [field.slice(0, colon).trim().toLowerCase(), field.slice(colon + 1).trim()];
        }),
      );
      const match = /^CONNECT ([^\s:]+):(\d+) HTTP\/1\.1$/.exec(line);
      this.connects.push({ line, authority: match ? `${match[1]}:${match[2]}` : '', headers });
      this.answer(socket, match, headers, buffered.subarray(end + 4));
    };
    socket.on('data', onData);
  }

  private answer(
    socket: net.Socket,
    match: RegExpExecArray | null,
    headers: Record<string, string>,
    rest: Buffer,
  ): void {
    const { mode = 'tunnel', credentials, status } = this.options;
    if (mode === 'hang') return;
    if (mode === 'close') return void socket.destroy();
    if (mode === 'garbage') return void socket.end('<html>proxy says no</html>\r\n\r\n');
    if (mode === 'drop-after-200') return void socket.end('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (!match) return void socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
    const expected =
      credentials === undefined ? undefined : `Basic ${Buffer.from(credentials).toString('base64')}`;
    if (expected !== undefined && headers['proxy-authorization'] !== expected) {
      return void socket.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n' +
          'Content-Length: 11\r\n\r\nlog in, pls',
      );
    }
    if (status !== undefined)
      return void socket.end(`HTTP/1.1 ${status} Refused\r\nContent-Length: 0\r\n\r\n`);
    const host = match[1] === TUNNELLED_HOST ? '127.0.0.1' : (match[1] ?? '');
    const upstream = net.connect(Number(match[2]), host, () => {
      this.upstreams++;
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (rest.length > 0) upstream.write(rest);
      socket.pipe(upstream);
      upstream.pipe(socket);
    });
    this.track(upstream);
    upstream.on('close', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
  }
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

async function rejection(promise: Promise<unknown>): Promise<NetworkError> {
  try {
    await promise;
  } catch (error) {
    // Errors from inside Node come from another realm under jest: `instanceof Error` would lie.
    expect(typeof error === 'object' && error !== null && 'message' in error).toBe(true);
    return error as NetworkError;
  }
  throw new Error('expected the exchange to fail');
}

async function eventually(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function get(url: string, headers: Record<string, string> = {}): OutgoingRequest {
  return { method: 'GET', url: new URL(url), headers };
}

interface Echo {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function echoOf(body: Buffer): Echo {
  return JSON.parse(body.toString('utf8')) as Echo;
}

withoutProxyVariables();

let plain: NodeServer;
let secure: NodeServer;
/** Serves its certificate for TUNNELLED_HOST only to a client that asks for that name (SNI). */
let tunnelTarget: NodeServer;
/** Serves a certificate valid for TUNNELLED_HOST only, to everyone. */
let wrongName: NodeServer;
let untrusted: NodeServer;
let localhostCert: KeyPair;
beforeAll(async () => {
  localhostCert = await issueTestCertificate();
  const tunnelledCert = await issue([TUNNELLED_HOST]);
  const tunnelledContext = tls.createSecureContext(tunnelledCert);
  [plain, secure, tunnelTarget, wrongName, untrusted] = await Promise.all([
    NodeServer.start(),
    NodeServer.start(localhostCert),
    NodeServer.start({
      ...localhostCert,
      SNICallback: (name, callback) => callback(null, name === TUNNELLED_HOST ? tunnelledContext : undefined),
    }),
    NodeServer.start(tunnelledCert),
    NodeServer.start(selfSigned()),
  ]);
});
afterAll(async () => {
  await Promise.all([plain, secure, tunnelTarget, wrongName, untrusted].map((server) => server?.close()));
});

// ---------------------------------------------------------------------------------------------------------
// Direct

describe.each([
  ['plain http on loopback', () => `http://127.0.0.1:${plain.port}`],
  ['https with a test-CA certificate', () => `https://127.0.0.1:${secure.port}`],
])('exchange over %s', (_name, base) => {
  it('GETs with the headers given, Connection: close and the right Host', async () => {
    const answer = await exchange(
      get(`${base()}/echo?a=1&b=two`, { 'User-Agent': 'test-agent', 'X-A': '1' }),
      OK_MS,
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.headers.get('x-repeated')).toBe('a, b');
    const echo = echoOf(answer.body);
    expect(echo).toMatchObject({ method: 'GET', url: '/echo?a=1&b=two', body: '' });
    expect(echo.headers).toMatchObject({
      host: new URL(base()).host,
      connection: 'close',
      'user-agent': 'test-agent',
      'x-a': '1',
    });
    expect(echo.headers['content-length']).toBeUndefined();
  });

  it('POSTs a UTF-8 body with its Content-Length', async () => {
    const body = JSON.stringify({ displayName: 'ephemeral é→😀', scope: 'vso.code' });
    const answer = await exchange(
      {
        method: 'POST',
        url: new URL(`${base()}/echo`),
        headers: { 'Content-Type': 'application/json' },
        body,
      },
      OK_MS,
    );
    const echo = echoOf(answer.body);
    expect(echo).toMatchObject({ method: 'POST', body });
    expect(echo.headers['content-length']).toBe(String(Buffer.byteLength(body)));
  });

  it('reads a chunked answer written in several pieces', async () => {
    const answer = await exchange(get(`${base()}/chunked`), OK_MS);
    expect(answer.headers.get('transfer-encoding')).toBe('chunked');
    expect(answer.headers.get('content-length')).toBeUndefined();
    expect(answer.body.toString()).toBe('first,second,third');
  });

  it('reads a 1 MiB body, with Content-Length or chunked, intact', async () => {
    const sized = await exchange(get(`${base()}/big`), OK_MS);
    expect(sized.body.equals(BIG)).toBe(true);
    const chunked = await exchange(get(`${base()}/big-chunked`), OK_MS);
    expect(chunked.headers.get('transfer-encoding')).toBe('chunked');
    expect(chunked.body.equals(BIG)).toBe(true);
  });

  it('reads a 204 and a HEAD answer without a body', async () => {
    const empty = await exchange(get(`${base()}/no-content`), OK_MS);
    expect(empty).toMatchObject({ status: 204 });
    expect(empty.headers.get('x-done')).toBe('yes');
    expect(empty.body).toHaveLength(0);
    const head = await exchange({ method: 'HEAD', url: new URL(`${base()}/echo`), headers: {} }, OK_MS);
    expect(head.status).toBe(200);
    expect(head.body).toHaveLength(0);
  });

  it('returns a 404 as an answer', async () => {
    const answer = await exchange(get(`${base()}/nowhere`), OK_MS);
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toBe('not found');
  });

  it('fails with ECONNRESET when the server closes mid-body, with Content-Length or chunked', async () => {
    expect((await rejection(exchange(get(`${base()}/mid-body`), OK_MS))).code).toBe('ECONNRESET');
    expect((await rejection(exchange(get(`${base()}/mid-chunk`), OK_MS))).code).toBe('ECONNRESET');
  });
});

describe('exchange: what goes on the wire', () => {
  it('sends request line, Host, Connection, headers and body exactly, once', async () => {
    const raw = await RawServer.start(() => 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    try {
      const answer = await exchange(
        {
          method: 'PATCH',
          url: new URL(`${raw.url}/p?q=1`),
          headers: { Authorization: 'Basic abc' },
          body: 'é',
        },
        OK_MS,
      );
      expect(answer.body.toString()).toBe('ok');
      expect(raw.requests).toHaveLength(1);
      expect(raw.requests[0]?.toString('latin1')).toBe(
        `PATCH /p?q=1 HTTP/1.1\r\nHost: ${new URL(raw.url).host}\r\nConnection: close\r\n` +
          'Authorization: Basic abc\r\nContent-Length: 2\r\n\r\n\xc3\xa9',
      );
      await eventually(() => raw.closed === 1, 'the connection is closed');
    } finally {
      await raw.close();
    }
  });

  it('closes the connection itself once the answer is whole, even when the server keeps it open', async () => {
    let serverSocket: net.Socket | undefined;
    let clientClosed = false;
    const server = net.createServer((socket) => {
      serverSocket = socket;
      socket.on('error', () => undefined);
      socket.on('end', () => (clientClosed = true));
      socket.once('data', () => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
    });
    const port = await listen(server);
    try {
      const answer = await exchange(get(`http://127.0.0.1:${port}`), OK_MS);
      expect(answer.body.toString()).toBe('ok');
      await eventually(() => clientClosed, 'the client closed the connection');
    } finally {
      serverSocket?.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('reads a body that runs until the server closes the connection', async () => {
    const raw = await RawServer.start(
      () => 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end',
    );
    try {
      const answer = await exchange(get(raw.url), OK_MS);
      expect(answer.body.toString()).toBe('until the end');
    } finally {
      await raw.close();
    }
  });

  it('reads only the head of an answer to HEAD, whatever Content-Length says', async () => {
    const raw = await RawServer.start(() => 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n');
    try {
      const answer = await exchange({ method: 'HEAD', url: new URL(raw.url), headers: {} }, OK_MS);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-length')).toBe('5');
      expect(answer.body).toHaveLength(0);
    } finally {
      await raw.close();
    }
  });

  it('skips 100 Continue', async () => {
    const raw = await RawServer.start(
      () => 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\n!',
    );
    try {
      expect((await exchange(get(raw.url), OK_MS)).status).toBe(201);
    } finally {
      await raw.close();
    }
  });

  it('fails with an HPE_ code when the server answers garbage', async () => {
    const raw = await RawServer.start(() => 'SSH-2.0-OpenSSH_9.6 not http\r\n\r\n');
    try {
      const error = await rejection(exchange(get(raw.url), OK_MS));
      expect(error.code).toBe('HPE_INVALID_CONSTANT');
      expect(error.code).toMatch(/^HPE_/);
    } finally {
      await raw.close();
    }
  });

  it('fails with an HPE_ code on a malformed Content-Length', async () => {
    const raw = await RawServer.start(() => 'HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\nabc');
    try {
      expect((await rejection(exchange(get(raw.url), OK_MS))).code).toBe('HPE_INVALID_CONTENT_LENGTH');
    } finally {
      await raw.close();
    }
  });

  it('fails with ECONNRESET when the server closes without answering', async () => {
    const raw = await RawServer.start(() => '');
    try {
      expect((await rejection(exchange(get(raw.url), OK_MS))).code).toBe('ECONNRESET');
    } finally {
      await raw.close();
    }
  });

  it('times out with a TimeoutError when the server never answers, and closes the connection', async () => {
    const raw = await RawServer.start(() => null);
    try {
      const started = Date.now();
      // Long enough that a loaded machine still sends the request before the timer fires.
      const error = await rejection(exchange(get(raw.url), 400));
      expect(error.name).toBe('TimeoutError');
      expect(Date.now() - started).toBeGreaterThanOrEqual(390);
      expect(Date.now() - started).toBeLessThan(5000);
      // The server shares this process's event loop: under load it may read the request only after the
      // client gave up, so its arrival is awaited rather than assumed.
      await eventually(() => raw.requests.length === 1, 'the request reached the server');
      await eventually(() => raw.closed === 1, 'the timed-out connection is closed');
    } finally {
      await raw.close();
    }
  });

  it('times out during a TLS handshake that never completes', async () => {
    const accepted = new Set<net.Socket>();
    const silent = net.createServer((socket) => void accepted.add(socket));
    const port = await listen(silent);
    try {
      const error = await rejection(exchange(get(`https://127.0.0.1:${port}/`), 150));
      expect(error.name).toBe('TimeoutError');
    } finally {
      for (const socket of accepted) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('fails with ECONNREFUSED when nothing listens, over http and https', async () => {
    const url = await refusedUrl();
    expect((await rejection(exchange(get(url), OK_MS))).code).toBe('ECONNREFUSED');
    expect((await rejection(exchange(get(url.replace('http:', 'https:')), OK_MS))).code).toBe('ECONNREFUSED');
  });

  it('refuses a request HTTP does not allow synchronously, before connecting', async () => {
    const raw = await RawServer.start(() => 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
    try {
      expect(() => exchange(get(raw.url, { Authorization: 'Bearer x\r\nX-Injected: 1' }), OK_MS)).toThrow(
        expect.objectContaining({ code: 'ERR_INVALID_CHAR' }) as Error,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(raw.requests).toHaveLength(0);
      expect(raw.closed).toBe(0);
    } finally {
      await raw.close();
    }
  });
});

describe('exchange: TLS failures', () => {
  it('refuses a self-signed certificate', async () => {
    const error = await rejection(exchange(get(`https://127.0.0.1:${untrusted.port}/echo`), OK_MS));
    expect(error.code).toMatch(/CERT|SELF_SIGNED|UNABLE_TO/);
    expect(untrusted.connections).toBeGreaterThan(0);
  });

  it('refuses a trusted certificate issued for another name', async () => {
    // wrongName's certificate is for proxy-target.invalid only.
    for (const host of ['127.0.0.1', 'localhost']) {
      const error = await rejection(exchange(get(`https://${host}:${wrongName.port}/echo`), OK_MS));
      expect(error.code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    }
  });

  it('accepts the test-CA certificate by host name too, sending SNI for a name but not for an IP', async () => {
    const before = secure.servernames.length;
    const answer = await exchange(get(`https://localhost:${secure.port}/echo`), OK_MS);
    expect(echoOf(answer.body).headers.host).toBe(`localhost:${secure.port}`);
    await exchange(get(`https://127.0.0.1:${secure.port}/echo`), OK_MS);
    expect(secure.servernames.slice(before)).toEqual(['localhost', false]);
  });

  it('fails with a TLS error when an https:// URL points at a plain HTTP port', async () => {
    const error = await rejection(exchange(get(`https://127.0.0.1:${plain.port}/echo`), OK_MS));
    expect(error.code).toMatch(/^EPROTO$|^ERR_SSL_/);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Through a proxy

describe('exchange through an HTTPS_PROXY tunnel', () => {
  let proxy: ConnectProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });
  const target = (path = '/echo') => `https://${TUNNELLED_HOST}:${tunnelTarget.port}${path}`;

  it('tunnels with exactly one CONNECT to the target authority, then speaks TLS to the target', async () => {
    proxy = await ConnectProxy.start();
    process.env.HTTPS_PROXY = proxy.url;
    const before = tunnelTarget.connections;
    const answer = await exchange(get(target('/echo?x=1'), { 'X-A': '1' }), OK_MS);
    expect(answer.status).toBe(200);
    const echo = echoOf(answer.body);
    expect(echo).toMatchObject({ method: 'GET', url: '/echo?x=1' });
    expect(echo.headers).toMatchObject({ host: `${TUNNELLED_HOST}:${tunnelTarget.port}`, 'x-a': '1' });
    expect(proxy.connects).toEqual([
      {
        line: `CONNECT ${TUNNELLED_HOST}:${tunnelTarget.port} HTTP/1.1`,
        authority: `${TUNNELLED_HOST}:${tunnelTarget.port}`,
        headers: { host: `${TUNNELLED_HOST}:${tunnelTarget.port}` },
      },
    ]);
    expect(proxy.upstreams).toBe(1);
    expect(tunnelTarget.connections).toBe(before + 1);
    // Inside the tunnel, TLS names the target (SNI), so the server picks the right certificate.
    expect(tunnelTarget.servernames.at(-1)).toBe(TUNNELLED_HOST);
    // The tunnel is closed once the answer is in.
    const tunnel = proxy;
    await eventually(() => tunnel.closedClients === 1, 'the proxy connection is closed');
  });

  it('POSTs a body and reads a chunked answer through the tunnel', async () => {
    proxy = await ConnectProxy.start();
    process.env.https_proxy = proxy.url.replace('http://', '');
    const posted = await exchange(
      { method: 'POST', url: new URL(target()), headers: {}, body: 'a=1&b=2' },
      OK_MS,
    );
    expect(echoOf(posted.body)).toMatchObject({ method: 'POST', body: 'a=1&b=2' });
    const chunked = await exchange(get(target('/chunked')), OK_MS);
    expect(chunked.body.toString()).toBe('first,second,third');
    expect(proxy.connects).toHaveLength(2);
  });

  it('sends the URL-decoded proxy credentials as Basic Proxy-Authorization, never to the target', async () => {
    proxy = await ConnectProxy.start({ credentials: 'DOMAIN\\us@er:p:ss w0rd' });
    const url = new URL(proxy.url);
    process.env.HTTPS_PROXY = `http://DOMAIN%5Cus%40er:p%3Ass%20w0rd@${url.host}`;
    const answer = await exchange(get(target()), OK_MS);
    expect(answer.status).toBe(200);
    expect(proxy.connects[0]?.headers['proxy-authorization']).toBe(
      `Basic ${Buffer.from('DOMAIN\\us@er:p:ss w0rd').toString('base64')}`,
    );
    expect(echoOf(answer.body).headers['proxy-authorization']).toBeUndefined();
  });

  it('goes through an https:// proxy (TLS to the proxy, then TLS to the target inside it)', async () => {
    proxy = await ConnectProxy.start({ tls: localhostCert });
    process.env.HTTPS_PROXY = proxy.url;
    expect(proxy.url).toMatch(/^https:/);
    const answer = await exchange(get(target()), OK_MS);
    expect(answer.status).toBe(200);
    expect(proxy.connects).toHaveLength(1);
  });

  it('refuses an https:// proxy whose certificate is not trusted, naming the proxy', async () => {
    proxy = await ConnectProxy.start({ tls: selfSigned() });
    process.env.HTTPS_PROXY = proxy.url;
    const error = await rejection(exchange(get(target()), OK_MS));
    expect(error.code).toMatch(/CERT|SELF_SIGNED|UNABLE_TO/);
    expect(error.proxy).toBe(proxy.host);
    expect(proxy.connects).toHaveLength(0);
  });

  it('fails with ProxyTunnelError 407 when the proxy wants credentials, and never reaches the target', async () => {
    proxy = await ConnectProxy.start({ credentials: 'user:right' });
    process.env.HTTPS_PROXY = proxy.url;
    const before = tunnelTarget.connections;
    const error = await rejection(exchange(get(target()), OK_MS));
    expect(error).toBeInstanceOf(ProxyTunnelError);
    expect(error).toMatchObject({
      name: 'ProxyTunnelError',
      code: 'ERR_PROXY_TUNNEL',
      status: 407,
      proxy: proxy.host,
    });
    expect(proxy.connects).toHaveLength(1);
    expect(proxy.upstreams).toBe(0);
    expect(tunnelTarget.connections).toBe(before);
  });

  it('fails with ProxyTunnelError 407 on wrong credentials too', async () => {
    proxy = await ConnectProxy.start({ credentials: 'user:right' });
    process.env.HTTPS_PROXY = `http://user:wrong@${proxy.host}`;
    expect(await rejection(exchange(get(target()), OK_MS))).toMatchObject({
      code: 'ERR_PROXY_TUNNEL',
      status: 407,
    });
  });

  it('fails with ProxyTunnelError 403 when the proxy forbids the host', async () => {
    proxy = await ConnectProxy.start({ status: 403 });
    process.env.HTTPS_PROXY = proxy.url;
    expect(await rejection(exchange(get(target()), OK_MS))).toMatchObject({
      code: 'ERR_PROXY_TUNNEL',
      status: 403,
    });
  });

  it('fails with ECONNREFUSED naming the proxy when nothing listens there', async () => {
    const url = await refusedUrl();
    process.env.HTTPS_PROXY = url;
    const error = await rejection(exchange(get(target()), OK_MS));
    expect(error).toMatchObject({ code: 'ECONNREFUSED', proxy: new URL(url).host });
  });

  it('fails with ECONNRESET naming the proxy when it closes without answering CONNECT', async () => {
    proxy = await ConnectProxy.start({ mode: 'close' });
    process.env.HTTPS_PROXY = proxy.url;
    expect(await rejection(exchange(get(target()), OK_MS))).toMatchObject({
      code: 'ECONNRESET',
      proxy: proxy.host,
    });
  });

  it('fails with an HPE_ code naming the proxy when it answers CONNECT with garbage', async () => {
    proxy = await ConnectProxy.start({ mode: 'garbage' });
    process.env.HTTPS_PROXY = proxy.url;
    expect(await rejection(exchange(get(target()), OK_MS))).toMatchObject({
      code: 'HPE_INVALID_CONSTANT',
      proxy: proxy.host,
    });
  });

  it('fails with ECONNRESET (not a proxy error) when the tunnel closes before the TLS handshake', async () => {
    proxy = await ConnectProxy.start({ mode: 'drop-after-200' });
    process.env.HTTPS_PROXY = proxy.url;
    const error = await rejection(exchange(get(target()), OK_MS));
    expect(error.code).toBe('ECONNRESET');
    expect(error.proxy).toBeUndefined();
  });

  it('times out when the proxy never answers CONNECT, and closes the connection to it', async () => {
    proxy = await ConnectProxy.start({ mode: 'hang' });
    process.env.HTTPS_PROXY = proxy.url;
    const error = await rejection(exchange(get(target()), 150));
    expect(error.name).toBe('TimeoutError');
    const hung = proxy;
    await eventually(() => hung.closedClients === 1, 'the proxy connection is closed');
  });

  it('checks the target certificate inside the tunnel: a wrong name is a TLS error, not a proxy error', async () => {
    proxy = await ConnectProxy.start();
    process.env.HTTPS_PROXY = proxy.url;
    // secure's certificate is for localhost / 127.0.0.1, not proxy-target.invalid.
    const error = await rejection(exchange(get(`https://${TUNNELLED_HOST}:${secure.port}/echo`), OK_MS));
    expect(error.code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(error.proxy).toBeUndefined();
    expect(proxy.upstreams).toBe(1);
  });

  it('reaches loopback hosts and NO_PROXY hosts directly', async () => {
    proxy = await ConnectProxy.start();
    process.env.HTTPS_PROXY = proxy.url;
    expect((await exchange(get(`https://127.0.0.1:${secure.port}/echo`), OK_MS)).status).toBe(200);
    expect((await exchange(get(`https://localhost:${secure.port}/echo`), OK_MS)).status).toBe(200);
    expect((await exchange(get(`http://127.0.0.1:${plain.port}/echo`), OK_MS)).status).toBe(200);
    process.env.NO_PROXY = `localhost,.invalid`;
    // Direct, so the name does not resolve (no proxy to resolve it).
    const error = await rejection(exchange(get(target()), OK_MS));
    expect(error.code).toMatch(/^ENOTFOUND$|^EAI_AGAIN$/);
    expect(error.proxy).toBeUndefined();
    expect(proxy.connects).toHaveLength(0);
  });

  it("goes through the platform's proxy resolver instead of HTTPS_PROXY, with its credentials", async () => {
    proxy = await ConnectProxy.start();
    process.env.HTTPS_PROXY = 'http://127.0.0.1:9';
    const viaAgent = parseProxy(
      proxy.url,
      { name: 'Agent.ProxyUrl', fix: '' },
      { username: 'u', password: 'p:w' },
    );
    const seen: string[] = [];
    const resolve = (url: URL) => {
      seen.push(url.host);
      return viaAgent;
    };
    const answer = await exchange(get(target()), OK_MS, resolve);
    expect(answer.status).toBe(200);
    expect(proxy.connects).toHaveLength(1);
    expect(proxy.connects[0]?.headers['proxy-authorization']).toBe(
      `Basic ${Buffer.from('u:p:w').toString('base64')}`,
    );
    // Loopback targets never reach the resolver.
    expect((await exchange(get(`https://127.0.0.1:${secure.port}/echo`), OK_MS, resolve)).status).toBe(200);
    expect(seen).toEqual([`${TUNNELLED_HOST}:${tunnelTarget.port}`]);
  });

  it('connects directly when the resolver says so, whatever HTTPS_PROXY says', async () => {
    process.env.HTTPS_PROXY = 'http://127.0.0.1:9';
    const answer = await exchange(get(`https://localhost:${secure.port}/echo`), OK_MS, () => undefined);
    expect(answer.status).toBe(200);
    const error = await rejection(exchange(get(target()), OK_MS, () => undefined));
    expect(error.code).toMatch(/^ENOTFOUND$|^EAI_AGAIN$/);
    expect(error.proxy).toBeUndefined();
  });

  it('throws the invalid_proxy ActionableError synchronously for an unsupported proxy, before connecting', () => {
    process.env.HTTPS_PROXY = 'socks5://127.0.0.1:1080';
    let thrown: unknown;
    try {
      void exchange(get(target()), OK_MS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ActionableError);
    expect(thrown).toMatchObject({ code: 'invalid_proxy', kind: 'input' });
  });
});
