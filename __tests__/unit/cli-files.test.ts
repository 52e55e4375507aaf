/**
 * The checks mint makes on the paths it will write, before the token exists: each directory on the way is
 * a directory the user can write to, and the output, npm config and state file are three different files.
 */
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkChosenPath } from '../../src/core/consumers/files';
import { ActionableError } from '../../src/core/errors';
import { canonicalPath, checkWritablePath, refuseSharedPath } from '../../src/cli/files';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'cli-files-'));
/** Root may write anywhere: an unwritable directory cannot be shown to it. */
const asRoot = process.getuid?.() === 0;

function thrown(check: () => void): ActionableError {
  try {
    check();
  } catch (error) {
    if (error instanceof ActionableError) return error;
    throw error;
  }
  throw new Error('the check passed');
}

describe('checkWritablePath', () => {
  test('a file where a directory of the path should be is refused (unwritable_path)', () => {
    const dir = fresh();
    writeFileSync(path.join(dir, 'afile'), '');
    for (const file of [path.join(dir, 'afile', 'x.txt'), path.join(dir, 'afile', 'deeper', 'x.txt')]) {
      const error = thrown(() => checkWritablePath(file, 'output'));
      expect([error.kind, error.code]).toEqual(['input', 'unwritable_path']);
      expect(error.message).toBe(
        `Cannot write the output to ${JSON.stringify(file)}: ${JSON.stringify(path.join(dir, 'afile'))} is not a directory.`,
      );
    }
  });

  test('directories that do not exist yet are fine under one that can be written', () => {
    const dir = fresh();
    expect(() => checkWritablePath(path.join(dir, 'a', 'b', 'x.txt'), 'output')).not.toThrow();
    expect(() => checkWritablePath(path.join(dir, 'x.txt'), 'output')).not.toThrow();
  });

  (asRoot ? test.skip : test)('a directory the user cannot write to is refused', () => {
    const dir = fresh();
    const locked = path.join(dir, 'locked');
    mkdirSync(locked, { mode: 0o500 });
    try {
      const error = thrown(() => checkWritablePath(path.join(locked, 'new', 'x.txt'), 'output'));
      expect(error.code).toBe('unwritable_path');
      expect(error.message).toContain('this user cannot write to the directory');
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

test('checkChosenPath (--npmrc) refuses a path below a file too', () => {
  const dir = fresh();
  writeFileSync(path.join(dir, 'afile'), '');
  expect(thrown(() => checkChosenPath(path.join(dir, 'afile', 'npmrc'), 'npmrc')).code).toBe(
    'unwritable_path',
  );
});

describe('refuseSharedPath', () => {
  test('two names of one file, through `..` or a linked directory, are refused (same_path)', () => {
    const dir = fresh();
    mkdirSync(path.join(dir, 'real'));
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
    const state = path.join(dir, 'real', 'new', 'state.json');
    for (const other of [
      path.join(dir, 'real', 'x', '..', 'new', 'state.json'),
      path.join(dir, 'link', 'new', 'state.json'),
    ]) {
      expect(canonicalPath(other)).toBe(canonicalPath(state));
      const error = thrown(() =>
        refuseSharedPath([
          ['--output', other],
          ['--npmrc', undefined],
          ['--state-file', state],
        ]),
      );
      expect([error.kind, error.code]).toEqual(['input', 'same_path']);
      expect(error.message).toContain('--output and --state-file name the same file');
      expect(error.message).toContain('Nothing was minted.');
    }
  });

  test('different files pass', () => {
    const dir = fresh();
    expect(() =>
      refuseSharedPath([
        ['--output', path.join(dir, 'out.json')],
        ['--npmrc', path.join(dir, 'npmrc')],
        ['--state-file', path.join(dir, '.ado-ephemeral-pat', 'state.json')],
      ]),
    ).not.toThrow();
  });
});
