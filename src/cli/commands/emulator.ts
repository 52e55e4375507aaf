/**
 * `emulator`: runs the emulator's own main (dist/emulator/index.js, built from emulator/main.ts) in this
 * process, with this command's arguments. It is loaded from the sibling bundle rather than bundled into the
 * CLI, so the CLI stays small and fast to start. The emulator parses its own flags (`emulator --help`).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ActionableError } from '../../core/errors';
import type { Command, CommandContext } from '../command';

export function emulatorBundle(cliDir: string = __dirname): string {
  return path.join(cliDir, '..', 'emulator', 'index.js');
}

function run(context: CommandContext): Promise<number> {
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
  help: 'Usage: ado-ephemeral-pat emulator [emulator flags]   (see `ado-ephemeral-pat emulator --help`)\n',
  options: {},
  passThrough: true,
  run,
};
