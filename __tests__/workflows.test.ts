/**
 * The project's own workflow files, checked offline against the rules the runner enforces: structure
 * (`on`, `jobs`, `runs-on`, steps with exactly one of `uses`/`run`), `with` keys of `uses: ./` against
 * action.yml (required inputs present), references between jobs and steps, and the example Azure Pipelines
 * file against task.json. The YAML reader is strict, so a construct it does not know fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../scripts/harness/github-runner';
import { parseYaml, type Yaml } from './workflows-yaml';

type Map = Record<string, Yaml>;
/** A scalar as text (anything else as JSON, so a wrong shape shows in the failure). */
const str = (value: Yaml | undefined): string =>
  typeof value === 'string' ? value : JSON.stringify(value ?? null);
const read = (file: string) => parseYaml(readFileSync(path.join(repoRoot, file), 'utf8'));
const isMap = (value: Yaml | undefined): value is Map =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asMap = (value: Yaml | undefined, what: string): Map => {
  if (!isMap(value)) throw new Error(`${what} must be a mapping`);
  return value;
};

const JOB_KEYS = new Set([
  'name',
  'runs-on',
  'needs',
  'steps',
  'strategy',
  'outputs',
  'permissions',
  'env',
  'if',
  'timeout-minutes',
  'concurrency',
  'continue-on-error',
  'environment',
  'defaults',
]);
const STEP_KEYS = new Set([
  'name',
  'id',
  'if',
  'uses',
  'run',
  'with',
  'env',
  'shell',
  'working-directory',
  'continue-on-error',
  'timeout-minutes',
]);

const action = asMap(read('action.yml'), 'action.yml');
const actionInputs = asMap(action.inputs, 'action.yml inputs');
const requiredInputs = Object.entries(actionInputs)
  .filter(([, spec]) => asMap(spec, 'input').required === 'true')
  .map(([name]) => name);

const workflowFiles = readdirSync(path.join(repoRoot, '.github', 'workflows')).filter((f) =>
  /\.ya?ml$/.test(f),
);

/** Every problem in one workflow, as readable strings (an empty list means valid). */
export function checkWorkflow(workflow: Yaml): string[] {
  const problems: string[] = [];
  if (!isMap(workflow)) return ['the workflow is not a mapping'];
  if (workflow.on === undefined || workflow.on === null) problems.push('no `on`');
  if (!isMap(workflow.jobs) || Object.keys(workflow.jobs).length === 0) return [...problems, 'no `jobs`'];
  const jobs = workflow.jobs;
  for (const [jobId, jobValue] of Object.entries(jobs)) {
    if (!isMap(jobValue)) {
      problems.push(`${jobId}: not a mapping`);
      continue;
    }
    const job = jobValue;
    for (const key of Object.keys(job)) if (!JOB_KEYS.has(key)) problems.push(`${jobId}: unknown key ${key}`);
    if (typeof job['runs-on'] !== 'string') problems.push(`${jobId}: no runs-on`);
    const needs = typeof job.needs === 'string' ? [job.needs] : Array.isArray(job.needs) ? job.needs : [];
    for (const need of needs)
      if (typeof need !== 'string' || !(need in jobs))
        problems.push(`${jobId}: needs unknown job ${str(need)}`);
    if (!Array.isArray(job.steps) || job.steps.length === 0) {
      problems.push(`${jobId}: no steps`);
      continue;
    }
    const ids = new Set<string>();
    const text = JSON.stringify(job);
    job.steps.forEach((stepValue, index) => {
      const where = `${jobId} step ${index + 1}`;
      if (!isMap(stepValue)) return problems.push(`${where}: not a mapping`);
      const step = stepValue;
      for (const key of Object.keys(step))
        if (!STEP_KEYS.has(key)) problems.push(`${where}: unknown key ${key}`);
      const hasUses = typeof step.uses === 'string';
      const hasRun = typeof step.run === 'string';
      if (hasUses === hasRun) problems.push(`${where}: needs exactly one of uses and run`);
      if (step.with !== undefined && !hasUses) problems.push(`${where}: with without uses`);
      if (typeof step.id === 'string') ids.add(step.id);
      if (hasUses) problems.push(...checkUses(where, step));
      // A step may read only the outputs of steps before it.
      for (const match of JSON.stringify(step).matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs/g)) {
        if (!ids.has(match[1] ?? '') || match[1] === step.id)
          problems.push(`${where}: reads outputs of unknown or later step ${match[1]}`);
      }
    });
    for (const match of text.matchAll(/needs\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      const [, other = '', output = ''] = match;
      const outputs = isMap(jobs[other]) ? jobs[other].outputs : undefined;
      if (!needs.includes(other) || !isMap(outputs) || !(output in outputs)) {
        problems.push(
          `${jobId}: reads needs.${other}.outputs.${output}, which is not declared or not needed`,
        );
      }
    }
  }
  return problems;
}

