// Runners execute dist/ as committed: it must be exactly what the sources build to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = path.join(prefix, name);
    return statSync(full).isDirectory() ? listFiles(full, relative) : [relative];
  });
}

test('the committed dist/ matches a fresh build of the sources', () => {
  const fresh = path.join(mkdtempSync(path.join(tmpdir(), 'dist-check-')), 'dist');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), fresh], { cwd: root });
  const committed = path.join(root, 'dist');
  const expected = listFiles(fresh).sort();
  expect(listFiles(committed).sort()).toEqual(expected);
  const stale = expected.filter(
    (file) => !readFileSync(path.join(fresh, file)).equals(readFileSync(path.join(committed, file))),
  );
  // Rebuild with `npm run build` and commit dist/ when this fails.
  expect(stale).toEqual([]);
});
