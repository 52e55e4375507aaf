/**
 * The device code flow: `POST /{tenant}/oauth2/v2.0/devicecode` starts it, the token endpoint answers
 * `authorization_pending` until a user approves it through `POST /_emulator/devicecode/approve` (the
 * emulator's stand-in for a browser sign-in), then issues tokens once.
 */
import { randomInt } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { HttpError, sendJson } from '../errors';
import type { EmulatorContext, EmulatorRequest } from '../routes';
import { hashSecret, randomSecret, type DeviceCodeRecord } from '../state';
import { findApp, findUser, matchTenant } from './directory';
import { aad } from './errors';
import { grantDelegated, parseScope } from './scopes';
import { issueUserTokens, requireUser } from './user-tokens';

const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ23456789';

function newUserCode(): string {
  return Array.from({ length: 9 }, () => USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)]).join('');
}

export function deviceLoginUrl(ctx: EmulatorContext): string {
  return `${ctx.url}/devicelogin`;
}

export async function deviceCodeEndpoint(
  req: EmulatorRequest,
  res: ServerResponse,
  ctx: EmulatorContext,
): Promise<void> {
  const now = ctx.clock.now();
  if (matchTenant(ctx.config, req.params.tenant ?? '') === 'unknown')
    throw aad.tenantNotFound(now, req.params.tenant ?? '');
  const form = await req.form();
  const clientId = form.get('client_id');
  if (!clientId) throw aad.missingParameter(now, 'client_id');
  const app = findApp(ctx.config, clientId);
  if (!app || !app.publicClient) throw aad.unknownClient(now, clientId, ctx.config.tenantId);
  const scope = form.get('scope');
  if (!scope) throw aad.missingParameter(now, 'scope');
  const requested = parseScope(scope, now, ctx.config.tenantId);
  if (requested instanceof HttpError) throw requested;
  const granted = grantDelegated(ctx.config, app, requested, now);
  if (granted instanceof HttpError) throw granted;

  const deviceCode = randomSecret(48);
  const userCode = newUserCode();
  const lifetime = ctx.config.entra.deviceCodeLifetimeSeconds;
  const record: DeviceCodeRecord = {
    hash: hashSecret(deviceCode),
    userCode,
    clientId: app.clientId,
    scope,
    createdAt: now,
    expiresAt: now + lifetime * 1000,
    lastPolledAt: null,
    status: 'pending',
    username: null,
  };
  ctx.state.data.deviceCodes[record.hash] = record;
  ctx.persist();
  const verificationUri = deviceLoginUrl(ctx);
  sendJson(res, 200, {
    user_code: userCode,
    device_code: deviceCode,
    verification_uri: verificationUri,
    expires_in: lifetime,
    interval: ctx.config.entra.deviceCodePollIntervalSeconds,
    message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${userCode} to authenticate.`,
  });
}

/** The device_code grant of the token endpoint. */
export function redeemDeviceCode(
  ctx: EmulatorContext,
  form: URLSearchParams,
): ReturnType<typeof issueUserTokens> {
  const now = ctx.clock.now();
  const code = form.get('device_code') ?? form.get('code');
  if (!code) throw aad.missingParameter(now, 'device_code');
  const clientId = form.get('client_id');
  if (!clientId) throw aad.missingParameter(now, 'client_id');
  const record = ctx.state.data.deviceCodes[hashSecret(code)];
  if (!record || record.clientId.toLowerCase() !== clientId.toLowerCase()) throw aad.deviceCodeInvalid(now);
  if (record.status === 'redeemed') throw aad.deviceCodeInvalid(now);
  if (record.expiresAt <= now) throw aad.deviceCodeExpired(now);
  record.lastPolledAt = now;
  if (record.status === 'declined') throw aad.deviceCodeDeclined(now);
  if (record.status === 'pending' || !record.username) throw aad.authorizationPending(now);
  const app = findApp(ctx.config, record.clientId);
  if (!app) throw aad.unknownClient(now, record.clientId, ctx.config.tenantId);
  const user = requireUser(ctx, record.username);
  record.status = 'redeemed';
  return issueUserTokens(ctx, { user, app, scope: record.scope, form, amr: ['pwd', 'mfa'], refresh: 'new' });
}

export type ApprovalResult =
  { ok: true; record: DeviceCodeRecord } | { ok: false; status: number; message: string };

/** The control API's stand-in for the user typing the code in a browser and signing in (or declining). */
export function approveDeviceCode(
  ctx: EmulatorContext,
  userCode: string,
  username: string,
  deny: boolean,
): ApprovalResult {
  const record = Object.values(ctx.state.data.deviceCodes).find((r) => r.userCode === userCode.toUpperCase());
  if (!record) return { ok: false, status: 404, message: `no device code with user code ${userCode}` };
  if (record.status !== 'pending')
    return { ok: false, status: 409, message: `device code is already ${record.status}` };
  if (record.expiresAt <= ctx.clock.now())
    return { ok: false, status: 410, message: 'device code has expired' };
  const user = findUser(ctx.config, username);
  if (!user) return { ok: false, status: 404, message: `no user ${username}` };
  record.status = deny ? 'declined' : 'approved';
  record.username = user.username;
  ctx.persist();
  return { ok: true, record };
}

export function describeDeviceCodes(ctx: EmulatorContext): Record<string, unknown>[] {
  const now = ctx.clock.now();
  return Object.values(ctx.state.data.deviceCodes).map((r) => ({
    userCode: r.userCode,
    clientId: r.clientId,
    scope: r.scope,
    status: r.status === 'pending' && r.expiresAt <= now ? 'expired' : r.status,
    username: r.username,
    expiresAt: new Date(r.expiresAt).toISOString(),
  }));
}
