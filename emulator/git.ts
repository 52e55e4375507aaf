/**
 * The emulator's git server: bare repositories seeded with one commit, and a bridge that runs the real
 * `git http-backend` as a CGI program for one HTTP request. Nothing here knows about PATs or scopes;
 * resources/git-route.ts decides who may reach it.
 */
import { spawn } from 'node:child_process';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { PassThrough } from 'node:stream';

/** git must never read the machine's or the user's config, nor ask a terminal for anything. */
function isolatedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: os.tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    LANG: 'C',
    ...extra,
  };
}

/** Runs git and resolves with stdout; rejects with stderr (no credential ever passes through here). */
export function runGit(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn('git', args, { cwd: options.cwd, env: isolatedEnv(options.env), stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`git ${args[0] ?? ''} exited ${code}: ${Buffer.concat(err).toString('utf8')}`));
    });
  });
}

export interface SeedRepositoryOptions {
  /** Directory holding every repository (GIT_PROJECT_ROOT). */
  root: string;
  /** Repository directory relative to root, e.g. "contoso/demo/demo.git". */
  name: string;
  /** Files of the initial commit, path -> content. */
  files?: Record<string, string>;
  branch?: string;
  message?: string;
}

// A fixed identity and date: the seeded commit has the same id on every start, which keeps tests stable.
const SEED_IDENTITY = {
  GIT_AUTHOR_NAME: 'Emulator',
  GIT_AUTHOR_EMAIL: 'emulator@example.invalid',
  GIT_COMMITTER_NAME: 'Emulator',
  GIT_COMMITTER_EMAIL: 'emulator@example.invalid',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
};

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Creates a bare repository with one commit on `branch` and push enabled. An existing repository is
 * left alone, so a restart with --data-dir keeps what was pushed. Returns its absolute path.
 */
export async function seedBareRepository(options: SeedRepositoryOptions): Promise<string> {
  const repo = path.join(options.root, options.name);
  if (await exists(path.join(repo, 'HEAD'))) return repo;
  const branch = options.branch ?? 'main';
  await mkdir(repo, { recursive: true });
  await runGit(['init', '--quiet', '--bare', `--initial-branch=${branch}`, repo]);
  await runGit(['config', 'http.receivepack', 'true'], { cwd: repo });
  // Commit from a throw-away work tree and index, so the bare repository gets no index file.
  const work = await mkdtemp(path.join(os.tmpdir(), 'emu-seed-'));
  try {
    const files = options.files ?? { 'README.md': `# ${path.basename(repo, '.git')}\n` };
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(work, file)), { recursive: true });
      await writeFile(path.join(work, file), content);
    }
    const env = {
      ...SEED_IDENTITY,
      GIT_DIR: repo,
      GIT_WORK_TREE: work,
      GIT_INDEX_FILE: path.join(work, '.git-index'),
    };
    await runGit(['add', '--all', '.'], { cwd: work, env });
    await runGit(['commit', '--quiet', '-m', options.message ?? 'Initial commit'], { cwd: work, env });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return repo;
}

export interface CgiRequest {
  method: string;
  /** Path below GIT_PROJECT_ROOT, e.g. "/contoso/demo/demo.git/info/refs". */
  pathInfo: string;
  /** Raw query string without "?". */
  queryString: string;
  /** Request headers with lower-case names, as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** The request body: a stream (piped as it arrives) or an already-read buffer. */
  body: Readable | Buffer | undefined;
  /** Who git records as the pusher. */
  remoteUser: string;
  remoteAddr: string;
  /** Aborting kills git, e.g. when the client hung up: a stalled child must not linger. */
  signal?: AbortSignal;
}

export interface CgiResponse {
  status: number;
  headers: Record<string, string>;
  body: Readable;
}

function header(headers: CgiRequest['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export interface CgiHead {
  status: number;
  headers: Record<string, string>;
  rest: Buffer;
}

/** Splits CGI output into its header block and the start of the body; undefined until the blank line. */
export function parseCgiHeaders(buffer: Buffer): CgiHead | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  const useLf = lf !== -1 && (crlf === -1 || lf < crlf);
  const end = useLf ? lf : crlf;
  if (end === -1) return undefined;
  const headers: Record<string, string> = {};
  let status = 200;
  for (const line of buffer.subarray(0, end).toString('latin1').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 500;
    else headers[name] = value;
  }
  return { status, headers, rest: buffer.subarray(end + (useLf ? 2 : 4)) };
}

function cgiEnv(projectRoot: string, request: CgiRequest): Record<string, string> {
  const env: Record<string, string> = {
    GIT_PROJECT_ROOT: projectRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    GATEWAY_INTERFACE: 'CGI/1.1',
    REQUEST_METHOD: request.method.toUpperCase(),
    PATH_INFO: request.pathInfo,
    QUERY_STRING: request.queryString,
    REMOTE_USER: request.remoteUser,
    REMOTE_ADDR: request.remoteAddr,
    CONTENT_TYPE: header(request.headers, 'content-type') ?? '',
  };
  const length = Buffer.isBuffer(request.body)
    ? String(request.body.length)
    : header(request.headers, 'content-length');
  // Without CONTENT_LENGTH (a chunked push) http-backend reads the body to end of input.
  if (length !== undefined) env.CONTENT_LENGTH = length;
  const encoding = header(request.headers, 'content-encoding');
  if (encoding !== undefined) env.HTTP_CONTENT_ENCODING = encoding;
  const protocol = header(request.headers, 'git-protocol');
  if (protocol !== undefined) env.HTTP_GIT_PROTOCOL = protocol;
  return env;
}

/**
 * Runs `git http-backend` for one request. Resolves once the CGI header block is read; the body streams
 * on. http-backend itself handles gzip request bodies and protocol v2.
 */
export function runHttpBackend(projectRoot: string, request: CgiRequest): Promise<CgiResponse> {
  return new Promise<CgiResponse>((resolve, reject) => {
    const child = spawn('git', ['http-backend'], {
      signal: request.signal,
      env: isolatedEnv(cgiEnv(projectRoot, request)),
      stdio: 'pipe',
    });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (c: Buffer) => stderr.push(c));
    child.on('error', reject);
    // A client that hangs up mid-body must not crash the emulator.
    child.stdin.on('error', () => undefined);
    if (Buffer.isBuffer(request.body)) child.stdin.end(request.body);
    else if (request.body) request.body.pipe(child.stdin);
    else child.stdin.end();

    let pending = Buffer.alloc(0);
    let started = false;
    const onData = (chunk: Buffer): void => {
      pending = Buffer.concat([pending, chunk]);
      const head = parseCgiHeaders(pending);
      if (!head) return;
      started = true;
      child.stdout.off('data', onData);
      const body = new PassThrough();
      body.write(head.rest);
      // pipe() from here on, so a slow client applies back-pressure to git.
      child.stdout.pipe(body);
      resolve({ status: head.status, headers: head.headers, body });
    };
    child.stdout.on('data', onData);
    child.on('close', (code) => {
      if (started) return;
      const detail = Buffer.concat(stderr).toString('utf8');
      reject(new Error(`git http-backend exited ${code} without headers: ${detail}`));
    });
  });
}
