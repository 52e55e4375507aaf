/**
 * `npm run bench`: every performance figure of the token step measured side by side in one run, printed as
 * one table with its target and a pass/fail mark. See docs/performance.md.
 *
 *   node scripts/run-ts.mjs bench/bench.ts [--runs 21] [--memory-runs 3] [--pairs 200] [--window 10] [--node24 1]
 *
 * Cold starts are measured on this process's Node and, with `--node24 1` (the default), on the pinned Node 24
 * that scripts/node24.sh fetches, the runtime of GitHub's node24 runners.
 * The bundles measured are dist/ (or ADO_EPHEMERAL_PAT_DIST, a scratch build), the emulator is
 * dist/emulator started as a separate process, exactly as users start it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { startEmulatorProcess, type EmulatorReady } from '../scripts/harness/emulator-process';
import { distDir, repoRoot } from '../scripts/harness/github-runner';
import { heavyModules } from './modules';
import { hasTimeBinary, runStep, type ChildRun, type EmulatorInfo, type Platform, type Step } from './steps';
import { mintAndRevoke, type ThroughputResult } from './throughput';

interface Options {
  runs: number;
  memoryRuns: number;
  pairs: number;
  windowSeconds: number;
  /** 1: also measure the cold starts on Node 24; 0: this process's Node only. */
  node24: number;
}

function parseOptions(argv: string[]): Options {
  // A 10 s window: Retry-After has whole-second resolution, so a shorter window mostly measures the rounding.
  const options: Options = { runs: 21, memoryRuns: 3, pairs: 200, windowSeconds: 10, node24: 1 };
  const names: Record<string, keyof Options> = {
    '--runs': 'runs',
    '--memory-runs': 'memoryRuns',
    '--pairs': 'pairs',
    '--window': 'windowSeconds',
    '--node24': 'node24',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = names[argv[i] ?? ''];
    const value = Number(argv[i + 1]);
    const least = key === 'node24' ? 0 : 1;
    if (!key || !Number.isInteger(value) || value < least || (key === 'node24' && value > 1)) {
      throw new Error(
        `usage: bench [--runs N] [--memory-runs N] [--pairs N] [--window SECONDS] [--node24 0|1] (at ${argv[i]})`,
      );
    }
    options[key] = value;
  }
  return options;
}

/** A Node binary the cold starts run on; the first one is also probed for memory, pages and files. */
interface Runtime {
  /** "Node 20" */
  label: string;
  /** "v20.20.2" */
  version: string;
  node: string;
}

function runtime(node: string, version: string): Runtime {
  return { label: `Node ${version.replace(/^v/, '').split('.')[0] ?? '?'}`, version, node };
}

function runtimes(options: Options): Runtime[] {
  const list = [runtime(process.execPath, process.version)];
  if (options.node24 === 1) {
    const script = path.join(repoRoot, 'scripts', 'node24.sh');
    const node = execFileSync('bash', [script], { encoding: 'utf8' }).trim();
    list.push(runtime(node, execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()));
  }
  return list;
}

const scratch = path.join(repoRoot, '.tmp', 'bench');

async function startEmulator(seed: Record<string, unknown>, name: string) {
  mkdirSync(scratch, { recursive: true });
  const file = path.join(scratch, `${name}-seed.json`);
  writeFileSync(file, JSON.stringify(seed));
  const emulator = await startEmulatorProcess(['--config', file]);
  const ca = readFileSync(emulator.ready.caCertFile);
  const control = (method: string, route: string) =>
    new Promise<unknown>((resolve, reject) => {
      const request = https.request(
        `${emulator.ready.url}/_emulator/${route}`,
        { method, ca },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('end', () => {
            if ((response.statusCode ?? 500) >= 300) reject(new Error(`control ${route}: ${text}`));
            else resolve(text ? (JSON.parse(text) as unknown) : undefined);
          });
        },
      );
      request.on('error', reject);
      request.end();
    });
  return {
    ...emulator,
    info: emulatorInfo(emulator.ready),
    clearRequests: () => control('DELETE', 'requests'),
    requests: async () => ((await control('GET', 'requests')) as { requests: { path: string }[] }).requests,
    activePats: async () =>
      ((await control('GET', 'state')) as { pats: { status: string }[] }).pats.filter(
        (p) => p.status === 'active',
      ).length,
  };
}

