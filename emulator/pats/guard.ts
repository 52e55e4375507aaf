/** What every PAT API call checks first, in the real service's order: organization, sign-in, api-version, caller. */
import { azureDevOpsError } from '../errors';
import type { UserIdentity } from '../identity';
import type { EmulatorContext, EmulatorRequest } from '../routes';
import { checkPreviewApiVersion } from './api-version';
import { authorizePatApi, type PatAccess } from './auth';

export function guardPatApi(req: EmulatorRequest, ctx: EmulatorContext, access: PatAccess): UserIdentity {
  const org = req.params.org ?? '';
  if (org.toLowerCase() !== ctx.config.organization.toLowerCase()) {
    throw azureDevOpsError(404, `The organization '${org}' could not be found.`, {
      typeKey: 'AccountNotFoundException',
    });
  }
  // Anonymous callers are sent to sign in before anything else is looked at.
  if (req.identity.kind === 'anonymous') authorizePatApi(req, ctx, access);
  checkPreviewApiVersion(req);
  return authorizePatApi(req, ctx, access);
}
