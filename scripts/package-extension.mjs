// Builds the Azure Pipelines extension (.vsix) from the built task bundles, offline:
//   npm run build && npm run package:extension
// Stages .build/extension/ (vss-extension.json, icon, overview, and the task folder EphemeralPat/ holding
// task.json, dist/task/*.js and every file those bundles require, at the same relative paths as in the
// repository, so the root task.json's targets work in both places), then runs tfx-cli on it.
// ADO_EPHEMERAL_PAT_DIST points at another build than dist/ (tests use a scratch build); `--build-dir <dir>`
// stages and writes the .vsix somewhere else than .build/.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

/** The task folder's name inside the extension; vss-extension.json's contribution names it. */
export const TASK_FOLDER = 'EphemeralPat';

const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));

function taskVersion(task) {
  const { Major, Minor, Patch } = task.version;
  return `${Major}.${Minor}.${Patch}`;
}

/** Relative files a bundle loads on demand (`require("../chunks/azure-identity.js")`), found transitively. */
async function requiredFiles(distDir, entries) {
  const found = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (found.has(file)) continue;
    const absolute = path.join(distDir, file);
    if (!existsSync(absolute)) {
      throw new Error(`${absolute} is missing: run \`npm run build\` first.`);
    }
    found.add(file);
    const legal = `${file}.LEGAL.txt`;
    if (existsSync(path.join(distDir, legal))) found.add(legal);
    const text = await readFile(absolute, 'utf8');
    for (const match of text.matchAll(/require\(["'](\.\.?\/[^"']+)["']\)/g)) {
      queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1])));
    }
  }
  return [...found].sort();
}

async function stage({ distDir, stageDir, task, manifest }) {
  await rm(stageDir, { recursive: true, force: true });
  const taskDir = path.join(stageDir, TASK_FOLDER);
  await mkdir(taskDir, { recursive: true });
  const targets = new Set(
    ['execution', 'postjobexecution', 'prejobexecution']
      .flatMap((section) => Object.values(task[section] ?? {}))
      .map((handler) => handler.target),
  );
  const bundles = [...targets].map((target) => path.posix.relative('dist', target));
  const files = await requiredFiles(distDir, bundles);
  for (const file of files) await cp(path.join(distDir, file), path.join(taskDir, 'dist', file));
  await cp(path.join(root, 'task.json'), path.join(taskDir, 'task.json'));
  await cp(path.join(root, 'images', 'icon.png'), path.join(taskDir, 'icon.png'));
  await cp(path.join(root, 'images', 'icon.png'), path.join(stageDir, 'images', 'icon.png'));
  await cp(path.join(root, 'LICENSE'), path.join(stageDir, 'LICENSE'));
  // The Marketplace page: written for its readers, linking to the docs on GitHub.
  await cp(path.join(root, 'marketplace', 'overview.md'), path.join(stageDir, 'overview.md'));
  await writeFile(path.join(stageDir, 'vss-extension.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return files.map((file) => `${TASK_FOLDER}/dist/${file}`);
}

async function runTfx(stageDir, vsixPath) {
  const tfx = path.join(path.dirname(require.resolve('tfx-cli/package.json')), '_build', 'tfx-cli.js');
  const args = ['extension', 'create', '--manifest-globs', 'vss-extension.json', '--root', stageDir];
  args.push('--output-path', vsixPath, '--no-prompt', '--no-color');
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [tfx, ...args], { cwd: root });
  // tfx only warns about an invalid task.json ("in the future, this warning will be treated as an error").
  if (/warn/i.test(stderr) || /warn/i.test(stdout)) throw new Error(`tfx-cli warned:\n${stdout}\n${stderr}`);
  return stdout;
}

/**
 * Stages the extension and builds the .vsix. Returns where everything went.
 * @param {{ distDir?: string, buildDir?: string }} [options]
 */
export async function packageExtension(options = {}) {
  const distDir = path.resolve(
    options.distDir ?? process.env.ADO_EPHEMERAL_PAT_DIST ?? path.join(root, 'dist'),
  );
  const buildDir = path.resolve(options.buildDir ?? path.join(root, '.build'));
  const task = await readJson(path.join(root, 'task.json'));
  const manifest = await readJson(path.join(root, 'vss-extension.json'));
  // One version for the task and the extension: the Marketplace refuses to update a task whose version did
  // not change, and the release script sets both (and package.json) together.
  if (taskVersion(task) !== manifest.version) {
    throw new Error(
      `task.json is ${taskVersion(task)} but vss-extension.json is ${manifest.version}: set both.`,
    );
  }
  const stageDir = path.join(buildDir, 'extension');
  const files = await stage({ distDir, stageDir, task, manifest });
  const vsixPath = path.join(buildDir, `${manifest.publisher}.${manifest.id}-${manifest.version}.vsix`);
  await rm(vsixPath, { force: true });
  await runTfx(stageDir, vsixPath);
  return { stageDir, vsixPath, version: manifest.version, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--build-dir');
  const result = await packageExtension(flag > 0 ? { buildDir: process.argv[flag + 1] } : {});
  console.log(`Built ${path.relative(root, result.vsixPath)} (${result.files.length} bundle files).`);
}
