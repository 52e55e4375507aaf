/**
 * A URL input as a message may show it: a user name or password becomes `***@`, a query or fragment `?…`.
 * Works on the raw text, parseable or not, because the values worth hiding are in exactly the URLs that are
 * refused. Runners mask only secrets they were told about, and a password pasted into a URL input is not one.
 */

/** `scheme://`, when present; the authority starts after it (or at the start, for `user:pw@host`). */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export function redactUrl(raw: string): string {
  const scheme = SCHEME.exec(raw)?.[0] ?? '';
  const rest = raw.slice(scheme.length);
  const queryAt = rest.search(/[?#]/);
  const beforeQuery = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const pathAt = beforeQuery.indexOf('/');
  const authority = pathAt === -1 ? beforeQuery : beforeQuery.slice(0, pathAt);
  const path = pathAt === -1 ? '' : beforeQuery.slice(pathAt);
  // Everything up to the last `@` of the authority is user info, backslashes and colons included.
  const at = authority.lastIndexOf('@');
  const host = at === -1 ? authority : `***@${authority.slice(at + 1)}`;
  return `${scheme}${host}${path}${queryAt === -1 ? '' : '?…'}`;
}
