import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionableError } from '../../src/core/errors';
import {
  placePrivateFile,
  privateFileFlags,
  refuseSymlinkedDirectory,
  symlinkedDirectory,
} from '../../src/core/safety/private-file';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'private-file-'));
/** Windows has no POSIX modes (the directory's ACL protects the file there): the mode is checked elsewhere. */
const expectMode0600 = (file: string) => {
  if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
};

describe('privateFileFlags', () => {
  const base = { O_WRONLY: 1, O_CREAT: 0x40, O_EXCL: 0x80 };

  it('adds O_NOFOLLOW where the platform defines it', () => {
    expect(privateFileFlags({ ...base, O_NOFOLLOW: 0x20000 })).toBe(1 | 0x40 | 0x80 | 0x20000);
  });

  it('works without it, as on Windows where fs.constants.O_NOFOLLOW is undefined', () => {
    expect(privateFileFlags({ ...base, O_NOFOLLOW: undefined })).toBe(1 | 0x40 | 0x80);
    expect(privateFileFlags(base)).toBe(1 | 0x40 | 0x80);
  });
});

describe('placePrivateFile', () => {
  it.each(['replace', 'create'] as const)(
    '%s: writes the text with mode 0600 and leaves no temporary file',
    (mode) => {
      const dir = fresh();
      const file = path.join(dir, 'token.txt');
      placePrivateFile(file, 'secret-value', mode);
      expect(readFileSync(file, 'utf8')).toBe('secret-value');
      expectMode0600(file);
      expect(readdirSync(dir)).toEqual(['token.txt']);
    },
  );

  it('replace: takes the place of an existing file', () => {
    const dir = fresh();
    const file = path.join(dir, 'token.txt');
    writeFileSync(file, 'old', { mode: 0o644 });
    placePrivateFile(file, 'new', 'replace');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expectMode0600(file);
  });

  it('replace: a symlink at the path is replaced, its target never written', () => {
    const dir = fresh();
    const elsewhere = path.join(dir, 'elsewhere.txt');
    writeFileSync(elsewhere, 'untouched');
    const file = path.join(dir, 'token.txt');
    symlinkSync(elsewhere, file);
    placePrivateFile(file, 'secret-value', 'replace');
    expect(readFileSync(elsewhere, 'utf8')).toBe('untouched');
    expect(readFileSync(file, 'utf8')).toBe('secret-value');
  });

  it('create: fails with EEXIST when the path exists, and leaves it and no temporary file', () => {
    const dir = fresh();
    const file = path.join(dir, 'token.txt');
    writeFileSync(file, 'kept');
    let code: unknown;
    try {
      placePrivateFile(file, 'secret-value', 'create');
    } catch (error) {
      code = (error as NodeJS.ErrnoException).code;
    }
    expect(code).toBe('EEXIST');
    expect(readFileSync(file, 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['token.txt']);
  });
});

describe('symlinked directories', () => {
  /** A working directory with a real `real/` and a link beside it: `out` points outside, `in` inside. */
  function workspace() {
    const root = fresh();
    const base = path.join(root, 'work');
    const outside = path.join(root, 'outside');
    mkdirSync(path.join(base, 'real'), { recursive: true });
    mkdirSync(outside);
    symlinkSync(outside, path.join(base, 'out'));
    symlinkSync(path.join(base, 'real'), path.join(base, 'real', 'in'));
    return { base, outside };
  }

  it('finds the first linked directory inside the working directory, whether it leads out or stays in', () => {
    const { base } = workspace();
    expect(symlinkedDirectory('out/state.json', base)).toBe(path.join(base, 'out'));
    expect(symlinkedDirectory('out/deeper/state.json', base)).toBe(path.join(base, 'out'));
    expect(symlinkedDirectory(path.join(base, 'real', 'in', 'x.env'), base)).toBe(
      path.join(base, 'real', 'in'),
    );
  });

  it('passes real directories, directories still to be made, and paths outside the working directory', () => {
    const { base, outside } = workspace();
    expect(symlinkedDirectory('state.json', base)).toBeUndefined();
    expect(symlinkedDirectory('real/state.json', base)).toBeUndefined();
    expect(symlinkedDirectory('new/deeper/state.json', base)).toBeUndefined();
    // The path is the user's own choice once it leaves the working directory, even through a link.
    expect(symlinkedDirectory(path.join(outside, 'x.env'), base)).toBeUndefined();
    expect(symlinkedDirectory('../outside/x.env', base)).toBeUndefined();
  });

  it('refuses with `symlinked_directory`, an input error, and names the link', () => {
    const { base } = workspace();
    let caught: unknown;
    try {
      refuseSymlinkedDirectory('out/state.json', 'state file', base);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ActionableError);
    expect(caught).toMatchObject({ kind: 'input', code: 'symlinked_directory' });
    expect((caught as Error).message).toContain('"out" is a symbolic link');
    expect(() => refuseSymlinkedDirectory('real/state.json', 'state file', base)).not.toThrow();
  });
});
