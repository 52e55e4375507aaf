/** What a PAT can open: REST resources and the git repository (registered in emulator/modules.ts). */
import type { RouteModule } from '../routes';
import { gitRoutes, resetGit, startGit, stopGit } from './git-route';
import { npmFeedRoutes } from './npm-feed';
import { resourcesData, restRoutes, RESOURCES_MODULE } from './rest';

export const resourcesModule: RouteModule = {
  name: RESOURCES_MODULE,
  routes: [...restRoutes, ...gitRoutes, ...npmFeedRoutes],
  async start(ctx) {
    resourcesData(ctx);
    await startGit(ctx);
  },
  reset(ctx) {
    resetGit(ctx);
  },
  stop(ctx) {
    return stopGit(ctx);
  },
  inspect(ctx) {
    const items = Object.values(resourcesData(ctx).workItems);
    return { workItems: items.map((w) => ({ id: w.id, rev: w.rev, title: w.fields['System.Title'] })) };
  },
};
