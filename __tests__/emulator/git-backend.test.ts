// The CGI bridge on its own, behind a bare HTTP server: real git clone, push and fetch, plus a gzipped
// protocol v2 request, with no emulator framework involved.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseCgiHeaders, runGit, runHttpBackend, seedBareRepository } from '../../emulator/git';

let tmp: string;
let root: string;
let server: http.Server;
let base: string;
/** Transfer-Encoding of each receive-pack POST, to prove the chunked path is exercised. */
const pushEncodings: Array<string | undefined> = [];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'git-backend-test-'));
  root = path.join(tmp, 'repos');
  await seedBareRepository({ root, name: 'org/proj/demo.git', files: { 'README.md': 'hello\n' } });
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.endsWith('/git-receive-pack')) pushEncodings.push(req.headers['transfer-encoding']);
    runHttpBackend(root, {
      method: req.method ?? 'GET',
      pathInfo: url.pathname.replace(/^\/git/, ''),
      queryString: url.search.slice(1),
      headers: req.headers,
      body: req,
      remoteUser: 'tester',
      remoteAddr: '127.0.0.1',
    }).then(
      (cgi) => {
        res.writeHead(cgi.status, cgi.headers);
        cgi.body.pipe(res);
      },
      () => {
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/git/org/proj/demo.git`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(tmp, { recursive: true, force: true });
});

const identity = {
  GIT_AUTHOR_NAME: 'T',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 'T',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};

test('seeding is idempotent and enables push', async () => {
  const again = await seedBareRepository({ root, name: 'org/proj/demo.git' });
  expect(again).toBe(path.join(root, 'org/proj/demo.git'));
  expect((await runGit(['config', 'http.receivepack'], { cwd: again })).trim()).toBe('true');
  expect(await runGit(['log', '--format=%s', 'main'], { cwd: again })).toBe('Initial commit\n');
});

test('clone, push and fetch through git http-backend', async () => {
  const a = path.join(tmp, 'a');
  const b = path.join(tmp, 'b');
  await runGit(['clone', '--quiet', base, a]);
  expect(await readFile(path.join(a, 'README.md'), 'utf8')).toBe('hello\n');
  await runGit(['clone', '--quiet', base, b]);

  await writeFile(path.join(a, 'new.txt'), 'pushed\n');
  await runGit(['add', 'new.txt'], { cwd: a });
  await runGit(['commit', '--quiet', '-m', 'second'], { cwd: a, env: identity });
  await runGit(['push', '--quiet', 'origin', 'main'], { cwd: a });

  await runGit(['fetch', '--quiet', 'origin'], { cwd: b });
  expect(await runGit(['log', '--format=%s', 'origin/main'], { cwd: b })).toBe('second\nInitial commit\n');
});

test('a push larger than http.postBuffer goes chunked, without Content-Length', async () => {
  const dir = path.join(tmp, 'big');
  await runGit(['clone', '--quiet', base, dir]);
  // Random bytes do not compress, so the pack stays above git's 1 MiB post buffer.
  await writeFile(path.join(dir, 'big.bin'), randomBytes(3 * 1024 * 1024));
  await runGit(['add', 'big.bin'], { cwd: dir });
  await runGit(['commit', '--quiet', '-m', 'big'], { cwd: dir, env: identity });
  await runGit(['push', '--quiet', 'origin', 'main'], { cwd: dir });
  expect(
    await runGit(['log', '-1', '--format=%s', 'main'], { cwd: path.join(root, 'org/proj/demo.git') }),
  ).toBe('big\n');
});

test('a gzipped protocol v2 ls-refs request is understood', async () => {
  const body = gzipSync('0014command=ls-refs\n' + '0001' + '0000');
  const res = await fetch(`${base}/git-upload-pack`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-git-upload-pack-request',
      'content-encoding': 'gzip',
      'git-protocol': 'version=2',
    },
    body,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/x-git-upload-pack-result');
  expect(await res.text()).toMatch(/refs\/heads\/main/);
});

test('an unknown repository is a 404 from git itself', async () => {
  const res = await fetch(`${base.replace('demo.git', 'nope.git')}/info/refs?service=git-upload-pack`);
  expect(res.status).toBe(404);
});

test('parseCgiHeaders reads Status and waits for the blank line', () => {
  expect(parseCgiHeaders(Buffer.from('Status: 403 Forbidden\r\nContent-Type: text/plain'))).toBeUndefined();
  const head = parseCgiHeaders(Buffer.from('Status: 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nno'));
  expect(head?.status).toBe(403);
  expect(head?.headers).toEqual({ 'Content-Type': 'text/plain' });
  expect(head?.rest.toString()).toBe('no');
  expect(parseCgiHeaders(Buffer.from('Content-Type: x\n\nbody'))?.rest.toString()).toBe('body');
});
