import net from 'node:net';
import tls from 'node:tls';
import { networkErrorCode } from '../../src/core/net/failures';
import { HttpClient, redactUrl, serverRequestedDelayMs } from '../../src/core/net/http';
import type { HttpClientOptions } from '../../src/core/net/http';
import { fakeClock, refusedUrl, StubServer } from '../helpers/stub-server';
import { failure } from '../helpers/expect-failure';
import { withoutProxyVariables } from '../helpers/proxy-env';

const SECRET = 'eyJhbGciOiJub25lIn0.c2VjcmV0LXZhbHVlLWZvci10ZXN0cw.sig';

let stub: StubServer;
beforeEach(async () => {
  stub = await StubServer.start();
});
afterEach(async () => {
  await stub.close();
});

function client(options: HttpClientOptions = {}) {
  const clock = fakeClock();
  const logs: string[] = [];
  const http = new HttpClient({
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    log: (message) => logs.push(message),
    ...options,
  });
  return { http, clock, logs };
}

describe('HttpClient: responses', () => {
  it('returns status, headers and body, and sends a User-Agent', async () => {
    stub.reply({ status: 200, headers: { 'X-Test': 'yes' }, body: { ok: true } });
    const { http } = client();
    const response = await http.send({ method: 'GET', url: `${stub.url}/a?b=c` });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-test')).toBe('yes');
    expect(JSON.parse(response.body)).toEqual({ ok: true });
    expect(response.url).toBe(`${stub.url}/a?b=c`);
    expect(stub.requests[0]?.headers['user-agent']).toBe('ado-ephemeral-pat');
  });

  it('returns non-retryable non-2xx responses instead of throwing', async () => {
    stub.reply({ status: 404, body: 'nope' }, { status: 400, body: 'bad' }, { status: 401, body: '' });
    const { http } = client();
    for (const status of [404, 400, 401]) {
      expect((await http.send({ method: 'GET', url: stub.url })).status).toBe(status);
    }
    expect(stub.requests).toHaveLength(3);
  });

  it('does not follow a 302, so a sign-in redirect can be recognised', async () => {
    stub.reply({ status: 302, headers: { Location: '/_signin?realm=x' }, body: 'Object moved' });
    const { http } = client();
    const response = await http.send({ method: 'GET', url: stub.url });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/_signin?realm=x');
    expect(stub.requests).toHaveLength(1);
  });

  it('sends method, headers and body as given', async () => {
    stub.reply({ status: 200, body: '' });
    const { http } = client();
    await http.send({ method: 'PUT', url: stub.url, headers: { 'X-A': '1' }, body: 'payload' });
    expect(stub.requests[0]).toMatchObject({ method: 'PUT', body: 'payload' });
    expect(stub.requests[0]?.headers['x-a']).toBe('1');
  });
});

