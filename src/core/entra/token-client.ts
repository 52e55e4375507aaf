/**
 * The Microsoft Entra ID OAuth 2.0 endpoints (v2.0), form-encoded: refresh token, password, device code and
 * client credentials grants. Every token in a response goes to `mask` before anything else touches it.
 */
import { entraError, parseEntraErrorBody, withScopeAdvice } from './errors';
import { ActionableError } from '../errors';
import type { HttpClient, HttpResponse } from '../net/http';
import { decodeJwtUnverified } from './jwt';
import { PAT_MANAGEMENT_SCOPES } from './scopes';

export { AZURE_DEVOPS_RESOURCE, PAT_MANAGEMENT_SCOPES } from './scopes';

const OFFLINE_ACCESS = 'offline_access';
const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export interface EntraTokens {
  accessToken: string;
  refreshToken?: string;
  expiresOn: Date;
  scope?: string;
  /** The signed-in user's name (from the id token or access token), for "signed in as …" messages. */
  account?: string;
}

export interface DeviceCodeChallenge {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  expiresIn: number;
  interval: number;
  message: string;
}

export interface EntraClientOptions {
  authorityHost: string;
  tenantId: string;
  http: HttpClient;
  /** Registers a secret with the log masker; called with every token Entra returns, at once. */
  mask?: (secret: string) => void;
  /** For device code polling; injectable so tests do not wait. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

type Json = Record<string, unknown>;

function withOfflineAccess(scopes: readonly string[]): string {
  return [...new Set([...scopes, OFFLINE_ACCESS])].join(' ');
}

function positiveNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}

function accountOf(idToken: unknown, accessToken: string): string | undefined {
  for (const token of [idToken, accessToken]) {
    if (typeof token !== 'string') continue;
    const claims = decodeJwtUnverified(token)?.payload;
    const name = claims?.preferred_username ?? claims?.upn ?? claims?.unique_name;
    if (typeof name === 'string') return name;
  }
  return undefined;
}

export class EntraClient {
  private readonly base: string;
  private readonly http: HttpClient;
  private readonly mask: (secret: string) => void;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(options: EntraClientOptions) {
    this.base = `${options.authorityHost.replace(/\/+$/, '')}/${encodeURIComponent(options.tenantId)}/oauth2/v2.0`;
    this.http = options.http;
    this.mask = options.mask ?? (() => undefined);
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? Date.now;
  }

  /** Adds offline_access so Entra returns the rotated refresh token, which the caller must keep. */
  redeemRefreshToken(input: {
    clientId: string;
    refreshToken: string;
    scopes?: readonly string[];
  }): Promise<EntraTokens> {
    const scopes = input.scopes ?? PAT_MANAGEMENT_SCOPES;
    const form = {
      grant_type: 'refresh_token',
      client_id: input.clientId,
      refresh_token: input.refreshToken,
      scope: withOfflineAccess(scopes),
    };
    return this.token(form, 'redeem the refresh token', [input.refreshToken], scopes);
  }

  /** Resource-owner password grant: deprecated by Microsoft, fails under MFA and Conditional Access. */
  passwordGrant(input: {
    clientId: string;
    username: string;
    password: string;
    scopes?: readonly string[];
  }): Promise<EntraTokens> {
    const scopes = input.scopes ?? PAT_MANAGEMENT_SCOPES;
    const form = {
      grant_type: 'password',
      client_id: input.clientId,
      username: input.username,
      password: input.password,
      scope: withOfflineAccess(scopes),
    };
    const operation = `sign in as ${input.username.replace(/[^\w.@+-]/g, '')}`;
    return this.token(form, operation, [input.password], scopes);
  }

  /**
   * App-only token for the job's own identity (e.g. Key Vault access with a federated client assertion).
   * Such a token can never mint a PAT.
   */
  clientCredentials(input: {
    clientId: string;
    scopes: string[];
    clientAssertion?: string;
    clientSecret?: string;
  }): Promise<EntraTokens> {
    const form: Record<string, string> = {
      grant_type: 'client_credentials',
      client_id: input.clientId,
      scope: input.scopes.join(' '),
    };
    if (input.clientAssertion !== undefined) {
      form.client_assertion_type = JWT_BEARER_ASSERTION;
      form.client_assertion = input.clientAssertion;
    }
    if (input.clientSecret !== undefined) form.client_secret = input.clientSecret;
    const secrets = [input.clientAssertion, input.clientSecret].filter((s): s is string => s !== undefined);
    return this.token(form, 'issue a token for the job identity', secrets);
  }

  async startDeviceCode(input: {
    clientId: string;
    scopes?: readonly string[];
  }): Promise<DeviceCodeChallenge> {
    const scopes = input.scopes ?? PAT_MANAGEMENT_SCOPES;
    const form = { client_id: input.clientId, scope: withOfflineAccess(scopes) };
    const json = await this.post('devicecode', form, 'start the device code sign-in', []).catch(
      (error: unknown) => {
        throw withScopeAdvice(error, scopes);
      },
    );
    const deviceCode = json.device_code;
    const userCode = json.user_code;
    const verificationUri = json.verification_uri ?? json.verification_url;
    if (
      typeof deviceCode !== 'string' ||
      typeof userCode !== 'string' ||
      typeof verificationUri !== 'string'
    ) {
      throw this.malformed('the device code response lacks device_code, user_code or verification_uri');
    }
    this.mask(deviceCode);
    const expiresIn = positiveNumber(json.expires_in) ?? 900;
    const interval = positiveNumber(json.interval) ?? 5;
    const message =
      typeof json.message === 'string'
        ? json.message
        : `To sign in, open ${verificationUri} and enter the code ${userCode}.`;
    return { deviceCode, userCode, verificationUri, expiresIn, interval, message };
  }

