/** Parsing the emulator CLI's flags: `--port N`, `--config FILE`, `--data-dir DIR`, `--ca-dir DIR`, `--log-level L`, `--help`. */
import { isLogLevel, type LogLevel } from './logger';
import { EMULATOR_OPTIONS, EMULATOR_SUMMARY } from './usage';

export interface CliOptions {
  help: boolean;
  port: number;
  configFile?: string;
  dataDir?: string;
  caDir?: string;
  logLevel: LogLevel;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run emulator -- [options]

${EMULATOR_SUMMARY}

${EMULATOR_OPTIONS}`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { help: false, port: 0, logLevel: 'info' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--port': {
        const raw = value();
        const port = Number(raw);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new UsageError(`--port must be 0-65535, got ${raw}`);
        options.port = port;
        break;
      }
      case '--config':
        options.configFile = value();
        break;
      case '--data-dir':
        options.dataDir = value();
        break;
      case '--ca-dir':
        options.caDir = value();
        break;
      case '--log-level': {
        const level = value();
        if (!isLogLevel(level))
          throw new UsageError(`--log-level must be silent, error, warn, info or debug`);
        options.logLevel = level;
        break;
      }
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return options;
}
