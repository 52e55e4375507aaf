/** Shared helpers for the emulator's own tests: start/stop, Entra token calls, PAT API calls, control API. */
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { startEmulator, type EmulatorHandle, type EmulatorOptions } from '../../emulator/index';

export const ADO = '499b84ac-1321-427f-aa17-267ca6975798';
export const API = 'api-version=7.1-preview.1';

const running: EmulatorHandle[] = [];

/** Starts an emulator that is closed after the current test file. */
export async function emulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const emu = await startEmulator({ port: 0, ...options });
  running.push(emu);
  return emu;
}

afterAll(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface CallInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | URLSearchParams;
}

/**
 * An HTTPS request that trusts the emulator's CA explicitly: when jest runs in band, its own process started
 * before global setup set NODE_EXTRA_CA_CERTS, so the global fetch would not trust the CA.
 */
export function call<T = Record<string, unknown>>(
  url: string,
  init: CallInit = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { ...init.headers };
  let payload: Buffer | undefined;
  if (init.body instanceof URLSearchParams) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
    payload = Buffer.from(init.body.toString());
  } else if (init.body !== undefined) {
    payload = Buffer.from(init.body);
  }
  if (payload) headers['content-length'] = String(payload.length);
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      { method: init.method ?? (payload ? 'POST' : 'GET'), headers, ca: testCa(), agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // Not JSON (HTML sign-in page, empty 204): callers read `text`.
          }
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers))
            if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
          resolve({ status: res.statusCode ?? 0, headers: h, body: body as T, text });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

let ca: string | undefined;
export function testCa(): string {
  ca ??= readFileSync(String(process.env.NODE_EXTRA_CA_CERTS), 'utf8');
  return ca;
}

export function tokenRequest(emu: EmulatorHandle, params: Record<string, string>, tenant = emu.tenantId) {
  return call(`${emu.url}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams(params),
  });
}

/** Redeems a refresh token for an Azure DevOps token; returns the whole response. */
export function redeem(emu: EmulatorHandle, refreshToken: string, scope = `${ADO}/.default offline_access`) {
  return tokenRequest(emu, {
    grant_type: 'refresh_token',
    client_id: emu.bot.clientId,
    refresh_token: refreshToken,
    scope,
  });
}

/** A fresh bot access token for Azure DevOps (mints its own refresh token, so the ready-line one stays unused). */
export async function botToken(
  emu: EmulatorHandle,
  scope = `${ADO}/.default offline_access`,
): Promise<string> {
  const minted = await control<{ refreshToken: string }>(emu, 'POST', 'refresh-tokens', {});
  const response = await redeem(emu, minted.refreshToken, scope);
  if (response.status !== 200) throw new Error(`token: ${response.text}`);
  return String(response.body.access_token);
}

export async function control<T = Record<string, unknown>>(
  emu: EmulatorHandle,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await call<T>(`${emu.url}/_emulator/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (response.status !== 200)
    throw new Error(`control ${method} ${path}: ${response.status} ${response.text}`);
  return response.body;
}

export function patsUrl(emu: EmulatorHandle, query = API): string {
  return `${emu.url}/${emu.organization}/_apis/tokens/pats?${query}`;
}

export function pats(emu: EmulatorHandle, token: string, method: string, query = API, body?: unknown) {
  return call(patsUrl(emu, query), {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export function createPat(emu: EmulatorHandle, token: string, body: Record<string, unknown>) {
  return pats(emu, token, 'POST', API, { scope: 'vso.code', allOrgs: false, ...body });
}

export function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();
}

export function decodeJwt(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}
