/**
 * SIGINT and SIGTERM during a step. A cancelled or timed-out job gets SIGINT from the GitHub runner, then
 * SIGTERM 7.5 s later (the Azure Pipelines agent behaves alike). Node's default is to exit at once, which
 * can abandon a create request that the server still commits: a token nobody recorded. Instead, once a
 * signal arrives the step starts nothing new (no further create, no retry), lets a request already in flight
 * finish within a bound well inside the runner's window, so that its authorization id is saved, and then the
 * step fails with a clear message.
 *
 * Windows has no POSIX signals: Node turns Ctrl+C into SIGINT and Ctrl+Break into SIGBREAK, and the GitHub
 * runner cancels a Windows job with Ctrl+C, then Ctrl+Break, then ends the process. SIGTERM can be listened
 * for there but is never delivered (a kill ends the process outright), so on win32 SIGBREAK is watched too.
 */

export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGBREAK';

export const STOP_SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGTERM'];
const WINDOWS_STOP_SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGBREAK', 'SIGTERM'];

/** The signals a cancelled job may send on this platform. */
export function stopSignals(platform: NodeJS.Platform = process.platform): readonly StopSignal[] {
  return platform === 'win32' ? WINDOWS_STOP_SIGNALS : STOP_SIGNALS;
}

/** How long an in-flight request may finish after a signal: well inside the runner's 7.5 s SIGINT→SIGTERM. */
export const SIGNAL_GRACE_MS = 5_000;

/** The step was asked to stop before it could start the next request. */
export class InterruptedError extends Error {
  constructor(readonly signal: StopSignal) {
    super(`Stopped on ${signal} before starting a new request.`);
    this.name = 'InterruptedError';
  }
}

/** What receives signals: `process` in a step, a plain emitter in tests. */
export interface SignalSource {
  on(event: StopSignal, listener: () => void): unknown;
  off(event: StopSignal, listener: () => void): unknown;
}

let received: StopSignal | undefined;
const listeners = new Set<(signal: StopSignal) => void>();

/** The first stop signal this process received while watched, if any. */
export function interruption(): StopSignal | undefined {
  return received;
}

/** Throws an InterruptedError once a stop signal arrived: call before starting anything not idempotent. */
export function throwIfInterrupted(): void {
  if (received) throw new InterruptedError(received);
}

/** Waits `ms`, or rejects with an InterruptedError as soon as a stop signal arrives (or already had). */
export function interruptibleSleep(ms: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (received) return reject(new InterruptedError(received));
    const onSignal = (signal: StopSignal) => {
      clearTimeout(timer);
      listeners.delete(onSignal);
      reject(new InterruptedError(signal));
    };
    const timer = setTimeout(() => {
      listeners.delete(onSignal);
      resolve();
    }, ms);
    listeners.add(onSignal);
  });
}

/**
 * Replaces the default "exit at once" on the platform's stop signals: records the first signal, tells the
 * sleepers and `onSignal`. Later signals (SIGTERM after SIGINT) are absorbed: the grace bound still holds.
 * A signal the platform refuses to watch is skipped: the step then runs with Node's default for it rather
 * than failing to start. Returns a function that stops watching.
 */
export function watchStopSignals(
  onSignal: (signal: StopSignal) => void,
  source: SignalSource = process,
  platform: NodeJS.Platform = process.platform,
): () => void {
  const handlers: (readonly [StopSignal, () => void])[] = [];
  for (const signal of stopSignals(platform)) {
    const handler = () => {
      if (received) return;
      received = signal;
      for (const listener of [...listeners]) listener(signal);
      onSignal(signal);
    };
    try {
      source.on(signal, handler);
      handlers.push([signal, handler]);
    } catch {
      // uv_signal_start refused it (EINVAL): nothing to watch for this one.
    }
  }
  return () => {
    for (const [signal, handler] of handlers) source.off(signal, handler);
  };
}

const abandonHooks = new Set<() => void>();

/**
 * Runs `work`, a request whose outcome the step must know (a create). Should the step stop waiting for it
 * (the grace after a stop signal ran out, see runStep), `onAbandoned` runs first: the step records there that
 * the request may still be committed, though no answer will ever tell it so.
 */
export async function whileInFlight<T>(work: () => Promise<T>, onAbandoned: () => void): Promise<T> {
  abandonHooks.add(onAbandoned);
  try {
    return await work();
  } finally {
    abandonHooks.delete(onAbandoned);
  }
}

/** The step stops waiting: whatever is still in flight records that its outcome is unknown. */
export function abandonInFlight(): void {
  for (const hook of [...abandonHooks]) hook();
  abandonHooks.clear();
}

/** For tests: forget a recorded signal. */
export function resetInterruption(): void {
  received = undefined;
  listeners.clear();
  abandonHooks.clear();
}
