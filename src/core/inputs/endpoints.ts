/**
 * Endpoint URL inputs (`authority-host`, `vssps-url`, `azure-devops-url`, `key-vault-url`): absolute,
 * HTTPS except on loopback (the emulator), no user-info, no query or fragment, no trailing slash. Tokens
 * are sent to these URLs, so anything ambiguous is refused rather than repaired.
 */
import { hasWhitespaceControlOrBackslash } from './characters';
import { InputError } from '../errors';
import { inputRef } from './names';
import { quoteInput } from '../safety/log-safety';
import type { Endpoints } from './settings';
import { readInput, type InputReader } from './validate';
import { isLoopbackHost } from '../loopback';

export const DEFAULT_ENDPOINTS: Readonly<Endpoints> = {
  authorityHost: 'https://login.microsoftonline.com',
  vsspsUrl: 'https://vssps.dev.azure.com',
  azureDevOpsUrl: 'https://dev.azure.com',
};

function refuse(input: string, raw: string, problem: string): never {
  throw new InputError(
    input,
    `Input ${inputRef(input)} ${problem}: ${quoteInput(raw, 200)}.`,
    `Give an absolute https:// URL without credentials, query or fragment (http:// only for localhost or 127.0.0.1), e.g. ${
      DEFAULT_ENDPOINTS.vsspsUrl
    }.`,
  );
}

/** Validates one endpoint URL and returns it normalised: origin + path, without trailing slashes. */
export function parseEndpointUrl(input: string, raw: string): string {
  const text = raw.trim();
  // The URL parser silently drops tabs and line breaks inside a URL; refuse them instead.
  if (hasWhitespaceControlOrBackslash(text))
    refuse(input, raw, 'contains whitespace, control characters or backslashes');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    refuse(input, raw, 'is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') refuse(input, raw, 'must use https');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    refuse(input, raw, 'must use https (plain http is allowed only on loopback addresses)');
  }
  if (url.username !== '' || url.password !== '')
    refuse(input, raw, 'must not contain a user name or password');
  if (text.includes('?') || text.includes('#')) refuse(input, raw, 'must not contain a query or fragment');
  if (url.hostname === '') refuse(input, raw, 'has no host');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The three service endpoints, each defaulting to the public Azure cloud. */
export function parseEndpoints(read: InputReader): Endpoints {
  const pick = (input: string, fallback: string): string => {
    const raw = readInput(read, input);
    return raw === undefined ? fallback : parseEndpointUrl(input, raw);
  };
  return {
    authorityHost: pick('authority-host', DEFAULT_ENDPOINTS.authorityHost),
    vsspsUrl: pick('vssps-url', DEFAULT_ENDPOINTS.vsspsUrl),
    azureDevOpsUrl: pick('azure-devops-url', DEFAULT_ENDPOINTS.azureDevOpsUrl),
  };
}
