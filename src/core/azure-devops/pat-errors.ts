/**
 * Every way the PAT lifecycle API says no, as ActionableError with a cause and a fix:
 * - `patTokenError` values (HTTP 200 with `patToken: null`), one entry per value of the enum
 *   (`SessionTokenError`, complete at api-version 7.2);
 * - HTTP-level failures (sign-in page, 401, 403, 400, 404, unexpected bodies).
 * The tables also generate docs/troubleshooting.md (a test keeps the two in step).
 */
import { ActionableError } from '../errors';
import type { ErrorKind } from '../errors';
import type { HttpResponse } from '../net/http';
import { quote } from '../safety/log-safety';
import { boundText, endsSentence, printableCode, serverText } from '../safety/server-text';

export const PAT_TOKEN_ERROR_VALUES = [
  'none',
  'displayNameRequired',
  'invalidDisplayName',
  'invalidValidTo',
  'invalidScope',
  'userIdRequired',
  'invalidUserId',
  'invalidUserType',
  'accessDenied',
  'failedToIssueAccessToken',
  'invalidClient',
  'invalidClientType',
  'invalidClientId',
  'invalidTargetAccounts',
  'hostAuthorizationNotFound',
  'authorizationNotFound',
  'failedToUpdateAccessToken',
  'sourceNotSupported',
  'invalidSourceIP',
  'invalidSource',
  'duplicateHash',
  'sshPolicyDisabled',
  'invalidToken',
  'tokenNotFound',
  'invalidAuthorizationId',
  'failedToReadTenantPolicy',
  'globalPatPolicyViolation',
  'fullScopePatPolicyViolation',
  'patLifespanPolicyViolation',
  'invalidTokenType',
  'invalidAudience',
  'invalidSubject',
  'deploymentHostNotSupported',
  'disablePatCreationPolicyViolation',
  'failedToReadOrgPolicy',
  'globalPATCreationBlocked',
  'expiredPatCannotBeExtended',
] as const;

export type PatTokenErrorValue = (typeof PAT_TOKEN_ERROR_VALUES)[number];

export interface PatErrorEntry {
  kind: ErrorKind;
  cause: string;
  fix: string;
  retryable?: boolean;
}

/** Values that mean "no such token": revoke treats them as already done, get as undefined. */
export const NOT_FOUND_VALUES: ReadonlySet<string> = new Set([
  'tokenNotFound',
  'authorizationNotFound',
  'hostAuthorizationNotFound',
  'invalidAuthorizationId',
]);

const USER_CREDENTIAL =
  'Use a delegated Microsoft Entra user token for Azure DevOps with vso.pats and vso.pats_manage: the bot ' +
  "user's refresh token (`ado-ephemeral-pat login`), its username/password, or `az login` as that user. " +
  'Service principals and managed identities cannot mint PATs.';
const TEMPORARY = 'Usually temporary: run the job again. If it persists, check https://status.dev.azure.com.';
const ADMIN_ALLOW_LIST = "ask the Azure DevOps Administrator to add the bot user to the policy's allow-list";
const ALREADY_GONE = 'Nothing to do when revoking: the token is already gone.';
const ISSUES = 'https://github.com/ado-ephemeral-pat/ado-ephemeral-pat/issues';

const OAUTH_CLIENT: PatErrorEntry = {
  kind: 'auth',
  cause: 'Azure DevOps refused the OAuth client (the Entra app) that the token was issued to.',
  fix:
    'Check the `client-id` input: a registered public client app with the delegated Azure DevOps ' +
    'permissions vso.pats and vso.pats_manage.',
};
const SOURCE_RESTRICTED: PatErrorEntry = {
  kind: 'policy',
  cause: "An IP or source restriction (Conditional Access, IP allow-list) refused this runner's address.",
  fix: "Ask the tenant or organization admin to allow the runner's IP ranges, or use a runner inside the allowed network.",
};
const TOKEN_REFUSED: PatErrorEntry = {
  kind: 'auth',
  cause: "Azure DevOps refused the Entra token's type, audience or subject.",
  fix: USER_CREDENTIAL,
};

