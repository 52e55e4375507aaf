/** Runs one step and reports any failure through the host: the only place errors are turned into text. */
import { describeError } from '../errors';
import type { Host } from '../host';
import { POST_STEP } from '../platform-text';
import {
  abandonInFlight,
  InterruptedError,
  SIGNAL_GRACE_MS,
  watchStopSignals,
  type SignalSource,
  type StopSignal,
} from '../safety/signals';

export interface RunOptions {
  /** How long a request in flight may finish after SIGINT/SIGTERM. */
  graceMs?: number;
  signals?: SignalSource;
  /** Ends the process once an interrupted step has been reported. */
  exit?: (code: number) => void;
  /**
   * Reports an interrupted step and returns its exit code; `finished` says whether the step's work ended
   * within the grace time. By default the step fails with a message written for a step that mints.
   */
  interrupted?: (signal: StopSignal, finished: boolean) => number;
}

type Outcome = { done: true; error?: unknown } | { done: false; signal: StopSignal };

export async function runStep(
  host: Host,
  step: () => Promise<unknown>,
  options: RunOptions = {},
): Promise<void> {
  let onSignal: (signal: StopSignal) => void = () => undefined;
  const signalled = new Promise<Outcome>(
    (resolve) => (onSignal = (signal) => resolve({ done: false, signal })),
  );
  watchStopSignals((signal) => onSignal(signal), options.signals);
  const work: Promise<Outcome> = step().then(
    () => ({ done: true }),
    (error: unknown) => ({ done: true, error }),
  );

  const exit = options.exit ?? ((code: number) => process.exit(code));
  const first = await Promise.race([work, signalled]);
  if (first.done) {
    if ('error' in first) host.setFailed(describeError(first.error, host.platform));
    // The step is over and its result saved: a late signal ends the process with that result.
    onSignal = () => exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    return;
  }

  // Interrupted: start nothing new, let what is in flight finish (bounded) so its result is saved, then stop.
  const graceMs = options.graceMs ?? SIGNAL_GRACE_MS;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>(
    (resolve) => (timer = setTimeout(() => resolve(undefined), graceMs)),
  );
  const settled = await Promise.race([work, timeout]);
  clearTimeout(timer);
  // A request abandoned unanswered may still be committed: what it was records so before the step ends.
  if (settled === undefined) abandonInFlight();
  if (options.interrupted) {
    exit(options.interrupted(first.signal, settled !== undefined && !('error' in settled)));
    return;
  }
  host.setFailed(interruptedMessage(host, first.signal, settled, graceMs));
  exit(1);
}

function interruptedMessage(
  host: Host,
  signal: StopSignal,
  settled: Outcome | undefined,
  graceMs: number,
): string {
  const platform = host.platform;
  const what =
    settled === undefined
      ? `the request in flight did not finish within ${graceMs / 1000} s and was abandoned`
      : !('error' in settled)
        ? 'the request in flight finished and its result was saved'
        : settled.error instanceof InterruptedError
          ? 'no new request was started'
          : `the request in flight failed: ${describeError(settled.error, platform)}`;
  // Where the user runs the revocation (the CLI), the advice is their own command: it names the state file.
  const revoker = host.revokeCommand ? `\`${host.revokeCommand()}\`` : POST_STEP[platform];
  return (
    `Stopped on ${signal} (the job was cancelled or timed out): ${what}. ` +
    'The saved state names any token this step created, by authorization id or display name, so ' +
    `${revoker} revokes it` +
    (platform === 'cli'
      ? '.'
      : `; if ${POST_STEP[platform]} does not run, revoke it with \`npx ado-ephemeral-pat revoke\`.`)
  );
}
