/**
 * `DELETE /{org}/_apis/tokens/pats?authorizationId=…`: revoke → 204. Revoking a revoked PAT is 204 again.
 * An unknown id answers per `pats.revokeUnknown` (the real status is unverified): '404'
 * (default, `SessionTokenNotFoundException`), '204', or 'tokenNotFound' (HTTP 200 business error).
 */
import type { ServerResponse } from 'node:http';
import { azureDevOpsError, sendJson } from '../errors';
import type { EmulatorContext, EmulatorRequest } from '../routes';
import { isGuid } from './format';
import { guardPatApi } from './guard';
import { errorResult } from './results';

export function revokePat(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext): void {
  const user = guardPatApi(req, ctx, 'write');
  const id = req.query.get('authorizationId') ?? req.query.get('authorizationid') ?? '';
  if (!isGuid(id)) {
    throw azureDevOpsError(
      400,
      `The value '${id}' is not a valid authorizationId.\r\nParameter name: authorizationId`,
      {
        typeKey: 'ArgumentException',
        typeName: 'System.ArgumentException, mscorlib',
        eventId: 0,
      },
    );
  }
  const pat = Object.values(ctx.state.data.pats).find(
    (p) => p.authorizationId.toLowerCase() === id.toLowerCase() && p.ownerOid === user.oid,
  );
  if (!pat) {
    const mode = ctx.config.pats.revokeUnknown;
    if (mode === 'tokenNotFound') return sendJson(res, 200, errorResult('tokenNotFound'));
    if (mode === '404') {
      throw azureDevOpsError(404, `The personal access token with authorization id ${id} was not found.`, {
        typeKey: 'SessionTokenNotFoundException',
        typeName:
          'Microsoft.VisualStudio.Services.DelegatedAuthorization.SessionTokenNotFoundException, Microsoft.VisualStudio.Services.WebApi',
      });
    }
  } else if (!pat.revokedAt) {
    pat.revokedAt = new Date(ctx.clock.now()).toISOString();
    ctx.persist();
  }
  res.writeHead(204);
  res.end();
}
