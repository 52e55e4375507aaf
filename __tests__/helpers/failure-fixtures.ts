/** Emulator faults that reproduce the real service's failure answers, shared by the platforms' e2e tests. */

/** The 403 Azure DevOps gives a service principal's token on the PAT API. */
export const servicePrincipalRefusal = {
  route: 'pats.create',
  action: 'status',
  status: 403,
  body: {
    $id: '1',
    innerException: null,
    message: 'Service principals are not allowed to perform this action.',
    typeName:
      'Microsoft.TeamFoundation.Framework.Server.InvalidAccessException, Microsoft.TeamFoundation.Framework.Server',
    typeKey: 'InvalidAccessException',
    errorCode: 0,
    eventId: 3000,
  },
};

/** The 203 sign-in page some Azure DevOps paths answer instead of a 401. */
export const signInPage = {
  route: 'pats.create',
  action: 'status',
  status: 203,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: '<html><head><title>Azure DevOps Services | Sign In</title></head><body></body></html>',
};

/**
 * A business error: HTTP 200 with `patToken: null` and the given `patTokenError`, on every create until the
 * faults are cleared (transient values such as `failedToIssueAccessToken` are retried: once is not enough).
 */
export function patTokenErrorAnswer(patTokenError: string) {
  return {
    route: 'pats.create',
    action: 'status',
    status: 200,
    times: 0,
    body: { patToken: null, patTokenError },
  };
}

/** Throttling that asks for a wait longer than any step's retry budget: the step reports it at once. */
export const persistentThrottling = {
  route: 'pats.create',
  action: 'throttle',
  retryAfterSeconds: 600,
  times: 0,
};

/** Inputs that must fail validation before any request, on every platform: [case, inputs, message]. */
export const invalidInputCases: [string, Record<string, string>, RegExp][] = [
  ['full access', { scopes: 'app_token' }, /app_token|full access/i],
  ['an unknown scope', { scopes: 'vso.cod' }, /did you mean/i],
  ['an empty scope list', { scopes: ' , ' }, /scope/i],
  ['a lifetime beyond 7 days', { lifetime: '10d' }, /lifetime/i],
  ['an invalid organization', { organization: 'not an org!' }, /organization/i],
  ['a plain-HTTP authority', { 'authority-host': 'http://login.example.com' }, /https/i],
  ['a boolean that is not one', { revoke: 'yes' }, /revoke/],
  [
    "an endpoint outside Microsoft's clouds, without the opt-in",
    { 'vssps-url': 'https://vssps.attacker.example' },
    /names "vssps\.attacker\.example", which is not a Microsoft host.* Fix: .*turn on `(allow-custom-endpoints|allowCustomEndpoints)`/,
  ],
  [
    'a token-management scope, without the opt-in',
    { scopes: 'vso.code vso.tokenadministration' },
    /"vso\.tokenadministration" lets the PAT mint or manage tokens.* Fix: .*turn on `(allow-token-scopes|allowTokenScopes)`/,
  ],
  [
    'two credential sources',
    { username: 'bot@contoso.example', password: 'hunter2-password' },
    /refresh-token.*password|password.*refresh-token/s,
  ],
];
