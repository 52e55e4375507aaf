/**
 * The `lifetime` input: how long the PAT lives. Compact (`30m`, `2h`, `1d`, `1h30m`, `600s`) or ISO 8601
 * (`PT45M`, `P1D`, `P1DT2H`). Bounded to 5 minutes … 7 days: shorter risks expiring mid-job (and the server's
 * minimum is unknown); longer defeats the purpose, and 7 days is a common maximum-lifespan policy.
 */
import { InputError } from '../errors';
import { quoteInput } from '../safety/log-safety';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const MIN_LIFETIME_MS = 5 * MINUTE;
export const MAX_LIFETIME_MS = 7 * DAY;
export const DEFAULT_LIFETIME = '1h';

/**
 * Each unit at most once, largest first, optional spaces between: `1d 2h30m`. The spaces after a unit belong
 * to that unit: `\s*` next to `\s*` would try every split of a run of spaces (`1d`, 2,000 spaces, `x` took
 * seconds).
 */
const COMPACT = /^(?:(\d+)\s*d\s*)?(?:(\d+)\s*h\s*)?(?:(\d+)\s*m\s*)?(?:(\d+)\s*s)?$/i;
/** ISO 8601 durations without years and months (their length varies) and without fractions. */
const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

const EXAMPLES = '`30m`, `2h`, `1h30m`, `1d`, or ISO 8601 `PT45M`, `P1D`, `P1DT2H`';

function total(parts: ReadonlyArray<string | undefined>, units: readonly number[]): number | undefined {
  if (parts.every((part) => part === undefined)) return undefined;
  return parts.reduce((sum, part, i) => sum + (part === undefined ? 0 : Number(part) * (units[i] ?? 0)), 0);
}

function toMilliseconds(text: string): number | undefined {
  const iso = ISO.exec(text);
  if (iso !== null) {
    if (/T$/i.test(text)) return undefined; // `P1DT` has a dangling time designator
    return total(iso.slice(1), [7 * DAY, DAY, HOUR, MINUTE, SECOND]);
  }
  const compact = COMPACT.exec(text);
  return compact === null ? undefined : total(compact.slice(1), [DAY, HOUR, MINUTE, SECOND]);
}

/** `1d2h30m`, `45m`, `1h0m30s` → `1h30s`: the canonical compact form. */
export function formatDuration(milliseconds: number): string {
  let rest = Math.round(milliseconds / SECOND) * SECOND;
  let text = '';
  for (const [unit, size] of [
    ['d', DAY],
    ['h', HOUR],
    ['m', MINUTE],
    ['s', SECOND],
  ] as const) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) text += `${count}${unit}`;
  }
  return text || '0s';
}

function inRange(milliseconds: number | undefined): boolean {
  return milliseconds !== undefined && milliseconds >= MIN_LIFETIME_MS && milliseconds <= MAX_LIFETIME_MS;
}

/** Unit words as people write them, by the compact unit they stand for. */
const UNIT_WORDS: ReadonlyArray<readonly [unit: string, words: RegExp]> = [
  ['d', /^(?:d|days?)$/],
  ['h', /^(?:h|hours?|hrs?)$/],
  ['m', /^(?:m|min|mins|minutes?)$/],
  ['s', /^(?:s|sec|secs|seconds?)$/],
];

const UNIT_NAMES: Readonly<Record<string, string>> = { s: 'seconds', m: 'minutes', h: 'hours', d: 'days' };

/** `2 hours`, `2hrs`, `1 day`, `1 hour 30 minutes` → `2h`, `2h`, `1d`, `1h30m`; undefined when not of that shape. */
function fromWords(text: string): string | undefined {
  const parts = [...text.toLowerCase().matchAll(/(\d+)\s*([a-z]+)\s*(?:,|and)?\s*/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== text.toLowerCase()) return undefined;
  let compact = '';
  for (const [, count = '', word = ''] of parts) {
    const unit = UNIT_WORDS.find(([, words]) => words.test(word))?.[0];
    if (unit === undefined) return undefined;
    compact += `${count}${unit}`;
  }
  return compact;
}

/**
 * What the user most likely meant, as values that are themselves valid: a bare number in each unit that
 * fits the bounds (`90` → `90m` or `90h`), or unit words written out (`2 hours` → `2h`).
 */
export function suggestLifetimes(text: string): string[] {
  if (/^\d+$/.test(text)) {
    return ['s', 'm', 'h', 'd'].map((unit) => `${text}${unit}`).filter((v) => inRange(toMilliseconds(v)));
  }
  const compact = fromWords(text.trim());
  return compact !== undefined && inRange(toMilliseconds(compact)) ? [compact] : [];
}

function didYouMean(text: string): string {
  const suggestions = suggestLifetimes(text);
  const bare = /^\d+$/.test(text);
  if (suggestions.length === 0) return bare ? ' A number needs a unit.' : '';
  const named = suggestions.map((v) => (bare ? `\`${v}\` (${UNIT_NAMES[v.slice(-1)] ?? ''})` : `\`${v}\``));
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} or ${named.at(-1) ?? ''}`;
  return bare ? ` A number needs a unit: did you mean ${list ?? ''}?` : ` Did you mean ${list ?? ''}?`;
}

/** Parses and bounds the `lifetime` input. Every failure is an InputError naming `lifetime`. */
export function parseLifetime(raw: string): { milliseconds: number; text: string } {
  const text = raw.trim();
  const milliseconds = text === '' ? undefined : toMilliseconds(text);
  if (milliseconds === undefined) {
    throw new InputError(
      'lifetime',
      `Invalid lifetime ${quoteInput(raw)}.${didYouMean(text)}`,
      `Use a duration such as ${EXAMPLES}.`,
    );
  }
  if (milliseconds < MIN_LIFETIME_MS || milliseconds > MAX_LIFETIME_MS) {
    throw new InputError(
      'lifetime',
      `Lifetime ${quoteInput(raw)} is ${milliseconds < MIN_LIFETIME_MS ? 'shorter than 5 minutes' : 'longer than 7 days'}.`,
      `Use a duration from 5 minutes to 7 days that covers the job, e.g. ${EXAMPLES}; the token is revoked when the job ends anyway.`,
    );
  }
  return { milliseconds, text: formatDuration(milliseconds) };
}
