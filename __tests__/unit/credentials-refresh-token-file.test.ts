import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkSecretFileTarget, writeSecretFile } from '../../src/core/credentials/refresh-token-file';
import { ActionableError } from '../../src/core/errors';

/** The refusal checkSecretFileTarget throws, as [message, code]; undefined when it accepts the path. */
function refusal(file: string): [string, string | undefined] | undefined {
  try {
    checkSecretFileTarget(file, { force: false });
    return undefined;
  } catch (error) {
    if (!(error instanceof ActionableError)) throw error;
    expect(error.kind).toBe('input');
    return [error.message, error.code];
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'secret-file-'));
});

const modeOf = (file: string) => lstatSync(file).mode & 0o777;

test('creates a new file with mode 0600 and leaves no temporary file', () => {
  const file = path.join(dir, 'token');
  writeSecretFile(file, 'value-1', { force: false });
  expect(readFileSync(file, 'utf8')).toBe('value-1');
  expect(modeOf(file)).toBe(0o600);
  expect(readdirSync(dir)).toEqual(['token']);
});

test('refuses an existing file unless forced; forced, the file becomes 0600', () => {
  const file = path.join(dir, 'token');
  writeFileSync(file, 'old', { mode: 0o644 });
  expect(() => writeSecretFile(file, 'new', { force: false })).toThrow('the file exists');
  expect(readFileSync(file, 'utf8')).toBe('old');
  writeSecretFile(file, 'new', { force: true });
  expect(readFileSync(file, 'utf8')).toBe('new');
  expect(modeOf(file)).toBe(0o600);
  expect(readdirSync(dir)).toEqual(['token']);
});

test('refuses a symlink even when forced, and a directory', () => {
  const target = path.join(dir, 'target');
  writeFileSync(target, 'untouched');
  const link = path.join(dir, 'link');
  symlinkSync(target, link);
  expect(() => writeSecretFile(link, 'x', { force: true })).toThrow('symbolic link');
  expect(readFileSync(target, 'utf8')).toBe('untouched');
  expect(() => writeSecretFile(dir, 'x', { force: true })).toThrow('not a regular file');
});

test('creates missing directories with mode 0700, as mint --output does', () => {
  const file = path.join(dir, 'nodir', 'sub', 'bot.token');
  expect(refusal(file)).toBeUndefined();
  writeSecretFile(file, 'value', { force: false });
  expect(readFileSync(file, 'utf8')).toBe('value');
  expect(modeOf(file)).toBe(0o600);
  expect(modeOf(path.join(dir, 'nodir'))).toBe(0o700);
  expect(modeOf(path.join(dir, 'nodir', 'sub'))).toBe(0o700);
});

test('refuses, before anything is written, a path with a file where a directory should be', () => {
  const blocker = path.join(dir, 'nodir');
  writeFileSync(blocker, 'a file');
  expect(refusal(path.join(blocker, 'sub', 'bot.token'))).toEqual([
    `Refusing to write the refresh token to "${path.join(blocker, 'sub', 'bot.token')}": "${blocker}" is not a directory.`,
    'output_file_refused',
  ]);
});

// root may write anywhere, so the refusal is seen only as another user.
(process.getuid?.() === 0 ? test.skip : test)('refuses a directory the user cannot create files in', () => {
  const locked = path.join(dir, 'locked');
  mkdirSync(locked, { mode: 0o500 });
  chmodSync(locked, 0o500);
  expect(refusal(path.join(locked, 'sub', 'bot.token'))?.[0]).toContain(
    `you cannot create files in the directory "${locked}"`,
  );
});
