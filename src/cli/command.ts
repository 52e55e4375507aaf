/** What every subcommand module exports (one file per command in ./commands, loaded on demand). */
import type { ParseArgsConfig } from 'node:util';

export type Env = Record<string, string | undefined>;
export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | undefined>;

/** The process, as a command sees it: injectable so that unit tests need no child process. */
export interface CliIo {
  env: Env;
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Colour only on a terminal, and never with NO_COLOR. */
  color: boolean;
  /** Whether stderr is a pipe or socket: runner mask commands are written only there. */
  stderrIsPipe: boolean;
}

export interface CommandContext {
  io: CliIo;
  values: OptionValues;
  /** The raw arguments after the command name (for pass-through commands such as `emulator`). */
  args: string[];
  debug: boolean;
}

export interface Command {
  name: string;
  /** The full `--help` text. */
  help: string;
  options: OptionSpecs;
  /** Pass every argument through unparsed (the command parses its own flags). */
  passThrough?: boolean;
  run(context: CommandContext): Promise<number>;
}