function emulatorInfo(ready: EmulatorReady): EmulatorInfo {
  return {
    url: ready.url,
    caCertFile: ready.caCertFile,
    organization: ready.organization,
    tenantId: ready.tenantId,
    authorityHost: ready.authorityHost,
    vsspsUrl: ready.vsspsUrl,
    azureDevOpsUrl: ready.azureDevOpsUrl,
    bot: { refreshToken: ready.bot.refreshToken, clientId: ready.bot.clientId },
  };
}

/** The value below which `fraction` of `values` lie, interpolated between neighbours (0.5: the median). */
function quantile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * fraction;
  const low = sorted[Math.floor(at)] ?? NaN;
  const high = sorted[Math.ceil(at)] ?? NaN;
  return low + (high - low) * (at - Math.floor(at));
}

const median = (values: number[]) => quantile(values, 0.5);

/**
 * The middle half of the runs' own ratios (each step run over the bare Node run of the same iteration), so a
 * reader sees how far a figure near its target is from it in this run's noise.
 */
function ratioSpread(steps: number[], baselines: number[]): string {
  const ratios = steps.map((ms, i) => ms / (baselines[i] ?? NaN));
  return `${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}`;
}

interface Row {
  figure: string;
  measured: string;
  target: string;
  pass: boolean | undefined;
}

const STEPS: { platform: Platform; step: Step; label: string }[] = [
  { platform: 'github', step: 'main', label: 'GitHub main' },
  { platform: 'github', step: 'post', label: 'GitHub post' },
  { platform: 'azure-pipelines', step: 'main', label: 'Azure Pipelines main' },
  { platform: 'azure-pipelines', step: 'post', label: 'Azure Pipelines post-job' },
];

/** Every step's cold start, as a ratio to the floor's (bench/floor-step.cjs) on the same Node. */
const TARGET_FLOOR_RATIO = 1.25;

function failureOf(run: ChildRun): string | undefined {
  if (run.exitCode === 0 && !/::error::|##vso\[task\.(log)?issue type=error/.test(run.stdout + run.stderr)) {
    return undefined;
  }
  return `exit ${run.exitCode}: ${(run.stdout + run.stderr).slice(0, 400)}`;
}

