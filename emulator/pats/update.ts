/** `PUT /{org}/_apis/tokens/pats`: change a PAT's name, scope, expiry or reach; omitted fields are kept. */
import type { ServerResponse } from 'node:http';
import { sendJson } from '../errors';
import { patStatus } from '../identity';
import type { EmulatorContext, EmulatorRequest } from '../routes';
import { parseDate, readJsonObject } from './body';
import { checkDisplayName } from './create';
import { formatValidTo, isGuid } from './format';
import { guardPatApi } from './guard';
import { applyPolicies } from './policy';
import { errorResult, successResult, type PatError } from './results';
import { normalizePatScope } from './scopes';

const DAY_MS = 24 * 3600 * 1000;

export async function updatePat(
  req: EmulatorRequest,
  res: ServerResponse,
  ctx: EmulatorContext,
): Promise<void> {
  const user = guardPatApi(req, ctx, 'write');
  const body = await readJsonObject(req, 'patTokenUpdateRequest');
  const answer = (error: PatError): void => sendJson(res, 200, errorResult(error));
  const now = ctx.clock.now();

  const id = typeof body.authorizationId === 'string' ? body.authorizationId : '';
  if (!isGuid(id)) return answer('invalidAuthorizationId');
  const pat = Object.values(ctx.state.data.pats).find(
    (p) => p.authorizationId.toLowerCase() === id.toLowerCase() && p.ownerOid === user.oid,
  );
  if (!pat) return answer('tokenNotFound');
  const status = patStatus(pat, now);
  if (status === 'revoked') return answer('invalidToken');
  if (status === 'expired') return answer('expiredPatCannotBeExtended');

  let displayName = pat.displayName;
  if (body.displayName !== undefined && body.displayName !== null) {
    const checked = checkDisplayName(body.displayName);
    if ('error' in checked) return answer(checked.error);
    displayName = checked.name;
  }
  let scope = { scope: pat.scope, scopes: pat.scope.split(' ') };
  if (body.scope !== undefined && body.scope !== null) {
    const checked = normalizePatScope(body.scope);
    if (!checked.ok) return answer('invalidScope');
    scope = checked;
  }
  let validTo = Date.parse(pat.validTo);
  if (body.validTo !== undefined && body.validTo !== null) {
    validTo = parseDate(body.validTo);
    if (Number.isNaN(validTo) || validTo <= now) return answer('invalidValidTo');
  }
  if (body.allOrgs !== undefined && body.allOrgs !== null && typeof body.allOrgs !== 'boolean')
    return answer('invalidTargetAccounts');
  const allOrgs = typeof body.allOrgs === 'boolean' ? body.allOrgs : pat.allOrgs;

  const created = Date.parse(pat.validFrom);
  const decision = applyPolicies(ctx.state.data.policy, {
    user,
    scopes: scope.scopes,
    allOrgs,
    validTo,
    lifespanStart: created,
    now,
    isCreate: false,
  });
  if ('error' in decision) return answer(decision.error);

  pat.displayName = displayName;
  pat.scope = scope.scope;
  pat.allOrgs = allOrgs;
  pat.validTo = formatValidTo(Math.min(decision.validTo, created + ctx.config.pats.maxLifetimeDays * DAY_MS));
  ctx.persist();
  sendJson(res, 200, successResult(ctx, pat, null));
}
