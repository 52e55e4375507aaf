/**
 * One step of each platform, started exactly as its runner starts it (the environment of
 * scripts/harness/github-runner.ts and scripts/harness/azure-pipelines-agent.ts), timed from spawn to exit.
 * The bare-Node baseline is started the same way: same environment, same working directory, `node -e 0`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { agentEnvironment, outputLines, parseCommandLine } from '../scripts/harness/azure-pipelines-agent';
import { parseFileCommands } from '../scripts/harness/file-commands';
import { distDir, repoRoot, runnerEnvironment } from '../scripts/harness/github-runner';
import { taskName } from '../src/hosts/azure-pipelines/names';

export type Platform = 'github' | 'azure-pipelines';
export type Step = 'main' | 'post';

export interface EmulatorInfo {
  url: string;
  caCertFile: string;
  organization: string;
  tenantId: string;
  authorityHost: string;
  vsspsUrl: string;
  azureDevOpsUrl: string;
  bot: { refreshToken: string; clientId: string };
}

/** How one child process is measured. */
export interface Measure {
  /** Wrap in `/usr/bin/time -f '%M %R'` and load bench/probe.cjs (never for timed runs). */
  probe?: boolean;
}

export interface ChildRun {
  ms: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Saved state (GitHub) or task variables (Azure Pipelines) for the post step. */
  carry: Record<string, string>;
  probe?: ProbeReport;
  /** Peak RSS in KiB from /usr/bin/time, when it ran under it. */
  timeMaxRssKiB?: number;
  /** Minor page faults (pages the process touched first) from /usr/bin/time, when it ran under it. */
  timeMinorFaults?: number;
}

export interface ProbeReport {
  files: string[];
  undici: boolean;
  https: boolean;
  tls: boolean;
  internals: number;
  maxRssKiB: number;
  minorPageFaults: number;
}

export const TIME_BINARY = '/usr/bin/time';
export const hasTimeBinary = existsSync(TIME_BINARY);
const PROBE = path.join(repoRoot, 'bench', 'probe.cjs');
const FLOOR = path.join(repoRoot, 'bench', 'floor-step.cjs');

/** The refresh-token source against the emulator, by the core's (kebab-case) input names. */
export function emulatorInputs(emu: EmulatorInfo): Record<string, string> {
  return {
    organization: emu.organization,
    scopes: 'vso.code',
    'refresh-token': emu.bot.refreshToken,
    'client-id': emu.bot.clientId,
    'tenant-id': emu.tenantId,
    'authority-host': emu.authorityHost,
    'vssps-url': emu.vsspsUrl,
    'azure-devops-url': emu.azureDevOpsUrl,
  };
}

interface Prepared {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Reads what the step handed on, after it ran. */
  carry: (stdout: string, stderr: string) => Record<string, string>;
}

function githubStep(emu: EmulatorInfo, step: Step, carried: Record<string, string>): Prepared {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-gh-'));
  const { env, files } = runnerEnvironment(dir, {
    inputs: emulatorInputs(emu),
    state: step === 'post' ? carried : {},
    env: { NODE_EXTRA_CA_CERTS: emu.caCertFile },
  });
  return { env, cwd: dir, carry: () => parseFileCommands(readFileSync(files.state, 'utf8')) };
}

function azurePipelinesStep(emu: EmulatorInfo, step: Step, carried: Record<string, string>): Prepared {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-azp-'));
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(emulatorInputs(emu))) {
    // The task takes its organization from System.CollectionUri, as on a real agent.
    if (name !== 'organization') inputs[taskName(name)] = value;
  }
  const env = agentEnvironment(
    step,
    {
      inputs,
      variables: { 'System.CollectionUri': `${emu.azureDevOpsUrl}/${emu.organization}/` },
      taskVariables: step === 'post' ? carried : {},
      env: { NODE_EXTRA_CA_CERTS: emu.caCertFile },
    },
    dir,
  );
  const carry = (stdout: string, stderr: string) => {
    const vars: Record<string, string> = {};
    for (const line of [...outputLines(stdout), ...outputLines(stderr)]) {
      const command = parseCommandLine(line);
      if (command?.name === 'task.settaskvariable') vars[command.properties.variable ?? ''] = command.data;
    }
    return vars;
  };
  return { env, cwd: dir, carry };
}

/**
 * What any Node step that makes two HTTPS requests to the emulator costs, whoever wrote it: two GETs over one
 * keep-alive connection from a bare `node -e`. Not a target; it shows how much of a step's ratio is Node's
 * HTTPS client and the handshake rather than the bundle.
 */
function referenceScript(url: string): string {
  const get = (then: string) =>
    `https.get(${JSON.stringify(`${url}/_bench/reference`)}, (r) => { r.resume(); r.on('end', () => { ${then} }); })`;
  return `const https = require('node:https'); ${get(get(''))};`;
}

/** The bundle a runner starts for this step. */
export function bundleOf(platform: Platform, step: Step): string {
  return path.join(distDir, platform === 'github' ? 'action' : 'task', `${step}.js`);
}

/**
 * Runs one step (or, with `baseline`, a bare `node -e 0` started the same way) and times it from spawn to
 * exit. The environment is prepared before the clock starts.
 */
export async function runStep(
  emu: EmulatorInfo,
  platform: Platform,
  step: Step,
  options: {
    carried?: Record<string, string>;
    baseline?: boolean;
    reference?: boolean;
    floor?: boolean;
    /** The floor's requests through node:http (bench/floor-step.cjs --node-http). */
    floorNodeHttp?: boolean;
    /** The node binary to run it on (this process's by default). */
    node?: string;
  } & Measure = {},
): Promise<ChildRun> {
  const prepared = (platform === 'github' ? githubStep : azurePipelinesStep)(
    emu,
    step,
    options.carried ?? {},
  );
  const script = options.baseline
    ? ['-e', '0']
    : options.reference
      ? ['-e', referenceScript(emu.url)]
      : options.floorNodeHttp
        ? [FLOOR, '--node-http']
        : [options.floor ? FLOOR : bundleOf(platform, step)];
  const node = options.node ?? process.execPath;
  let command = node;
  let args = script;
  const probeOut = path.join(prepared.cwd, 'probe.json');
  const timeOut = path.join(prepared.cwd, 'time.txt');
  if (options.probe) {
    prepared.env.BENCH_PROBE_OUT = probeOut;
    args = ['--require', PROBE, ...script];
    if (hasTimeBinary) {
      command = TIME_BINARY;
      args = ['-f', '%M %R', '-o', timeOut, node, ...args];
    }
  }
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { env: prepared.env, cwd: prepared.cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  clearTimeout(timer);
  const run: ChildRun = { ms, exitCode, stdout, stderr, carry: prepared.carry(stdout, stderr) };
  if (options.probe) {
    if (existsSync(probeOut)) run.probe = JSON.parse(readFileSync(probeOut, 'utf8')) as ProbeReport;
    if (hasTimeBinary && existsSync(timeOut)) {
      // The last line: /usr/bin/time writes a "Command exited with non-zero status" line before it on failure.
      const [kib, faults] = (readFileSync(timeOut, 'utf8').trim().split('\n').at(-1) ?? '')
        .split(' ')
        .map(Number);
      if (Number.isFinite(kib)) run.timeMaxRssKiB = kib;
      if (Number.isFinite(faults)) run.timeMinorFaults = faults;
    }
  }
  return run;
}
