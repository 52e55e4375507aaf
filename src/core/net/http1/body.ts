/**
 * The bytes of one response body, bounded in size and in the work and memory they cost. Node hands the body
 * over one buffer per parsed piece: a body sent in one-byte chunks would otherwise be kept as a million
 * one-byte buffers (each about a hundred bytes of heap), so every piece is copied into one buffer that
 * doubles when full (the length is known ahead when the response says it).
 */

/** Larger bodies are refused: the biggest answer this tool reads is a page of PATs, far below this. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
const INITIAL_BYTES = 16 * 1024;

export class BodyTooLargeError extends Error {
  readonly code = 'HPE_BODY_TOO_LARGE';
  constructor() {
    super(`The response body is larger than ${MAX_BODY_BYTES} bytes.`);
    this.name = 'BodyTooLargeError';
  }
}

export class BodyCollector {
  private buffer: Buffer;
  private length = 0;

  /** `expected`: the Content-Length, when the response gives one (refused at once when too large). */
  constructor(expected?: number) {
    if (expected !== undefined && expected > MAX_BODY_BYTES) throw new BodyTooLargeError();
    this.buffer = Buffer.allocUnsafe(expected ?? INITIAL_BYTES);
  }

  /** Copies `chunk` in; throws BodyTooLargeError past MAX_BODY_BYTES. */
  push(chunk: Buffer): void {
    const needed = this.length + chunk.length;
    if (needed > MAX_BODY_BYTES) throw new BodyTooLargeError();
    if (needed > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(MAX_BODY_BYTES, Math.max(needed, this.buffer.length * 2)));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    chunk.copy(this.buffer, this.length);
    this.length = needed;
  }

  /** The body so far: a view of the one buffer that holds it. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  /** How many bytes are held, used or not: at most twice the body, or its announced length. */
  get capacity(): number {
    return this.buffer.length;
  }
}