async function coldStarts(options: Options, all: Runtime[], rows: Row[], failures: string[]) {
  const [primary, ...others] = all;
  if (!primary) throw new Error('no runtime to measure');
  const emu = await startEmulator({ entra: { refreshTokenReuse: 'allow' } }, 'cold');
  try {
    const times: Record<string, number[]> = {};
    const trips: Record<string, number[]> = {};
    const push = (map: Record<string, number[]>, key: string, value: number) => (map[key] ??= []).push(value);
    const probes: Record<string, ChildRun[]> = {};

    const job = async (runtime: Runtime, platform: Platform, measure: { probe?: boolean }) => {
      const node = runtime.node;
      const key = (name: string) => `${runtime.label} ${name}`;
      // Alternate: bare Node, main, post, for one platform; the same for the other.
      const baseline = await runStep(emu.info, platform, 'main', { baseline: true, node, ...measure });
      if (measure.probe) (probes[`${platform} baseline`] ??= []).push(baseline);
      else push(times, key(`${platform} baseline`), baseline.ms);
      if (platform === 'github') {
        if (!measure.probe) {
          push(
            times,
            key('reference'),
            (await runStep(emu.info, platform, 'main', { reference: true, node })).ms,
          );
        }
        const floor = await runStep(emu.info, platform, 'main', { floor: true, node, ...measure });
        if (floor.exitCode !== 0) failures.push(`floor step on ${runtime.label}: exit ${floor.exitCode}`);
        if (measure.probe) (probes.floor ??= []).push(floor);
        else push(times, key('floor'), floor.ms);
        if (!measure.probe) {
          const parsedByNode = await runStep(emu.info, platform, 'main', { floorNodeHttp: true, node });
          if (parsedByNode.exitCode !== 0) {
            failures.push(`floor through node:http on ${runtime.label}: exit ${parsedByNode.exitCode}`);
          }
          push(times, key('floor node:http'), parsedByNode.ms);
        }
      }
      let carried: Record<string, string> = {};
      for (const step of ['main', 'post'] as const) {
        await emu.clearRequests();
        const run = await runStep(emu.info, platform, step, { carried, node, ...measure });
        const failure = failureOf(run);
        if (failure) failures.push(`${platform} ${step} on ${runtime.label}: ${failure}`);
        push(trips, `${platform} ${step}`, (await emu.requests()).length);
        if (measure.probe) (probes[`${platform} ${step}`] ??= []).push(run);
        else push(times, key(`${platform} ${step}`), run.ms);
        carried = run.carry;
      }
    };
    // One unmeasured warm-up of each (disk cache), then alternating measured runs.
    for (const runtime of others) {
      await job(runtime, 'github', {});
      await job(runtime, 'azure-pipelines', {});
    }
    for (const key of Object.keys(times)) times[key] = [];
    await job(primary, 'github', { probe: true });
    await job(primary, 'azure-pipelines', { probe: true });
    for (let i = 0; i < options.runs; i++) {
      for (const runtime of all) {
        await job(runtime, 'github', {});
        await job(runtime, 'azure-pipelines', {});
      }
    }
    for (let i = 1; i < options.memoryRuns; i++) {
      await job(primary, 'github', { probe: true });
      await job(primary, 'azure-pipelines', { probe: true });
    }

    for (const runtime of all) coldStartRows(runtime, times, rows);
    const rss = (run: ChildRun) => (run.timeMaxRssKiB ?? run.probe?.maxRssKiB ?? NaN) / 1024;
    const baseRss = median((probes['github baseline'] ?? []).map(rss));
    for (const { platform, step, label } of STEPS) {
      const mib = Math.max(...(probes[`${platform} ${step}`] ?? []).map(rss));
      rows.push({
        figure: `Peak memory, ${label}`,
        measured: `${mib.toFixed(1)} MiB (node -e 0: ${baseRss.toFixed(1)} MiB)`,
        target: '≤ 60 MiB',
        pass: mib <= 60,
      });
    }
    pagesTouched(probes, await pageCost(options.memoryRuns), rows);
    for (const { platform, step, label } of STEPS) {
      const counts = trips[`${platform} ${step}`] ?? [];
      const distinct = [...new Set(counts)].sort();
      rows.push({
        figure: `Round trips, ${label}`,
        measured: `${distinct.join('/')} (${counts.length} runs)`,
        target: 'exactly 2',
        pass: distinct.length === 1 && distinct[0] === 2,
      });
    }
    for (const { platform, step, label } of STEPS) {
      const probe = probes[`${platform} ${step}`]?.[0]?.probe;
      const files = (probe?.files ?? []).map((file) => path.relative(distDir, file));
      const identity = files.some((file) => file.includes('azure-identity'));
      rows.push({
        figure: `Loaded at run time, ${label}`,
        measured: probe
          ? `${files.join(', ')}; fetch/undici ${probe.undici ? 'yes' : 'no'}, https ${probe.https ? 'yes' : 'no'}`
          : 'no probe report',
        target: 'no @azure/identity',
        pass: probe !== undefined && !identity,
      });
    }
  } finally {
    await emu.stop();
  }
}

/**
 * The steps' cold starts on one runtime as ratios to the floor's (the target), with the bare start for scale;
 * then the two references as ratios to the bare start. Each iteration's floor run sits next to its steps, so
 * the middle half of the runs' own ratios shows the noise around a figure.
 */
