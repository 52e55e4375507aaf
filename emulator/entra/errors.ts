/** Entra's error answers for the token and device code endpoints, with their real AADSTS codes. */
import { entraError, type HttpError } from '../errors';

export const aad = {
  missingParameter: (now: number, name: string): HttpError =>
    entraError(
      'invalid_request',
      900144,
      `The request body must contain the following parameter: '${name}'.`,
      now,
    ),
  unsupportedGrant: (now: number, grant: string): HttpError =>
    entraError(
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grant}'.`,
      now,
    ),
  tenantNotFound: (now: number, tenant: string): HttpError =>
    entraError(
      'invalid_request',
      90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      now,
    ),
  multiTenantNotAllowed: (now: number): HttpError =>
    entraError(
      'invalid_request',
      50194,
      'Application is not configured as a multi-tenant application. Usage of the /common or /organizations endpoint is not supported for such applications. Use a tenant-specific endpoint or configure the application to be multi-tenant.',
      now,
    ),
  unknownClient: (now: number, clientId: string, tenantId: string): HttpError =>
    entraError(
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
      now,
    ),
  clientSecretRequired: (now: number): HttpError =>
    entraError(
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      now,
    ),
  badClientSecret: (now: number, clientId: string): HttpError =>
    entraError(
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
      now,
    ),
  malformedAssertion: (now: number): HttpError =>
    entraError('invalid_client', 50027, 'JWT token is invalid or malformed.', now),
  assertionSignature: (now: number): HttpError =>
    entraError('invalid_client', 700027, 'Client assertion failed signature validation.', now),
  assertionTime: (now: number): HttpError =>
    entraError('invalid_client', 700024, 'Client assertion is not within its valid time range.', now),
  noFederatedIssuer: (now: number, issuer: string): HttpError =>
    entraError(
      'invalid_client',
      700211,
      `No matching federated identity record found for presented assertion issuer '${issuer}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      now,
    ),
  noFederatedSubject: (now: number, subject: string): HttpError =>
    entraError(
      'invalid_client',
      700213,
      `No matching federated identity record found for presented assertion subject '${subject}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      now,
    ),
  noFederatedAudience: (now: number, audience: string): HttpError =>
    entraError(
      'invalid_client',
      700212,
      `No matching federated identity record found for presented assertion audience '${audience}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      now,
    ),
  invalidScope: (now: number, scope: string): HttpError =>
    entraError(
      'invalid_scope',
      70011,
      `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
      now,
    ),
  multipleResources: (now: number): HttpError =>
    entraError(
      'invalid_scope',
      28000,
      'Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ' +
        'must be for a single resource.',
      now,
    ),
  defaultScopeRequired: (now: number, scope: string): HttpError =>
    entraError(
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      now,
    ),
  unknownResource: (now: number, resource: string, tenantId: string): HttpError =>
    entraError(
      'invalid_resource',
      500011,
      `The resource principal named ${resource} was not found in the tenant named ${tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
      now,
    ),
  consentRequired: (now: number, clientId: string, appName: string): HttpError =>
    entraError(
      'invalid_grant',
      65001,
      `The user or administrator has not consented to use the application with ID '${clientId}' named '${appName}'. Send an interactive authorization request for this user and resource.`,
      now,
      { suberror: 'consent_required' },
    ),
  unknownUser: (now: number, tenantId: string): HttpError =>
    entraError(
      'invalid_grant',
      50034,
      `The user account {EUII Hidden} does not exist in the ${tenantId} directory. To sign into this application, the account must be added to the directory.`,
      now,
    ),
  badPassword: (now: number): HttpError =>
    entraError(
      'invalid_grant',
      50126,
      'Error validating credentials due to invalid username or password.',
      now,
    ),
  mfaRequired: (now: number, resource: string): HttpError =>
    entraError(
      'invalid_grant',
      50076,
      `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${resource}'.`,
      now,
      {
        suberror: 'basic_action',
        claims:
          '{"access_token":{"capolids":{"essential":true,"values":["00000000-0000-0000-0000-000000000000"]}}}',
      },
    ),
  malformedGrant: (now: number): HttpError =>
    entraError('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.', now),
  grantClientMismatch: (now: number): HttpError =>
    entraError('invalid_grant', 70000, 'Provided grant is invalid or malformed.', now),
  refreshTokenExpired: (now: number, issuedAt: number): HttpError =>
    entraError(
      'invalid_grant',
      70008,
      `The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource. The refresh token was issued on ${new Date(issuedAt).toISOString()} and was inactive for 90.00:00:00.`,
      now,
    ),
  refreshTokenRevoked: (now: number, issuedAt: number): HttpError =>
    entraError(
      'invalid_grant',
      50173,
      `The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '${new Date(issuedAt).toISOString()}' and the TokensValidFrom date (before which tokens are not valid) for this user is '${new Date(now).toISOString()}'.`,
      now,
    ),
  authorizationPending: (now: number): HttpError =>
    entraError(
      'authorization_pending',
      70016,
      'OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
      now,
    ),
  deviceCodeExpired: (now: number): HttpError =>
    entraError(
      'expired_token',
      70020,
      "The provided value for the input parameter 'device_code' is not valid. This device code has expired.",
      now,
    ),
  deviceCodeDeclined: (now: number): HttpError =>
    entraError('authorization_declined', 70000, 'The end user denied the authorization request.', now),
  deviceCodeInvalid: (now: number): HttpError =>
    entraError(
      'invalid_grant',
      70000,
      "The provided value for the input parameter 'device_code' is not valid.",
      now,
    ),
};
