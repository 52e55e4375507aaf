/**
 * The step's stdout writer, in a real child process with its stdout on a pipe (as a runner starts a step):
 * every line arrives, in order, whether the process ends naturally, by process.exit() or by exitWhenWritten.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

const work = mkdtempSync(path.join(tmpdir(), 'stdout-'));

/** Bundles a script that uses src/hosts/stdout.ts and runs it; returns its stdout and exit status. */
function run(body: string) {
  const entry = path.join(work, `entry-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(
    entry,
    `import { writeStdout, exitWhenWritten } from ${JSON.stringify(path.resolve('src/hosts/stdout'))};\n${body}\n`,
  );
  const outfile = entry.replace(/\.ts$/, '.js');
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  const child = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
  return { stdout: child.stdout, status: child.status };
}

test('lines written in one stretch and across awaits arrive whole and in order', () => {
  const { stdout, status } = run(`
    for (let i = 0; i < 3; i++) writeStdout('sync ' + i + '\\n');
    void (async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      writeStdout('after a timer\\n');
      await Promise.resolve();
      writeStdout('after a microtask\\n');
    })();
  `);
  expect(status).toBe(0);
  expect(stdout).toBe('sync 0\nsync 1\nsync 2\nafter a timer\nafter a microtask\n');
});

test('process.exit() right after a write still delivers it', () => {
  const { stdout, status } = run(`writeStdout('last words\\n'); process.exit(3);`);
  expect(status).toBe(3);
  expect(stdout).toBe('last words\n');
});

test('exitWhenWritten ends the process with its exit code once everything is out', () => {
  const { stdout, status } = run(`
    setTimeout(() => writeStdout('never\\n'), 10_000);
    writeStdout('x'.repeat(200_000) + '\\n');
    process.exitCode = 2;
    exitWhenWritten();
  `);
  expect(status).toBe(2);
  expect(stdout).toBe(`${'x'.repeat(200_000)}\n`);
});
