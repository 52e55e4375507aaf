/**
 * Client for the Azure DevOps PAT lifecycle API (`{vssps}/{org}/_apis/tokens/pats`). Tolerant of what the
 * real service is known or suspected to do (business errors as HTTP 200 + `patTokenError`, sign-in pages
 * instead of 401, unverified status codes on revoke) and strict about shapes: a malformed answer is an
 * ActionableError, never a crash, and never quotes a body that could hold the new token.
 */
import { ActionableError } from '../errors';
import type { HttpClient, HttpRequest, HttpResponse } from '../net/http';
import { boundText } from '../safety/server-text';
import { isHtml, NOT_FOUND_VALUES, PAT_HTTP_FAILURES, patHttpFailure, patTokenError } from './pat-errors';

export interface PatToken {
  authorizationId: string;
  /** HTML-decoded: the server stores names HTML-encoded (`&` as `&amp;`). */
  displayName: string;
  scope: string;
  targetAccounts: string[] | null;
  validFrom: string;
  validTo: string;
  token: string | null;
}

/** Returns a fresh delegated Entra access token for Azure DevOps. */
export type TokenProvider = () => Promise<string>;

export interface PatClientOptions {
  vsspsUrl: string;
  organization: string;
  getAccessToken: TokenProvider;
  http: HttpClient;
  /** Default '7.1-preview.1'; the API is preview-only. */
  apiVersion?: string;
  /** Registers the new PAT with the log masker the moment the create response is parsed. */
  mask?: (secret: string) => void;
}

export type ListFilter = 'active' | 'revoked' | 'expired' | 'all';

export const DEFAULT_API_VERSION = '7.1-preview.1';
const PAGE_SIZE = 100;
/** 200 pages of 100: far beyond any real user's token count, so reaching it means the server loops. */
export const MAX_PAGES = 200;
/** Ids are printed in logs: accept GUID-like values only, so a strange server cannot inject text. */
const SAFE_ID = /^[A-Za-z0-9-]{1,100}$/;

type Json = Record<string, unknown>;

/** A Map, not an object literal: `&constructor;` must not find Object.prototype.constructor. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** Undoes the server's HTML encoding of display names (named and numeric entities, one pass). */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES.get(body.toLowerCase()) ?? entity;
  });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(operation: string, detail: string, retryable = true): ActionableError {
  const entry = PAT_HTTP_FAILURES.unexpected_response;
  return new ActionableError('server', `Could not ${operation}: ${entry.cause} (${detail})`, entry.fix, {
    code: 'unexpected_response',
    retryable,
  });
}

/** Validates one PatToken; `detail` never includes values, only field names. */
function parsePatToken(value: unknown, operation: string): PatToken {
  if (!isObject(value)) throw malformed(operation, 'patToken is not an object');
  const { authorizationId, displayName, scope, targetAccounts, validFrom, validTo, token } = value;
  if (typeof authorizationId !== 'string' || !SAFE_ID.test(authorizationId)) {
    throw malformed(operation, 'patToken.authorizationId is missing or not an id');
  }
  if (typeof validTo !== 'string' || Number.isNaN(Date.parse(validTo))) {
    throw malformed(operation, 'patToken.validTo is missing or not a date');
  }
  const accounts =
    Array.isArray(targetAccounts) && targetAccounts.every((account) => typeof account === 'string')
      ? targetAccounts
      : null;
  return {
    authorizationId,
    displayName: typeof displayName === 'string' ? decodeHtmlEntities(displayName) : '',
    scope: typeof scope === 'string' ? scope : '',
    targetAccounts: accounts,
    validFrom: typeof validFrom === 'string' ? validFrom : '',
    validTo,
    token: typeof token === 'string' && token !== '' ? token : null,
  };
}

/** Azure DevOps names the missing organization in the exception type (AccountNotFoundException…). */
function isMissingOrganization(response: HttpResponse): boolean {
  try {
    const body: unknown = JSON.parse(response.body);
    const typeKey = isObject(body) ? body.typeKey : undefined;
    return (
      typeof typeKey === 'string' && /account|host|organization|collection/i.test(boundText(typeKey, 200))
    );
  } catch {
    return false;
  }
}

