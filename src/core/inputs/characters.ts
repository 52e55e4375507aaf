/**
 * Character classes that several validators share, each compiled once: V8 compiles every regex literal on
 * its first use, and a Unicode property class takes 0.1–0.3 ms of that on this project's machines.
 */

/** Whitespace, control (Cc) or format (Cf: zero-width, bidi…) characters: never part of a token or name. */
const WHITESPACE_OR_CONTROL = /[\s\p{Cc}\p{Cf}]/u;

/** The same, or a backslash: the URL parser drops or rewrites all of these silently. */
const WHITESPACE_CONTROL_OR_BACKSLASH = /[\s\p{Cc}\p{Cf}\\]/u;

/**
 * Control, format and line/paragraph separator characters: invisible or line-breaking in some viewer.
 * Global: for `replace` only (`test` on a global regex keeps state between calls).
 */
export const INVISIBLE_OR_BREAKING = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

export function hasWhitespaceOrControl(text: string): boolean {
  return WHITESPACE_OR_CONTROL.test(text);
}

export function hasWhitespaceControlOrBackslash(text: string): boolean {
  return WHITESPACE_CONTROL_OR_BACKSLASH.test(text);
}
