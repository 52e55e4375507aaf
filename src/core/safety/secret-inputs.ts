/** Registers every secret a step could print, in every form a log could show it. */
import type { Host } from '../host';
import { maskForms } from './secrets';

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
