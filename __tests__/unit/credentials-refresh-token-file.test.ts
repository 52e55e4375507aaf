import { lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSecretFile } from '../../src/core/credentials/refresh-token-file';

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
