/**
 * Runs the built action bundles the way the GitHub runner does: a child `node` process per step, inputs
 * as INPUT_* (action.yml defaults applied), file commands in temporary files, state handed to the post
 * step as STATE_*. Everything the process wrote is kept so tests can scan it for secrets.
 */
import { runBundle } from './run-bundle';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFileCommands, parseWorkflowCommands, type WorkflowCommand } from './file-commands';

/** The repository root, found from this file whether it runs from source (jest) or bundled (.tmp/run). */
export const repoRoot = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'action.yml'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('Cannot find the repository root (action.yml)');
  }
})();

/** The bundles under test: dist/ by default; ADO_EPHEMERAL_PAT_DIST points elsewhere (a scratch build). */
export const distDir = process.env.ADO_EPHEMERAL_PAT_DIST
  ? path.resolve(process.env.ADO_EPHEMERAL_PAT_DIST)
  : path.join(repoRoot, 'dist');

/**
 * Test-only (docs/emulator.md): the steps the harnesses start wait a hundredth of each retry wait when they
 * talk to the emulator, so fault scenarios do not sit out real backoff. A test of a wait itself passes '1'.
 */
export const TEST_RETRY_ENV = { ADO_EPHEMERAL_PAT_TEST_RETRY_SCALE: '0.01' };

export interface StepRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  /** Raw contents of every file the step could write, for leak scans. */
  files: { output: string; state: string; env: string; summary: string };
  commands: WorkflowCommand[];
  masks: string[];
  warnings: string[];
  errors: string[];
}

export interface StepOptions {
  inputs?: Record<string, string>;
  state?: Record<string, string>;
  env?: Record<string, string | undefined>;
  /** Kill the step with this signal once `killWhen` matches its stdout. */
  kill?: { signal: NodeJS.Signals; when: (stdout: string) => boolean };
  timeoutMs?: number;
}

function actionDefaults(): Record<string, string> {
  // A tiny reader for the flat `inputs:` block of action.yml: name lines and their `default:`.
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

/**
 * The environment the runner gives a step, with its file-command files created empty in `dir`. Shared with
 * the benchmark, which must start steps exactly as the tests do.
 */
export function runnerEnvironment(dir: string, options: Pick<StepOptions, 'inputs' | 'state' | 'env'> = {}) {
  const files = {
    output: path.join(dir, 'output'),
    state: path.join(dir, 'state'),
    env: path.join(dir, 'env'),
    summary: path.join(dir, 'summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');

  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: dir,
    NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS,
    ...TEST_RETRY_ENV,
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
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...options.inputs })) {
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  Object.assign(env, options.env);
  return { env, files };
}

export async function runActionStep(step: 'main' | 'post', options: StepOptions = {}): Promise<StepRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gh-step-'));
  const { env, files } = runnerEnvironment(dir, options);

  const bundle = path.join(distDir, 'action', `${step}.js`);
  const { exitCode, signal, stdout, stderr } = await runBundle(bundle, {
    env,
    cwd: dir,
    kill: options.kill,
    timeoutMs: options.timeoutMs,
  });

  const raw = {
    output: readFileSync(files.output, 'utf8'),
    state: readFileSync(files.state, 'utf8'),
    env: readFileSync(files.env, 'utf8'),
    summary: readFileSync(files.summary, 'utf8'),
  };
  const commands = parseWorkflowCommands(stdout);
  const data = (name: string) => commands.filter((c) => c.name === name).map((c) => c.data);
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(raw.output),
    state: parseFileCommands(raw.state),
    env: parseFileCommands(raw.env),
    summary: raw.summary,
    files: raw,
    commands,
    masks: data('add-mask'),
    warnings: data('warning'),
    errors: data('error'),
  };
}

/** Main, then post with main's state, as one job. */
export async function runActionJob(options: StepOptions & { postInputs?: Record<string, string> } = {}) {
  const main = await runActionStep('main', options);
  const post = await runActionStep('post', {
    inputs: { ...options.inputs, ...options.postInputs },
    state: main.state,
    env: options.env,
  });
  return { main, post };
}

/**
 * The environment of a later step of the job that runs git: what the main step exported (its job-scoped git
 * credentials) and no other git configuration, with `home` as the user's home and the emulator's CA trusted.
 */
export function laterStepGitEnv(
  home: string,
  caCertFile: string,
  exported: Record<string, string>,
): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_SSL_CAINFO: caCertFile,
    ...exported,
  };
}

/**
 * Where a secret appears in what the step wrote, outside the `::add-mask::` commands that register it.
 * `allow` names the files where the user asked for the value (GITHUB_OUTPUT for outputs, for example).
 */
export function findLeaks(run: StepRun, secrets: string[], allow: (keyof StepRun['files'])[] = ['output']) {
  const stdoutWithoutMasks = run.stdout
    .split('\n')
    .filter((line) => !line.trim().startsWith('::add-mask::'))
    .join('\n');
  const places: Record<string, string> = { stdout: stdoutWithoutMasks, stderr: run.stderr };
  for (const [name, text] of Object.entries(run.files)) {
    if (!allow.includes(name as keyof StepRun['files'])) places[name] = text;
  }
  const leaks: string[] = [];
  secrets.forEach((secret, index) => {
    for (const [place, text] of Object.entries(places)) {
      if (secret && text.includes(secret)) leaks.push(`secret #${index} in ${place}`);
    }
  });
  return leaks;
}
