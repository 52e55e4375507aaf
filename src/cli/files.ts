/**
 * Files the CLI writes may hold a token (`--output`) or the state revoke needs: written through
 * ../core/private-file (0600 from the first byte, never half a file), and a symlink planted at the path, or
 * as one of its directories inside the working directory, is refused rather than followed. On Windows the
 * modes (0600, 0700) are not enforced: the ACL the file inherits from its directory is what protects it.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ActionableError } from '../core/errors';
import { quote } from '../core/safety/log-safety';
import { placePrivateFile, refuseSymlinkedDirectory } from '../core/safety/private-file';
import { ignoreDirectoryInGit } from './git-ignore';

/**
 * Throws unless `file` is absent or a regular file (never a symlink, directory or device) and no directory
 * on its way from the working directory is a symlink.
 */
export function checkWritablePath(file: string, what: string): void {
  refuseSymlinkedDirectory(file, what);
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

/**
 * `ignoreNewDirectory`: when the file's directory does not exist yet, the one created for it also gets a
 * `.gitignore` of `*` (the state file's directory, inside a checkout).
 */
export function writePrivateFile(
  file: string,
  text: string,
  what: string,
  mode: 'create' | 'replace' = 'replace',
  options: { ignoreNewDirectory?: boolean } = {},
): void {
  checkWritablePath(file, what);
  const dir = path.dirname(path.resolve(file));
  // Returns the first directory it created, so undefined when `dir` was already there.
  const created = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (created !== undefined && options.ignoreNewDirectory === true) ignoreDirectoryInGit(dir);
  placePrivateFile(file, text, mode);
}
