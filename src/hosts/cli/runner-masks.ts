/**
 * Inside a GitHub Actions or Azure Pipelines job, the CLI also registers each secret with that runner's
 * masker (its own redaction covers only what it writes itself): the job log then hides the value wherever it
 * surfaces later, in a user's `echo` or another tool's debug output. The commands are written to stderr:
 * stdout must stay exactly the data asked for, and a `$(…)` capture would swallow them there, unseen by the
 * runner. Both runners read commands from a step's stderr as well as its stdout.
 *
 * A mask command holds the secret in clear, so it is written only where a runner reads it: a pipe (or socket),
 * which is what both runners give a step. stderr sent to a file (`2>err.log`) or a terminal would keep every
 * secret there instead, and no runner would ever see the command.
 */
import { fstatSync } from 'node:fs';
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

/** Whether this process's stderr (fd 2) is a pipe or a socket; a closed fd 2 is neither. */
export function stderrIsPipe(): boolean {
  try {
    const stats = fstatSync(2);
    return stats.isFIFO() || stats.isSocket();
  } catch {
    return false;
  }
}

/** Said once, in place of the mask commands, when stderr is not a pipe. Holds no secret. */
export const MASKS_SKIPPED =
  "Secrets are not registered with the runner's masker: stderr is not the runner's pipe (it goes to a file " +
  'or a terminal), where the mask commands would show each secret in clear. The CLI still scrubs them from ' +
  'what it writes; to have the job log hide them wherever else they appear, leave stderr to the runner ' +
  '(no `2>` redirect to a file).';
