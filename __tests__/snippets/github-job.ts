/**
 * Runs a GitHub workflow snippet as the runner would, for the subset of syntax the docs use: the
 * `ado-ephemeral-pat` step through the action harness (main, then post at job end), each `run:` step in
 * `bash -e` with `${{ secrets.* }}`, `${{ vars.* }}` and `${{ steps.<id>.outputs.* }}` substituted and the
 * variables the action exported. A whole workflow, one job (`permissions:` + `steps:`) or a list of steps.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runActionStep, type StepRun } from '../../scripts/harness/github-runner';
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

const ACTION = 'ado-ephemeral-pat/ado-ephemeral-pat@v1';

interface Job {
  steps: Yaml[];
  /** `permissions: id-token: write`: the runner gives the job's steps its OIDC token request URL. */
  idToken: boolean;
}

function idToken(permissions: Yaml | undefined): boolean | undefined {
  if (permissions === undefined) return undefined;
  return isMap(permissions) && permissions['id-token'] === 'write';
}

/** The jobs of the snippet: a workflow's, one job (`permissions:` and `steps:`), or a list of steps. */
function jobsOf(root: Yaml): Job[] {
  if (Array.isArray(root)) return [{ steps: root, idToken: false }];
  if (!isMap(root)) throw new Error('a GitHub snippet must be a workflow, a job or a list of steps');
  if ('jobs' in root) {
    onlyKeys('workflow', root, ['name', 'on', 'permissions', 'jobs']);
    const jobs = root.jobs;
    if (!isMap(jobs)) throw new Error('jobs: expected a mapping');
    return Object.entries(jobs).map(([name, job]) => {
      if (!isMap(job)) throw new Error(`jobs.${name}: expected a mapping`);
      onlyKeys(`jobs.${name}`, job, ['name', 'runs-on', 'permissions', 'steps']);
      if (!Array.isArray(job.steps)) throw new Error(`jobs.${name}.steps: expected a list`);
      // A job's permissions replace the workflow's.
      return { steps: job.steps, idToken: idToken(job.permissions) ?? idToken(root.permissions) ?? false };
    });
  }
  onlyKeys('job', root, ['permissions', 'steps']);
  if (!Array.isArray(root.steps)) throw new Error('steps: expected a list');
  return [{ steps: root.steps, idToken: idToken(root.permissions) ?? false }];
}

function expand(value: string, ctx: SnippetContext, outputs: Record<string, Record<string, string>>): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_match, expression: string) => {
    const [scope, name, ...rest] = expression.split('.');
    let result: string | undefined;
    if (scope === 'secrets' && rest.length === 0) result = ctx.table.githubSecrets[name ?? ''];
    else if (scope === 'vars' && rest.length === 0) result = ctx.table.githubVars[name ?? ''];
    else if (scope === 'steps' && rest[0] === 'outputs' && rest.length === 2)
      result = outputs[name ?? '']?.[rest[1] ?? ''];
    if (result === undefined) throw new Error(`the snippet runner cannot evaluate \${{ ${expression} }}`);
    return result;
  });
}

/** Inputs that point the action at the emulator, unless the snippet sets them. */
function emulatorInputs(ctx: SnippetContext): Record<string, string> {
  const { emulator } = ctx;
  return {
    'authority-host': emulator.authorityHost,
    'vssps-url': emulator.vsspsUrl,
    'azure-devops-url': emulator.azureDevOpsUrl,
  };
}

function actionLog(run: StepRun): string {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n');
  return lines.filter((line) => !line.startsWith('::add-mask::')).join('\n');
}

export async function runGithubSnippet(body: string, ctx: SnippetContext): Promise<SnippetRun> {
  const secrets: string[] = [...Object.values(ctx.table.githubSecrets)];
  const logs: string[] = [];
  let ok = true;
  for (const { steps, idToken: oidc } of jobsOf(parseYaml(replaceLiterals(body, ctx.table)))) {
    const workspace = mkdtempSync(path.join(tmpdir(), 'snippet-gh-'));
    checkOutProject(workspace, ctx);
    const outputs: Record<string, Record<string, string>> = {};
    const exported: Record<string, string> = {};
    const posts: {
      inputs: Record<string, string>;
      state: Record<string, string>;
      env: Record<string, string>;
    }[] = [];
    let failed = false;
    for (const [index, step] of steps.entries()) {
      if (!isMap(step)) throw new Error(`step ${index + 1}: expected a mapping`);
      onlyKeys(`step ${index + 1}`, step, ['name', 'id', 'uses', 'with', 'env', 'run']);
      if (failed) continue;
      if (step.uses !== undefined) {
        if (step.uses !== ACTION)
          throw new Error(`the snippet runner only runs ${ACTION}, not ${JSON.stringify(step.uses)}`);
        if (step.env !== undefined)
          throw new Error('the snippet runner does not pass env: to the action step');
        const given = stringMap('with', step.with);
        const inputs = { ...emulatorInputs(ctx) };
        for (const [name, value] of Object.entries(given)) inputs[name] = expand(value, ctx, outputs);
        const oidcEnv: Record<string, string> = oidc
          ? {
              ACTIONS_ID_TOKEN_REQUEST_URL: ctx.emulator.github.requestUrl,
              ACTIONS_ID_TOKEN_REQUEST_TOKEN: ctx.emulator.github.requestToken,
            }
          : {};
        // The stand-ins (az) are on PATH for the action too, main and post.
        const stepEnv = { PATH: `${ctx.bin}${path.delimiter}${process.env.PATH ?? ''}`, ...oidcEnv };
        const main = await runActionStep('main', {
          inputs,
          env: stepEnv,
        });
        secrets.push(...main.masks);
        logs.push(actionLog(main));
        posts.unshift({ inputs, state: main.state, env: stepEnv });
        if (typeof step.id === 'string') outputs[step.id] = main.outputs;
        Object.assign(exported, main.env);
        failed = main.exitCode !== 0;
      } else if (step.run !== undefined) {
        const env = { ...scriptBaseEnv(ctx, workspace), ...exported };
        for (const [name, value] of Object.entries(stringMap('env', step.env)))
          env[name] = expand(value, ctx, outputs);
        // A step without `shell:` runs as `bash -e {0}` on Linux runners.
        const run = await runScript(['-e'], expand(text('run', step.run), ctx, outputs), env, workspace);
        logs.push(run.stdout, run.stderr);
        failed = run.code !== 0;
      } else {
        throw new Error(`step ${index + 1}: neither uses: nor run:`);
      }
    }
    // Post steps run at job end, whatever happened, in reverse order.
    for (const post of posts) {
      const run = await runActionStep('post', { inputs: post.inputs, state: post.state, env: post.env });
      logs.push(actionLog(run));
      if (run.exitCode !== 0) failed = true;
    }
    ok &&= !failed;
  }
  return { ok, log: masked(logs.join('\n'), secrets), secrets };
}