export class PatClient {
  private readonly base: string;
  private readonly getAccessToken: TokenProvider;
  private readonly http: HttpClient;
  private readonly apiVersion: string;
  private readonly mask: (secret: string) => void;

  constructor(options: PatClientOptions) {
    const vssps = options.vsspsUrl.replace(/\/+$/, '');
    this.base = `${vssps}/${encodeURIComponent(options.organization)}/_apis/tokens/pats`;
    this.getAccessToken = options.getAccessToken;
    this.http = options.http;
    this.apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
    this.mask = options.mask ?? (() => undefined);
  }

  /** Opens the connection to Azure DevOps ahead of the request, to overlap whatever is awaited first. */
  preconnect(): void {
    this.http.preconnect(this.base);
  }

  /** Never retried blindly (a lost answer may hide a created token): failures are retryable errors. */
  async create(input: {
    displayName: string;
    scope: string[];
    validTo: Date;
  }): Promise<PatToken & { token: string }> {
    const operation = 'create a PAT';
    const body = JSON.stringify({
      displayName: input.displayName,
      scope: input.scope.join(' '),
      validTo: input.validTo.toISOString(),
      allOrgs: false,
    });
    const response = await this.send('POST', {}, operation, body, false);
    const result = this.result(response, operation);
    const raw = isObject(result.patToken) ? result.patToken.token : undefined;
    // Mask before anything else: from here on the token exists, and an error below must not reveal it.
    if (typeof raw === 'string' && raw !== '') this.mask(raw);
    const error = result.patTokenError;
    if (typeof error === 'string' && error !== 'none')
      throw patTokenError(error, this.message(result), operation);
    if (result.patToken === null || result.patToken === undefined)
      throw malformed(operation, 'patToken is null');
    const pat = parsePatToken(result.patToken, operation);
    if (pat.token === null) throw malformed(operation, 'patToken.token is missing');
    return { ...pat, token: pat.token };
  }

  /** undefined when the server does not know the id (tokenNotFound and kin). */
  async get(authorizationId: string): Promise<PatToken | undefined> {
    const operation = 'read a PAT';
    const response = await this.send('GET', { authorizationId }, operation);
    const result = this.result(response, operation);
    const error = result.patTokenError;
    if (typeof error === 'string' && NOT_FOUND_VALUES.has(error)) return undefined;
    if (typeof error === 'string' && error !== 'none')
      throw patTokenError(error, this.message(result), operation);
    if (result.patToken === null || result.patToken === undefined) return undefined;
    return parsePatToken(result.patToken, operation);
  }

  /** Every page, $top=100 each, until the continuation token is empty. */
  async list(options: { filter?: ListFilter } = {}): Promise<PatToken[]> {
    const operation = 'list PATs';
    const tokens: PatToken[] = [];
    const seen = new Set<string>();
    let continuationToken = '';
    for (let page = 1; ; page++) {
      const query: Record<string, string> = {
        displayFilterOption: options.filter ?? 'active',
        sortByOption: 'displayName',
        isSortAscending: 'true',
        $top: String(PAGE_SIZE),
      };
      if (continuationToken) query.continuationToken = continuationToken;
      const result = this.result(await this.send('GET', query, operation), operation);
      if (!Array.isArray(result.patTokens)) throw malformed(operation, 'patTokens is not a list');
      for (const item of result.patTokens) tokens.push(parsePatToken(item, operation));
      const next = result.continuationToken;
      if (next === undefined || next === null || next === '') return tokens;
      if (typeof next !== 'string') throw malformed(operation, 'continuationToken is not a string');
      if (seen.has(next)) throw malformed(operation, 'the server repeated a continuation token', false);
      if (page >= MAX_PAGES) throw malformed(operation, `still more pages after ${MAX_PAGES}`, false);
      seen.add(next);
      continuationToken = next;
    }
  }

  /** One page of at most `top` active tokens: a cheap call that proves the API accepts the bot's token. */
  async listFirst(top = 1): Promise<PatToken[]> {
    const operation = 'list PATs';
    const query = { displayFilterOption: 'active', $top: String(top) };
    const result = this.result(await this.send('GET', query, operation), operation);
    if (!Array.isArray(result.patTokens)) throw malformed(operation, 'patTokens is not a list');
    return result.patTokens.map((item) => parsePatToken(item, operation));
  }

