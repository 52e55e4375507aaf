/**
 * Runs an Azure Pipelines snippet as the agent would, for the subset of syntax the docs use: the
 * `EphemeralPat@1` step through the agent harness (main, then the post-job step at job end), each `script:`
 * step in bash with `$(…)` macros expanded, non-secret variables in its environment and secret ones only
 * through `env:`. A pipeline with `steps:` or `jobs:` (later jobs read `$[ dependencies.… ]`), or a list of
 * steps. Macros the runner cannot resolve fail the run instead of reaching bash as `$(…)`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_VARIABLES,
  envName,
  runTaskStep,
  taskVariablesOf,
  type TaskStepRun,
} from '../../scripts/harness/azure-pipelines-agent';
import { parseYaml, type Yaml } from '../workflows-yaml';
import {
  isMap,
  onlyKeys,
  runScript,
  scriptBaseEnv,
  stringMap,
  text,
  type SnippetContext,
  type SnippetRun,
} from './job-common';
import { checkOutProject } from './checkout';
import { masked } from './log-scan';
import { replaceLiterals } from './placeholders';

interface Variable {
  value: string;
  secret: boolean;
}

interface Job {
  name: string;
  dependsOn?: string;
  variables: Yaml;
  steps: Yaml[];
}

const PIPELINE_KEYS = ['trigger', 'pr', 'pool', 'variables', 'steps', 'jobs'];

function jobsOf(root: Yaml): { variables: Yaml; jobs: Job[] } {
  if (Array.isArray(root)) return { variables: null, jobs: [{ name: 'job', variables: null, steps: root }] };
  if (!isMap(root)) throw new Error('an Azure Pipelines snippet must be a pipeline or a list of steps');
  onlyKeys('pipeline', root, PIPELINE_KEYS);
  if (Array.isArray(root.steps)) {
    return { variables: root.variables ?? null, jobs: [{ name: 'job', variables: null, steps: root.steps }] };
  }
  if (!Array.isArray(root.jobs)) throw new Error('a pipeline needs steps: or jobs:');
  const jobs = root.jobs.map((job, index): Job => {
    if (!isMap(job)) throw new Error(`job ${index + 1}: expected a mapping`);
    onlyKeys(`job ${index + 1}`, job, ['job', 'displayName', 'dependsOn', 'pool', 'variables', 'steps']);
    if (!Array.isArray(job.steps)) throw new Error(`job ${index + 1}: steps: expected a list`);
    const dependsOn = job.dependsOn === undefined ? undefined : text('dependsOn', job.dependsOn);
    return { name: text('job', job.job), dependsOn, variables: job.variables ?? null, steps: job.steps };
  });
  return { variables: root.variables ?? null, jobs };
}

/** `$(name)` → the variable's value; every macro must resolve. */
function expand(value: string, variables: Record<string, Variable>): string {
  return value.replace(/\$\(([A-Za-z0-9_.]+)\)/g, (_match, name: string) => {
    const variable = Object.entries(variables).find(([key]) => key.toLowerCase() === name.toLowerCase());
    if (!variable) throw new Error(`the snippet runner cannot resolve the macro $(${name})`);
    return variable[1].value;
  });
}

/** Pipeline or job `variables:`: a group (its variables come from the substitution table), name/value pairs, or a map. */
function declare(
  declared: Yaml,
  variables: Record<string, Variable>,
  ctx: SnippetContext,
  outputsOf: Record<string, Record<string, Variable>>,
): void {
  if (declared === null) return;
  const set = (name: string, raw: string) => {
    const dependency = /^\$\[ dependencies\.([\w-]+)\.outputs\['([\w.]+)'\] \]$/.exec(raw);
    if (dependency) {
      const output = outputsOf[dependency[1] ?? '']?.[dependency[2] ?? ''];
      if (!output) throw new Error(`no output ${dependency[2]} of job ${dependency[1]}`);
      variables[name] = output;
    } else if (raw.startsWith('$[')) {
      throw new Error(`the snippet runner cannot evaluate ${raw}`);
    } else {
      variables[name] = { value: expand(raw, variables), secret: false };
    }
  };
  if (isMap(declared)) {
    for (const [name, value] of Object.entries(declared)) set(name, text(name, value));
    return;
  }
  if (!Array.isArray(declared)) throw new Error('variables: expected a list or a mapping');
  for (const item of declared) {
    if (!isMap(item)) throw new Error('variables: expected mappings');
    if (item.group !== undefined) {
      onlyKeys('variables group', item, ['group']);
      for (const [name, variable] of Object.entries(ctx.table.pipelineVariables)) variables[name] = variable;
    } else {
      onlyKeys('variables item', item, ['name', 'value']);
      set(text('name', item.name), text('value', item.value));
    }
  }
}

/** Variables the agent defines for every job, plus the pipeline's secret variables (the substitution table). */
function agentVariables(ctx: SnippetContext): Record<string, Variable> {
  const { emulator } = ctx;
  const variables: Record<string, Variable> = {};
  for (const [name, value] of Object.entries(DEFAULT_VARIABLES)) variables[name] = { value, secret: false };
  variables['System.CollectionUri'] = {
    value: `${emulator.azureDevOpsUrl}/${emulator.organization}/`,
    secret: false,
  };
  for (const [name, variable] of Object.entries(ctx.table.pipelineVariables)) variables[name] = variable;
  return variables;
}

/** The step's log as the agent shows it: plain lines, and issues as `##[warning]` / `##[error]` lines. */
/**
 * `azureSubscription: <name>` or `botConnection: <name>`: the agent resolves the connection by name and hands the task its id, its
 * parameters, `System.AccessToken` and the job's OIDC request URL. An unknown name fails the run.
 */