describe('HttpClient: retries', () => {
  it('retries 5xx on idempotent requests with exponential backoff and full jitter', async () => {
    stub.reply(
      { status: 500 },
      { status: 502 },
      { status: 503 },
      { status: 504 },
      { status: 200, body: 'ok' },
    );
    const { http, clock } = client({ retry: { baseDelayMs: 1000, maxDelayMs: 30_000 } });
    const response = await http.send({ method: 'GET', url: stub.url });
    expect(response.body).toBe('ok');
    // random() = 0.5 of caps 1 s, 2 s, 4 s, 8 s
    expect(clock.delays).toEqual([500, 1000, 2000, 4000]);
  });

  it('keeps every jittered delay within [0, min(maxDelay, base * 2^n))', async () => {
    for (const random of [0, 0.999999]) {
      const local = await StubServer.start();
      local.reply(...Array.from({ length: 5 }, () => ({ status: 503 })), { status: 200 });
      const { http, clock } = client({
        random: () => random,
        retry: { attempts: 6, baseDelayMs: 1000, maxDelayMs: 5000, totalMs: 600_000 },
      });
      await http.send({ method: 'GET', url: local.url });
      await local.close();
      const caps = [1000, 2000, 4000, 5000, 5000];
      clock.delays.forEach((delay, index) => {
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(caps[index] ?? 0);
      });
      if (random === 0) expect(clock.delays).toEqual([0, 0, 0, 0, 0]);
      else expect(clock.delays).toEqual([999, 1999, 3999, 4999, 4999]);
    }
  });

  it('honours Retry-After in seconds on 429', async () => {
    stub.reply({ status: 429, headers: { 'Retry-After': '7' } }, { status: 200 });
    const { http, clock } = client();
    await http.send({ method: 'GET', url: stub.url });
    expect(clock.delays).toEqual([7000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const { http, clock } = client();
    const start = clock.now();
    const at = new Date(Math.ceil((start + 12_000) / 1000) * 1000);
    stub.reply({ status: 503, headers: { 'Retry-After': at.toUTCString() } }, { status: 200 });
    await http.send({ method: 'GET', url: stub.url });
    expect(clock.delays).toEqual([at.getTime() - start]);
  });

  it('uses X-RateLimit-Reset on a 429 without Retry-After', async () => {
    const { http, clock } = client();
    const resetSeconds = Math.floor(clock.now() / 1000) + 10;
    stub.reply({ status: 429, headers: { 'X-RateLimit-Reset': String(resetSeconds) } }, { status: 200 });
    await http.send({ method: 'GET', url: stub.url });
    expect(clock.delays[0]).toBe(resetSeconds * 1000 - (clock.now() - (clock.delays[0] ?? 0)));
  });

  it('gives up when Retry-After is beyond the total budget, saying so', async () => {
    stub.reply({ status: 429, headers: { 'Retry-After': '120' } });
    const { http, clock } = client({ retry: { totalMs: 60_000 } });
    const error = await failure(http.send({ method: 'GET', url: stub.url }));
    expect(error).toMatchObject({ kind: 'throttled', status: 429, retryable: true, code: 'http_429' });
    expect(error.message).toContain('1 attempt over');
    expect(error.message).toContain('asked to wait 120.0 s');
    expect(clock.delays).toEqual([]);
    expect(stub.requests).toHaveLength(1);
  });

  it('never sleeps past the total budget', async () => {
    stub.fallback = () => ({ status: 503 });
    const { http, clock } = client({
      random: () => 0.999,
      retry: { attempts: 50, totalMs: 10_000, baseDelayMs: 1000, maxDelayMs: 4000 },
    });
    const error = await failure(http.send({ method: 'GET', url: stub.url }));
    const slept = clock.delays.reduce((a, b) => a + b, 0);
    expect(slept).toBeLessThanOrEqual(10_000);
    expect(error).toMatchObject({ kind: 'server', status: 503, retryable: true });
    expect(error.message).toMatch(/after \d+ attempts over \d+\.\d s/);
  });

  it('stops after the attempt limit with a message counting attempts and time', async () => {
    stub.fallback = () => ({ status: 503 });
    const { http } = client({ retry: { attempts: 3 } });
    const error = await failure(http.send({ method: 'GET', url: `${stub.url}/x?secret=${SECRET}` }));
    expect(stub.requests).toHaveLength(3);
    expect(error.message).toContain('after 3 attempts over 1.5 s');
    expect(error.message).toContain('/x?secret=…');
    expect(error.message).not.toContain(SECRET);
    expect(error.fix).toContain('status.dev.azure.com');
  });

  it('keeps waiting as Retry-After says beyond the attempt limit, until the time budget runs out', async () => {
    stub.fallback = () => ({ status: 429, headers: { 'Retry-After': '1' } });
    const { http, clock } = client({ retry: { attempts: 4, totalMs: 10_000 } });
    const error = await failure(http.send({ method: 'GET', url: stub.url }));
    expect(error).toMatchObject({ kind: 'throttled', retryable: true, status: 429 });
    expect(clock.delays).toEqual(Array<number>(10).fill(1000));
    expect(stub.requests).toHaveLength(11);
    expect(error.message).toContain('11 attempts over 10.0 s');
  });

  it('paces a Retry-After of zero instead of spinning', async () => {
    stub.reply({ status: 429, headers: { 'Retry-After': '0' } }, { status: 200, body: 'ok' });
    const { http, clock } = client();
    expect((await http.send({ method: 'GET', url: stub.url })).body).toBe('ok');
    expect(clock.delays).toEqual([250]);
  });

  it('still counts throttling without Retry-After as a failure', async () => {
    stub.fallback = () => ({ status: 429 });
    const { http } = client({ retry: { attempts: 3 } });
    const error = await failure(http.send({ method: 'GET', url: stub.url }));
    expect(error).toMatchObject({ kind: 'throttled', status: 429 });
    expect(stub.requests).toHaveLength(3);
  });
});

describe('HttpClient: idempotent vs non-idempotent', () => {
  it('does not repeat a POST that failed with 5xx: the create may have happened', async () => {
    stub.fallback = () => ({ status: 503 });
    const { http } = client();
    const error = await failure(http.send({ method: 'POST', url: stub.url, body: '{}' }));
    expect(stub.requests).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'server', status: 503, retryable: true });
    expect(error.message).toContain('may have been applied');
  });

  it('retries a POST on 429: the server refused it before doing anything', async () => {
    stub.reply({ status: 429, headers: { 'Retry-After': '2' } }, { status: 200, body: 'created' });
    const { http } = client();
    const response = await http.send({ method: 'POST', url: stub.url, body: '{}' });
    expect(response.body).toBe('created');
    expect(stub.requests).toHaveLength(2);
  });

  it('does not repeat a POST whose connection was reset', async () => {
    stub.fallback = () => ({ destroy: true });
    const { http } = client();
    const error = await failure(http.send({ method: 'POST', url: stub.url, body: '{}' }));
    expect(stub.requests).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'network', retryable: true, code: 'ECONNRESET' });
    expect(error.message).toContain('may have reached the server');
  });

  it('retries an idempotent request whose connection was reset', async () => {
    stub.reply({ destroy: true }, { status: 200, body: 'ok' });
    const { http } = client();
    expect((await http.send({ method: 'GET', url: stub.url })).body).toBe('ok');
    expect(stub.requests).toHaveLength(2);
  });

  it('lets the caller mark a POST idempotent (token endpoint) or a DELETE not', async () => {
    stub.reply({ status: 503 }, { status: 200 }, { status: 503 });
    const { http } = client();
    expect((await http.send({ method: 'POST', url: stub.url }, { idempotent: true })).status).toBe(200);
    await failure(http.send({ method: 'DELETE', url: stub.url }, { idempotent: false }));
    expect(stub.requests).toHaveLength(3);
  });

  it('retries connection refused even for a POST, then names the host, code and fix', async () => {
    const url = await refusedUrl();
    const { http, clock } = client({ retry: { attempts: 3 } });
    const error = await failure(
      http.send({ method: 'POST', url: `${url}/tok?code=${SECRET}`, body: SECRET }),
    );
    expect(clock.delays).toHaveLength(2);
    expect(error).toMatchObject({ kind: 'network', code: 'ECONNREFUSED', retryable: true });
    expect(error.message).toContain(new URL(url).host);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).toContain('3 attempts');
    expect(error.message).not.toContain(SECRET);
    expect(error.fix).toContain('HTTPS_PROXY=http://host:port');
    expect(error.fix).toContain('firewall');
  });
});

