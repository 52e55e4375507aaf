/**
 * Files the CLI writes may hold a token (`--output`) or the state revoke needs: they are created with mode
 * 0600 through a temporary file and a rename, so no other user can read them at any moment, a crash never
 * leaves half a file, and a symlink planted at the path is refused rather than followed.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ActionableError } from '../core/errors';
import { quote } from '../core/log-safety';

/** Throws unless `file` is absent or a regular file (never a symlink, directory or device). */
export function checkWritablePath(file: string, what: string): void {
  let stats;
  try {
    stats = lstatSync(file);
  } catch {
    return;
  }
  if (stats.isSymbolicLink() || !stats.isFile()) {
    throw new ActionableError(
      'input',
      `Refusing to write the ${what} to ${quote(file, 200)}: it is ${stats.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}.`,
      'Give the path of a regular file or of a file that does not exist yet.',
      { code: 'unsafe_path' },
    );
  }
}

export function writePrivateFile(file: string, text: string, what: string): void {
  checkWritablePath(file, what);
  const dir = path.dirname(path.resolve(file));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
