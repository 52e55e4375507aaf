/**
 * `emulator`: runs the emulator's own main (dist/emulator/index.js, built from emulator/main.ts) in this
 * process, with this command's arguments. It is loaded from the sibling bundle rather than bundled into the
 * CLI, so the CLI stays small and fast to start. The emulator parses its own flags; only its help text is
 * bundled here, so that `emulator --help` answers on stdout like every other command.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ActionableError } from '../../core/errors';
import { EMULATOR_OPTIONS, EMULATOR_SUMMARY } from '../../../emulator/usage';
import type { Command, CommandContext } from '../command';
import { EXIT } from '../exit-codes';

export function emulatorBundle(cliDir: string = __dirname): string {
  return path.join(cliDir, '..', 'emulator', 'index.js');
}

const help = `Usage: ado-ephemeral-pat emulator [flags]

${EMULATOR_SUMMARY}

${EMULATOR_OPTIONS}`;

function run(context: CommandContext): Promise<number> {
  // Help is data asked for: stdout and exit 0, as every other command's, without starting the emulator.
  if (context.args.some((arg) => arg === '--help' || arg === '-h')) {
    context.io.stdout(help);
    return Promise.resolve(EXIT.ok);
  }
  const file = emulatorBundle();
  if (!existsSync(file)) {
    return Promise.reject(
      new ActionableError(
        'input',
        `The emulator bundle is missing (${file}).`,
        'Install the published package, or run `npm run build` in a checkout.',
        { code: 'emulator_missing' },
      ),
    );
  }
  // The emulator reads process.argv like any entry point: make it see only its own arguments.
  process.argv = [process.argv[0] ?? process.execPath, file, ...context.args];
  createRequire(file)(file);
  // The emulator owns the process from here: it exits on SIGINT/SIGTERM with its own code.
  return new Promise<number>(() => undefined);
}

export const command: Command = {
  name: 'emulator',
  help,
  options: {},
  passThrough: true,
  run,
};
