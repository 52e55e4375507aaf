/**
 * The HTTP client's HTTPS_PROXY support against a proxy it was not written with: the `proxy` package from npm
 * (CONNECT tunnels, Basic `Proxy-Authorization` through its `authenticate` hook). Only the client's public
 * API is used, so these tests hold whatever the client is built on.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type * as ProxyPackage from 'proxy';
import { HttpClient } from '../../src/core/net/http';
import { loadEsmPackage } from '../helpers/esm-package';
import { failure } from '../helpers/expect-failure';
import { withoutProxyVariables } from '../helpers/proxy-env';
import { issueTestCertificate } from '../helpers/test-ca';

let createProxy: typeof ProxyPackage.createProxy;

// Loopback hosts are never proxied, so the origin gets a name of its own, resolved to loopback here.
const ORIGIN_HOST = 'ado.proxy-interop.test';
const PROXY_USER = 'bot';
const PROXY_PASSWORD = 'p@ss:w/rd';

let origin: https.Server;
let originPort: number;
const originRequests: string[] = [];

beforeAll(async () => {
  ({ createProxy } = await loadEsmPackage<typeof ProxyPackage>('proxy'));
  const lookup = dns.lookup;
  jest
    .spyOn(dns, 'lookup')
    .mockImplementation((hostname: string, ...rest: unknown[]) =>
      (lookup as (...args: unknown[]) => void)(hostname === ORIGIN_HOST ? '127.0.0.1' : hostname, ...rest),
    );
  origin = https.createServer(await issueTestCertificate({ dnsNames: [ORIGIN_HOST] }), (req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      originRequests.push(`${req.method ?? ''} ${req.headers.host ?? ''}${req.url ?? ''}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ path: req.url, body }));
    });
  });
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
  originPort = (origin.address() as AddressInfo).port;
});

afterAll(async () => {
  jest.restoreAllMocks();
  await new Promise<void>((resolve) => origin.close(() => resolve()));
});

beforeEach(() => {
  originRequests.length = 0;
});
withoutProxyVariables();

interface RunningProxy {
  url: string;
  host: string;
  /** `CONNECT` targets in arrival order. */
  connects: string[];
  /** The credentials each `Proxy-Authorization` carried, decoded; undefined when the header was absent. */
  credentials: Array<string | undefined>;
  close: () => Promise<void>;
}

