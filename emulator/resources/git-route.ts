/**
 * `/{org}/{project}/_git/{repo}` served by the real `git http-backend`: clone and fetch need `vso.code`,
 * push needs `vso.code_write`. A push refused for scope is a 401 on the `info/refs?service=git-receive-pack`
 * advertisement, which git reports as an authentication failure, as it does against Azure DevOps.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { runHttpBackend, seedBareRepository } from '../git';
import { familyError } from '../errors';
import type { EmulatorContext, EmulatorRequest, Route } from '../routes';
import { authorize, withAuthErrors } from './auth';
import { checkOrganization, checkProject, checkRepository } from './org';

/**
 * Where each running emulator keeps its bare repositories: `<data dir>/git`, or a temp dir removed on
 * close. Keyed by the state store, so several emulators in one process (tests) never share a repository.
 */
interface GitRoot {
  dir: string;
  owned: boolean;
  /** Settles when the repository is (re)seeded; requests wait for it after a reset. */
  ready: Promise<unknown>;
}
const roots = new WeakMap<object, GitRoot>();

function rootOf(ctx: EmulatorContext): string | undefined {
  return roots.get(ctx.state)?.dir;
}

export async function startGit(ctx: EmulatorContext): Promise<void> {
  const owned = !ctx.state.file;
  const dir = ctx.state.file
    ? path.join(path.dirname(ctx.state.file), 'git')
    : await mkdtemp(path.join(os.tmpdir(), 'ado-emulator-git-'));
  const entry: GitRoot = { dir, owned, ready: Promise.resolve() };
  roots.set(ctx.state, entry);
  entry.ready = seedRepository(ctx);
  await entry.ready;
}

function repositoryDir(ctx: EmulatorContext): string {
  const { organization, project, repository } = ctx.config;
  return path.join(organization, project, `${repository}.git`);
}

function seedRepository(ctx: EmulatorContext): Promise<string> {
  const root = rootOf(ctx);
  if (!root) throw new Error('git root not started');
  return seedBareRepository({
    root,
    name: repositoryDir(ctx),
    files: { 'README.md': `# ${ctx.config.repository}\n\nSeeded by the ado-ephemeral-pat emulator.\n` },
  });
}

/** `POST /_emulator/reset` brings the repository back to its single seeded commit. */
export function resetGit(ctx: EmulatorContext): void {
  const entry = roots.get(ctx.state);
  if (!entry) return;
  entry.ready = entry.ready
    .then(() => rm(path.join(entry.dir, repositoryDir(ctx)), { recursive: true, force: true }))
    .then(() => seedRepository(ctx))
    .catch((e: unknown) => ctx.log.error(`git reset failed: ${e instanceof Error ? e.message : String(e)}`));
}

/** Waits for a reseed still under way (a reset just before close), so git writes nothing into a folder being removed. */
export async function stopGit(ctx: EmulatorContext): Promise<void> {
  const root = roots.get(ctx.state);
  if (!root) return;
  await root.ready;
  roots.delete(ctx.state);
  if (root.owned) await rm(root.dir, { recursive: true, force: true, maxRetries: 3 });
}

/** The scope a git request needs: anything that can write refs needs `vso.code_write`. */
function requiredScope(req: EmulatorRequest, rest: string): string {
  if (rest === 'git-receive-pack') return 'vso.code_write';
  if (rest === 'info/refs' && req.query.get('service') === 'git-receive-pack') return 'vso.code_write';
  return 'vso.code';
}

/** One handler per git endpoint (`rest` is the path below the repository). */
const serveGit =
  (rest: string) => async (req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext) => {
    await withAuthErrors(res, async () => {
      checkOrganization(ctx, req.params.org ?? '');
      checkProject(ctx, req.params.project ?? '');
      checkRepository(ctx, req.params.repo ?? '');
      const caller = authorize(req, ctx, requiredScope(req, rest));
      const entry = roots.get(ctx.state);
      await entry?.ready;
      const root = entry?.dir;
      if (!root) throw familyError('azure-devops', 503, 'The git service is not started.', ctx.clock.now());
      const hangUp = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) hangUp.abort();
      });
      const cgi = await runHttpBackend(root, {
        signal: hangUp.signal,
        method: req.method,
        pathInfo: `/${repositoryDir(ctx).split(path.sep).join('/')}/${rest}`,
        queryString: req.url.search.slice(1),
        headers: req.headers,
        body: req.method === 'POST' ? req.raw : undefined,
        remoteUser: caller.name,
        remoteAddr: req.raw.socket.remoteAddress ?? '127.0.0.1',
      });
      res.writeHead(cgi.status, cgi.headers);
      cgi.body.on('error', () => res.destroy());
      cgi.body.pipe(res);
      // Settles also when the client is already gone; the handler must never wait forever.
      await finished(res).catch(() => undefined);
    });
  };

export const gitRoutes: Route[] = [
  {
    id: 'git.info-refs',
    family: 'azure-devops',
    method: 'GET',
    path: '/:org/:project/_git/:repo/info/refs',
    handler: serveGit('info/refs'),
  },
  {
    id: 'git.upload-pack',
    family: 'azure-devops',
    method: 'POST',
    path: '/:org/:project/_git/:repo/git-upload-pack',
    handler: serveGit('git-upload-pack'),
  },
  {
    id: 'git.receive-pack',
    family: 'azure-devops',
    method: 'POST',
    path: '/:org/:project/_git/:repo/git-receive-pack',
    handler: serveGit('git-receive-pack'),
  },
];
