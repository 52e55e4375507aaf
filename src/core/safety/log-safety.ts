/**
 * Everything the product prints passes through here, so that no input or server text can become a runner
 * command, hide itself with control characters, or leak a credential.
 *
 * Runner command syntax this module defends against:
 * - GitHub Actions: a line that starts with `::` after trimming whitespace (`::add-mask::`,
 *   `::stop-commands::`, `::set-output`…), and the legacy `##[command]` form, found anywhere in a line.
 * - Azure Pipelines: `##vso[` anywhere in a line (case-insensitive), and `##[group]`-style formatting.
 * A zero-width space (U+200B) is inserted between the two characters of each dangerous pair: the text stays
 * readable, and neither runner trims U+200B (it is not whitespace in .NET or JavaScript).
 */
import { INVISIBLE_OR_BREAKING } from '../inputs/characters';

const ZWSP = '\u200b';

/** `##[` and `##vso[`, case-insensitive; the lookahead matches on the first `#` of the pair. */
const HASH_COMMAND = /#(?=#(?:vso)?\[)/gi;

/** `\uXXXX` for every UTF-16 unit, so an astral character (two units) survives the escape whole. */
function unicodeEscape(chars: string): string {
  let escaped = '';
  for (let i = 0; i < chars.length; i++) escaped += `\\u${chars.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}

/**
 * Quotes text (a server message, a path; raw input values go through `quoteInput`) for echoing inside a
 * message: JSON string syntax, every control/format character escaped (including U+2028, bidi overrides and
 * ESC), truncated to `maxLength` code points with `…`, and `##[`/`##vso[` broken with a JSON escape, so the
 * result is safe even in a host that forgot to neutralize.
 */
export function quote(value: string, maxLength = 80): string {
  const limit = Math.max(1, Math.floor(maxLength));
  // A code point is at most two UTF-16 units: this head holds more than `limit` of them when `value` does.
  const codePoints = Array.from(value.slice(0, 2 * limit + 1));
  const truncated = codePoints.length > limit;
  const kept = truncated ? codePoints.slice(0, limit).join('') : value;
  // JSON.stringify escapes C0 controls, quotes, backslashes and lone surrogates; the rest we escape here.
  const json = JSON.stringify(kept)
    .slice(1, -1)
    .replace(INVISIBLE_OR_BREAKING, unicodeEscape)
    .replace(HASH_COMMAND, '\\u0023');
  return `"${json}${truncated ? '…' : ''}"`;
}

/**
 * Quotes a raw input value: whole, or not at all. Runners mask only exact secret strings, so the first part
 * of a secret pasted into the wrong input would print in clear; a value longer than `maxLength` code points
 * is described instead, e.g. `[a 1206-character value, not shown]`.
 */
export function quoteInput(value: string, maxLength = 80): string {
  const length = Array.from(value).length;
  return length <= maxLength ? quote(value, maxLength) : `[a ${length}-character value, not shown]`;
}

/** Line breaks a runner would honour: LF, CR and CRLF (.NET ReadLine). */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Leading whitespace as .NET's String.TrimStart sees it (and a little more: JavaScript's \s adds U+FEFF),
 * so `   ::set-output` and `\u00a0::set-output` are both caught.
 */
const LEADING_COLONS = /^([\s\u0085]*):(?=:)/u;

/** Other control characters (ESC for ANSI sequences, NUL, BEL, backspace…) are shown, not obeyed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function neutralizeLine(line: string): string {
  return line
    .replace(HIDDEN_CONTROL, unicodeEscape)
    .replace(HASH_COMMAND, `#${ZWSP}`)
    .replace(LEADING_COLONS, `$1:${ZWSP}`);
}

/**
 * Makes every line of `text` inert for both runners. CR, LF and CRLF still break lines (normalised to LF),
 * but each resulting line is neutralized on its own. Idempotent.
 */
export function neutralizeCommands(text: string): string {
  return text.split(LINE_BREAK).map(neutralizeLine).join('\n');
}

/** What replaces a secret. */
export const REDACTED = '***';

/**
 * JWTs and JWEs: base64url JSON headers start with `eyJ`. Found in runs of base64url characters and dots,
 * each run read once: `eyJ`, at least four more characters, then one to four `.segment`s.
 */
const JWT_RUN = /[A-Za-z0-9_.-]+/g;
const MAX_JWT_DOTS = 4;