  /** Moves a token's expiry; a tenant's lifetime policy may clamp it (read the answer) or refuse it. */
  async updateValidTo(authorizationId: string, validTo: Date): Promise<PatToken> {
    const operation = 'update a PAT';
    const body = JSON.stringify({ authorizationId, validTo: validTo.toISOString() });
    const result = this.result(await this.send('PUT', {}, operation, body), operation);
    const error = result.patTokenError;
    if (typeof error === 'string' && error !== 'none')
      throw patTokenError(error, this.message(result), operation);
    if (result.patToken === null || result.patToken === undefined)
      throw malformed(operation, 'patToken is null');
    return parsePatToken(result.patToken, operation);
  }

  /**
   * Active tokens whose (decoded) display name is exactly `displayName`. A continuation token is a row
   * offset: a token revoked on an earlier page while the pages are read (another job's post step) shifts
   * every later row back by one, and one row is never seen. So a name not found in a list of several pages
   * is looked for once more before it counts as absent.
   */
  async findActive(displayName: string): Promise<PatToken[]> {
    const named = (tokens: PatToken[]) => tokens.filter((token) => token.displayName === displayName);
    const tokens = await this.list({ filter: 'active' });
    const found = named(tokens);
    if (found.length > 0 || tokens.length < PAGE_SIZE) return found;
    return named(await this.list({ filter: 'active' }));
  }

  /**
   * 'not-found' for 404 and for not-found `patTokenError`s (including an already revoked token): the status
   * the service uses for an unknown id is unverified, and for a revoke "already gone" is success anyway.
   */
  async revoke(authorizationId: string): Promise<'revoked' | 'not-found'> {
    const operation = 'revoke a PAT';
    const response = await this.send('DELETE', { authorizationId }, operation);
    if (response.status === 404 && !isHtml(response)) {
      // A missing organization must not pass for an already revoked token.
      if (!isMissingOrganization(response)) return 'not-found';
      throw patHttpFailure(response, operation, this.organizationDetail());
    }
    if ((response.status === 200 || response.status === 204) && !isHtml(response)) {
      if (response.body.trim() === '') return 'revoked';
      const result = this.result(response, operation);
      const error = result.patTokenError;
      if (typeof error !== 'string' || error === 'none') return 'revoked';
      if (NOT_FOUND_VALUES.has(error) || error === 'invalidToken') return 'not-found';
      throw patTokenError(error, this.message(result), operation);
    }
    throw patHttpFailure(response, operation);
  }

  private async send(
    method: HttpRequest['method'],
    query: Record<string, string>,
    operation: string,
    body?: string,
    idempotent = true,
  ): Promise<HttpResponse> {
    // The connection to Azure DevOps opens while the token is fetched (a no-op once one waits).
    const pending = this.getAccessToken();
    this.preconnect();
    const accessToken = await pending;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${accessToken}`,
      Accept: 'application/json',
      // Ask for a 401 rather than a redirect to the sign-in page (both are handled).
      'X-TFS-FedAuthRedirect': 'Suppress',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const url = this.url(query);
    const response = await this.http.send({ method, url, headers, body }, { idempotent });
    if (response.status === 404 && method !== 'DELETE') {
      throw patHttpFailure(response, operation, this.organizationDetail());
    }
    return response;
  }

  private organizationDetail(): string {
    return `The organization URL was ${this.base.replace(/\/_apis.*$/, '')}.`;
  }

  /** `$top` must stay literal (URLSearchParams would write %24top). */
  private url(query: Record<string, string>): string {
    const all = { ...query, 'api-version': this.apiVersion };
    const text = Object.entries(all)
      .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
      .join('&');
    return `${this.base}?${text}`;
  }

  /** A 200 JSON object, or an ActionableError that explains what came back instead. */
  private result(response: HttpResponse, operation: string): Json {
    if (response.status !== 200 || isHtml(response)) throw patHttpFailure(response, operation);
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      throw patHttpFailure(response, operation);
    }
    if (!isObject(parsed)) throw malformed(operation, 'the body is not a JSON object');
    return parsed;
  }

  private message(result: Json): string | undefined {
    return typeof result.patTokenErrorMessage === 'string' ? result.patTokenErrorMessage : undefined;
  }
}
