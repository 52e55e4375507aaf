/** The Azure DevOps PAT lifecycle API, `/{org}/_apis/tokens/pats` (paths case-insensitive), and the sign-in page. */
import type { ServerResponse } from 'node:http';
import { patStatus } from '../identity';
import type { EmulatorContext, EmulatorRequest, RouteModule } from '../routes';
import { signInPage } from './auth';
import { createPat } from './create';
import { getPat, listPats } from './list';
import { revokePat } from './revoke';
import { updatePat } from './update';

const PATH = '/:org/_apis/tokens/pats';
const hasAuthorizationId = (url: URL): boolean =>
  [...url.searchParams.keys()].some((k) => k.toLowerCase() === 'authorizationid');

function signInRoute(_req: EmulatorRequest, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(signInPage());
}

/** The state view of PATs: everything but the token (which is never stored anyway). */
function describePats(ctx: EmulatorContext): Record<string, unknown>[] {
  const now = ctx.clock.now();
  return Object.values(ctx.state.data.pats).map(({ tokenHash: _hash, ...rest }) => ({
    ...rest,
    status: patStatus(rest, now),
  }));
}

export const patsModule: RouteModule = {
  name: 'pats',
  routes: [
    {
      id: 'pats.get',
      family: 'azure-devops',
      method: 'GET',
      path: PATH,
      when: hasAuthorizationId,
      handler: getPat,
    },
    { id: 'pats.list', family: 'azure-devops', method: 'GET', path: PATH, handler: listPats },
    { id: 'pats.create', family: 'azure-devops', method: 'POST', path: PATH, handler: createPat },
    { id: 'pats.update', family: 'azure-devops', method: 'PUT', path: PATH, handler: updatePat },
    { id: 'pats.revoke', family: 'azure-devops', method: 'DELETE', path: PATH, handler: revokePat },
    {
      id: 'signin',
      family: 'azure-devops',
      method: 'GET',
      path: '/_signin',
      handler: signInRoute,
      throttled: false,
    },
  ],
  inspect: (ctx) => ({ pats: describePats(ctx) }),
};