function coldStartRows(runtime: Runtime, times: Record<string, number[]>, rows: Row[]) {
  const of = (name: string) => times[`${runtime.label} ${name}`] ?? [];
  const floors = of('floor');
  const floor = median(floors);
  for (const { platform, step, label } of STEPS) {
    const steps = of(`${platform} ${step}`);
    const ms = median(steps);
    const base = median(of(`${platform} baseline`));
    const ratio = ms / floor;
    rows.push({
      figure: `Cold start, ${label}${platform === 'github' && step === 'main' ? ' (refresh token)' : ''}, ${runtime.label}`,
      // Three decimals: a ratio of 1.254 against a target of 1.25 fails, and the table shows why.
      measured:
        `${ratio.toFixed(3)}× floor (${ms.toFixed(0)} ms vs ${floor.toFixed(0)} ms; ` +
        `${(ms / base).toFixed(2)}× node -e 0; middle half of runs ${ratioSpread(steps, floors)})`,
      target: `≤ ${TARGET_FLOOR_RATIO}× floor`,
      pass: ratio <= TARGET_FLOOR_RATIO,
    });
  }
  const baselines = of('github baseline');
  const base = median(baselines);
  const references = [
    ['reference', 'Reference: 2 HTTPS GETs from node -e', 'none (the part of a step that is Node and TLS)'],
    ['floor', "Floor: main step's 2 requests by hand", 'none (bench/floor-step.cjs: no checks at all)'],
  ] as const;
  for (const [key, figure, target] of references) {
    const ms = median(of(key));
    rows.push({
      figure: `${figure}, ${runtime.label}`,
      measured:
        `${(ms / base).toFixed(3)}× node -e 0 (${ms.toFixed(0)} ms vs ${base.toFixed(0)} ms; ` +
        `middle half of runs ${ratioSpread(of(key), baselines)})`,
      target,
      pass: undefined,
    });
  }
  const parsedByNode = of('floor node:http');
  const nodeHttp = median(parsedByNode);
  rows.push({
    figure: `Floor through node:http, ${runtime.label}`,
    measured:
      `${(nodeHttp / floor).toFixed(3)}× floor (${nodeHttp.toFixed(0)} ms vs ${floor.toFixed(0)} ms; ` +
      `middle half of runs ${ratioSpread(parsedByNode, floors)})`,
    target: "none (the floor's 2 requests parsed by Node, as the steps' are: decision 24)",
    pass: undefined,
  });
}

/** Microseconds per first-touched page on this machine (bench/page-cost.cjs), the median of `runs` processes. */
async function pageCost(runs: number): Promise<number> {
  const costs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bench', 'page-cost.cjs')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const code = await new Promise((resolve) => child.on('close', resolve));
    if (code !== 0) throw new Error(`bench/page-cost.cjs exited with ${String(code)}`);
    costs.push((JSON.parse(text) as { microsPerPage: number }).microsPerPage);
  }
  return median(costs);
}

/**
 * Pages each step touches beyond a bare Node start (minor page faults), in milliseconds at this machine's cost
 * per page. No target: it shows how much of a cold start is memory, which differs most between machines.
 */
function pagesTouched(probes: Record<string, ChildRun[]>, microsPerPage: number, rows: Row[]) {
  const faults = (key: string) =>
    median((probes[key] ?? []).map((run) => run.timeMinorFaults ?? run.probe?.minorPageFaults ?? NaN));
  const extra = (key: string, baseline: string) => {
    const pages = faults(key) - faults(baseline);
    return `+${pages.toFixed(0)} pages ≈ ${((pages * microsPerPage) / 1000).toFixed(1)} ms`;
  };
  rows.push({
    figure: 'Cost of a page touched first',
    measured: `${microsPerPage.toFixed(1)} µs (bench/page-cost.cjs; node -e 0 touches ${faults('github baseline').toFixed(0)} pages)`,
    target: 'none (the machine, not the tool)',
    pass: undefined,
  });
  for (const { platform, step, label } of STEPS) {
    rows.push({
      figure: `Pages touched, ${label}`,
      measured: `${extra(`${platform} ${step}`, `${platform} baseline`)} over node -e 0`,
      target: 'none (part of the cold start above)',
      pass: undefined,
    });
  }
  rows.push({
    figure: "Pages touched, main step's 2 requests by hand",
    measured: `${extra('floor', 'github baseline')} over node -e 0`,
    target: 'none (bench/floor-step.cjs)',
    pass: undefined,
  });
}

