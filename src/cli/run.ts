/** Shared plumbing of the commands: one host per run, and the one place errors become text and exit codes. */
import { describeError } from '../core/errors';
import { maskSecretInputs } from '../core/safety/secrets';
import { CliHost } from '../hosts/cli/host';
import type { CommandContext } from './command';
import { exitCodeFor, type ExitCode } from './exit-codes';
import { inputFlags } from './inputs';

/** The secret inputs are registered at once, so that nothing the command prints can come before their masks. */
export function createHost(
  context: CommandContext,
  inputs: readonly string[],
  stateFile?: string,
  npmrcFile?: string,
): CliHost {
  const host = new CliHost({
    flags: inputFlags(context.values, inputs),
    inputs,
    env: context.io.env,
    writeErr: (text) => context.io.stderr(text),
    stderrIsPipe: context.io.stderrIsPipe,
    color: context.io.color,
    debug: context.debug,
    stateFile,
    npmrcFile,
  });
  maskSecretInputs(host);
  return host;
}

/** Runs `step`; a thrown error is printed through the host (so it is redacted) and mapped to an exit code. */
export async function guarded(
  host: CliHost,
  step: () => Promise<number>,
  onError?: ExitCode,
): Promise<number> {
  try {
    return await step();
  } catch (error) {
    host.setFailed(describeError(error, host.platform));
    return exitCodeFor(error, onError);
  }
}

/** A flag's value, else its `ADO_EPHEMERAL_PAT_*` variable, else undefined. */
export function option(context: CommandContext, name: string, envName?: string): string | undefined {
  const value = context.values[name];
  if (typeof value === 'string' && value.trim() !== '') return value;
  const fromEnv = envName ? context.io.env[envName] : undefined;
  return fromEnv === undefined || fromEnv.trim() === '' ? undefined : fromEnv;
}
