/**
 * A fast smoke run of `npm run bench` (bench/bench.ts) with tiny counts, so the benchmark cannot rot. It asserts
 * only that the benchmark runs and prints the table with every row: no timing assertions in tests.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..');

const ROWS = [
  'Cold start, GitHub main (refresh token)',
  'Cold start, GitHub post',
  'Cold start, Azure Pipelines main',
  'Cold start, Azure Pipelines post-job',
  'Reference: 2 HTTPS GETs from node -e',
  "Reference: main step's 2 requests by hand",
  'Peak memory, GitHub main',
  'Peak memory, GitHub post',
  'Peak memory, Azure Pipelines main',
  'Peak memory, Azure Pipelines post-job',
  'Cost of a page touched first',
  'Pages touched, GitHub main',
  'Pages touched, GitHub post',
  'Pages touched, Azure Pipelines main',
  'Pages touched, Azure Pipelines post-job',
  "Pages touched, main step's 2 requests by hand",
  'Round trips, GitHub main',
  'Round trips, GitHub post',
  'Round trips, Azure Pipelines main',
  'Round trips, Azure Pipelines post-job',
  'Loaded at run time, GitHub main',
  'Loaded at run time, GitHub post',
  'Loaded at run time, Azure Pipelines main',
  'Loaded at run time, Azure Pipelines post-job',
  'Bundle, action/main.js',
  'Bundle, action/post.js',
  'Bundle, task/main.js',
  'Bundle, task/post.js',
  'Bundle, cli/index.js',
  'Bundle, chunks/azure-identity.js',
  'Throughput, 2 pairs at once',
  'Throughput, tokens left active',
];

test('npm run bench runs with tiny counts and prints every row of its table', () => {
  const result = spawnSync(
    process.execPath,
    [
      'scripts/run-ts.mjs',
      'bench/bench.ts',
      '--runs',
      '1',
      '--memory-runs',
      '1',
      '--pairs',
      '2',
      '--window',
      '1',
    ],
    { cwd: root, encoding: 'utf8', timeout: 110_000 },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const table = result.stdout.split('\n').filter((line) => line.startsWith('| '));
  expect(table[0]).toMatch(/^\| Figure +\| Measured +\| Target +\| Pass +\|$/);
  for (const row of ROWS) expect(table.some((line) => line.startsWith(`| ${row}`))).toBe(true);
  expect(table).toHaveLength(ROWS.length + 2);
  // A figure that could not be measured shows as NaN or Infinity: every row must have a number.
  expect(table.filter((line) => /NaN|Infinity/.test(line))).toEqual([]);
}, 120_000);
