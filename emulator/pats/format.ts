/**
 * The PAT API's value formats: the 84-character token with `AZDO` at [76:80], HTML-encoded
 * display names, `validTo` rounded to 1/300 s (SQL `datetime`) and printed with trailing zeros trimmed,
 * `validFrom` printed with 7 decimals.
 */
import { randomInt } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomBase32(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += BASE32[randomInt(32)];
  return out;
}

/** 52 random characters, 24 more of padding entropy, the `AZDO` signature, and a 4-character checksum. */
export function newPatToken(): string {
  const body = randomBase32(76);
  let sum = 0;
  for (const ch of body) sum = (sum * 31 + ch.charCodeAt(0)) % 32 ** 4;
  let check = '';
  for (let i = 0; i < 4; i++) {
    check = BASE32[sum % 32] + check;
    sum = Math.floor(sum / 32);
  }
  return `${body}AZDO${check}`;
}

/** AntiXssEncoder.HtmlEncode: markup characters and everything outside printable ASCII become entities. */
export function htmlEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&#39;';
    else if (code < 0x20 || code > 0x7e) out += `&#${code};`;
    else out += ch;
  }
  return out;
}

/** Rounds to the nearest 1/300 s, as a SQL `datetime` column stores it; returns epoch milliseconds. */
export function roundToDatetime(ms: number): number {
  return Math.round((Math.round((ms * 3) / 10) * 10) / 3);
}

/** `2020-12-01T23:46:23.32Z`: milliseconds with trailing zeros trimmed, no fraction when zero. */
export function formatValidTo(ms: number): string {
  const iso = new Date(roundToDatetime(ms)).toISOString();
  return iso.replace(/\.(\d+)Z$/, (_m, frac: string) => {
    const trimmed = frac.replace(/0+$/, '');
    return trimmed ? `.${trimmed}Z` : 'Z';
  });
}

/** `2020-11-02T22:56:52.1033333Z`: 1/300 s precision printed with 7 decimals. */
export function formatValidFrom(ms: number): string {
  const units = Math.round((ms * 3) / 10);
  const seconds = Math.floor(units / 300);
  const fraction = units - seconds * 300;
  const base = new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, '');
  return `${base}.${String(Math.round((fraction * 1e7) / 300)).padStart(7, '0')}Z`;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}
