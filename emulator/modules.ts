/**
 * Every route module the emulator serves. Adding a module is a one-line change: import it and append it here.
 * The control API (`/_emulator/…`) is not listed: the server adds it itself because it reaches framework
 * internals (faults, request log, throttling).
 */
import { entraModule } from './entra/module';
import { patsModule } from './pats/module';
import { keyVaultModule } from './keyvault/module';
import { oidcModule } from './oidc/module';
import { resourcesModule } from './resources/module';
import type { RouteModule } from './routes';

export const routeModules: readonly RouteModule[] = [
  entraModule,
  patsModule,
  resourcesModule,
  keyVaultModule,
  oidcModule,
];