function serviceConnection(inputs: Record<string, string>, ctx: SnippetContext) {
  const input = ['azureSubscription', 'botConnection'].find((key) => inputs[key] !== undefined);
  if (input === undefined) return {};
  const name = inputs[input] ?? '';
  const connection = ctx.table.serviceConnections[name];
  if (!connection) throw new Error(`no service connection ${name} (add it to placeholders.ts)`);
  inputs[input] = connection.id;
  const { emulator } = ctx;
  return {
    serviceConnections: [connection],
    systemAccessToken: emulator.azurePipelines.accessToken,
    variables: {
      'System.CollectionUri': `${emulator.azureDevOpsUrl}/${emulator.organization}/`,
      'System.OidcRequestUri': emulator.azurePipelines.oidcRequestUri,
    },
  };
}

function taskLog(run: TaskStepRun): string {
  const issues = [...run.warnings.map((w) => `##[warning]${w}`), ...run.errors.map((e) => `##[error]${e}`)];
  return [...run.plainLines, ...issues].join('\n');
}

export async function runAzurePipelinesSnippet(body: string, ctx: SnippetContext): Promise<SnippetRun> {
  const { variables: pipelineVariables, jobs } = jobsOf(parseYaml(replaceLiterals(body, ctx.table)));
  const logs: string[] = [];
  const secrets = Object.values(ctx.table.pipelineVariables)
    .filter((v) => v.secret)
    .map((v) => v.value);
  const outputsOf: Record<string, Record<string, Variable>> = {};
  const succeeded = new Set<string>();
  let ok = true;
  for (const job of jobs) {
    if (job.dependsOn !== undefined && !succeeded.has(job.dependsOn)) {
      ok = false;
      continue;
    }
    const variables = agentVariables(ctx);
    declare(pipelineVariables, variables, ctx, outputsOf);
    declare(job.variables, variables, ctx, outputsOf);
    for (const variable of Object.values(variables)) if (variable.secret) secrets.push(variable.value);
    const workspace = mkdtempSync(path.join(tmpdir(), 'snippet-azp-'));
    checkOutProject(workspace, ctx);
    const posts: {
      inputs: Record<string, string>;
      taskVariables: Record<string, string>;
      connection: ReturnType<typeof serviceConnection>;
    }[] = [];
    const agentVars = { 'System.CollectionUri': variables['System.CollectionUri']?.value };
    const outputs: Record<string, Variable> = {};
    let failed = false;
    for (const [index, step] of job.steps.entries()) {
      if (!isMap(step)) throw new Error(`step ${index + 1}: expected a mapping`);
      onlyKeys(`step ${index + 1}`, step, ['task', 'script', 'name', 'displayName', 'inputs', 'env']);
      if (failed) continue;
      if (step.task !== undefined) {
        if (step.task !== 'EphemeralPat@1')
          throw new Error(`the snippet runner only runs EphemeralPat@1, not ${JSON.stringify(step.task)}`);
        const inputs: Record<string, string> = {
          authorityHost: ctx.emulator.authorityHost,
          vsspsUrl: ctx.emulator.vsspsUrl,
          azureDevOpsUrl: ctx.emulator.azureDevOpsUrl,
        };
        for (const [name, value] of Object.entries(stringMap('inputs', step.inputs)))
          inputs[name] = expand(value, variables);
        const connection = serviceConnection(inputs, ctx);
        const main = await runTaskStep('main', { inputs, variables: agentVars, ...connection });
        secrets.push(...main.secrets);
        logs.push(taskLog(main));
        posts.unshift({ inputs, taskVariables: taskVariablesOf(main), connection });
        const stepName = typeof step.name === 'string' ? step.name : undefined;
        for (const [name, set] of Object.entries(main.variables)) {
          const variable = { value: set.value, secret: set.secret };
          if (set.secret) secrets.push(set.value);
          if (!set.isOutput) variables[name] = variable;
          else if (stepName) {
            variables[`${stepName}.${name}`] = variable;
            outputs[`${stepName}.${name}`] = variable;
          }
        }
        failed = main.exitCode !== 0 || main.result === 'Failed';
      } else if (step.script !== undefined) {
        const env = scriptBaseEnv(ctx, workspace);
        // Non-secret variables reach a script's environment by themselves; secret ones only through env:.
        for (const [name, variable] of Object.entries(variables))
          if (!variable.secret) env[envName(name)] = variable.value;
        for (const [name, value] of Object.entries(stringMap('env', step.env)))
          env[name] = expand(value, variables);
        // The agent's script step on Linux: bash --noprofile --norc <file>, without -e.
        const run = await runScript(
          ['--noprofile', '--norc'],
          expand(text('script', step.script), variables),
          env,
          workspace,
        );
        logs.push(run.stdout, run.stderr);
        failed = run.code !== 0;
      } else {
        throw new Error(`step ${index + 1}: neither task: nor script:`);
      }
    }
    for (const post of posts) {
      const run = await runTaskStep('post', {
        inputs: post.inputs,
        variables: agentVars,
        taskVariables: post.taskVariables,
        ...post.connection,
      });
      logs.push(taskLog(run));
      if (run.exitCode !== 0 || run.result === 'Failed') failed = true;
    }
    outputsOf[job.name] = outputs;
    if (failed) ok = false;
    else succeeded.add(job.name);
  }
  return { ok, log: masked(logs.join('\n'), secrets), secrets };
}
