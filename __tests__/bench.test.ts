/**
 * A fast smoke run of `npm run bench` (bench/bench.ts) with tiny counts, so the benchmark cannot rot. It asserts
 * only that the benchmark runs (on this Node and on Node 24, which scripts/node24.sh fetches once) and prints
 * the table with every row: no timing assertions in tests.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..');

/** The cold starts, measured on this Node and on Node 24, each step as a ratio to the floor on its runtime. */
const COLD_START_ROWS = (runtime: string) => [
  `Cold start, GitHub main (refresh token), ${runtime}`,
  `Cold start, GitHub post, ${runtime}`,
  `Cold start, Azure Pipelines main, ${runtime}`,
  `Cold start, Azure Pipelines post-job, ${runtime}`,
  `Reference: 2 HTTPS GETs from node -e, ${runtime}`,
  `Floor: main step's 2 requests by hand, ${runtime}`,
  `Floor through node:http, ${runtime}`,
];

const ROWS = [
  ...COLD_START_ROWS(`Node ${process.versions.node.split('.')[0]}`),
  ...COLD_START_ROWS('Node 24'),
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
  // On a failure, the bench's own `step failure:` lines say which step and why.
  const failures = result.stdout.split('\n').filter((line) => line.startsWith('step failure:'));
  expect({ status: result.status, failures }).toEqual({ status: 0, failures: [] });
  const table = result.stdout.split('\n').filter((line) => line.startsWith('| '));
  expect(table[0]).toMatch(/^\| Figure +\| Measured +\| Target +\| Pass +\|$/);
  for (const row of ROWS) expect(table.some((line) => line.startsWith(`| ${row}`))).toBe(true);
  expect(table).toHaveLength(ROWS.length + 2);
  // A figure that could not be measured shows as NaN or Infinity: every row must have a number.
  expect(table.filter((line) => /NaN|Infinity/.test(line))).toEqual([]);
  // The steps' verdict is their ratio to the floor on the same runtime.
  const coldStarts = table.filter((line) => line.startsWith('| Cold start, '));
  expect(coldStarts).toHaveLength(8);
  for (const line of coldStarts)
    expect(line).toMatch(/\| [\d.]+× floor \(.*\| ≤ 1\.25× floor +\| (pass|FAIL) +\|$/);
}, 120_000);