export const PAT_TOKEN_ERRORS: Record<Exclude<PatTokenErrorValue, 'none'>, PatErrorEntry> = {
  displayNameRequired: {
    kind: 'input',
    cause: 'The display name is empty (after HTML encoding).',
    fix: 'Set `display-name` to a non-empty name, or leave it unset to derive one from the run.',
  },
  invalidDisplayName: {
    kind: 'input',
    cause:
      'The display name is longer than 256 characters after HTML encoding, or has characters Azure DevOps refuses.',
    fix: 'Shorten `display-name` (& < > " \' and every non-ASCII character grow when encoded) and remove control characters.',
  },
  invalidValidTo: {
    kind: 'input',
    cause: 'Azure DevOps refused the expiry date (in the past, too far ahead, or malformed).',
    fix: "Check `lifetime` (5 minutes to 7 days, e.g. `1h`) and that the runner's clock is right.",
  },
  invalidScope: {
    kind: 'input',
    cause: 'Azure DevOps does not accept one of the requested scopes.',
    fix: 'Use scope ids from the catalogue in docs (e.g. `vso.code_write` or `code_write`); drop scopes Azure DevOps no longer offers.',
  },
  userIdRequired: { kind: 'auth', cause: 'The Entra token does not identify a user.', fix: USER_CREDENTIAL },
  invalidUserId: {
    kind: 'auth',
    cause: 'The user in the Entra token is not a valid user of this organization.',
    fix: 'Add the bot user to the organization (Organization settings -> Users) with Basic or Stakeholder access.',
  },
  invalidUserType: {
    kind: 'auth',
    cause: 'The identity is a service identity or a deployment admin, which cannot own PATs.',
    fix: USER_CREDENTIAL,
  },
  accessDenied: {
    kind: 'auth',
    cause:
      'Azure DevOps denied the request: this identity may not manage PATs here (alternate credentials, ' +
      'impersonation, or a failed permission check).',
    fix: `Make sure the bot user is a member of the organization. ${USER_CREDENTIAL}`,
  },
  failedToIssueAccessToken: {
    kind: 'server',
    cause: 'Azure DevOps failed to issue the token.',
    fix: TEMPORARY,
    retryable: true,
  },
  invalidClient: OAUTH_CLIENT,
  invalidClientType: OAUTH_CLIENT,
  invalidClientId: OAUTH_CLIENT,
  invalidTargetAccounts: {
    kind: 'input',
    cause: 'The token would target more than one organization, or an organization other than this one.',
    fix: 'Check `organization`: the bot user must belong to it. (ado-ephemeral-pat always sends allOrgs: false.)',
  },
  hostAuthorizationNotFound: {
    kind: 'not-found',
    cause: 'No authorization with that id exists in this organization.',
    fix: `${ALREADY_GONE} Otherwise check \`organization\`.`,
  },
  authorizationNotFound: {
    kind: 'not-found',
    cause: 'No authorization with that id exists for this user.',
    fix: `${ALREADY_GONE} Otherwise check that the same user minted it.`,
  },
  failedToUpdateAccessToken: {
    kind: 'server',
    cause: 'Azure DevOps failed to update the token.',
    fix: TEMPORARY,
    retryable: true,
  },
  sourceNotSupported: SOURCE_RESTRICTED,
  invalidSourceIP: SOURCE_RESTRICTED,
  invalidSource: SOURCE_RESTRICTED,
  duplicateHash: {
    kind: 'server',
    cause: 'Azure DevOps generated a token that collided with an existing one.',
    fix: 'Run the job again.',
    retryable: true,
  },
  sshPolicyDisabled: {
    kind: 'policy',
    cause: 'An organization policy on SSH keys and tokens refused the request.',
    fix: 'Ask an organization admin to review Organization settings -> Policies.',
  },
  invalidToken: {
    kind: 'not-found',
    cause: 'The PAT is revoked or no longer valid.',
    fix: `${ALREADY_GONE} Mint a new token if you need one.`,
  },
  tokenNotFound: {
    kind: 'not-found',
    cause: 'No PAT with that authorization id exists for this user in this organization.',
    fix: `${ALREADY_GONE} Otherwise check \`organization\` and that the same user minted it.`,
  },
  invalidAuthorizationId: {
    kind: 'not-found',
    cause: 'The authorization id is not valid.',
    fix: `${ALREADY_GONE} Otherwise check the saved authorization id.`,
  },
  failedToReadTenantPolicy: {
    kind: 'server',
    cause: "Azure DevOps could not read the tenant's PAT policies.",
    fix: TEMPORARY,
    retryable: true,
  },
  globalPatPolicyViolation: {
    kind: 'policy',
    cause: 'A tenant policy restricts global (all-organization) PATs.',
    fix: `ado-ephemeral-pat only asks for organization-scoped PATs; if this persists, ${ADMIN_ALLOW_LIST}.`,
  },
  fullScopePatPolicyViolation: {
    kind: 'policy',
    cause: 'A tenant policy forbids full-access PATs.',
    fix: `Request narrower \`scopes\`, or ${ADMIN_ALLOW_LIST}.`,
  },
  patLifespanPolicyViolation: {
    kind: 'policy',
    cause: 'A tenant policy caps the lifetime of PATs, and the requested lifetime exceeds it.',
    fix: `Reduce \`lifetime\` below the tenant's maximum, or ${ADMIN_ALLOW_LIST}.`,
  },
  invalidTokenType: TOKEN_REFUSED,
  invalidAudience: TOKEN_REFUSED,
  invalidSubject: TOKEN_REFUSED,
  deploymentHostNotSupported: {
    kind: 'input',
    cause: 'This Azure DevOps host does not offer the PAT API at this level.',
    fix: 'Set `organization` to the organization name and `vssps-url` to https://vssps.dev.azure.com (the default).',
  },
  disablePatCreationPolicyViolation: {
    kind: 'policy',
    cause:
      'The organization policy "Restrict personal access token (PAT) creation" is on, and the bot user is not on its allow-list.',
    fix:
      'Ask an organization admin to add the bot user (or its group) to the allow-list in Organization settings -> ' +
      'Policies; if only packaging scopes are allowed, request only vso.packaging scopes.',
  },
  failedToReadOrgPolicy: {
    kind: 'server',
    cause: "Azure DevOps could not read the organization's PAT policies.",
    fix: TEMPORARY,
    retryable: true,
  },
  globalPATCreationBlocked: {
    kind: 'policy',
    cause: 'Creating global (all-organization) PATs was retired in March 2026.',
    fix: 'Request an organization-scoped PAT; ado-ephemeral-pat always does, so report this if you see it.',
  },
  expiredPatCannotBeExtended: {
    kind: 'input',
    cause: 'The PAT has already expired and cannot be extended.',
    fix: 'Mint a new token.',
  },
};

