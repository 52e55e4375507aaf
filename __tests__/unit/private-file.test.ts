import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { placePrivateFile } from '../../src/core/safety/private-file';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'private-file-'));

describe('placePrivateFile', () => {
  it.each(['replace', 'create'] as const)(
    '%s: writes the text with mode 0600 and leaves no temporary file',
    (mode) => {
      const dir = fresh();
      const file = path.join(dir, 'token.txt');
      placePrivateFile(file, 'secret-value', mode);
      expect(readFileSync(file, 'utf8')).toBe('secret-value');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readdirSync(dir)).toEqual(['token.txt']);
    },
  );

  it('replace: takes the place of an existing file', () => {
    const dir = fresh();
    const file = path.join(dir, 'token.txt');
    writeFileSync(file, 'old', { mode: 0o644 });
    placePrivateFile(file, 'new', 'replace');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
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
