/**
 * One shape for a job's main and post steps on each platform, over the runner-faithful harnesses, so the
 * reliability tests run every scenario on the GitHub Action and the Azure Pipelines task alike.
 */
import {
  findLeaks as findActionLeaks,
  runActionStep,
  type StepRun,
} from '../../scripts/harness/github-runner';
import {
  findLeaks as findTaskLeaks,
  runTaskStep,
  taskVariablesOf,
  type TaskStepRun,
} from '../../scripts/harness/azure-pipelines-agent';
import { maskForms } from '../../src/core/safety/secrets';
import { taskName } from '../../src/hosts/azure-pipelines/names';
import type { TestEmulator } from '../helpers/emulator';

export type PlatformName = 'github' | 'azure-pipelines';

export interface Kill {
  signal: NodeJS.Signals;
  when: (stdout: string) => boolean;
}

/** What one step did, the same on every platform. */
export interface Step {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr as the log shows them (commands included). */
  log: string;
  errors: string[];
  warnings: string[];
  /** Every value the step registered with the platform's masker. */
  masks: string[];
  /** What the main step hands the post step (GitHub state, Azure Pipelines task variables): never a secret. */
  handoff: Record<string, string>;
  token?: string;
  basicAuth?: string;
  /** Every byte the step wrote where a secret must not appear (outside the mask and secret-output commands). */
  leaks(secrets: string[]): string[];
  /** Every byte the step wrote, files included (for the raw scans of the masking test). */
  everything: string;
}

export interface Driver {
  platform: PlatformName;
  main(options?: { inputs?: Record<string, string>; kill?: Kill }): Promise<Step>;
  post(
    handoff: Record<string, string>,
    options?: { inputs?: Record<string, string>; kill?: Kill },
  ): Promise<Step>;
}

function fromAction(run: StepRun): Step {
  return {
    exitCode: run.exitCode,
    signal: run.signal,
    log: `${run.stdout}\n${run.stderr}`,
    errors: run.errors,
    warnings: run.warnings,
    masks: run.masks,
    handoff: run.state,
    token: run.outputs.token,
    basicAuth: run.outputs['basic-auth'],
    leaks: (secrets) => findActionLeaks(run, secrets),
    everything: [run.stdout, run.stderr, ...Object.values(run.files)].join('\n'),
  };
}

function fromTask(run: TaskStepRun): Step {
  return {
    exitCode: run.exitCode,
    signal: run.signal,
    log: `${run.stdout}\n${run.stderr}`,
    errors: run.errors,
    warnings: run.warnings,
    masks: run.secrets,
    handoff: taskVariablesOf(run),
    token: run.variables.token?.value,
    basicAuth: run.variables.basicAuth?.value,
    leaks: (secrets) => findTaskLeaks(run, secrets),
    everything: [run.stdout, run.stderr, ...run.summaries].join('\n'),
  };
}

export function githubDriver(emu: TestEmulator, env?: Record<string, string>): Driver {
  return {
    platform: 'github',
    main: async ({ inputs, kill } = {}) =>
      fromAction(await runActionStep('main', { inputs: emu.inputs(inputs), kill, env })),
    post: async (handoff, { inputs, kill } = {}) =>
      fromAction(await runActionStep('post', { inputs: emu.inputs(inputs), state: handoff, kill, env })),
  };
}

export function taskDriver(emu: TestEmulator, env?: Record<string, string>): Driver {
  const inputsOf = (extra: Record<string, string> = {}) => {
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(emu.inputs(extra))) inputs[taskName(name)] = value;
    return inputs;
  };
  const variables = {
    'System.CollectionUri': `${emu.emulator.azureDevOpsUrl}/${emu.emulator.organization}/`,
  };
  return {
    platform: 'azure-pipelines',
    main: async ({ inputs, kill } = {}) =>
      fromTask(await runTaskStep('main', { inputs: inputsOf(inputs), variables, kill, env })),
    post: async (handoff, { inputs, kill } = {}) =>
      fromTask(
        await runTaskStep('post', { inputs: inputsOf(inputs), variables, taskVariables: handoff, kill, env }),
      ),
  };
}

/**
 * Every form of every secret a job touched: whatever either step registered with the masker (the PAT, its
 * basic-auth value, Entra access and refresh tokens, in all their forms), plus the forms of the values the
 * test knows independently (the bot's refresh token, the PAT from the outputs).
 */
export function secretsOf(emu: TestEmulator, ...steps: Step[]): string[] {
  const known = [emu.emulator.bot.refreshToken];
  for (const step of steps) {
    if (step.token) known.push(step.token);
    if (step.basicAuth) known.push(step.basicAuth);
  }
  const all = new Set<string>(known.flatMap((secret) => maskForms(secret)));
  for (const step of steps) for (const mask of step.masks) all.add(mask);
  return [...all];
}

/** Active PATs in the emulator (reset per scenario: all of them belong to the job under test). */
export async function activePats(emu: TestEmulator) {
  return (await emu.pats()).filter((pat) => pat.status === 'active');
}

/** A fixed-width text table. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
