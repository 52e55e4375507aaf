/**
 * Organization and tenant PAT policies, evaluated on create and update. Each denial is a
 * business error (HTTP 200, `patToken: null`). Allow-lists name users by UPN or object id.
 */
import type { PolicyConfig } from '../config';
import type { UserIdentity } from '../identity';
import { FULL_ACCESS_SCOPE } from '../scope-catalog';
import type { PatError } from './results';
import { isPackagingOnly } from './scopes';

const DAY_MS = 24 * 3600 * 1000;

function allowed(list: string[], user: UserIdentity): boolean {
  const ids = [user.upn.toLowerCase(), user.oid.toLowerCase()];
  return list.some((entry) => ids.includes(entry.toLowerCase()));
}

export interface PolicyInput {
  user: UserIdentity;
  scopes: string[];
  allOrgs: boolean;
  /** Requested expiry (ms). */
  validTo: number;
  /** Where the lifespan is measured from: now on create, the creation time on update. */
  lifespanStart: number;
  now: number;
  /** "Restrict PAT creation" governs create (and regenerate), not updates. */
  isCreate: boolean;
}

/** Returns the denial, or the (possibly clamped) validTo. */
export function applyPolicies(
  policy: PolicyConfig,
  input: PolicyInput,
): { error: PatError } | { validTo: number } {
  const { user } = input;
  const rc = policy.restrictCreation;
  if (input.isCreate && rc.enabled && !allowed(rc.allowList, user)) {
    if (!(rc.allowPackagingOnly && isPackagingOnly(input.scopes)))
      return { error: 'disablePatCreationPolicyViolation' };
  }
  if (
    policy.restrictFullScope.enabled &&
    input.scopes.includes(FULL_ACCESS_SCOPE) &&
    !allowed(policy.restrictFullScope.allowList, user)
  ) {
    return { error: 'fullScopePatPolicyViolation' };
  }
  if (input.allOrgs) {
    const blockedAfter = policy.globalCreationBlockedAfter
      ? Date.parse(policy.globalCreationBlockedAfter)
      : NaN;
    if (!Number.isNaN(blockedAfter) && input.now >= blockedAfter)
      return { error: 'globalPATCreationBlocked' };
    if (policy.restrictGlobal.enabled && !allowed(policy.restrictGlobal.allowList, user))
      return { error: 'globalPatPolicyViolation' };
  }
  const ml = policy.maxLifespan;
  if (ml.enabled && !allowed(ml.allowList, user)) {
    const limit = input.lifespanStart + ml.days * DAY_MS;
    if (input.validTo > limit) {
      if (ml.mode === 'reject') return { error: 'patLifespanPolicyViolation' };
      return { validTo: limit };
    }
  }
  return { validTo: input.validTo };
}
