/** The CI OIDC issuers (GitHub Actions, Azure Pipelines), registered in emulator/modules.ts. */
import type { RouteModule } from '../routes';
import { azurePipelinesRoutes } from './azure-pipelines';
import { githubRoutes } from './github';

export const oidcModule: RouteModule = {
  name: 'oidc',
  routes: [...githubRoutes, ...azurePipelinesRoutes],
};
