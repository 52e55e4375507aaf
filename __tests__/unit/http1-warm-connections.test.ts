// Connections opened ahead of their request (src/core/net/http1/warm-connections.ts), on real sockets: raw TCP
// servers on 127.0.0.1 that count connections and misbehave on demand, and one TLS server from the test CA.
import https from 'node:https';
import net from 'node:net';
import { HttpClient } from '../../src/core/net/http';
import { exchange } from '../../src/core/net/http1/exchange';
import { preconnect, takeWarm } from '../../src/core/net/http1/warm-connections';
import { withoutProxyVariables } from '../helpers/proxy-env';
import { refusedUrl } from '../helpers/stub-server';
import { issueTestCertificate } from '../helpers/test-ca';

const OK_MS = 10_000;
const ANSWER = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok';

type Behaviour = 'answer' | 'close-at-once' | 'greet';

/** A raw HTTP server: answers each request with 200 "ok" and closes; or misbehaves before any request. */
class CountingServer {
  connections = 0;
  requests = 0;
  behaviour: Behaviour = 'answer';
  port = 0;
  private readonly sockets = new Set<net.Socket>();
  private readonly server = net.createServer((socket) => this.accept(socket));

  static async start(): Promise<CountingServer> {
    const counting = new CountingServer();
    await new Promise<void>((resolve) => counting.server.listen(0, '127.0.0.1', resolve));
    counting.port = (counting.server.address() as net.AddressInfo).port;
    return counting;
  }

  get url(): URL {
    return new URL(`http://127.0.0.1:${this.port}/path`);
  }

  /** Resolves once `n` connections have been accepted in all. */
  async connected(n: number): Promise<void> {
    while (this.connections < n) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  async open(): Promise<number> {
    // Lets the server see a close the client just made.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return this.sockets.size;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: net.Socket): void {
    this.connections++;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    if (this.behaviour === 'close-at-once') {
      socket.end();
      return;
    }
    if (this.behaviour === 'greet') socket.write('HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\n\r\n');
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      this.requests++;
      socket.end(ANSWER);
    });
  }
}

const get = (url: URL) => exchange({ method: 'GET', url, headers: {} }, OK_MS);

withoutProxyVariables();
let server: CountingServer;
beforeEach(async () => {
  server = await CountingServer.start();
});
afterEach(async () => {
  takeWarm(server.url)?.destroy();
  await server.close();
});

describe('preconnect', () => {
  it('opens the connection before the request, and the request then uses it', async () => {
    preconnect(server.url);
    await server.connected(1);
    expect(server.requests).toBe(0);

    const response = await get(server.url);

    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('ok');
    expect(server.connections).toBe(1);
    expect(server.requests).toBe(1);
  });

  it('hands a connection over once: the next request to the origin connects anew', async () => {
    preconnect(server.url);
    await get(server.url);
    await get(new URL('/other', server.url));
    expect(server.connections).toBe(2);
    expect(server.requests).toBe(2);
  });

  it('keeps at most one connection per origin waiting', async () => {
    preconnect(server.url);
    preconnect(new URL('/another/path?q=1', server.url));
    await server.connected(1);
    await get(server.url);
    expect(server.connections).toBe(1);
  });

  it('serves a request that starts while the connection is still being made', async () => {
    preconnect(server.url);
    const response = await get(server.url);
    expect(response.status).toBe(200);
    expect(server.connections).toBe(1);
  });

  it.each([
    ['closed it', 'close-at-once'],
    ['spoke first (a 408 on it)', 'greet'],
  ] as const)(
    'drops a waiting connection when the server %s before the request, and connects anew',
    async (_what, behaviour) => {
      server.behaviour = behaviour;
      preconnect(server.url);
      await server.connected(1);
      expect(await server.open()).toBe(0);
      server.behaviour = 'answer';

      const response = await get(server.url);

      expect(response.status).toBe(200);
      expect(response.body.toString()).toBe('ok');
      expect(server.connections).toBe(2);
    },
  );

  it('closes a connection nobody used after the idle time', async () => {
    preconnect(server.url, { idleMs: 30 });
    await server.connected(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await server.open()).toBe(0);
    expect(takeWarm(server.url)).toBeUndefined();
  });

  it('does not keep the process alive while it waits, and does once it carries a request', async () => {
    // The server's end of the connection lives in this process too, and keeps it alive: count one for it.
    const sockets = () => process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap').length;
    const before = sockets();
    preconnect(server.url);
    await server.connected(1);
    expect(sockets()).toBe(before + 1);

    const socket = takeWarm(server.url);
    expect(socket).toBeDefined();
    expect(sockets()).toBe(before + 2);
    socket?.destroy();
  });

  it('never throws for a host that refuses, and the request reports the refusal as ever', async () => {
    const url = new URL(await refusedUrl());
    expect(() => preconnect(url)).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(get(url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('opens nothing when a proxy applies: the request tunnels on its own', async () => {
    const proxy = await CountingServer.start();
    process.env.HTTPS_PROXY = `http://127.0.0.1:${proxy.port}`;
    try {
      const target = new URL('https://ado-ephemeral-pat.invalid/_apis');
      preconnect(target);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(proxy.connections).toBe(0);
      expect(takeWarm(target)).toBeUndefined();
    } finally {
      await proxy.close();
    }
  });

  it("opens nothing when the platform's proxy applies, and ignores a proxy setting that cannot work", async () => {
    const target = new URL('https://ado-ephemeral-pat.invalid/_apis');
    const proxied = () => ({ url: new URL(`http://127.0.0.1:${server.port}`) });
    preconnect(target, { resolveProxy: proxied });
    const invalid = () => {
      throw new Error('invalid proxy setting');
    };
    expect(() => preconnect(target, { resolveProxy: invalid })).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.connections).toBe(0);
    expect(takeWarm(target)).toBeUndefined();
  });

  it('warms a TLS connection too: handshake first, then the request over it', async () => {
    let connections = 0;
    const tlsServer = https.createServer(await issueTestCertificate(), (_req, res) => res.end('secure'));
    tlsServer.on('secureConnection', () => connections++);
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    const url = new URL(`https://localhost:${(tlsServer.address() as net.AddressInfo).port}/`);
    try {
      preconnect(url);
      while (connections < 1) await new Promise((resolve) => setTimeout(resolve, 5));
      const response = await get(url);
      expect(response.body.toString()).toBe('secure');
      expect(connections).toBe(1);
    } finally {
      tlsServer.closeAllConnections();
      await new Promise<void>((resolve) => tlsServer.close(() => resolve()));
    }
  });
});

describe('HttpClient.preconnect', () => {
  it('warms the connection the next request to that origin uses', async () => {
    const client = new HttpClient();
    client.preconnect(server.url.href);
    await server.connected(1);
    const response = await client.send({ method: 'GET', url: server.url.href });
    expect(response.body).toBe('ok');
    expect(server.connections).toBe(1);
  });

  it('ignores a URL it would refuse to send to, leaving the request to say why', async () => {
    const client = new HttpClient();
    expect(() => client.preconnect('not a url')).not.toThrow();
    expect(() => client.preconnect('http://example.com/')).not.toThrow();
    expect(takeWarm(new URL('http://example.com/'))).toBeUndefined();
    await expect(client.send({ method: 'GET', url: 'http://example.com/' })).rejects.toMatchObject({
      code: 'insecure_url',
    });
  });
});
