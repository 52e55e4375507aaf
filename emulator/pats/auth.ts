/**
 * Who may call the PAT lifecycle API: only a delegated Entra user token for Azure DevOps.
 * - no credential → the sign-in redirect (302 to /_signin) or a 203 HTML sign-in page (`pats.unauthenticated`),
 *   or 401 when the client sent `X-TFS-FedAuthRedirect: Suppress`;
 * - an unusable credential (bad signature, expired, wrong audience, unknown/revoked PAT) → 401;
 * - Basic auth with a live PAT → 403 `InvalidAccessException`;
 * - an app (service principal) token → 403 "Service principals are not allowed to perform this action.";
 * - a user who is not a member of the organization → 401 `TF400813`;
 * - a user token without `vso.pats` (read) / `vso.pats_manage` (write) → 401 `TF400813` (`user_impersonation`
 *   counts as both unless `pats.strictScopes`).
 */
import { AZURE_DEVOPS_RESOURCE } from '../config';
import { azureDevOpsError, azureDevOpsErrorBody, HttpError } from '../errors';
import type { UserIdentity } from '../identity';
import { isOrganizationMember } from '../membership';
import type { EmulatorContext, EmulatorRequest } from '../routes';
import { grants } from '../scope-catalog';

export type PatAccess = 'read' | 'write';

const INVALID_ACCESS = { typeKey: 'InvalidAccessException' };

function bearerChallenge(ctx: EmulatorContext): Record<string, string> {
  return {
    'www-authenticate': `Bearer authorization_uri=${ctx.url}/${ctx.config.tenantId}, Basic realm="${ctx.url}/"`,
    'x-vss-resourcetenant': ctx.config.tenantId,
    'x-vss-authorizationendpoint': ctx.url,
  };
}

function unauthorized(ctx: EmulatorContext, who: string, serviceError?: string): HttpError {
  const headers = bearerChallenge(ctx);
  if (serviceError) headers['x-tfs-serviceerror'] = encodeURIComponent(serviceError);
  return azureDevOpsError(
    401,
    `TF400813: The user '${who}' is not authorized to access this resource.`,
    { typeKey: 'UnauthorizedRequestException' },
    headers,
  );
}

function signIn(req: EmulatorRequest, ctx: EmulatorContext): HttpError {
  if (String(req.headers['x-tfs-fedauthredirect'] ?? '').toLowerCase() === 'suppress')
    return unauthorized(ctx, '');
  const host = new URL(ctx.url).host;
  const location = `${ctx.url}/_signin?realm=${encodeURIComponent(host)}&reply_to=${encodeURIComponent(req.url.href)}&redirect=1&hid=${ctx.config.organizationId}`;
  if (ctx.config.pats.unauthenticated === 'redirect') {
    const html = `<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href="${location.replace(/&/g, '&amp;')}">here</a>.</h2>\r\n</body></html>\r\n`;
    return new HttpError(302, html, {
      location,
      'content-type': 'text/html; charset=utf-8',
      ...bearerChallenge(ctx),
    });
  }
  return new HttpError(203, signInPage(), {
    'content-type': 'text/html; charset=utf-8',
    ...bearerChallenge(ctx),
  });
}

export function signInPage(): string {
  return (
    '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Azure DevOps Services | Sign In</title></head>' +
    '<body><div id="signin">Sign in to your account to continue to Azure DevOps.</div></body></html>'
  );
}

function hasScope(ctx: EmulatorContext, granted: string[], access: PatAccess): boolean {
  const required = access === 'read' ? 'vso.pats' : 'vso.pats_manage';
  const usable = ctx.config.pats.strictScopes ? granted.filter((s) => s !== 'user_impersonation') : granted;
  return grants(usable, required);
}

/** Returns the calling user, or throws the answer the real service gives this caller. */
export function authorizePatApi(req: EmulatorRequest, ctx: EmulatorContext, access: PatAccess): UserIdentity {
  const id = req.identity;
  switch (id.kind) {
    case 'anonymous':
      throw signIn(req, ctx);
    case 'invalid':
      throw unauthorized(
        ctx,
        '',
        id.scheme === 'basic' ? 'Access Denied: The Personal Access Token used is invalid.' : undefined,
      );
    case 'pat':
      if (id.status !== 'active') {
        throw unauthorized(
          ctx,
          id.pat.ownerUpn,
          `Access Denied: The Personal Access Token used has ${id.status === 'expired' ? 'expired' : 'been revoked'}.`,
        );
      }
      throw new HttpError(
        403,
        azureDevOpsErrorBody('The requested operation is not allowed.', INVALID_ACCESS),
      );
    case 'app':
      if (id.audience !== AZURE_DEVOPS_RESOURCE) throw unauthorized(ctx, id.appid);
      throw new HttpError(
        403,
        azureDevOpsErrorBody('Service principals are not allowed to perform this action.', INVALID_ACCESS),
      );
    case 'user':
      if (id.audience !== AZURE_DEVOPS_RESOURCE || id.tenantId !== ctx.config.tenantId)
        throw unauthorized(ctx, id.upn);
      if (!isOrganizationMember(ctx.config, id)) throw unauthorized(ctx, id.upn);
      if (!hasScope(ctx, id.scopes, access)) throw unauthorized(ctx, id.upn);
      return id;
  }
}
