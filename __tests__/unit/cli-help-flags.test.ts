/**
 * Every flag a command declares is in its help, short flags as `-o, --output`, and every short flag the help
 * shows is one the command takes: the help is read from the same modules the CLI runs.
 */
import { parseCliArgs } from '../../emulator/cli-args';
import type { CliIo, Command } from '../../src/cli/command';
import { GLOBAL_OPTIONS, main, topHelp } from '../../src/cli/main';
import { command as doctor } from '../../src/cli/commands/doctor';
import { command as emulator } from '../../src/cli/commands/emulator';
import { command as list } from '../../src/cli/commands/list';
import { command as login } from '../../src/cli/commands/login';
import { command as mint } from '../../src/cli/commands/mint';
import { command as revoke } from '../../src/cli/commands/revoke';
import { command as sweep } from '../../src/cli/commands/sweep';
import { COMMANDS } from '../../src/cli/registry';

/** `-o` in "-o, --output", "(-h)" or at a line start; not the hyphen inside a word or a long flag. */
function shortFlags(help: string): string[] {
  return [...help.matchAll(/(?<![\w-])-([A-Za-z])\b/g)].map((match) => match[1] ?? '');
}

/** Imported here as the registry loads them (jest cannot run its dynamic imports). */
const LOADED: Record<string, Command> = { mint, revoke, list, sweep, doctor, login, emulator };

function load(name: string): Command {
  const command = LOADED[name];
  if (command === undefined) throw new Error(`no command ${name}`);
  return command;
}

const parsed = Object.keys(COMMANDS).filter((name) => name !== 'emulator');

test('every command of the registry is checked here', () => {
  expect(Object.keys(LOADED).sort()).toEqual(Object.keys(COMMANDS).sort());
  for (const [name, command] of Object.entries(LOADED)) expect(command.name).toBe(name);
});

describe.each(parsed)('%s --help', (name) => {
  it('lists every flag the command takes, each short flag beside its long name', () => {
    const command = load(name);
    const options = { ...command.options, ...GLOBAL_OPTIONS };
    for (const [flag, spec] of Object.entries(options)) {
      expect(command.help).toMatch(new RegExp(`--${flag}(?![\\w-])`));
      const short = 'short' in spec ? spec.short : undefined;
      if (short !== undefined) expect(command.help).toContain(`-${short}, --${flag}`);
    }
  });

  it('shows no short flag the command does not take', () => {
    const command = load(name);
    const declared = Object.values({ ...command.options, ...GLOBAL_OPTIONS }).flatMap((spec) =>
      'short' in spec && spec.short !== undefined ? [spec.short] : [],
    );
    for (const short of shortFlags(command.help)) expect(declared).toContain(short);
  });
});

describe('emulator --help', () => {
  it("lists the emulator's own flags, each of which the emulator takes", () => {
    const command = load('emulator');
    expect(command.help).toMatch(/^Usage: ado-ephemeral-pat emulator /);
    const flags = [...command.help.matchAll(/(?<![\w-])(--?[a-z][a-z-]*)(?: ([A-Z]+))?/g)];
    expect(flags.map((flag) => flag[1])).toEqual(
      expect.arrayContaining(['--port', '--config', '--data-dir', '--ca-dir', '--log-level', '-h', '--help']),
    );
    const values: Record<string, string> = { N: '0', L: 'debug' };
    for (const [, flag = '', value] of flags) {
      const args = value === undefined ? [flag] : [flag, values[value] ?? 'x'];
      expect(() => parseCliArgs(args)).not.toThrow();
    }
  });
});

describe('ado-ephemeral-pat --help', () => {
  it('shows short flags beside their long names, and each works', async () => {
    const help = topHelp();
    expect(help).toContain('-h, --help');
    expect(help).toContain('-V, --version');
    for (const short of shortFlags(help)) {
      let out = '';
      const io: CliIo = {
        env: {},
        cwd: '.',
        stdout: (t) => (out += t),
        stderr: () => undefined,
        color: false,
        stderrIsPipe: false,
      };
      expect(await main([`-${short}`], io)).toBe(0);
      expect(out).not.toBe('');
    }
  });
});
