/**
 * A tiny Azure Artifacts npm registry: every feed of the organization serves one seeded package, so the real
 * `npm` client can be pointed at `{url}/{org}/_packaging/{feed}/npm/registry/` with a PAT (Basic, any user
 * name; npm sends the `_password` of its config) that carries `vso.packaging`. Packument and tarball only.
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { azureDevOpsError } from '../errors';
import type { EmulatorContext, EmulatorRequest, Route } from '../routes';
import { authorize, withAuthErrors } from './auth';
import { checkOrganization } from './org';

export const NPM_PACKAGE = 'ado-emulator-demo';
export const NPM_VERSION = '1.0.0';

/** One ustar header block for a regular file (the fields npm's tar reader needs). */
function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  const field = (text: string, offset: number, length: number) => header.write(text, offset, length, 'ascii');
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0');
  field(name, 0, 100);
  field(octal(0o644, 8), 100, 8);
  field(octal(0, 8), 108, 8);
  field(octal(0, 8), 116, 8);
  field(octal(size, 12), 124, 12);
  field(octal(0, 12), 136, 12); // a fixed mtime: the same bytes (and integrity) on every start
  field('        ', 148, 8);
  field('0', 156, 1);
  field('ustar\u000000', 257, 8);
  const sum = header.reduce((total, byte) => total + byte, 0);
  field(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8);
  return header;
}

function tarball(): Buffer {
  const packageJson = Buffer.from(
    `${JSON.stringify({ name: NPM_PACKAGE, version: NPM_VERSION, description: 'Served by the emulator' })}\n`,
  );
  const padding = Buffer.alloc((512 - (packageJson.length % 512)) % 512);
  const tar = Buffer.concat([tarHeader('package/package.json', packageJson.length), packageJson, padding]);
  return gzipSync(Buffer.concat([tar, Buffer.alloc(1024)]));
}

const TARBALL = tarball();
const INTEGRITY = `sha512-${createHash('sha512').update(TARBALL).digest('base64')}`;
const SHASUM = createHash('sha1').update(TARBALL).digest('hex');
const TARBALL_FILE = `${NPM_PACKAGE}-${NPM_VERSION}.tgz`;

function checkPackage(name: string): void {
  if (name !== NPM_PACKAGE) {
    throw azureDevOpsError(404, `NotFound: The package '${name}' wasn't found in the feed.`, {
      typeKey: 'PackageNotFoundException',
    });
  }
}

function registryUrl(req: EmulatorRequest, ctx: EmulatorContext): string {
  return `${ctx.url}/${req.params.org ?? ''}/_packaging/${req.params.feed ?? ''}/npm/registry`;
}

function packument(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext) {
  return withAuthErrors(res, () => {
    checkOrganization(ctx, req.params.org ?? '');
    authorize(req, ctx, 'vso.packaging');
    checkPackage(req.params.package ?? '');
    const tarballUrl = `${registryUrl(req, ctx)}/${NPM_PACKAGE}/-/${TARBALL_FILE}`;
    const text = JSON.stringify({
      _id: NPM_PACKAGE,
      name: NPM_PACKAGE,
      'dist-tags': { latest: NPM_VERSION },
      versions: {
        [NPM_VERSION]: {
          name: NPM_PACKAGE,
          version: NPM_VERSION,
          description: 'Served by the emulator',
          dist: { tarball: tarballUrl, integrity: INTEGRITY, shasum: SHASUM },
        },
      },
      time: { created: '2024-01-01T00:00:00.000Z', [NPM_VERSION]: '2024-01-01T00:00:00.000Z' },
    });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  });
}

function tarballFile(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext) {
  return withAuthErrors(res, () => {
    checkOrganization(ctx, req.params.org ?? '');
    authorize(req, ctx, 'vso.packaging');
    checkPackage(req.params.package ?? '');
    if (req.params.file !== TARBALL_FILE) checkPackage(req.params.file ?? '');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': TARBALL.length });
    res.end(TARBALL);
  });
}

export const npmFeedRoutes: Route[] = [
  {
    id: 'resources.npm-packument',
    family: 'azure-devops',
    method: 'GET',
    path: '/:org/_packaging/:feed/npm/registry/:package',
    handler: packument,
  },
  {
    id: 'resources.npm-tarball',
    family: 'azure-devops',
    method: 'GET',
    path: '/:org/_packaging/:feed/npm/registry/:package/-/:file',
    handler: tarballFile,
  },
];