function bundles(rows: Row[]) {
  const entries = ['action/main', 'action/post', 'task/main', 'task/post', 'cli/index'];
  for (const entry of entries) {
    const file = path.join(distDir, `${entry}.js`);
    const kb = statSync(file).size / 1000;
    const heavy = heavyModules(readFileSync(file, 'utf8'));
    rows.push({
      figure: `Bundle, ${entry}.js`,
      measured: `${kb.toFixed(0)} KB; heavy: ${heavy}`,
      target: '≤ 500 KB, no @azure/identity',
      pass: kb <= 500 && !heavy.includes('@azure/identity'),
    });
  }
  const chunk = path.join(distDir, 'chunks', 'azure-identity.js');
  rows.push({
    figure: 'Bundle, chunks/azure-identity.js',
    measured: `${(statSync(chunk).size / 1000).toFixed(0)} KB, loaded on demand (Key Vault source only)`,
    target: 'on-demand chunk',
    pass: undefined,
  });
}

async function throughput(options: Options, rows: Row[], failures: string[]) {
  // Every Azure DevOps request costs 1; a pair is one create and one revoke.
  const requests = options.pairs * 2;
  const budget = Math.max(1, Math.ceil(options.pairs / 2));
  const windowSeconds = options.windowSeconds;
  const emu = await startEmulator(
    {
      entra: { refreshTokenReuse: 'allow' },
      throttling: { enabled: true, budget, windowSeconds, costPerRequest: 1 },
    },
    'throughput',
  );
  try {
    // A child with the emulator's CA trusted from its first instruction, as a step would be.
    const child = spawn(process.execPath, [process.argv[1] ?? '', 'throughput', JSON.stringify(emu.info)], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: emu.info.caCertFile, BENCH_PAIRS: String(options.pairs) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    await new Promise((resolve) => child.on('close', resolve));
    const result = JSON.parse(text) as ThroughputResult;
    const floorMs = (Math.ceil(requests / budget) - 1) * windowSeconds * 1000;
    const ratio = result.wallMs / floorMs;
    const active = await emu.activePats();
    failures.push(...result.failures.slice(0, 5));
    rows.push({
      figure: `Throughput, ${options.pairs} pairs at once (budget ${budget}/${windowSeconds} s)`,
      measured: `${(result.wallMs / 1000).toFixed(2)} s vs floor ${(floorMs / 1000).toFixed(2)} s = ${ratio.toFixed(2)}×; ${result.minted} minted, ${result.revoked} revoked`,
      target: '≤ 1.2× floor, all revoked',
      pass: ratio <= 1.2 && result.revoked === options.pairs,
    });
    rows.push({
      figure: 'Throughput, tokens left active',
      measured: String(active),
      target: '0',
      pass: active === 0,
    });
  } finally {
    await emu.stop();
  }
}

export function renderTable(rows: Row[]): string {
  const header: [string, string, string, string] = ['Figure', 'Measured', 'Target', 'Pass'];
  const cells = rows.map(
    (r) => [r.figure, r.measured, r.target, r.pass === undefined ? '–' : r.pass ? 'pass' : 'FAIL'] as const,
  );
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: readonly string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.map(line)].join('\n');
}

async function main() {
  if (process.argv[2] === 'throughput') {
    const info = JSON.parse(process.argv[3] ?? '{}') as EmulatorInfo;
    const result = await mintAndRevoke(info, Number(process.env.BENCH_PAIRS));
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  const rows: Row[] = [];
  const failures: string[] = [];
  const started = Date.now();
  const all = runtimes(options);
  await coldStarts(options, all, rows, failures);
  bundles(rows);
  await throughput(options, rows, failures);
  const memory = hasTimeBinary ? "/usr/bin/time -f '%M %R'" : 'process.resourceUsage() (bench/probe.cjs)';
  console.log(
    `ado-ephemeral-pat benchmark: cold starts on ${all.map((r) => `${r.label} (${r.version})`).join(' and ')}, ` +
      `dist ${path.relative(repoRoot, distDir) || '.'}, ${options.runs} alternating runs (median); ` +
      `the rest on ${all[0]?.label ?? '?'}: peak memory (max of ${options.memoryRuns}) and pages touched (median) by ${memory}\n`,
  );
  console.log(renderTable(rows));
  const failed = rows.filter((r) => r.pass === false).length;
  console.log(
    `\n${rows.length} figures, ${failed} over target; ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  for (const failure of failures) console.log(`step failure: ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