  /** Polls until the user signs in; slow_down adds 5 s to the interval, as RFC 8628 asks. */
  async pollDeviceCode(input: {
    clientId: string;
    deviceCode: string;
    interval: number;
    expiresIn: number;
  }): Promise<EntraTokens> {
    const deadline = this.now() + input.expiresIn * 1000;
    let interval = Math.max(1, input.interval);
    const form = { grant_type: DEVICE_CODE_GRANT, client_id: input.clientId, device_code: input.deviceCode };
    while (this.now() + interval * 1000 <= deadline) {
      await this.sleep(interval * 1000);
      const response = await this.http.send(this.request('token', form), { idempotent: true });
      const pending = parseEntraErrorBody(response.body)?.error;
      if (response.status === 400 && pending === 'authorization_pending') continue;
      if (response.status === 400 && pending === 'slow_down') {
        interval += 5;
        continue;
      }
      return this.tokens(response, 'complete the device code sign-in', [input.deviceCode]);
    }
    throw entraError({ error: 'expired_token' }, 'complete the device code sign-in');
  }

  /** `scopes`: the delegated scopes asked for, so that a consent refusal can say which setting fixes it. */
  private token(
    form: Record<string, string>,
    operation: string,
    secrets: string[],
    scopes: readonly string[] = [],
  ): Promise<EntraTokens> {
    return this.http
      .send(this.request('token', form), { idempotent: true })
      .then((response) => this.tokens(response, operation, secrets))
      .catch((error: unknown) => {
        throw withScopeAdvice(error, scopes);
      });
  }

  private request(endpoint: 'token' | 'devicecode', form: Record<string, string>) {
    return {
      method: 'POST' as const,
      url: `${this.base}/${endpoint}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
    };
  }

  private async post(
    endpoint: 'devicecode',
    form: Record<string, string>,
    operation: string,
    secrets: string[],
  ) {
    // Starting a device code flow has no side effect worth protecting: retrying is safe.
    const response = await this.http.send(this.request(endpoint, form), { idempotent: true });
    return this.json(response, operation, secrets);
  }

  private tokens(response: HttpResponse, operation: string, secrets: string[]): EntraTokens {
    const json = this.json(response, operation, secrets);
    // Mask first: nothing below may run with an unmasked token in hand.
    for (const key of ['access_token', 'refresh_token', 'id_token']) {
      const value = json[key];
      if (typeof value === 'string' && value !== '') this.mask(value);
    }
    const accessToken = json.access_token;
    if (typeof accessToken !== 'string' || accessToken === '') {
      throw this.malformed('the token response has no access_token');
    }
    const expiresIn = positiveNumber(json.expires_in) ?? 3600;
    return {
      accessToken,
      refreshToken:
        typeof json.refresh_token === 'string' && json.refresh_token !== '' ? json.refresh_token : undefined,
      expiresOn: new Date(this.now() + expiresIn * 1000),
      scope: typeof json.scope === 'string' ? json.scope : undefined,
      account: accountOf(json.id_token, accessToken),
    };
  }

  private json(response: HttpResponse, operation: string, secrets: string[]): Json {
    let parsed: unknown;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      parsed = undefined;
    }
    const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    if (response.status >= 200 && response.status < 300 && isObject) return parsed as Json;
    const error = parseEntraErrorBody(response.body);
    if (error) throw entraError(error, operation, secrets);
    throw this.unexpected(response, operation);
  }

  private unexpected(response: HttpResponse, operation: string): ActionableError {
    const type = response.headers.get('content-type')?.split(';')[0] ?? 'no content type';
    const wrongEndpoint = response.status === 404 || response.status === 405 || /html/.test(type);
    return new ActionableError(
      wrongEndpoint ? 'input' : 'server',
      `The Entra ID endpoint ${this.base} did not answer like Microsoft Entra ID when asked to ${operation} ` +
        `(HTTP ${response.status}, ${type}).`,
      wrongEndpoint
        ? 'Check the `authority-host` input (e.g. https://login.microsoftonline.com) and the `tenant-id` input; ' +
            'a proxy that answers with its own page can also cause this.'
        : 'This is usually temporary: run the job again later.',
      { code: 'unexpected_entra_response', status: response.status, retryable: !wrongEndpoint },
    );
  }

  private malformed(detail: string): ActionableError {
    return new ActionableError(
      'server',
      `Microsoft Entra ID answered in an unexpected shape: ${detail}.`,
      'Check the `authority-host` input; if it is right, run the job again later.',
      { code: 'unexpected_entra_response' },
    );
  }
}
