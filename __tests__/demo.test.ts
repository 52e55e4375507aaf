// The README's first command must keep working: run the demo exactly as a newcomer would.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

test('npm run demo mints, clones, is refused a push, revokes, and leaks nothing', () => {
  const root = path.resolve(__dirname, '..');
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'run-ts.mjs'), 'scripts/demo.ts'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('git clone: succeeded');
  expect(run.stdout).toContain('refused, as it should be');
  expect(run.stdout).toMatch(/Revoked the token "ado-ephemeral-pat: /);
  expect(run.stdout).toContain('Demo passed');
  expect(run.status).toBe(0);
});
