/**
 * The PAT's display name: recognisable (`ado-ephemeral-pat: …`) and unique (a random suffix), so that a post
 * step that lost the authorization id can revoke by exact name without touching another job's token.
 */
import { randomBytes } from 'node:crypto';
import { INVISIBLE_OR_BREAKING } from '../inputs/characters';
import type { RunContext } from '../host';

export const DISPLAY_NAME_PREFIX = 'ado-ephemeral-pat';

/** Azure DevOps refuses a display name longer than 256 characters after HTML encoding. */
export const DISPLAY_NAME_MAX_ENCODED_LENGTH = 256;

/** The random part: 8 lower-case hex characters (32 bits: collisions between concurrent jobs are negligible). */
export function randomSuffix(): string {
  return randomBytes(4).toString('hex');
}

const SUFFIX = /^[0-9a-f]{8}$/;

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * HTML encoding as the server applies it before checking the length: AntiXssEncoder.HtmlEncode (as
 * decompiled from Azure DevOps Server; the cloud service is unverified) names the five markup characters and writes
 * `&#N;` for characters outside its safe list. Encoding every code point outside printable ASCII, as the
 * emulator does, is the longest that can come out: over-counting only truncates a little earlier.
 */
export function htmlEncode(text: string): string {
  let encoded = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    encoded += HTML_ENTITIES[char] ?? (code < 0x20 || code > 0x7e ? `&#${code};` : char);
  }
  return encoded;
}

/** Length after the server's HTML encoding, counted as `htmlEncode` writes it (an upper bound). */
export function htmlEncodedLength(text: string): number {
  return htmlEncode(text).length;
}

/** Control, format and separator characters are stripped; whitespace runs become one space. */
export function cleanDisplayName(text: string): string {
  return text.replace(INVISIBLE_OR_BREAKING, ' ').replace(/\s+/g, ' ').trim();
}

/** `octo/repo run 42.1 job build`, from whatever the platform knows. */
export function deriveBaseName(ctx: RunContext): string {
  const parts: string[] = [];
  if (ctx.source) parts.push(ctx.source);
  if (ctx.runId) parts.push(`run ${ctx.runId}${ctx.attempt ? `.${ctx.attempt}` : ''}`);
  if (ctx.job) parts.push(`job ${ctx.job}`);
  return cleanDisplayName(parts.join(' ')) || 'ci job';
}

/**
 * `ado-ephemeral-pat: <base> [<suffix>]`, where base is the requested name or one derived from the run,
 * truncated (with `...`) so that the whole name is at most 256 characters after HTML encoding.
 */
export function buildDisplayName(requested: string | undefined, ctx: RunContext, suffix: string): string {
  return planDisplayName(requested, ctx, suffix).name;
}

/** The display name, and whether its base had to be cut to fit (the step then says so). */
export function planDisplayName(
  requested: string | undefined,
  ctx: RunContext,
  suffix: string,
): { name: string; shortened: boolean } {
  if (!SUFFIX.test(suffix)) throw new TypeError('display name suffix must be 8 lower-case hex characters');
  const head = `${DISPLAY_NAME_PREFIX}: `;
  const tail = ` [${suffix}]`;
  const base = cleanDisplayName(requested ?? '') || deriveBaseName(ctx);
  const budget = DISPLAY_NAME_MAX_ENCODED_LENGTH - htmlEncodedLength(head) - htmlEncodedLength(tail);
  if (htmlEncodedLength(base) <= budget) return { name: head + base + tail, shortened: false };
  // ASCII: `…` would cost 7 characters once encoded.
  const ellipsis = '...';
  let kept = '';
  let used = htmlEncodedLength(ellipsis);
  for (const char of base) {
    const cost = htmlEncodedLength(char);
    if (used + cost > budget) break;
    kept += char;
    used += cost;
  }
  return { name: `${head}${kept.trimEnd()}${ellipsis}${tail}`, shortened: true };
}

const OWN_NAME = new RegExp(`^${DISPLAY_NAME_PREFIX}: .* \\[[0-9a-f]{8}\\]$`, 's');

/** True for a name this product built (in plain or HTML-encoded form, as the server may return either). */
export function isOwnDisplayName(name: string): boolean {
  return OWN_NAME.test(name);
}

/** True when a name read back from the server is `ours`, whether the server returns it encoded or not. */
export function sameDisplayName(fromServer: string, ours: string): boolean {
  return fromServer === ours || fromServer === htmlEncode(ours);
}