describe('HttpClient: timeouts', () => {
  it('times out each attempt and retries idempotent requests', async () => {
    stub.reply({ hang: true }, { status: 200, body: 'late but fine' });
    const { http } = client();
    const response = await http.send({ method: 'GET', url: stub.url, timeoutMs: 150 });
    expect(response.body).toBe('late but fine');
  });

  it('reports a timeout after the last attempt', async () => {
    stub.fallback = () => ({ hang: true });
    const { http } = client({ retry: { attempts: 2 } });
    // Long enough for the request to arrive on a loaded machine: the timeout counts from the connect.
    const error = await failure(http.send({ method: 'GET', url: stub.url, timeoutMs: 1000 }));
    expect(stub.requests).toHaveLength(2);
    expect(error).toMatchObject({ kind: 'network', code: 'timeout', retryable: true });
    expect(error.message).toContain('did not answer in time');
  });

  it('does not repeat a timed-out POST', async () => {
    stub.fallback = () => ({ hang: true });
    const { http } = client();
    const error = await failure(http.send({ method: 'POST', url: stub.url, timeoutMs: 1000 }));
    expect(stub.requests).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'network', code: 'timeout', retryable: true });
  });
});

describe('HttpClient: TLS', () => {
  it('does not retry a TLS failure and points at NODE_EXTRA_CA_CERTS', async () => {
    const { http } = client();
    const url = stub.url.replace('http:', 'https:');
    const error = await failure(http.send({ method: 'GET', url }));
    expect(stub.requests).toHaveLength(0);
    expect(error).toMatchObject({ kind: 'network', retryable: false });
    expect(error.message).toContain('TLS connection');
    expect(error.fix).toContain('NODE_EXTRA_CA_CERTS');
  });
});

