/**
 * `npm run package:extension` builds the Marketplace extension offline; the .vsix is unpacked and checked
 * (manifests against the project's schemas, task.json, bundles, the Marketplace page), and the bundles
 * inside it run as the agent would run them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { distDir, repoRoot, runTaskStep } from '../../scripts/harness/azure-pipelines-agent';
import { schemaErrors } from '../helpers/manifest-schemas';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'azp-vsix-'));
const unpacked = path.join(work, 'unpacked');
const rootTask = JSON.parse(readFileSync(path.join(repoRoot, 'task.json'), 'utf8')) as {
  id: string;
  name: string;
  version: { Major: number; Minor: number; Patch: number };
};
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'vss-extension.json'), 'utf8')) as {
  id: string;
  publisher: string;
  version: string;
};
const vsix = path.join(work, 'build', `${manifest.publisher}.${manifest.id}-${manifest.version}.vsix`);
let packaged: string;

beforeAll(async () => {
  // The npm script itself, on the scratch build the other tests use; no network is needed (tfx-cli is local).
  const result = await run(
    'npm',
    ['run', '--silent', 'package:extension', '--', '--build-dir', path.join(work, 'build')],
    {
      cwd: repoRoot,
      env: { ...process.env, ADO_EPHEMERAL_PAT_DIST: distDir },
    },
  );
  packaged = result.stdout;
  await run('unzip', ['-q', vsix, '-d', unpacked]);
}, 120_000);

const inVsix = (...parts: string[]) => path.join(unpacked, ...parts);

test('the script reports the .vsix it built', () => {
  expect(packaged).toContain(`Built `);
  expect(packaged).toContain(path.basename(vsix));
});

test('the package manifest names the extension, its version and the Azure DevOps target', () => {
  const xml = readFileSync(inVsix('extension.vsixmanifest'), 'utf8');
  expect(xml).toMatch(new RegExp(`<Identity[^>]*Id="${manifest.id}"`));
  expect(xml).toMatch(new RegExp(`<Identity[^>]*Version="${manifest.version}"`));
  expect(xml).toMatch(new RegExp(`<Identity[^>]*Publisher="${manifest.publisher}"`));
  expect(xml).toContain('Microsoft.VisualStudio.Services');
  const contributions = (
    JSON.parse(readFileSync(inVsix('extension.vsomanifest'), 'utf8')) as { contributions: unknown[] }
  ).contributions;
  expect(contributions).toEqual([
    expect.objectContaining({
      type: 'ms.vss-distributed-task.task',
      targets: ['ms.vss-distributed-task.tasks'],
      properties: { name: 'EphemeralPat' },
    }),
    expect.objectContaining({
      type: 'ms.vss-endpoint.service-endpoint-type',
      targets: ['ms.vss-endpoint.endpoint-types'],
      properties: expect.objectContaining({ name: 'EphemeralPatBot' }) as unknown,
    }),
  ]);
});

test('the packaged vss-extension.json is a valid manifest, public, and the package says so too', () => {
  const packed = JSON.parse(readFileSync(inVsix('vss-extension.json'), 'utf8')) as { public?: boolean };
  expect(schemaErrors('extension', packed)).toEqual([]);
  expect(packed.public).toBe(true);
  // What the Marketplace reads: the Public gallery flag tfx derives from it.
  expect(readFileSync(inVsix('extension.vsixmanifest'), 'utf8')).toMatch(/<GalleryFlags>[^<]*\bPublic\b/);
  expect(schemaErrors('task', JSON.parse(readFileSync(inVsix('EphemeralPat', 'task.json'), 'utf8')))).toEqual(
    [],
  );
});

test('the Marketplace page is the overview written for it, not a developer document', () => {
  const overview = readFileSync(inVsix('overview.md'), 'utf8');
  expect(overview).toBe(readFileSync(path.join(repoRoot, 'marketplace', 'overview.md'), 'utf8'));
  expect(overview).toContain('task: EphemeralPat@1');
  // Relative links would break on the Marketplace; developer steps do not belong there.
  for (const [, target] of overview.matchAll(/\]\(([^)]+)\)/g)) {
    expect(target).toMatch(/^https:\/\/github\.com\/ado-ephemeral-pat\/ado-ephemeral-pat\//);
  }
  expect(overview).not.toMatch(/npm (ci|run|install)|package:extension/);
});

test('the task folder holds task.json as in the repository, its icon, and the bundles byte for byte', () => {
  expect(readFileSync(inVsix('EphemeralPat', 'task.json'), 'utf8')).toBe(
    readFileSync(path.join(repoRoot, 'task.json'), 'utf8'),
  );
  expect(`${rootTask.version.Major}.${rootTask.version.Minor}.${rootTask.version.Patch}`).toBe(
    manifest.version,
  );
  expect(readFileSync(inVsix('EphemeralPat', 'icon.png')).subarray(1, 4).toString()).toBe('PNG');
  for (const bundle of ['main.js', 'post.js']) {
    const packed = readFileSync(inVsix('EphemeralPat', 'dist', 'task', bundle));
    expect(packed.equals(readFileSync(path.join(distDir, 'task', bundle)))).toBe(true);
    // The size budget of a task bundle.
    expect(packed.length).toBeLessThanOrEqual(500 * 1024);
  }
});

test('every file a bundle requires by relative path is in the task folder (the @azure/identity chunk)', () => {
  for (const bundle of ['main.js', 'post.js']) {
    const text = readFileSync(inVsix('EphemeralPat', 'dist', 'task', bundle), 'utf8');
    const required = [...text.matchAll(/require\(["'](\.\.?\/[^"']+)["']\)/g)];
    expect(required.map((match) => match[1])).toContain('../chunks/azure-identity.js');
    for (const match of required) {
      const target = path.join(inVsix('EphemeralPat', 'dist', 'task'), match[1] ?? '');
      expect({
        bundle,
        target: path.relative(unpacked, target),
        present: readFileSync(target).length > 0,
      }).toEqual({
        bundle,
        target: path.relative(unpacked, target),
        present: true,
      });
    }
  }
});

test('the post-job bundle from the .vsix runs: no state, nothing to revoke, success', async () => {
  const post = await runTaskStep('post', {
    inputs: { scopes: 'vso.code' },
    bundle: inVsix('EphemeralPat', 'dist', 'task', 'post.js'),
  });
  expect(post.exitCode).toBe(0);
  expect(post.result).not.toBe('Failed');
  expect(post.plainLines.join('\n')).toContain('Nothing to revoke');
});

test('the main bundle from the .vsix runs: an invalid input fails the task with its message', async () => {
  const main = await runTaskStep('main', {
    inputs: {
      scopes: 'app_token',
      refreshToken: 'x'.repeat(40),
      clientId: '00000000-0000-4000-8000-000000000000',
    },
    variables: { 'System.CollectionUri': 'https://dev.azure.com/contoso/' },
    bundle: inVsix('EphemeralPat', 'dist', 'task', 'main.js'),
  });
  expect(main.exitCode).toBe(1);
  expect(main.result).toBe('Failed');
  expect(main.errors).toHaveLength(1);
  expect(main.errors[0]).toMatch(/app_token|full access/i);
  expect(main.errors[0]).toContain('Fix:');
});