function checkUses(where: string, step: Map): string[] {
  const uses = str(step.uses);
  if (uses === './') {
    const given = isMap(step.with) ? Object.keys(step.with) : [];
    return [
      ...given
        .filter((key) => !(key in actionInputs))
        .map((key) => `${where}: with.${key} is not an input of action.yml`),
      ...requiredInputs
        .filter((name) => !given.includes(name))
        .map((name) => `${where}: required input ${name} missing`),
    ];
  }
  return /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[A-Za-z0-9_.-]+$/.test(uses)
    ? []
    : [`${where}: uses ${uses} is not owner/repo@ref`];
}

describe.each(workflowFiles)('.github/workflows/%s', (file) => {
  test('is valid for the runner', () => {
    expect(checkWorkflow(read(path.join('.github', 'workflows', file)))).toEqual([]);
  });
});

test('the workflows test on Node 20 and 24, check dist/, and run the action end to end', () => {
  const test = asMap(read('.github/workflows/test.yml'), 'test.yml');
  const matrix = asMap(
    asMap(asMap(asMap(test.jobs, 'jobs').test, 'test').strategy, 'strategy').matrix,
    'matrix',
  );
  expect(matrix.node).toEqual(['20', '24']);
  expect(JSON.stringify(test)).toContain('"run":"npm ci"');
  expect(JSON.stringify(test)).toContain('"run":"npm test"');
  // The unit tests also run on Windows and macOS.
  const unit = asMap(asMap(test.jobs, 'jobs').unit, 'unit');
  expect(unit['runs-on']).toBe('${{ matrix.os }}');
  expect(asMap(asMap(unit.strategy, 'strategy').matrix, 'matrix').os).toEqual([
    'windows-latest',
    'macos-latest',
  ]);
  expect(JSON.stringify(unit.steps)).toContain('"run":"node scripts/jest.mjs __tests__/unit"');
  expect(JSON.stringify(read('.github/workflows/check-dist.yml'))).toContain(
    'git status --porcelain -- dist/',
  );

  const e2e = asMap(asMap(read('.github/workflows/e2e.yml'), 'e2e').jobs, 'jobs');
  // The action and its check run on each OS, the check on the same OS as the run whose state it restores.
  for (const job of ['action', 'verify']) {
    const spec = asMap(e2e[job], job);
    expect(spec['runs-on']).toBe('${{ matrix.os }}');
    expect(asMap(asMap(spec.strategy, 'strategy').matrix, 'matrix').os).toEqual([
      'ubuntu-latest',
      'windows-latest',
      'macos-latest',
    ]);
    expect(JSON.stringify(spec)).toContain('e2e-emulator-${{ runner.os }}-');
  }
  const steps = asMap(e2e.action, 'action').steps as Map[];
  const ado = steps.findIndex((step) => step.uses === './');
  const cache = steps.findIndex((step) => str(step.uses).startsWith('actions/cache@'));
  // The cache step's post must run after ours, so it comes first (post steps run in reverse order).
  expect(cache).toBeGreaterThan(-1);
  expect(cache).toBeLessThan(ado);
  expect(str(steps[ado + 1]?.run)).toContain('git clone');
  // It needs the emulator's `git http-backend`, set up on Linux only.
  expect(steps[ado + 1]?.if).toBe("runner.os == 'Linux'");
  expect(JSON.stringify(steps[ado + 1])).toContain('steps.ado.outputs.basic-auth');
  const verify = asMap(e2e.verify, 'verify');
  expect(verify.needs).toBe('action');
  expect(JSON.stringify(verify)).toContain('/_emulator/state');
  const check = (verify.steps as Map[]).at(-1);
  expect(str(check?.run)).toContain('pat.status !== "revoked"');
});

