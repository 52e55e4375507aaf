/** scripts/set-version.mjs, run on a copy of the repository's release files. */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const FILES = ['package.json', 'package-lock.json', 'task.json', 'vss-extension.json', 'CHANGELOG.md'];

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'set-version-'));
  mkdirSync(path.join(dir, 'scripts'));
  copyFileSync(path.join(root, 'scripts', 'set-version.mjs'), path.join(dir, 'scripts', 'set-version.mjs'));
  for (const file of FILES) copyFileSync(path.join(root, file), path.join(dir, file));
  return dir;
}

const json = (dir: string, file: string) =>
  JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

test('the committed package, lock file, task and extension carry one version (docs/release.md)', () => {
  const version = json(root, 'package.json').version;
  const lock = json(root, 'package-lock.json') as {
    version: string;
    packages: Record<string, { version: string }>;
  };
  const task = json(root, 'task.json').version as { Major: number; Minor: number; Patch: number };
  expect([lock.version, lock.packages['']?.version]).toEqual([version, version]);
  expect(`${task.Major}.${task.Minor}.${task.Patch}`).toBe(version);
  expect(json(root, 'vss-extension.json').version).toBe(version);
});

test('sets one version in package.json, package-lock.json, task.json, vss-extension.json and CHANGELOG.md', () => {
  const dir = copy();
  execFileSync(process.execPath, [path.join(dir, 'scripts', 'set-version.mjs'), '1.4.2']);
  expect(json(dir, 'package.json').version).toBe('1.4.2');
  const lock = json(dir, 'package-lock.json') as {
    version: string;
    packages: Record<string, { version: string }>;
  };
  expect([lock.version, lock.packages['']?.version]).toEqual(['1.4.2', '1.4.2']);
  expect(json(dir, 'task.json').version).toEqual({ Major: 1, Minor: 4, Patch: 2 });
  expect(json(dir, 'vss-extension.json').version).toBe('1.4.2');
  const changelog = readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8');
  expect(changelog).toMatch(/## \[Unreleased\]\n\n## \[1\.4\.2\] - \d{4}-\d{2}-\d{2}\n/);
  // The other fields are untouched, and running it twice adds no second heading.
  expect(json(dir, 'package.json').name).toBe('ado-ephemeral-pat');
  execFileSync(process.execPath, [path.join(dir, 'scripts', 'set-version.mjs'), '1.4.2']);
  expect(readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')).toBe(changelog);
});

test.each([[[]], [['v1.2.3']], [['1.2']], [['01.2.3']]])(
  'refuses %j with exit 2 and changes nothing',
  (args) => {
    const dir = copy();
    const run = spawnSync(process.execPath, [path.join(dir, 'scripts', 'set-version.mjs'), ...args], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: set-version.mjs <major.minor.patch>');
    expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe(
      readFileSync(path.join(root, 'package.json'), 'utf8'),
    );
  },
);
