/**
 * Endpoint URL inputs (`authority-host`, `vssps-url`, `azure-devops-url`, `key-vault-url`): absolute,
 * HTTPS except on loopback (the emulator), no user-info, no query or fragment, no trailing slash, and on a
 * Microsoft host of the input's service unless `allow-custom-endpoints` is on. Tokens are sent to these URLs,
 * so anything ambiguous is refused rather than repaired, and a refusal never echoes user-info or a query.
 */
import { hasWhitespaceControlOrBackslash } from './characters';
import { isAllowedHost, knownHostsOf, type EndpointInput } from './endpoint-hosts';
import { InputError } from '../errors';
import { inputRef } from './names';
import { redactUrl } from './redact-url';
import { quoteInput } from '../safety/log-safety';
import type { Endpoints } from './settings';
import { parseBoolean, readInput, type InputReader } from './validate';
import { isLoopbackHost } from '../loopback';

export const DEFAULT_ENDPOINTS: Readonly<Endpoints> = {
  authorityHost: 'https://login.microsoftonline.com',
  vsspsUrl: 'https://vssps.dev.azure.com',
  azureDevOpsUrl: 'https://dev.azure.com',
};

/** The opt-in that lets an endpoint input name a host outside Microsoft's clouds. */
export const ALLOW_CUSTOM_ENDPOINTS = 'allow-custom-endpoints';

/** The code of the refusal of a host outside the lists (stable: scripts and docs refer to it). */
export const ENDPOINT_NOT_ALLOWED = 'endpoint_not_allowed';

function refuse(input: EndpointInput, raw: string, problem: string): never {
  throw new InputError(
    input,
    `Input ${inputRef(input)} ${problem}: ${quoteInput(redactUrl(raw), 200)}.`,
    `Give an absolute https:// URL without credentials, query or fragment (http:// only for localhost or 127.0.0.1), e.g. ${
      DEFAULT_ENDPOINTS.vsspsUrl
    }.`,
  );
}

function refuseHost(input: EndpointInput, host: string): never {
  throw new InputError(
    input,
    `Input ${inputRef(input)} names ${quoteInput(host, 200)}, which is not a Microsoft host for this service: ` +
      'nothing was sent, because the credential would go there.',
    `Use one of ${knownHostsOf(input)} (or leave the input empty for the public cloud). If you trust this host ` +
      `with the bot user's credential (a proxy of your own, say), turn on ${inputRef(ALLOW_CUSTOM_ENDPOINTS)}.`,
    ENDPOINT_NOT_ALLOWED,
  );
}

/**
 * Validates one endpoint URL and returns it normalised: origin + path, without trailing slashes. A host
 * outside Microsoft's lists (and not loopback) needs `allowCustom`.
 */
export function parseEndpointUrl(input: EndpointInput, raw: string, allowCustom = false): string {
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
  if (!allowCustom && !isAllowedHost(input, url.hostname)) refuseHost(input, url.hostname);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The `allow-custom-endpoints` input (default false). */
export function allowsCustomEndpoints(read: InputReader): boolean {
  return parseBoolean(ALLOW_CUSTOM_ENDPOINTS, readInput(read, ALLOW_CUSTOM_ENDPOINTS), false);
}

/** The three service endpoints, each defaulting to the public Azure cloud. */
export function parseEndpoints(read: InputReader): Endpoints {
  // Read first, so that a malformed opt-in fails even when no endpoint is given.
  const allowCustom = allowsCustomEndpoints(read);
  const pick = (input: EndpointInput, fallback: string): string => {
    const raw = readInput(read, input);
    return raw === undefined ? fallback : parseEndpointUrl(input, raw, allowCustom);
  };
  return {
    authorityHost: pick('authority-host', DEFAULT_ENDPOINTS.authorityHost),
    vsspsUrl: pick('vssps-url', DEFAULT_ENDPOINTS.vsspsUrl),
    azureDevOpsUrl: pick('azure-devops-url', DEFAULT_ENDPOINTS.azureDevOpsUrl),
  };
}

/**
 * One warning per endpoint that only the opt-in let through, naming the input and the host alone (the
 * URL's path could be anything the user pasted; user-info and queries never get this far).
 */
export function customEndpointWarnings(endpoints: readonly [EndpointInput, string][]): string[] {
  return endpoints.flatMap(([input, value]) => {
    const host = new URL(value).hostname;
    if (isAllowedHost(input, host)) return [];
    return [
      `Input ${inputRef(input)} names ${quoteInput(host, 200)}, a host outside Microsoft's clouds, allowed by ` +
        `${inputRef(ALLOW_CUSTOM_ENDPOINTS)}: the bot user's credential and tokens are sent there.`,
    ];
  });
}

/** The warnings for the three service endpoints. */
export function endpointWarnings(endpoints: Endpoints): string[] {
  return customEndpointWarnings([
    ['authority-host', endpoints.authorityHost],
    ['vssps-url', endpoints.vsspsUrl],
    ['azure-devops-url', endpoints.azureDevOpsUrl],
  ]);
}
