/**
 * One step of each platform, started exactly as its runner starts it (the environment of
 * scripts/harness/github-runner.ts and scripts/harness/azure-pipelines-agent.ts), timed from spawn to exit.
 * The bare-Node baseline is started the same way: same environment, same working directory, `node -e 0`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_VARIABLES,
  envName,
  outputLines,
  parseCommandLine,
  taskDefaults,
} from '../scripts/harness/azure-pipelines-agent';
import { parseFileCommands } from '../scripts/harness/file-commands';
import { distDir, repoRoot } from '../scripts/harness/github-runner';
import { taskName } from '../src/hosts/azure-pipelines-names';

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
  /** Wrap in `/usr/bin/time -f %M` and load bench/probe.cjs (never for timed runs). */
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
}

export interface ProbeReport {
  files: string[];
  undici: boolean;
  https: boolean;
  tls: boolean;
  internals: number;
  maxRssKiB: number;
}

export const TIME_BINARY = '/usr/bin/time';
export const hasTimeBinary = existsSync(TIME_BINARY);
const PROBE = path.join(repoRoot, 'bench', 'probe.cjs');

function emulatorInputs(emu: EmulatorInfo): Record<string, string> {
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

/** action.yml's `inputs:` defaults, read as github-runner.ts reads them. */
function actionDefaults(): Record<string, string> {
  const text = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
  const block = text.slice(text.indexOf('\ninputs:'), text.indexOf('\noutputs:'));
  const defaults: Record<string, string> = {};
  let current = '';
  for (const line of block.split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line);
    if (name) current = name[1] ?? '';
    const value = /^ {4}default:\s*'(.*)'\s*$/.exec(line);
    if (value && current) defaults[current] = value[1] ?? '';
  }
  return defaults;
}

interface Prepared {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Reads what the step handed on, after it ran. */
  carry: (stdout: string, stderr: string) => Record<string, string>;
}

function githubStep(emu: EmulatorInfo, step: Step, carried: Record<string, string>): Prepared {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-gh-'));
  const files = { output: 'output', state: 'state', env: 'env', summary: 'summary' };
  for (const [key, name] of Object.entries(files)) {
    const file = path.join(dir, name);
    writeFileSync(file, '');
    files[key as keyof typeof files] = file;
  }
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: dir,
    NODE_EXTRA_CA_CERTS: emu.caCertFile,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_STEP_SUMMARY: files.summary,
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...emulatorInputs(emu) })) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  if (step === 'post') for (const [name, value] of Object.entries(carried)) env[`STATE_${name}`] = value;
  return { env, cwd: dir, carry: () => parseFileCommands(readFileSync(files.state, 'utf8')) };
}

function azurePipelinesStep(emu: EmulatorInfo, step: Step, carried: Record<string, string>): Prepared {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-azp-'));
  const variables: Record<string, string | undefined> = {
    ...DEFAULT_VARIABLES,
    'Agent.TempDirectory': dir,
    'Agent.WorkFolder': dir,
    'Agent.JobStatus': step === 'post' ? 'Succeeded' : undefined,
    'System.CollectionUri': `${emu.azureDevOpsUrl}/${emu.organization}/`,
  };
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: dir,
    NODE_EXTRA_CA_CERTS: emu.caCertFile,
  };
  const publicNames: string[] = [];
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined) continue;
    env[envName(name)] = value;
    publicNames.push(name);
  }
  env.VSTS_PUBLIC_VARIABLES = JSON.stringify(publicNames);
  env.VSTS_SECRET_VARIABLES = '[]';
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(emulatorInputs(emu))) {
    if (name !== 'organization') inputs[taskName(name)] = value;
  }
  for (const [name, value] of Object.entries({ ...taskDefaults(), ...inputs })) {
    env[`INPUT_${envName(name)}`] = value;
  }
  env.ENDPOINT_URL_SYSTEMVSSCONNECTION = variables['System.CollectionUri'];
  env.ENDPOINT_AUTH_SYSTEMVSSCONNECTION = JSON.stringify({
    parameters: { AccessToken: 'system-access-token-not-set' },
    scheme: 'OAuth',
  });
  env.ENDPOINT_AUTH_SCHEME_SYSTEMVSSCONNECTION = 'OAuth';
  env.ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN = 'system-access-token-not-set';
  if (step === 'post') {
    for (const [name, value] of Object.entries(carried)) env[`VSTS_TASKVARIABLE_${envName(name)}`] = value;
  }
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
  options: { carried?: Record<string, string>; baseline?: boolean; reference?: boolean } & Measure = {},
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
      : [bundleOf(platform, step)];
  let command = process.execPath;
  let args = script;
  const probeOut = path.join(prepared.cwd, 'probe.json');
  const timeOut = path.join(prepared.cwd, 'time.txt');
  if (options.probe) {
    prepared.env.BENCH_PROBE_OUT = probeOut;
    args = ['--require', PROBE, ...script];
    if (hasTimeBinary) {
      command = TIME_BINARY;
      args = ['-f', '%M', '-o', timeOut, process.execPath, ...args];
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
      const kib = Number(readFileSync(timeOut, 'utf8').trim().split('\n').at(-1));
      if (Number.isFinite(kib)) run.timeMaxRssKiB = kib;
    }
  }
  return run;
}
