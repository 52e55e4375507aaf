/** The HTTP field grammar both directions share (RFC 9110, section 5): tokens and field values. */

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Visible ASCII, space, tab and obs-text; never CR, LF, NUL or another control character. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** A method or header name. */
export function isToken(text: string): boolean {
  return TOKEN.test(text);
}

export function isFieldValue(text: string): boolean {
  return FIELD_VALUE.test(text);
}
