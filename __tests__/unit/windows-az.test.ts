/**
 * `az` on Windows, with the platform, PATH, PATHEXT and the file system injected: no Windows machine runs
 * here, so these pin the lookup and the exact cmd.exe argv that a Windows runner executes.
 */
import { AZ_ARGS, azCommand } from '../../src/core/credentials/azure-cli';
import { cmdInvocation, commandInterpreter, quoteForCmd } from '../../src/core/safety/cmd-line';
import { findProgram } from '../../src/core/safety/find-program';

const AZ_DIR = 'C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\wbin';
const CHECKOUT = 'D:\\a\\repo\\repo';

/** A file system holding exactly these files (compared without regard to case, as NTFS does). */
const files =
  (...present: string[]) =>
  (file: string) =>
    present.some((p) => p.toLowerCase() === file.toLowerCase());

const windows = (Path: string, isFile: (file: string) => boolean, PATHEXT?: string) => ({
  platform: 'win32' as const,
  env: { Path, PATHEXT, SystemRoot: 'C:\\Windows', ComSpec: 'C:\\Windows\\system32\\cmd.exe' },
  cwd: CHECKOUT,
  isFile,
});

describe('findProgram on Windows', () => {
  test('finds az.cmd in C:\\Program Files', () => {
    const lookup = windows(`C:\\Windows\\system32;${AZ_DIR}`, files(`${AZ_DIR}\\az.cmd`));
    expect(findProgram('az', lookup)).toBe(`${AZ_DIR}\\az.cmd`);
  });

  test('never the working directory, `.`, a relative, drive-relative or empty entry', () => {
    const planted = files(
      `${CHECKOUT}\\az.cmd`,
      `${CHECKOUT}\\bin\\az.cmd`,
      'bin\\az.cmd',
      '.\\az.cmd',
      'C:bin\\az.cmd',
      '\\tools\\az.cmd',
      'az.cmd',
      `${AZ_DIR}\\az.cmd`,
    );
    const path = `.;bin;;C:bin;\\tools;${CHECKOUT};${CHECKOUT.toUpperCase()}\\;${AZ_DIR}`;
    expect(findProgram('az', windows(path, planted))).toBe(`${AZ_DIR}\\az.cmd`);
    expect(findProgram('az', windows('.;bin;;', planted))).toBeUndefined();
  });

  test('an absolute directory inside the checkout is the user’s PATH choice and is searched', () => {
    const lookup = windows(`${CHECKOUT}\\bin`, files(`${CHECKOUT}\\bin\\az.cmd`));
    expect(findProgram('az', lookup)).toBe(`${CHECKOUT}\\bin\\az.cmd`);
  });

  test('tries PATHEXT in its order, only startable extensions, directory by directory', () => {
    const both = files(`${AZ_DIR}\\az.cmd`, `${AZ_DIR}\\az.exe`, `${AZ_DIR}\\az.ps1`);
    expect(findProgram('az', windows(AZ_DIR, both, '.COM;.EXE;.BAT;.CMD'))).toBe(`${AZ_DIR}\\az.exe`);
    expect(findProgram('az', windows(AZ_DIR, both, '.CMD;.EXE'))).toBe(`${AZ_DIR}\\az.cmd`);
    expect(findProgram('az', windows(AZ_DIR, files(`${AZ_DIR}\\az.ps1`), '.PS1;.CMD'))).toBeUndefined();
    // An earlier directory wins over a preferred extension in a later one.
    const early = files('C:\\early\\az.cmd', `${AZ_DIR}\\az.exe`);
    expect(findProgram('az', windows(`C:\\early;${AZ_DIR}`, early, '.EXE;.CMD'))).toBe('C:\\early\\az.cmd');
  });

  test('a quoted PATH entry and a missing PATHEXT', () => {
    const lookup = windows(`"${AZ_DIR}"`, files(`${AZ_DIR}\\az.cmd`));
    expect(findProgram('az', lookup)).toBe(`${AZ_DIR}\\az.cmd`);
  });
});

test('findProgram elsewhere: absolute PATH entries only, the bare name', () => {
  const lookup = {
    platform: 'linux' as const,
    env: { PATH: '.:bin::/usr/bin' },
    cwd: '/home/runner/work/repo',
    isFile: files('/usr/bin/az', 'bin/az', './az'),
  };
  expect(findProgram('az', lookup)).toBe('/usr/bin/az');
});

describe('the command that runs az', () => {
  const env = { Path: AZ_DIR, SystemRoot: 'C:\\Windows', ComSpec: 'C:\\Windows\\system32\\cmd.exe' };

  test('on Windows: cmd.exe /d /s /c with every part quoted, passed verbatim', () => {
    const command = azCommand(AZ_ARGS, {
      platform: 'win32',
      env,
      cwd: CHECKOUT,
      isFile: files(`${AZ_DIR}\\az.cmd`),
    });
    expect(command).toEqual({
      file: 'C:\\Windows\\system32\\cmd.exe',
      args: [
        '/d',
        '/s',
        '/c',
        `""${AZ_DIR}\\az.cmd" "account" "get-access-token" "--resource" ` +
          `"499b84ac-1321-427f-aa17-267ca6975798" "--output" "json""`,
      ],
      windowsVerbatimArguments: true,
    });
  });

  test('on Windows: an az.exe runs directly, and no az at all is ENOENT', () => {
    const exe = azCommand(AZ_ARGS, {
      platform: 'win32',
      env,
      cwd: CHECKOUT,
      isFile: files(`${AZ_DIR}\\az.exe`),
    });
    expect(exe).toEqual({ file: `${AZ_DIR}\\az.exe`, args: AZ_ARGS, windowsVerbatimArguments: false });
    let missing: unknown;
    try {
      azCommand(AZ_ARGS, { platform: 'win32', env, cwd: CHECKOUT, isFile: files() });
    } catch (error) {
      missing = error;
    }
    expect(missing).toMatchObject({ code: 'ENOENT' });
  });

  test.each(['linux', 'darwin'] as const)('on %s: az itself, no shell, as before', (platform) => {
    expect(azCommand(AZ_ARGS, { platform, env: {} })).toEqual({
      file: 'az',
      args: AZ_ARGS,
      windowsVerbatimArguments: false,
    });
  });
});

describe('cmd.exe quoting', () => {
  test.each(['a"b', '%PATH%', '!x!', 'a^b', 'a\nb', 'a\rb', ''])('refuses %j', (text) => {
    expect(() => quoteForCmd(text)).toThrow(/not a plain argument/);
    expect(() => cmdInvocation('C:\\az.cmd', [text], {})).toThrow(/not a plain argument/);
  });

  test('quotes what cmd.exe would otherwise read as operators', () => {
    expect(quoteForCmd('a&b|c>(d)')).toBe('"a&b|c>(d)"');
  });

  test('cmd.exe from an absolute COMSPEC, else SystemRoot, else C:\\Windows', () => {
    expect(commandInterpreter({ COMSPEC: 'E:\\cmd.exe' })).toBe('E:\\cmd.exe');
    expect(commandInterpreter({ ComSpec: 'cmd.exe', SystemRoot: 'E:\\Win' })).toBe(
      'E:\\Win\\System32\\cmd.exe',
    );
    expect(commandInterpreter({ ComSpec: '.\\cmd.exe' })).toBe('C:\\Windows\\System32\\cmd.exe');
  });
});
