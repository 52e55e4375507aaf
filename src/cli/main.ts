/** `ado-ephemeral-pat <command> [flags]`: global flags, dispatch, and usage errors. */
import { parseArgs } from 'node:util';
import { describeError } from '../core/errors';
import { quoteInput } from '../core/safety/log-safety';
import { withFlagNames } from '../hosts/cli/host';
import type { CliIo, Command, OptionValues } from './command';
import { EXIT, exitCodeFor } from './exit-codes';
import { COMMANDS } from './registry';
import { closest, UsageError, usageFromParseError } from './usage';
import { VERSION } from './version';

const PROGRAM = 'ado-ephemeral-pat';

export function topHelp(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((name) => name.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name]?.summary ?? ''}`);
  return `Mint a short-lived, minimally scoped Azure DevOps PAT for one CI job, and revoke it when the job ends.

Usage: ${PROGRAM} <command> [flags]

Commands:
${lines.join('\n')}

Global flags:
  -h, --help      help (also: ${PROGRAM} <command> --help)
  -V, --version   print the version

Inputs are flags (--organization) or variables (ADO_EPHEMERAL_PAT_ORGANIZATION). Logs go to stderr; stdout
carries only the data asked for.
Exit codes: 0 ok, 1 failure, 2 usage or input error (no token created or revoked), 3 revocation failed.
Docs: https://github.com/ado-ephemeral-pat/ado-ephemeral-pat/blob/main/docs/cli.md
`;
}

function usageFailure(io: CliIo, error: UsageError, command?: string): number {
  const more = command ? `${PROGRAM} ${command} --help` : `${PROGRAM} --help`;
  io.stderr(`error: ${error.message}${error.hint ? ` ${error.hint}` : ''}\nSee \`${more}\`.\n`);
  return EXIT.usage;
}

/** Flags every command takes besides its own; COMMON_HELP lists them. */
export const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const;

function parse(command: Command, args: string[]): OptionValues {
  const options = { ...command.options, ...GLOBAL_OPTIONS } as const;
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw usageFromParseError(error, Object.keys(options));
  }
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(topHelp());
    return EXIT.usage;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    io.stdout(topHelp());
    return EXIT.ok;
  }
  if (name === '-V' || name === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (entry === undefined) {
    const guess = closest(name, Object.keys(COMMANDS));
    return usageFailure(
      io,
      new UsageError(
        `Unknown command ${quoteInput(name, 40)}.`,
        guess ? `Did you mean ${guess}?` : undefined,
      ),
    );
  }
  const command = await entry.load();
  if (command.passThrough) return command.run({ io, values: {}, args, debug: false });
  let values: OptionValues;
  try {
    values = parse(command, args);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, error, name);
    throw error;
  }
  if (values.help === true) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run({
      io,
      values,
      args,
      debug: values.debug === true || io.env.ADO_EPHEMERAL_PAT_DEBUG === 'true',
    });
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, error, name);
    io.stderr(`error: ${withFlagNames(describeError(error, 'cli'))}\n`);
    return exitCodeFor(error);
  }
}