const UNKNOWN_VALUE: PatErrorEntry = {
  kind: 'server',
  cause: 'Azure DevOps reported an error this version of ado-ephemeral-pat does not know.',
  fix: 'Read the message from Azure DevOps; update ado-ephemeral-pat, and report the value if it is still unknown.',
};

/** A `patTokenError` other than `none` -> ActionableError (code = the value). */
export function patTokenError(
  value: string,
  serverMessage: string | undefined,
  operation: string,
): ActionableError {
  // The value is printed and used as a code: enum names are letters only, and never token-shaped.
  const name = /^[A-Za-z]{1,60}$/.test(value) && printableCode(value) ? value : 'unrecognised';
  const known = Object.hasOwn(PAT_TOKEN_ERRORS, name)
    ? (PAT_TOKEN_ERRORS as Record<string, PatErrorEntry | undefined>)[name]
    : undefined;
  const entry = known ?? UNKNOWN_VALUE;
  const said = serverMessage?.trim() ? ` Azure DevOps said: ${endsSentence(serverText(serverMessage))}` : '';
  return new ActionableError(
    entry.kind,
    `Azure DevOps refused to ${operation} (patTokenError ${quote(name, 60)}): ${entry.cause}${said}`,
    entry.fix,
    { code: name, status: 200, retryable: entry.retryable ?? false, notApplied: true },
  );
}

export type PatHttpFailureId =
  | 'sign_in_page'
  | 'http_401'
  | 'service_principal'
  | 'invalid_access'
  | 'http_403'
  | 'api_version'
  | 'http_400'
  | 'org_not_found'
  | 'unexpected_response'
  | 'http_error';

export interface PatHttpFailure extends PatErrorEntry {
  /** What the response looks like, for the docs. */
  seen: string;
}

export const PAT_HTTP_FAILURES: Record<PatHttpFailureId, PatHttpFailure> = {
  sign_in_page: {
    seen: 'HTTP 203, a 3xx redirect to `_signin`, or any `text/html` body',
    kind: 'auth',
    cause:
      'Azure DevOps answered with a sign-in page: the bearer was not accepted. The token is missing, expired, ' +
      'not for Azure DevOps, or not a user token.',
    fix: USER_CREDENTIAL,
  },
  http_401: {
    seen: 'HTTP 401',
    kind: 'auth',
    cause:
      'Azure DevOps rejected the Entra token: it is expired, not for Azure DevOps, or lacks vso.pats/vso.pats_manage.',
    fix: `${USER_CREDENTIAL} Make sure the app has consent for vso.pats and vso.pats_manage.`,
  },
  service_principal: {
    seen: 'HTTP 403 "Service principals are not allowed to perform this action."',
    kind: 'auth',
    cause:
      'The token belongs to a service principal or managed identity; those cannot create or revoke PATs.',
    fix: USER_CREDENTIAL,
  },
  invalid_access: {
    seen: 'HTTP 403 `InvalidAccessException` "The requested operation is not allowed."',
    kind: 'auth',
    cause:
      'The PAT API accepts only Microsoft Entra user tokens; a PAT, Basic auth or System.AccessToken was refused.',
    fix: USER_CREDENTIAL,
  },
  http_403: {
    seen: 'HTTP 403 with another message',
    kind: 'auth',
    cause: 'Azure DevOps refused the request for this user.',
    fix: `Check that the bot user is a member of the organization and may create PATs. ${USER_CREDENTIAL}`,
  },
  api_version: {
    seen: 'HTTP 400 `VssInvalidPreviewVersionException`',
    // No input sets the api-version: only a new release can change it.
    kind: 'server',
    cause:
      'The PAT API is in preview and refused the api-version that this version of ado-ephemeral-pat sends.',
    fix: `Update ado-ephemeral-pat to the latest release; if the error remains, report it with the step log at ${ISSUES}.`,
  },
  http_400: {
    seen: 'HTTP 400 with another message',
    kind: 'server',
    cause: 'Azure DevOps refused the request as malformed.',
    fix: 'Check `display-name`, `lifetime` and `scopes`; if they look right, report the message as a bug.',
  },
  org_not_found: {
    seen: 'HTTP 404',
    kind: 'not-found',
    cause: 'Azure DevOps found no such organization at this URL.',
    fix: 'Check `organization` (the name in https://dev.azure.com/<name>) and `vssps-url`.',
  },
  unexpected_response: {
    seen: 'HTTP 2xx whose body is not the expected JSON',
    kind: 'server',
    cause: 'Azure DevOps answered in an unexpected shape (a proxy page, or a changed API).',
    fix: 'Check `vssps-url` and any proxy between the runner and Azure DevOps; run the job again later.',
    retryable: true,
  },
  http_error: {
    seen: 'any other HTTP status',
    kind: 'server',
    cause: 'Azure DevOps answered with an unexpected HTTP status.',
    fix: TEMPORARY,
  },
};

