/**
 * Files the CLI writes may hold a token (`--output`) or the state revoke needs: written through
 * ../core/private-file (0600 from the first byte, never half a file), and a symlink planted at the path, or
 * as one of its directories inside the working directory, is refused rather than followed. On Windows the
 * modes (0600, 0700) are not enforced: the ACL the file inherits from its directory is what protects it.
 */
import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ActionableError } from '../core/errors';
import { quote } from '../core/safety/log-safety';
import {
  placePrivateFile,
  refuseSymlinkedDirectory,
  refuseUnwritableDirectory,
} from '../core/safety/private-file';
import { ignoreDirectoryInGit } from './git-ignore';

/**
 * Before anything is minted: throws unless `file` is absent or a regular file (never a symlink, directory or
 * device), no directory on its way from the working directory is a symlink, and the nearest existing one is
 * writable.
 */
export function checkWritablePath(file: string, what: string): void {
  refuseSymlinkedDirectory(file, what);
  refuseUnwritableDirectory(file, what);
  refuseUnsafeFile(file, what);
}

/** What every write checks again: a link or a special file may have appeared since. */
function refuseUnsafeFile(file: string, what: string): void {
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

/** File systems that ignore case by default: there, two names that differ only in case are one file. */
const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

/**
 * The path `file` stands for once its existing directories are resolved (`..`, links such as macOS's /tmp),
 * so that two names of one file compare equal. The file itself is not followed: a link there is refused.
 */
export function canonicalPath(file: string): string {
  const absolute = path.resolve(file);
  let dir = path.dirname(absolute);
  let rest = path.basename(absolute);
  let resolved = absolute;
  for (;;) {
    try {
      resolved = path.join(realpathSync.native(dir), rest);
      break;
    } catch {
      // Not there yet (mint creates it): resolve the directory that would hold it.
      const parent = path.dirname(dir);
      if (parent === dir) break;
      rest = path.join(path.basename(dir), rest);
      dir = parent;
    }
  }
  return CASE_INSENSITIVE ? resolved.toLowerCase() : resolved;
}

/**
 * Refuses two of the files a command writes at one path, before anything is minted: the token's output
 * written over the state file would destroy the only handle `revoke` has on the token, and the state file
 * written over the output would hand out no token. `files` pairs each flag with its path.
 */
export function refuseSharedPath(files: readonly (readonly [string, string | undefined])[]): void {
  const seen = new Map<string, string>();
  for (const [flag, file] of files) {
    if (file === undefined) continue;
    const key = canonicalPath(file);
    const other = seen.get(key);
    if (other !== undefined) {
      throw new ActionableError(
        'input',
        `${other} and ${flag} name the same file ${quote(file, 200)}: one would overwrite the other once ` +
          'the token exists. Nothing was minted.',
        `Give ${other} and ${flag} paths of their own.`,
        { code: 'same_path' },
      );
    }
    seen.set(key, flag);
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
  // Not the writability check: that one belongs before the mint, and a failed write reports itself.
  refuseSymlinkedDirectory(file, what);
  refuseUnsafeFile(file, what);
  const dir = path.dirname(path.resolve(file));
  // Returns the first directory it created, so undefined when `dir` was already there.
  const created = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (created !== undefined && options.ignoreNewDirectory === true) ignoreDirectoryInGit(dir);
  placePrivateFile(file, text, mode);
}