describe('HttpClient: HTTPS_PROXY', () => {
  // A host only a proxy could reach: loopback hosts are never proxied.
  const TARGET = 'https://proxy-target.invalid/_apis/connectionData';
  withoutProxyVariables();

  /** A proxy that answers every CONNECT with `status`; records the request lines. */
  async function refusingProxy(status: number) {
    const connects: string[] = [];
    const server = net.createServer((socket) => {
      socket.on('error', () => undefined);
      let head = '';
      socket.on('data', (chunk: Buffer) => {
        head += chunk.toString('latin1');
        if (!head.includes('\r\n\r\n')) return;
        connects.push(head.split('\r\n')[0] ?? '');
        socket.end(
          `HTTP/1.1 ${status} Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp"\r\n` +
            'Content-Length: 0\r\n\r\n',
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    return { host: `127.0.0.1:${port}`, connects, close };
  }

  it.each(['GET', 'POST'] as const)(
    'does not retry a %s the proxy refused with 407, and says to fix HTTPS_PROXY',
    async (method) => {
      const proxy = await refusingProxy(407);
      try {
        process.env.HTTPS_PROXY = `http://${proxy.host}`;
        const { http, clock, logs } = client();
        const error = await failure(http.send({ method, url: `${TARGET}?token=${SECRET}` }));
        expect(error).toMatchObject({ kind: 'network', code: 'proxy_refused', retryable: false });
        expect(error.message).toContain(`The proxy ${proxy.host} refused to connect to proxy-target.invalid`);
        expect(error.message).toContain('HTTP 407');
        expect(error.message).not.toContain(SECRET);
        expect(error.fix).toContain('HTTPS_PROXY');
        expect(proxy.connects).toEqual(['CONNECT proxy-target.invalid:443 HTTP/1.1']);
        expect(clock.delays).toEqual([]);
        expect(logs).toEqual([]);
      } finally {
        await proxy.close();
      }
    },
  );

  it('retries a proxy that cannot be reached and names it in the message', async () => {
    const proxy = new URL(await refusedUrl());
    process.env.HTTPS_PROXY = proxy.href;
    const { http, clock } = client({ retry: { attempts: 3 } });
    const error = await failure(http.send({ method: 'POST', url: TARGET, body: '{}' }));
    expect(error).toMatchObject({ kind: 'network', code: 'ECONNREFUSED', retryable: true });
    expect(error.message).toContain(
      `Could not reach proxy-target.invalid through the proxy ${proxy.host} (ECONNREFUSED)`,
    );
    expect(error.message).toContain('3 attempts');
    expect(clock.delays).toHaveLength(2);
  });

  it('names the proxy, not the target, when the https:// proxy itself fails TLS', async () => {
    // The stub speaks plain HTTP: a TLS handshake with it fails.
    process.env.HTTPS_PROXY = stub.url.replace('http:', 'https:');
    const { http } = client();
    const error = await failure(http.send({ method: 'GET', url: TARGET }));
    expect(error).toMatchObject({ kind: 'network', retryable: false });
    expect(error.message).toContain(`The TLS connection to the proxy ${new URL(stub.url).host} failed`);
    expect(stub.requests).toHaveLength(0);
  });

  it.each([
    ['a socks5 proxy', 'socks5://127.0.0.1:1080', 'HTTPS_PROXY uses socks5'],
    ['an invalid URL', 'http://proxy corp:3128', 'HTTPS_PROXY is not a valid URL'],
  ])('refuses %s in HTTPS_PROXY without sending anything or retrying', async (_what, setting, message) => {
    process.env.HTTPS_PROXY = setting;
    const connects = [
      jest.spyOn(net, 'connect'),
      jest.spyOn(net, 'createConnection'),
      jest.spyOn(tls, 'connect'),
    ];
    try {
      const { http, clock, logs } = client();
      const error = await failure(http.send({ method: 'GET', url: TARGET }));
      expect(error).toMatchObject({ kind: 'input', code: 'invalid_proxy', retryable: false });
      expect(error.message).toContain(message);
      expect(error.fix).toContain('HTTPS_PROXY');
      for (const spy of connects) expect(spy).not.toHaveBeenCalled();
      expect(clock.delays).toEqual([]);
      expect(logs).toEqual([]);
    } finally {
      for (const spy of connects) spy.mockRestore();
    }
  });

  it('ignores an invalid HTTPS_PROXY for loopback hosts, which are never proxied', async () => {
    process.env.HTTPS_PROXY = 'socks5://127.0.0.1:1080';
    stub.reply({ status: 200, body: 'direct' });
    const { http } = client();
    expect((await http.send({ method: 'GET', url: stub.url })).body).toBe('direct');
  });
});

describe('HttpClient: logging and safety', () => {
  it('debug-logs each retry with method, URL without query values, status and delay; never headers or body', async () => {
    stub.reply({ status: 503 }, { status: 429, headers: { 'Retry-After': '3' } }, { status: 200 });
    const { http, logs } = client();
    await http.send({
      method: 'GET',
      url: `${stub.url}/_apis/tokens/pats?authorizationId=${SECRET}&api-version=7.1-preview.1`,
      headers: { Authorization: `Bearer ${SECRET}` },
    });
    expect(logs).toEqual([
      `Retrying GET ${stub.url}/_apis/tokens/pats?authorizationId=…&api-version=… after HTTP 503 in 0.5 s (attempt 2 of 5).`,
      `Retrying GET ${stub.url}/_apis/tokens/pats?authorizationId=…&api-version=… after HTTP 429 in 3.0 s (attempt 3).`,
    ]);
    expect(logs.join('\n')).not.toContain(SECRET);
  });

  it('refuses plain HTTP except on loopback, before sending anything', async () => {
    const { http } = client();
    const error = await failure(http.send({ method: 'GET', url: 'http://example.com/x' }));
    expect(error).toMatchObject({ kind: 'input', code: 'insecure_url' });
    expect(new URL('http://localhost/').hostname).toBe('localhost');
  });

  it('turns a header fetch refuses into an input error without quoting the value', async () => {
    const { http } = client();
    const error = await failure(
      http.send({
        method: 'GET',
        url: stub.url,
        headers: { Authorization: `Bearer ${SECRET}\nX-Injected: 1` },
      }),
    );
    expect(error).toMatchObject({ kind: 'input', code: 'invalid_request' });
    expect(error.message).not.toContain(SECRET);
    expect(stub.requests).toHaveLength(0);
  });

  it('redactUrl keeps origin, path and parameter names only', () => {
    expect(redactUrl('https://u:p@h.example/a/b?x=1&y=secret#frag')).toBe('https://h.example/a/b?x=…&y=…');
    expect(redactUrl('not a url')).toBe('(invalid URL)');
  });
});

describe('helpers', () => {
  it('serverRequestedDelayMs reads seconds, fractions, dates and the reset epoch', () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    const h = (init: Record<string, string>) => new Headers(init);
    expect(serverRequestedDelayMs(429, h({ 'Retry-After': '1.5' }), now)).toBe(1500);
    expect(serverRequestedDelayMs(503, h({ 'Retry-After': new Date(now + 4000).toUTCString() }), now)).toBe(
      4000,
    );
    expect(serverRequestedDelayMs(503, h({ 'Retry-After': new Date(now - 4000).toUTCString() }), now)).toBe(
      0,
    );
    expect(serverRequestedDelayMs(429, h({ 'X-RateLimit-Reset': String(now / 1000 + 9) }), now)).toBe(9000);
    expect(
      serverRequestedDelayMs(503, h({ 'X-RateLimit-Reset': String(now / 1000 + 9) }), now),
    ).toBeUndefined();
    expect(serverRequestedDelayMs(429, h({ 'Retry-After': 'soon' }), now)).toBeUndefined();
  });

  it('networkErrorCode digs the code out of fetch failures', () => {
    const wrapped = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }),
    });
    expect(networkErrorCode(wrapped)).toBe('ECONNRESET');
    const aggregate = new TypeError('fetch failed', {
      cause: new AggregateError([Object.assign(new Error('y'), { code: 'ECONNREFUSED' })]),
    });
    expect(networkErrorCode(aggregate)).toBe('ECONNREFUSED');
    expect(networkErrorCode(new DOMException('t', 'TimeoutError'))).toBe('timeout');
  });
});
