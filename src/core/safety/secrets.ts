/**
 * The forms of a secret that could surface in a log, so that each can be registered with the runner's
 * masker. Runners mask exact strings only, and the Azure Pipelines agent does not mask base64 forms itself.
 */
import type { Host } from '../host';

/** Forms shorter than this are not registered: masking them would blank unrelated text and hide little. */
export const MIN_MASK_LENGTH = 8;

function base64(bytes: Buffer): string {
  return bytes.toString('base64');
}

/** `Authorization: Basic` value for a PAT: the user name is empty (Azure DevOps ignores it). */
export function basicAuth(token: string): string {
  return base64(Buffer.from(`:${token}`, 'utf8'));
}

/**
 * The part of base64(anything + value + anything) that depends only on `value`, when `value` starts at a
 * byte offset ≡ `shift` (mod 3). Each base64 character encodes 6 bits; we keep the characters whose bits all
 * come from the value: from ceil(8·shift/6) to floor(8·(shift+n)/6), exclusive.
 */
export function alignedBase64(value: string, shift: 0 | 1 | 2): string {
  const bytes = Buffer.from(value, 'utf8');
  const encoded = base64(Buffer.concat([Buffer.alloc(shift), bytes]));
  const start = Math.ceil((8 * shift) / 6);
  const end = Math.floor((8 * (shift + bytes.length)) / 6);
  return end > start ? encoded.slice(start, end) : '';
}

/** base64 -> base64url for the aligned substrings, which never reach the padding. */
function toBase64Url(text: string): string {
  return text.replaceAll('+', '-').replaceAll('/', '_');
}

/** `%2F` -> `%2f`: percent-encoding is case-insensitive, and tools print either. */
function lowerHex(encoded: string): string {
  return encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
}

/**
 * Every form of `secret` worth registering with a masker: the raw value (always, when not empty), each line
 * of a multi-line value, its URL-encoded and form-encoded forms (with upper- and lower-case hex), its
 * JSON-escaped form, base64 of the value and of `:` + value (Basic auth), and the alignment-stable base64
 * (and base64url) substrings at byte offsets 0, 1 and 2, which match the value inside any larger base64 blob
 * (`user:token`, a JSON document…). De-duplicated; forms shorter than MIN_MASK_LENGTH are skipped, except
 * the raw value.
 */
export function maskForms(secret: string): string[] {
  if (secret === '') return [];
  const aligned = ([0, 1, 2] as const).map((shift) => alignedBase64(secret, shift));
  const urlEncoded = encodeURIComponent(secret);
  const formEncoded = new URLSearchParams({ v: secret }).toString().slice('v='.length);
  const candidates = [
    ...secret.split(/\r\n|\r|\n/).map((line) => line.trim()),
    urlEncoded,
    lowerHex(urlEncoded),
    formEncoded,
    lowerHex(formEncoded),
    JSON.stringify(secret).slice(1, -1),
    base64(Buffer.from(secret, 'utf8')),
    basicAuth(secret),
    ...aligned,
    ...aligned.map(toBase64Url),
  ];
  const forms = new Set<string>([secret]);
  for (const form of candidates) if (form.length >= MIN_MASK_LENGTH) forms.add(form);
  return [...forms];
}

/** Registers every secret a step could print, in every form a log could show it. */
/** Inputs whose values are secrets: masked before anything else happens in a step. */
export const SECRET_INPUTS = ['refresh-token', 'access-token', 'password'] as const;

/** Per host: the secrets whose forms were registered, and the forms themselves. */
const registered = new WeakMap<Host, { secrets: Set<string>; forms: Set<string> }>();

/** Registers each form once per host, however many places hand the same secret over. */
export function maskSecret(host: Host, secret: string): void {
  let seen = registered.get(host);
  if (!seen) registered.set(host, (seen = { secrets: new Set(), forms: new Set() }));
  // The input is masked first, then again by the credential that uses it: its forms are not worked out twice.
  if (seen.secrets.has(secret)) return;
  seen.secrets.add(secret);
  for (const form of maskForms(secret)) {
    if (seen.forms.has(form)) continue;
    seen.forms.add(form);
    host.setSecret(form);
  }
}

export function maskSecretInputs(host: Host): void {
  for (const name of SECRET_INPUTS) {
    const value = host.getInput(name);
    if (value) maskSecret(host, value);
  }
}
