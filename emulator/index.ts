/**
 * `startEmulator(options)`: the in-process emulator. HTTPS on 127.0.0.1 with a certificate from the emulator's
 * CA; Entra ID, vssps and dev.azure.com all share one origin (distinct path spaces). Returns the facts of the
 * CLI's ready line plus `close()`.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClock } from './clock';
import type { EmulatorConfig } from './config';
import { resolveConfig } from './config-load';
import { createControlModule } from './control/module';
import { createFaultTable } from './faults';
import { createSigningKeys } from './jwt';
import { createLogger, type LogLevel } from './logger';
import { routeModules } from './modules';
import { createRequestLog } from './request-log';
import { createRouter } from './router';
import type { EmulatorContext, RouteModule } from './routes';
import { createRequestListener } from './server';
import { createStateStore, freshState } from './state';
import { createThrottle } from './throttle';
import { createServerCertificate, ensureCertificateAuthority } from './tls';

export interface EmulatorOptions {
  /** 0 (default) = any free port. */
  port?: number;
  /** The seed config, deep-merged over the defaults (see config.ts). */
  config?: unknown;
  /** Persist state here (atomic writes); in memory when absent. */
  dataDir?: string;
  /** CA directory; default: $ADO_EPHEMERAL_PAT_TEST_CA_DIR, else <dataDir>/ca, else a temp dir. */
  caDir?: string;
  /** stderr log level; default 'silent' in-process ($ADO_EPHEMERAL_PAT_EMULATOR_LOG overrides). */
  logLevel?: LogLevel;
  /** Replaces the module list of modules.ts (tests of the framework itself). */
  modules?: readonly RouteModule[];
}

/** The ready line's facts (docs/emulator.md describes each). */
export interface EmulatorInfo {
  ready: true;
  url: string;
  authorityHost: string;
  vsspsUrl: string;
  azureDevOpsUrl: string;
  caCertFile: string;
  tenantId: string;
  organization: string;
  project: string;
  repository: string;
  bot: { username: string; password: string; refreshToken: string; clientId: string };
  servicePrincipal: { clientId: string; clientSecret: string };
  keyVaultUrl: string;
  github: { requestUrl: string; requestToken: string };
  azurePipelines: { oidcRequestUri: string; accessToken: string; serviceConnectionId: string };
}

export interface EmulatorHandle extends EmulatorInfo {
  /** The ready line's fields only (what the CLI prints). */
  info(): EmulatorInfo;
  /** The resolved config and live context, for tests that need to look inside. */
  readonly context: EmulatorContext;
  close(): Promise<void>;
}

function resolveCaDir(options: EmulatorOptions): string {
  if (options.caDir) return options.caDir;
  if (process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR) return process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR;
  if (options.dataDir) return path.join(options.dataDir, 'ca');
  return mkdtempSync(path.join(os.tmpdir(), 'ado-emulator-ca-'));
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function buildInfo(
  url: string,
  caCertFile: string,
  config: EmulatorConfig,
  botRefreshToken: string,
): EmulatorInfo {
  return {
    ready: true,
    url,
    authorityHost: url,
    vsspsUrl: url,
    azureDevOpsUrl: url,
    caCertFile,
    tenantId: config.tenantId,
    organization: config.organization,
    project: config.project,
    repository: config.repository,
    bot: {
      username: config.bot.username,
      password: config.bot.password,
      refreshToken: botRefreshToken,
      clientId: config.bot.clientId,
    },
    servicePrincipal: {
      clientId: config.servicePrincipal.clientId,
      clientSecret: config.servicePrincipal.clientSecret,
    },
    keyVaultUrl: config.keyVaultUrl,
    github: { requestUrl: config.github.requestUrl, requestToken: config.github.requestToken },
    azurePipelines: {
      oidcRequestUri: config.azurePipelines.oidcRequestUri,
      accessToken: config.azurePipelines.accessToken,
      serviceConnectionId: config.azurePipelines.serviceConnectionId,
    },
  };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  // Validate the seed before doing anything expensive, so a bad config fails fast.
  resolveConfig(options.config, 'https://127.0.0.1:0');
  const envLevel = process.env.ADO_EPHEMERAL_PAT_EMULATOR_LOG as LogLevel | undefined;
  const log = createLogger(options.logLevel ?? envLevel ?? 'silent');

  const ca = await ensureCertificateAuthority(resolveCaDir(options));
  const certificate = await createServerCertificate(ca);
  const server = createServer({ cert: certificate.cert, key: certificate.key });
  const port = await listen(server, options.port ?? 0);
  const url = `https://127.0.0.1:${port}`;

  try {
    const config = resolveConfig(options.config, url);
    const store = createStateStore(options.dataDir, () => freshState(config.policy, config.bot.refreshToken));
    if (config.bot.refreshToken) store.data.botRefreshToken = config.bot.refreshToken;
    const clock = createClock(store.data.clockOffsetMs);
    const keys = createSigningKeys(store.data.signingKeys);
    keys.jwks(); // creates the Entra key on first start
    const ctx: EmulatorContext = {
      url,
      config,
      state: store,
      clock,
      keys,
      log,
      persist() {
        store.data.signingKeys = keys.export();
        store.data.clockOffsetMs = clock.offsetMs();
        store.save();
      },
    };

    const modules = options.modules ?? routeModules;
    const faults = createFaultTable();
    const requestLog = createRequestLog(config.limits.requestLogSize);
    const throttle = createThrottle(() => config.throttling);
    const control = createControlModule({ faults, requestLog, throttle, modules: () => modules });
    const router = createRouter([...control.routes, ...modules.flatMap((m) => m.routes)]);
    server.on('request', createRequestListener({ ctx, router, faults, requestLog, throttle }));
    server.on('clientError', (_err, socket) => socket.destroy());

    for (const m of modules) await m.start?.(ctx);
    ctx.persist();
    log.info(`listening on ${url} (state: ${store.file ?? 'memory'}, CA: ${ca.caCertFile})`);

    const info = buildInfo(url, ca.caCertFile, config, store.data.botRefreshToken);
    let closing: Promise<void> | undefined;
    return {
      ...info,
      info: () => ({ ...info }),
      context: ctx,
      close() {
        closing ??= (async () => {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          });
          for (const m of modules) await m.stop?.(ctx);
          log.info('stopped');
        })();
        return closing;
      },
    };
  } catch (error) {
    server.close();
    throw error;
  }
}

export type { EmulatorConfig } from './config';
export type { Route, RouteModule, EmulatorContext, EmulatorRequest } from './routes';
