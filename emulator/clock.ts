/**
 * The emulator's notion of time: the wall clock plus an offset that `POST /_emulator/clock` moves forward, so
 * tests can expire tokens without waiting. Every route must read time from here, never from Date.now().
 */
export interface Clock {
  /** Milliseconds since the epoch, offset included. */
  now(): number;
  /** Seconds since the epoch (JWT `iat`/`exp`), offset included. */
  nowSeconds(): number;
  offsetMs(): number;
  advance(ms: number): void;
  setOffset(ms: number): void;
}

export function createClock(initialOffsetMs = 0, wall: () => number = Date.now): Clock {
  let offset = initialOffsetMs;
  return {
    now: () => wall() + offset,
    nowSeconds: () => Math.floor((wall() + offset) / 1000),
    offsetMs: () => offset,
    advance: (ms) => {
      offset += ms;
    },
    setOffset: (ms) => {
      offset = ms;
    },
  };
}
