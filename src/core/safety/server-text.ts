/**
 * Text a server sends back (an error body, a header, a tool's stderr) is bounded before anything scans it:
 * a message needs its first lines, and no pattern then runs over a megabyte a server chose to send.
 */
import { quote, scrubSecrets } from './log-safety';

/** What is kept of a server text for a message: far more than any real error message, far less than a body. */
export const MAX_SERVER_TEXT = 8 * 1024;

/** Characters that can make up a token; a text cut short loses its last run of them (a secret's first part). */
function isTokenCharacter(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || // 0-9
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    code === 0x2b || // +
    code === 0x2d || // -
    code === 0x2e || // .
    code === 0x2f || // /
    code === 0x3d || // =
    code === 0x5f || // _
    code === 0x7e || // ~
    code === 0x25 // %
  );
}

/**
 * The first `max` characters of `text`, and `…` when more followed. The cut never splits a surrogate pair,
 * and drops the run of token characters it would cut through: the scrubbers recognise a secret by its
 * length and shape, which its first part may lack, and masks match whole secrets only.
 */
export function boundText(text: string, max = MAX_SERVER_TEXT): string {
  if (text.length <= max) return text;
  let end = max;
  while (end > 0 && isTokenCharacter(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A server text made safe to print: bounded, secrets scrubbed, controls escaped, quoted and shortened. */
export function serverText(text: string, maxLength = 300): string {
  return quote(scrubSecrets(boundText(text).trim()), maxLength);
}

/** Error codes as services write them: `SecretNotFound`, `ForbiddenByRbac`, `invalid_grant`, `Microsoft.Foo`. */
const CODE = /^[A-Za-z][A-Za-z0-9_.]{0,63}$/;

/**
 * `value` when it is shaped like an error code, else undefined: a code from an error body is printed as it
 * is (it is not quoted), so it must not be able to carry a runner command, a line break or a credential.
 * A JWT, or a long value with digits in it, looks like a token rather than a name.
 */
export function printableCode(value: unknown): string | undefined {
  if (typeof value !== 'string' || !CODE.test(value)) return undefined;
  if (value.startsWith('eyJ') || (value.length >= 20 && /[0-9]/.test(value))) return undefined;
  return value;
}

/**
 * A sentence that ends with quoted server text: `Azure DevOps said: "Not allowed."` ends with the quote when
 * the quoted text already ends a sentence, and with a period otherwise (`said: "x"."` reads as a typo).
 */
export function endsSentence(quoted: string): string {
  return /[.!?…]"$/u.test(quoted) ? quoted : `${quoted}.`;
}