/** The npm `proxy`, optionally requiring Basic credentials. */
async function startProxy(required?: { user: string; password: string }): Promise<RunningProxy> {
  const server = createProxy(http.createServer());
  const connects: string[] = [];
  const credentials: Array<string | undefined> = [];
  server.on('connect', (req: http.IncomingMessage) => connects.push(req.url ?? ''));
  if (required) {
    server.authenticate = (req) => {
      const header = req.headers['proxy-authorization'];
      const decoded = header?.startsWith('Basic ')
        ? Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8')
        : undefined;
      credentials.push(decoded);
      return decoded === `${required.user}:${required.password}`;
    };
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `http://${host}`,
    host,
    connects,
    credentials,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function client(): { http: HttpClient; delays: number[] } {
  const delays: number[] = [];
  const http = new HttpClient({
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  });
  return { http, delays };
}

const originUrl = (path: string) => `https://${ORIGIN_HOST}:${originPort}${path}`;
const withCredentials = (proxy: RunningProxy, user: string, password: string) =>
  `http://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${proxy.host}`;

describe('HttpClient through the npm `proxy` package', () => {
  it('tunnels GET and POST through CONNECT to the origin', async () => {
    const proxy = await startProxy();
    try {
      process.env.HTTPS_PROXY = proxy.url;
      const { http } = client();
      const get = await http.send({ method: 'GET', url: originUrl('/_apis/connectionData?x=1') });
      const post = await http.send({ method: 'POST', url: originUrl('/_apis/tokens/pats'), body: '{"a":1}' });
      expect([get.status, JSON.parse(get.body)]).toEqual([
        200,
        { path: '/_apis/connectionData?x=1', body: '' },
      ]);
      expect([post.status, JSON.parse(post.body)]).toEqual([
        200,
        { path: '/_apis/tokens/pats', body: '{"a":1}' },
      ]);
      expect(originRequests).toEqual([
        `GET ${ORIGIN_HOST}:${originPort}/_apis/connectionData?x=1`,
        `POST ${ORIGIN_HOST}:${originPort}/_apis/tokens/pats`,
      ]);
      expect(proxy.connects.length).toBeGreaterThanOrEqual(1);
      for (const target of proxy.connects) expect(target).toBe(`${ORIGIN_HOST}:${originPort}`);
    } finally {
      await proxy.close();
    }
  });

  it('sends the credentials of HTTPS_PROXY (URL-encoded) as Proxy-Authorization: Basic, and they are accepted', async () => {
    const proxy = await startProxy({ user: PROXY_USER, password: PROXY_PASSWORD });
    try {
      process.env.HTTPS_PROXY = withCredentials(proxy, PROXY_USER, PROXY_PASSWORD);
      const response = await client().http.send({ method: 'GET', url: originUrl('/_apis/projects') });
      expect(response.status).toBe(200);
      expect(originRequests).toEqual([`GET ${ORIGIN_HOST}:${originPort}/_apis/projects`]);
      expect(proxy.credentials).toEqual([`${PROXY_USER}:${PROXY_PASSWORD}`]);
    } finally {
      await proxy.close();
    }
  });

  it.each([
    ['wrong credentials', (proxy: RunningProxy) => withCredentials(proxy, PROXY_USER, 'not-the-password')],
    ['no credentials', (proxy: RunningProxy) => proxy.url],
  ])('fails at once with a clear proxy_refused error on the 407 for %s', async (_what, setting) => {
    const proxy = await startProxy({ user: PROXY_USER, password: PROXY_PASSWORD });
    try {
      process.env.HTTPS_PROXY = setting(proxy);
      const { http, delays } = client();
      const error = await failure(http.send({ method: 'GET', url: originUrl('/_apis/projects') }));
      expect(error).toMatchObject({ kind: 'network', code: 'proxy_refused', retryable: false });
      expect(error.message).toContain(`The proxy ${proxy.host} refused to connect to ${ORIGIN_HOST}`);
      expect(error.message).toContain('HTTP 407');
      expect(error.message).not.toContain('not-the-password');
      expect(error.fix).toContain('HTTPS_PROXY');
      expect(proxy.credentials).toHaveLength(1);
      expect(delays).toEqual([]);
      expect(originRequests).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it.each([
    ['the host', ORIGIN_HOST],
    ['a parent domain', 'proxy-interop.test'],
    ['the host and port', `${ORIGIN_HOST}:PORT`],
    ['a list with spaces', ` other.example , ${ORIGIN_HOST} `],
    ['*', '*'],
  ])('connects directly when NO_PROXY names %s', async (_what, noProxy) => {
    const proxy = await startProxy();
    try {
      process.env.HTTPS_PROXY = proxy.url;
      process.env.NO_PROXY = noProxy.replace('PORT', String(originPort));
      const response = await client().http.send({ method: 'GET', url: originUrl('/_apis/projects') });
      expect(response.status).toBe(200);
      expect(originRequests).toEqual([`GET ${ORIGIN_HOST}:${originPort}/_apis/projects`]);
      expect(proxy.connects).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('still uses the proxy when NO_PROXY names only other hosts', async () => {
    const proxy = await startProxy();
    try {
      process.env.HTTPS_PROXY = proxy.url;
      process.env.NO_PROXY = `other.example,${ORIGIN_HOST}.evil,${ORIGIN_HOST}:1`;
      const response = await client().http.send({ method: 'GET', url: originUrl('/_apis/projects') });
      expect(response.status).toBe(200);
      expect(proxy.connects).toEqual([`${ORIGIN_HOST}:${originPort}`]);
    } finally {
      await proxy.close();
    }
  });
});