interface AdoErrorBody {
  message?: string;
  typeKey?: string;
}

function adoErrorBody(body: string): AdoErrorBody {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { message, typeKey } = parsed as Record<string, unknown>;
    return {
      message: typeof message === 'string' ? message : undefined,
      typeKey: typeof typeKey === 'string' ? typeKey : undefined,
    };
  } catch {
    return {};
  }
}

/** Leading whitespace is skipped by trimStart (the same characters as `\s`), then a few characters are read. */
export function isHtml(response: HttpResponse): boolean {
  const type = boundText(response.headers.get('content-type') ?? '', 200);
  const start = response.body.trimStart().slice(0, '<!doctype html'.length).toLowerCase();
  return /text\/html/i.test(type) || start.startsWith('<!doctype html') || start.startsWith('<html');
}

/** Which failure a non-success response is; exported for tests and the docs. */
export function classifyPatResponse(response: HttpResponse): { id: PatHttpFailureId; body: AdoErrorBody } {
  const { status } = response;
  const body = adoErrorBody(response.body);
  if (status === 203 || (status >= 300 && status < 400) || isHtml(response))
    return { id: 'sign_in_page', body };
  if (status === 401) return { id: 'http_401', body };
  if (status === 403) {
    if (/service principals/i.test(boundText(body.message ?? ''))) return { id: 'service_principal', body };
    if (body.typeKey === 'InvalidAccessException') return { id: 'invalid_access', body };
    return { id: 'http_403', body };
  }
  if (status === 400) {
    const preview =
      body.typeKey === 'VssInvalidPreviewVersionException' || /-preview/.test(boundText(body.message ?? ''));
    return { id: preview ? 'api_version' : 'http_400', body };
  }
  if (status === 404) return { id: 'org_not_found', body };
  if (status >= 200 && status < 300) return { id: 'unexpected_response', body };
  return { id: 'http_error', body };
}

/** A response that is not a usable answer -> ActionableError naming the cause and fix. */
export function patHttpFailure(response: HttpResponse, operation: string, detail = ''): ActionableError {
  const { id, body } = classifyPatResponse(response);
  const entry = PAT_HTTP_FAILURES[id];
  // Exception names are letters and dots; anything else is not worth printing (and could be a secret).
  const code = printableCode(body.typeKey);
  const typeKey = code && /^[A-Za-z.]+$/.test(code) ? `, ${code}` : '';
  const parts = [
    `Could not ${operation}: Azure DevOps answered HTTP ${response.status}${typeKey}. ${entry.cause}`,
  ];
  if (detail) parts.push(detail);
  if (body.message && id !== 'sign_in_page')
    parts.push(`Azure DevOps said: ${endsSentence(serverText(body.message))}`);
  const serviceError = response.headers.get('x-tfs-serviceerror');
  if (serviceError) parts.push(`(${serverText(safeDecode(boundText(serviceError)), 200)})`);
  return new ActionableError(entry.kind, parts.join(' '), entry.fix, {
    code: id === 'http_error' ? `http_${response.status}` : id,
    status: response.status,
    retryable: entry.retryable ?? response.status >= 500,
    // A refusal (4xx, a redirect or the 203 sign-in page) did nothing. Judged by the status alone: a 2xx the
    // client cannot read, or any 5xx (an HTML page from a proxy included), may have been applied.
    notApplied: response.status === 203 || (response.status >= 300 && response.status < 500),
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
