/** `POST /{org}/_apis/tokens/pats`: create a PAT; the only call that ever returns the token value. */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson } from '../errors';
import type { EmulatorContext, EmulatorRequest } from '../routes';
import { hashSecret, type PatRecord } from '../state';
import { parseDate, readJsonObject } from './body';
import { formatValidFrom, formatValidTo, htmlEncode, newPatToken } from './format';
import { guardPatApi } from './guard';
import { applyPolicies } from './policy';
import { errorResult, successResult, type PatError } from './results';
import { normalizePatScope } from './scopes';

const DAY_MS = 24 * 3600 * 1000;
export const MAX_DISPLAY_NAME = 256;

/** The stored (encoded) display name, or the business error. */
export function checkDisplayName(raw: unknown): { name: string } | { error: PatError } {
  const encoded = htmlEncode(typeof raw === 'string' ? raw : '');
  if (encoded.trim() === '') return { error: 'displayNameRequired' };
  if (encoded.length > MAX_DISPLAY_NAME) return { error: 'invalidDisplayName' };
  return { name: encoded };
}

export async function createPat(
  req: EmulatorRequest,
  res: ServerResponse,
  ctx: EmulatorContext,
): Promise<void> {
  const user = guardPatApi(req, ctx, 'write');
  const body = await readJsonObject(req, 'patTokenCreateRequest');
  const answer = (error: PatError): void => sendJson(res, 200, errorResult(error));
  const now = ctx.clock.now();

  const name = checkDisplayName(body.displayName);
  if ('error' in name) return answer(name.error);
  const scope = normalizePatScope(body.scope);
  if (!scope.ok) return answer('invalidScope');
  const requested =
    body.validTo === undefined || body.validTo === null
      ? now + ctx.config.pats.defaultLifetimeDays * DAY_MS
      : parseDate(body.validTo);
  if (Number.isNaN(requested)) return answer('invalidValidTo');
  if (requested <= now && ctx.config.pats.pastValidTo === 'reject') return answer('invalidValidTo');
  if (body.allOrgs !== undefined && typeof body.allOrgs !== 'boolean') return answer('invalidTargetAccounts');
  const allOrgs = body.allOrgs === true;

  const decision = applyPolicies(ctx.state.data.policy, {
    user,
    scopes: scope.scopes,
    allOrgs,
    validTo: requested,
    lifespanStart: now,
    now,
    isCreate: true,
  });
  if ('error' in decision) return answer(decision.error);
  // The service-wide maximum (one year) clamps silently.
  const validTo = Math.min(decision.validTo, now + ctx.config.pats.maxLifetimeDays * DAY_MS);

  const token = newPatToken();
  const pat: PatRecord = {
    authorizationId: randomUUID(),
    ownerOid: user.oid,
    ownerUpn: user.upn,
    displayName: name.name,
    scope: scope.scope,
    validFrom: formatValidFrom(now),
    validTo: formatValidTo(validTo),
    allOrgs,
    tokenHash: hashSecret(token),
    revokedAt: null,
  };
  ctx.state.data.pats[pat.authorizationId] = pat;
  ctx.persist();
  sendJson(res, 200, successResult(ctx, pat, token));
}
