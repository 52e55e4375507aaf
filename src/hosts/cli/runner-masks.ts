/**
 * Inside a GitHub Actions or Azure Pipelines job, the CLI also registers each secret with that runner's
 * masker (its own redaction covers only what it writes itself): the job log then hides the value wherever it
 * surfaces later, in a user's `echo` or another tool's debug output. The commands are written to stderr:
 * stdout must stay exactly the data asked for, and a `$(…)` capture would swallow them there, unseen by the
 * runner. Both runners read commands from a step's stderr as well as its stdout.
 */
import { vsoCommand } from '../azure-pipelines/commands';
import { commandLine } from '../github/commands';

type Env = Record<string, string | undefined>;

/** The command lines that register one secret with the runner this process runs under (none outside one). */
export type MaskCommands = (secret: string) => string[];

export function runnerMaskCommands(env: Env): MaskCommands {
  const github = env.GITHUB_ACTIONS === 'true';
  // The agent sets TF_BUILD=True; compared without case, as the agent's own variables are.
  const azurePipelines = env.TF_BUILD?.toLowerCase() === 'true';
  return (secret) => [
    ...(github ? [`${commandLine('add-mask', secret)}\n`] : []),
    ...(azurePipelines ? [vsoCommand('task.setsecret', {}, secret)] : []),
  ];
}
