/**
 * Loads an ES-module-only npm package into a jest test, which cannot import ES modules: esbuild bundles it
 * to CommonJS, as the product's own bundles are built.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..');

/** CommonJS has no `import.meta`: each module gets its own file URL written in (packages read files next to them). */
const importMetaUrl: Plugin = {
  name: 'import-meta-url',
  setup(bundle) {
    bundle.onLoad({ filter: /\.m?js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'js',
    }));
  },
};

export async function loadEsmPackage<T>(specifier: string): Promise<T> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'esm-package-')), 'bundle.cjs');
  await build({
    stdin: { contents: `export * from ${JSON.stringify(specifier)};`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
    plugins: [importMetaUrl],
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as T;
}
