/** Key Vault secrets (registered in emulator/modules.ts). The state view lists versions, never values. */
import type { RouteModule } from '../routes';
import { KEY_VAULT_MODULE, keyVaultRoutes, secretStore } from './routes';

export const keyVaultModule: RouteModule = {
  name: KEY_VAULT_MODULE,
  routes: keyVaultRoutes,
  start(ctx) {
    secretStore(ctx);
  },
  inspect(ctx) {
    return { keyVault: { url: ctx.config.keyVaultUrl, secrets: secretStore(ctx).describe() } };
  },
};
