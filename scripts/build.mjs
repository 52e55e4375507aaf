// Bundles every entry point into dist/ (or the folder given as the first argument).
// Runners execute dist/ as committed, so the output must be deterministic: the test suite
// rebuilds into a temporary folder and compares byte for byte.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export const entries = {
  'action/main': 'src/entries/action-main.ts',
  'action/post': 'src/entries/action-post.ts',
  'task/main': 'src/entries/task-main.ts',
  'task/post': 'src/entries/task-post.ts',
  'cli/index': 'src/entries/cli.ts',
  'emulator/index': 'emulator/main.ts',
};

// Heavy libraries that only some paths need live in their own chunk under dist/chunks/,
// loaded with require() on demand, so the common path never parses them.
export const chunks = {
  'chunks/azure-identity': 'src/chunks/azure-identity.ts',
};

const lazyModules = { '@azure/identity': '../chunks/azure-identity.js' };

const lazyChunkPlugin = {
  name: 'lazy-chunks',
  setup(b) {
    for (const [specifier, target] of Object.entries(lazyModules)) {
      const filter = new RegExp(`^${specifier.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')}$`);
      b.onResolve({ filter }, (args) =>
        args.importer.endsWith(path.normalize(chunks['chunks/azure-identity']))
          ? undefined
          : { path: target, external: true },
      );
    }
  },
};

export async function bundle(outdir = path.join(root, 'dist')) {
  await rm(outdir, { recursive: true, force: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir,
    legalComments: 'linked',
    logLevel: 'warning',
    minifySyntax: true,
    treeShaking: true,
  };
  const existingChunks = Object.fromEntries(
    await Promise.all(
      Object.entries(chunks).map(async ([k, v]) => [k, (await exists(path.join(root, v))) ? v : undefined]),
    ).then((pairs) => pairs.filter(([, v]) => v)),
  );
  await build({ ...common, entryPoints: entries, plugins: [lazyChunkPlugin] });
  if (Object.keys(existingChunks).length > 0) await build({ ...common, entryPoints: existingChunks });
}

async function exists(file) {
  try {
    await import('node:fs').then((fs) => fs.promises.access(file));
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
}
