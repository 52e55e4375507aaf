/**
 * Loads an ES-module-only npm package into a jest test, which cannot import ES modules: esbuild bundles it
 * to CommonJS once per test file, as the product's own bundles are built.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..');

export function loadEsmPackage<T>(specifier: string): T {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'esm-package-')), 'bundle.cjs');
  buildSync({
    stdin: { contents: `export * from ${JSON.stringify(specifier)};`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as T;
}
