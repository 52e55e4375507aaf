/**
 * The step's log lines, written straight to file descriptor 1. The first use of `process.stdout` builds a
 * stream over the runner's pipe, which costs about 5 ms of a ~40 ms step (docs/performance.md). Lines
 * written in one synchronous stretch (the ten forms of a masked secret) go out in one write: order is kept,
 * a mask still precedes any line after it, and whatever is pending is written before the process exits.
 */
import { writeSync } from 'node:fs';

let pending = '';
let viaStream = false;
let exitHooked = false;

export function writeStdout(text: string): void {
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', flushStdout);
  }
  if (pending === '') queueMicrotask(flushStdout);
  pending += text;
}

/** Writes what is pending; blocking, so it can run in an `exit` handler and ahead of `process.exit()`. */
export function flushStdout(): void {
  const text = pending;
  pending = '';
  if (text === '') return;
  if (viaStream) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      // A non-blocking pipe that is full: hand the rest, and every later line, to the stream, which queues.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      viaStream = true;
      process.stdout.write(bytes.subarray(offset));
      return;
    }
  }
}

/** Whether everything written has reached the pipe, so the process may end without waiting for a stream. */
function stdoutSettled(): boolean {
  return pending === '' && (!viaStream || process.stdout.writableLength === 0);
}

/**
 * Ends the process once a step is over, without the slower natural exit (which first closes the idle
 * keep-alive socket and tears down the heap). When lines still wait in the stream, it exits naturally.
 */
export function exitWhenWritten(): void {
  flushStdout();
  if (stdoutSettled()) process.exit();
}
