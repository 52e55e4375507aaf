/**
 * The emulator CLI (`npm run emulator -- …`, bundled to dist/emulator/index.js). It prints exactly one JSON line
 * on stdout when ready and everything else on stderr; SIGINT/SIGTERM stop it cleanly; a usage or config error
 * exits 2.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './cli-args';
import { ConfigError } from './config-load';
import { startEmulator } from './index';
import { createLogger } from './logger';

function fail(code: number, message: string): never {
  process.stderr.write(`emulator: ${message}\n`);
  process.exit(code);
}

function readSeed(file: string | undefined): unknown {
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read --config ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ConfigError(`--config ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function defaultCaDir(options: CliOptions): string {
  if (options.caDir) return options.caDir;
  if (process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR) return process.env.ADO_EPHEMERAL_PAT_TEST_CA_DIR;
  if (options.dataDir) return path.join(options.dataDir, 'ca');
  // A stable per-user directory, so a CA trusted once stays trusted across runs.
  return path.join(os.tmpdir(), `ado-ephemeral-pat-emulator-ca-${os.userInfo().uid}`);
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) fail(2, `${e.message}\n\n${USAGE}`);
    throw e;
  }
  if (options.help) {
    process.stderr.write(USAGE);
    return;
  }
  const log = createLogger(options.logLevel);
  // A bug in one request must not take the emulator down for everyone else.
  process.on('uncaughtException', (e) => log.error(`uncaught: ${e.message}`));
  process.on('unhandledRejection', (e) =>
    log.error(`unhandled rejection: ${e instanceof Error ? e.message : String(e)}`),
  );

  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator({
      port: options.port,
      config: readSeed(options.configFile),
      dataDir: options.dataDir,
      caDir: defaultCaDir(options),
      logLevel: options.logLevel,
    });
  } catch (e) {
    if (e instanceof ConfigError) fail(2, `bad config: ${e.message}`);
    fail(1, `cannot start: ${e instanceof Error ? e.message : String(e)}`);
  }
  const stop = (signal: string): void => {
    log.info(`${signal}: stopping`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.stdout.write(`${JSON.stringify(emulator.info())}\n`);
}

void main();