function scrubJwtRun(run: string): string {
  let result = '';
  let from = 0;
  for (let at = run.indexOf('eyJ'); at !== -1; at = run.indexOf('eyJ', at + 1)) {
    const dot = run.indexOf('.', at + 3);
    // No dot after this `eyJ` means none after any later one either.
    if (dot === -1) break;
    if (dot - (at + 3) < 4) continue;
    let end = dot;
    for (let dots = 0; dots < MAX_JWT_DOTS && end < run.length && run[end] === '.'; dots++) {
      const next = run.indexOf('.', end + 1);
      end = next === -1 ? run.length : next;
    }
    result += run.slice(from, at) + REDACTED;
    from = end;
    at = end - 1;
  }
  return from === 0 ? run : result + run.slice(from);
}

/** `key=value`, `key: value`, `"key":"value"` for keys that name a credential. */
const SECRET_FIELD =
  /(\b(?:refresh_token|access_token|id_token|client_secret|client_assertion|assertion|device_code|password|passwd|pwd|secret|token|sig)\b["']?\s*[:=]\s*["']?)([^\s"'&,;{}[\]()<>]+)/gi;

/** HTTP credential headers: the whole value up to the end of the line or a closing quote. */
const CREDENTIAL_HEADER =
  /(\b(?:proxy-)?authorization\b["']?\s*[:=]\s*["']?)(?:(basic|bearer|negotiate|ntlm|digest|token)\s+)?([^\r\n"']+)/gi;
const COOKIE_HEADER = /(\b(?:set-)?cookie\b["']?\s*[:=]\s*["']?)([^\r\n"']+)/gi;

/**
 * `scheme://user:password@host`: the part after `://` here, the scheme in `hasScheme`, so that no pattern
 * runs along `a.a.a.…` from every letter (each match stops at the next `/`, so the scans never overlap).
 */
const URL_USER_INFO = /:\/\/([^\s/@:]*):([^\s/@]+)@/g;

function isSchemeCharacter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z0-9+.-]$/.test(char);
}

/** A scheme ends at `end`: a letter that starts a word, then letters, digits, `+`, `.` or `-`. */
function hasScheme(text: string, end: number): boolean {
  let start = end;
  while (isSchemeCharacter(text[start - 1])) start--;
  for (let i = start; i < end; i++) {
    const char = text[i] ?? '';
    const before = text[i - 1];
    const wordBefore = before !== undefined && /^\w$/.test(before);
    if (/^[A-Za-z]$/.test(char) && !wordBefore) return true;
  }
  return false;
}

/** Candidate runs of base64, base64url or hex; `isSecretLike` decides. Covers both PAT formats. */
const LONG_RUN = /[A-Za-z0-9+/_=-]{32,}/g;
const GUID_LIKE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-?)+$/i;
const PAT_LEGACY = /^[a-z2-7]{52}$/i;
const PAT_CURRENT = /^[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}$/;

/** Without leading and trailing `/`, `_`, `=` and `-` (string code: `[/_=-]+$` retries from every `=`). */
function trimPadding(run: string): string {
  const padding = (char: string | undefined) => char === '/' || char === '_' || char === '=' || char === '-';
  let start = 0;
  let end = run.length;
  while (start < end && padding(run[start])) start++;
  while (end > start && padding(run[end - 1])) end--;
  return run.slice(start, end);
}

/**
 * A run of 32+ token characters is secret-like unless it is a GUID (ids that support needs) or a plain
 * word/path (one case, no digits: `/home/runner/work/…`). Errs on the side of scrubbing.
 */
function isSecretLike(run: string): boolean {
  if (PAT_LEGACY.test(run) || PAT_CURRENT.test(run)) return true;
  if (GUID_LIKE.test(run)) return false;
  const core = trimPadding(run);
  if (core.length < 32) return false;
  const digit = /[0-9]/.test(core);
  const upper = /[A-Z]/.test(core);
  const lower = /[a-z]/.test(core);
  return (digit && (upper || lower)) || (upper && lower);
}

/**
 * Replaces anything that looks like a credential with `***`: JWTs, both PAT formats, long base64/base64url/
 * hex runs, credential fields (`refresh_token=`, `"password":`…), Authorization and Cookie header values,
 * and URL passwords. Used on server error bodies before they are printed. Linear in the text: no pattern
 * here can backtrack over what it already read.
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(CREDENTIAL_HEADER, (_m, key: string, scheme: string | undefined) =>
      scheme === undefined ? `${key}${REDACTED}` : `${key}${scheme} ${REDACTED}`,
    )
    .replace(COOKIE_HEADER, `$1${REDACTED}`)
    .replace(
      URL_USER_INFO,
      (match: string, user: string, _password: string, offset: number, whole: string) =>
        hasScheme(whole, offset) ? `://${user}:${REDACTED}@` : match,
    )
    .replace(SECRET_FIELD, `$1${REDACTED}`)
    .replace(JWT_RUN, scrubJwtRun)
    .replace(LONG_RUN, (run) => (isSecretLike(run) ? REDACTED : run));
}
