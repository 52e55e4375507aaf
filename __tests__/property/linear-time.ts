/**
 * Timing harness for the linear-time properties: a function that scans text runs in CPU time proportional to
 * the text. The text grows fourfold from 256 characters to 1 MB, and each time is checked against two bounds:
 * - 4 times the text may cost at most 10 times as long (linear is 4×, quadratic 16×, cubic 64×), so that a
 *   super-linear scan fails in seconds instead of hanging (a quadratic scan of 1 MB takes minutes; a cubic
 *   one, days);
 * - 16 times the text at most 40 times as long (linear is 16×, quadratic 256×).
 * Robust on a shared, noisy machine: both ratios leave more than twice the room linear needs; a slack of
 * 50 ms, plus 1.5 s per MB for the garbage collector (copying a megabyte character by character promotes it
 * out of the young generation, which a 64 KB run never does), absorbs timer resolution, JIT warm-up and GC
 * pauses; each time is the best of up to three runs; and a time over its bound is measured again after a
 * pause before it counts. A quadratic scan still fails by 256 KB: it costs seconds there.
 */
import fc from 'fast-check';

const FIRST_SIZE = 256;
const LAST_SIZE = 1024 * 1024;
const GROWTH = 4;
const RATIO_4 = 10;
const RATIO_16 = 40;
const SLACK_MS = 50;
const SLACK_MS_PER_MB = 1500;

/** An adversarial body: `unit` repeated to about `size` characters, between an optional prefix and suffix. */
export interface Shape {
  name: string;
  unit: string;
  prefix?: string;
  suffix?: string;
}

export function build(shape: Shape, size: number): string {
  const prefix = shape.prefix ?? '';
  const suffix = shape.suffix ?? '';
  const count = Math.max(1, Math.ceil((size - prefix.length - suffix.length) / shape.unit.length));
  return prefix + shape.unit.repeat(count) + suffix;
}

const shape = (name: string, unit: string, prefix?: string, suffix?: string): Shape => ({
  name,
  unit,
  prefix,
  suffix,
});

/** Repetitions of the short alphabets that make common patterns backtrack. */
export const SHAPES: readonly Shape[] = [
  shape('a.', 'a.'),
  shape('a+ (scheme characters)', 'a+'),
  shape('spaces', ' '),
  shape('spaces, then x', ' ', '', 'x'),
  shape('tab and newline', '\t\n'),
  shape('CR', '\r'),
  shape('U+2028', '\u2028'),
  shape('&#', '&#'),
  shape('&#1', '&#1'),
  shape('&a', '&a'),
  shape('<a ', '<a '),
  shape('nested brackets', '[{'),
  shape('AADSTS', 'AADSTS'),
  shape('AADSTS digits', '1', 'AADSTS'),
  shape('%', '%'),
  shape('=', '='),
  shape('= between letters', '=', 'a', 'a'),
  shape('/ between letters', '/', 'a', 'a'),
  shape('backslash', '\\'),
  shape('double quote', '"'),
  shape('single quote', "'"),
  shape('eyJ', 'eyJ'),
  shape('eyJ with dots', 'eyJabcd.'),
  shape('token=', 'token= '),
  shape('token then spaces', ' ', 'token', 'x'),
  shape('authorization: bearer', ' ', 'authorization: bearer', '"'),
  shape('URL user info', 'a', 'https://user:', ''),
  shape('://', '://'),
  shape('hex run', 'a1'),
  shape('guid-like', '0123abcd-'),
  shape('##vso[', '##vso['),
  shape('::', '::'),
  shape('refresh token', 'refresh token '),
  shape('Trace ID', ' ', 'x', 'Trace'),
  shape('display name', ' [', 'ado-ephemeral-pat: ', ''),
  shape('compact duration', ' ', '1d', 'x'),
  shape('digits', '1'),
  shape('backticks', '`a-'),
  shape('control characters', '\u0000\u001b'),
  shape('astral', '😀'),
  shape('lone surrogate', '\ud800'),
];

/** Random short alphabets drawn from the characters the patterns care about. */
export const randomShape: fc.Arbitrary<Shape> = fc
  .string({
    unit: fc.constantFrom(...'aZ09.:/=+-_%&#;<>[]{}"\'\\ \t\r\n@`eyJ'.split('')),
    minLength: 1,
    maxLength: 4,
  })
  .map((unit) => ({ name: `random ${JSON.stringify(unit)}`, unit }));

type Run = (text: string) => unknown;

/**
 * The CPU time one run takes, in ms: unlike the wall clock, it does not count the time other processes (the
 * other test workers, on a CI machine with fewer cores than workers) hold the CPU.
 */
async function once(run: Run, text: string): Promise<number> {
  const start = process.cpuUsage();
  try {
    await run(text);
  } catch {
    // Refusing the text is an answer too; only the time it took matters here.
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The best of up to three runs; stops early once a run is within `budget`. */
async function best(run: Run, text: string, budget = 0): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < 3 && fastest > budget; i++) fastest = Math.min(fastest, await once(run, text));
  return fastest;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 200));

/** Undefined when `run` scales linearly on `shape`, else what went wrong. */
export async function superLinear(run: Run, body: Shape): Promise<string | undefined> {
  const times = [await best(run, build(body, FIRST_SIZE))];
  for (let size = GROWTH * FIRST_SIZE; size <= LAST_SIZE; size *= GROWTH) {
    const quarter = times[times.length - 1] ?? 0;
    const sixteenth = times[times.length - 2];
    const slack = SLACK_MS + (SLACK_MS_PER_MB * size) / LAST_SIZE;
    const budget = Math.min(
      RATIO_4 * quarter + slack,
      sixteenth === undefined ? Infinity : RATIO_16 * sixteenth + slack,
    );
    const text = build(body, size);
    let took = await best(run, text, budget);
    if (took > budget) {
      await pause();
      took = Math.min(took, await best(run, text, budget));
    }
    if (took > budget) {
      const was = `${quarter.toFixed(1)} ms for 1/4${sixteenth === undefined ? '' : `, ${sixteenth.toFixed(1)} ms for 1/16`}`;
      return `${body.name}: ${took.toFixed(1)} ms for ${size} characters, over ${budget.toFixed(1)} ms (${was})`;
    }
    times.push(took);
  }
  return undefined;
}