test('the checker finds what the runner would refuse', () => {
  const broken = parseYaml(`on: push
jobs:
  a:
    needs: nope
    steps:
      - uses: ./
        with:
          scope: vso.code
      - run: echo
        uses: actions/checkout@v4
      - run: echo \${{ steps.later.outputs.x }}
      - id: later
        uses: actions/checkout
`);
  expect(checkWorkflow(broken)).toEqual([
    'a: no runs-on',
    'a: needs unknown job nope',
    'a step 1: with.scope is not an input of action.yml',
    'a step 1: required input organization missing',
    'a step 2: needs exactly one of uses and run',
    'a step 3: reads outputs of unknown or later step later',
    'a step 4: uses actions/checkout is not owner/repo@ref',
  ]);
});

test('the YAML reader refuses what it does not understand', () => {
  expect(() => parseYaml('a: 1\na: 2\n')).toThrow(/duplicate key a/);
  expect(() => parseYaml('a:\n\t- b\n')).toThrow(/tab/);
  expect(() => parseYaml('a: &anchor x\n')).toThrow(/unsupported/);
  expect(() => parseYaml('a:\n    b: 1\n  c: 2\n')).toThrow(/indentation/);
  expect(() => parseYaml('a: b: c\n')).toThrow(/quote it/);
  expect(parseYaml("a: 'it''s' # note\nb: |\n  x\n\n  y\nc: [1, 2]\n")).toEqual({
    a: "it's",
    b: 'x\n\ny\n',
    c: ['1', '2'],
  });
});

test('dependabot updates npm and GitHub Actions', () => {
  const updates = asMap(read('.github/dependabot.yml'), 'dependabot').updates as Map[];
  expect(updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
});

test('azure-pipelines.yml uses EphemeralPat@<task major> with inputs task.json declares', () => {
  const task = JSON.parse(readFileSync(path.join(repoRoot, 'task.json'), 'utf8')) as {
    name: string;
    version: { Major: number };
    inputs: { name: string; required?: boolean; defaultValue?: string }[];
  };
  const pipeline = asMap(read('azure-pipelines.yml'), 'azure-pipelines.yml');
  const steps = (pipeline.steps as Map[]).filter((step) => typeof step.task === 'string');
  const ours = steps.filter((step) => str(step.task).startsWith(`${task.name}@`));
  expect(ours.map((step) => step.task)).toEqual([`${task.name}@${task.version.Major}`]);
  const inputs = Object.keys(asMap(ours[0]?.inputs, 'inputs'));
  const declared = task.inputs.map((input) => input.name);
  expect(inputs.filter((name) => !declared.includes(name))).toEqual([]);
  const required = task.inputs
    .filter((input) => input.required && !input.defaultValue)
    .map((input) => input.name);
  expect(required.filter((name) => !inputs.includes(name))).toEqual([]);
  // A later step reads the token through the step's name: the output variable must exist.
  expect(JSON.stringify(pipeline)).toContain(`$(${str(ours[0]?.name)}.token)`);
});
