/**
 * Writes the step's log lines straight to file descriptor 1. The first use of `process.stdout` builds a
 * stream over the runner's pipe, which costs about 5 ms of a ~40 ms step (docs/performance.md); the runner
 * reads whole lines either way, and a blocking write keeps them in order.
 */
import { writeSync } from 'node:fs';

let viaStream = false;

export function writeStdout(text: string): void {
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
