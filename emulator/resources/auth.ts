/**
 * Who may open Azure DevOps resources (REST and git), and the real refusals:
 * - a live PAT (Basic, any user name) whose scopes include the one the route needs (catalogue implications
 *   honoured; `app_token` opens everything);
 * - a user Entra token for Azure DevOps (`Bearer`), scope-checked the same way (`user_impersonation` is full);
 * - an app (service principal or managed identity) Entra token for Azure DevOps, when that identity was added
 *   to the organization (`organizationServicePrincipals`): SPs have no scopes, their org permissions decide, and
 *   the emulator lets a member in (a documented choice). Any other gets 401 TF401444, Azure DevOps' answer to
 *   an identity that is not a user of the organization.
 * A user who is not a member of the organization (seed `nonMembers`), or a PAT of one, gets 401 TF400813.
 * A revoked or expired PAT gets 401 with `X-TFS-ServiceError`; a missing scope gets 401 TF400813, which is
 * also what git turns into "Authentication failed".
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { AZURE_DEVOPS_RESOURCE } from '../config';
import { azureDevOpsErrorBody, HttpError } from '../errors';
import { isOrganizationMember } from '../membership';
import type { EmulatorContext, EmulatorRequest } from '../routes';
import { grants } from '../scope-catalog';

/** One per emulator process, like the id of the real service's process. */
const PROCESS_ID = randomUUID();

export interface Caller {
  /** Entra object id of the person or app. */
  oid: string;
  /** The sign-in name (UPN) or app id, for display. */
  name: string;
  /** Granted scopes; undefined for app tokens (permissions, not scopes). */
  scopes: string[] | undefined;
}

/** The challenges Azure DevOps sends with every 401 (Bearer for Entra, Basic for PATs). */
export function challengeHeaders(ctx: EmulatorContext): Record<string, string | string[]> {
  return {
    'WWW-Authenticate': [
      `Bearer authorization_uri=${ctx.url}/${ctx.config.tenantId}`,
      `Basic realm="${ctx.url}/"`,
      'TFS-Federated',
    ],
    'X-TFS-ProcessId': PROCESS_ID,
    'X-VSS-ResourceTenant': ctx.config.tenantId,
    'X-TFS-FedAuthRealm': `${ctx.url}/`,
  };
}

/** A 401 carrying the challenges; headers with several values need the raw response, hence a render hook. */
export class UnauthorizedError extends HttpError {
  constructor(
    message: string,
    readonly challenge: Record<string, string | string[]>,
  ) {
    super(401, azureDevOpsErrorBody(message, { typeKey: 'UnauthorizedRequestException' }));
  }

  send(res: ServerResponse): void {
    if (res.headersSent || res.destroyed) return;
    const text = JSON.stringify(this.body);
    for (const [name, value] of Object.entries(this.challenge)) res.setHeader(name, value);
    res.writeHead(401, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  }
}

const EXPIRED = 'Access Denied: The Personal Access Token used has expired.';
// No public source quotes the revoked text; this mirrors the expired one (see docs/emulator.md).
const REVOKED = 'Access Denied: The Personal Access Token used has been revoked.';
const ANONYMOUS = 'TF400813: Resource not available for anonymous access. Client authentication required.';

/** Azure DevOps' answer to an Entra identity that is not a user of the organization. */
function notAMember(tenantId: string, oid: string): string {
  return (
    `TF401444: Please sign-in at least once as ${tenantId}\\${tenantId}\\${oid} in a web browser to enable ` +
    'access to the service.'
  );
}

function notAuthorized(user: string): string {
  return `TF400813: The user '${user}' is not authorized to access this resource.`;
}

/** A PAT that exists but no longer works: the reason travels URL-encoded in X-TFS-ServiceError. */
function deadPat(ctx: EmulatorContext, serviceError: string): UnauthorizedError {
  return new UnauthorizedError(notAuthorized(''), {
    ...challengeHeaders(ctx),
    'X-TFS-ServiceError': encodeURIComponent(serviceError),
  });
}

/** The caller behind the request, or an UnauthorizedError in the real shape. */
export function authenticate(req: EmulatorRequest, ctx: EmulatorContext): Caller {
  const id = req.identity;
  const challenge = challengeHeaders(ctx);
  switch (id.kind) {
    case 'pat':
      if (id.status === 'expired') throw deadPat(ctx, EXPIRED);
      if (id.status === 'revoked') throw deadPat(ctx, REVOKED);
      if (!isOrganizationMember(ctx.config, { oid: id.pat.ownerOid, upn: id.pat.ownerUpn }))
        throw new UnauthorizedError(notAuthorized(id.pat.ownerOid), challenge);
      return { oid: id.pat.ownerOid, name: id.pat.ownerUpn, scopes: id.scopes };
    case 'user':
      if (id.audience !== AZURE_DEVOPS_RESOURCE) throw new UnauthorizedError(notAuthorized(''), challenge);
      if (!isOrganizationMember(ctx.config, id))
        throw new UnauthorizedError(notAuthorized(id.oid), challenge);
      return { oid: id.oid, name: id.upn, scopes: id.scopes };
    case 'app': {
      if (id.audience !== AZURE_DEVOPS_RESOURCE) throw new UnauthorizedError(notAuthorized(''), challenge);
      const members = ctx.config.organizationServicePrincipals;
      if (!members.includes(id.oid) && !members.includes(id.appid))
        throw new UnauthorizedError(notAMember(id.tenantId, id.oid), challenge);
      return { oid: id.oid, name: id.appid, scopes: undefined };
    }
    case 'invalid':
      throw new UnauthorizedError(notAuthorized(''), challenge);
    case 'anonymous':
      throw new UnauthorizedError(ANONYMOUS, challenge);
  }
}

/** authenticate() plus the scope the route needs. */
export function authorize(req: EmulatorRequest, ctx: EmulatorContext, required: string): Caller {
  const caller = authenticate(req, ctx);
  if (caller.scopes !== undefined && !grants(caller.scopes, required)) {
    throw new UnauthorizedError(notAuthorized(caller.oid), challengeHeaders(ctx));
  }
  return caller;
}

/** Runs a handler and renders UnauthorizedError with its multi-value headers; other errors go to the framework. */
export async function withAuthErrors(res: ServerResponse, run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (e instanceof UnauthorizedError) e.send(res);
    else throw e;
  }
}
