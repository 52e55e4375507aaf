/** The PAT API's response bodies: `PatToken`, `PatTokenResult` (with business errors as HTTP 200). */
import type { EmulatorContext } from '../routes';
import type { PatRecord } from '../state';

/** Every `patTokenError` value the emulator produces, with the message it puts in `patTokenErrorMessage`. */
export const PAT_ERROR_MESSAGES = {
  displayNameRequired: 'A display name is required.',
  invalidDisplayName: 'The display name is invalid or longer than 256 characters after HTML encoding.',
  invalidScope: 'The scope is invalid.',
  invalidValidTo: 'The expiration date is invalid.',
  invalidAuthorizationId: 'The authorization id is invalid.',
  tokenNotFound: 'The personal access token was not found.',
  invalidToken: 'The personal access token is not valid (it has been revoked).',
  expiredPatCannotBeExtended: 'An expired personal access token cannot be extended.',
  fullScopePatPolicyViolation:
    'Your organization policy restricts the creation of full-scoped personal access tokens.',
  globalPatPolicyViolation:
    'Your organization policy restricts the creation of global personal access tokens.',
  globalPATCreationBlocked: 'The creation of global personal access tokens is no longer supported.',
  patLifespanPolicyViolation:
    'The expiration date exceeds the maximum lifespan allowed by your organization policy.',
  disablePatCreationPolicyViolation:
    'Your organization policy restricts the creation of personal access tokens.',
  invalidTargetAccounts: 'The target accounts are invalid.',
} as const;

export type PatError = keyof typeof PAT_ERROR_MESSAGES;

export function patTokenView(
  ctx: EmulatorContext,
  pat: PatRecord,
  token: string | null,
): Record<string, unknown> {
  return {
    displayName: pat.displayName,
    validTo: pat.validTo,
    scope: pat.scope,
    targetAccounts: pat.allOrgs ? null : [ctx.config.organizationId],
    validFrom: pat.validFrom,
    authorizationId: pat.authorizationId,
    token,
  };
}

export function successResult(
  ctx: EmulatorContext,
  pat: PatRecord,
  token: string | null,
): Record<string, unknown> {
  return { patToken: patTokenView(ctx, pat, token), patTokenError: 'none', patTokenErrorMessage: null };
}

export function errorResult(error: PatError): Record<string, unknown> {
  return { patToken: null, patTokenError: error, patTokenErrorMessage: PAT_ERROR_MESSAGES[error] };
}
