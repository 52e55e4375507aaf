/**
 * Puts a file that may hold a secret in place so that no other user can read it at any moment and a crash
 * never leaves half of it: the text goes to a fresh temporary file beside the target, created with mode 0600
 * (O_EXCL and O_NOFOLLOW: never through a planted link) and flushed to disk, which then becomes the target.
 * Callers check the target first (a symlink or a directory is theirs to refuse, with their own message), and
 * its directories with refuseSymlinkedDirectory.
 *
 * On Windows the mode is not an access control: Node maps 0600 to "not read-only" and O_NOFOLLOW does not
 * exist. What keeps other users out there is the directory's ACL, which the new file inherits: the user's
 * profile and temp directory, and a runner's work directory, grant only that user (and administrators).
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { ActionableError } from '../errors';
import { quote } from './log-safety';

/**
 * The first directory between `base` and `file` that is a symbolic link, if any. A checkout can hold links
 * (`.ado-ephemeral-pat -> ~/.ssh`), and O_NOFOLLOW guards the last name only: a file written through a
 * linked directory lands wherever the link points. Only the part of the path inside `base` is checked; a
 * path outside it is the user's own choice (on macOS, /tmp and /var are links themselves).
 */
export function symlinkedDirectory(file: string, base = process.cwd()): string | undefined {
  const inside = path.relative(base, path.dirname(path.resolve(base, file)));
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
    return undefined;
  }
  let current = base;
  for (const part of inside.split(path.sep)) {
    current = path.join(current, part);
    try {
      if (lstatSync(current).isSymbolicLink()) return current;
    } catch (error) {
      // Missing (or a file where a directory should be): the write that follows creates or fails by itself.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw error;
    }
  }
  return undefined;
}

/** Throws `symlinked_directory` (an input error: nothing is written) when symlinkedDirectory finds a link. */
export function refuseSymlinkedDirectory(file: string, what: string, base = process.cwd()): void {
  const link = symlinkedDirectory(file, base);
  if (link === undefined) return;
  throw new ActionableError(
    'input',
    `Refusing to write the ${what} to ${quote(file, 200)}: the directory ${quote(path.relative(base, link), 200)} is a symbolic link.`,
    'Remove the link (a checkout can contain one) or give a path whose directories are real directories.',
    { code: 'symlinked_directory' },
  );
}

/**
 * Throws `unwritable_path` (an input error) unless the nearest existing directory on the way to `file` is a
 * directory this process may write to, which the write (a mkdir, then a temporary file and a rename) needs.
 * Checked before a token exists, so that a path that cannot be written fails before anything is minted.
 */
export function refuseUnwritableDirectory(file: string, what: string): void {
  let nearest: { path: string; isDirectory: boolean };
  try {
    nearest = nearestExisting(file);
  } catch (error) {
    const { code, path: where } = error as NodeJS.ErrnoException;
    throw unwritable(file, what, `${quote(where ?? file, 200)} cannot be read (${code ?? 'error'})`);
  }
  const dir = quote(nearest.path, 200);
  if (!nearest.isDirectory) throw unwritable(file, what, `${dir} is not a directory`);
  try {
    accessSync(nearest.path, constants.W_OK);
  } catch {
    throw unwritable(file, what, `this user cannot write to the directory ${dir}`);
  }
}

/**
 * The nearest directory of `file` that exists, or the file standing where one should be. stat, not lstat: the
 * write follows links there. Any other stat error (EACCES, say) is thrown as it is.
 */
export function nearestExisting(file: string): { path: string; isDirectory: boolean } {
  let current = path.dirname(path.resolve(file));
  for (;;) {
    try {
      return { path: current, isDirectory: statSync(current).isDirectory() };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Missing, or below a file (ENOTDIR): look at the directory that would hold it.
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || path.dirname(current) === current) throw error;
      current = path.dirname(current);
    }
  }
}

function unwritable(file: string, what: string, reason: string): ActionableError {
  return new ActionableError(
    'input',
    `Cannot write the ${what} to ${quote(file, 200)}: ${reason}.`,
    'Give a path in a directory that this user can write to (missing directories are created).',
    { code: 'unwritable_path' },
  );
}

/**
 * The open flags of the temporary file: O_NOFOLLOW where the platform has it (not on Windows, where
 * `constants.O_NOFOLLOW` is undefined, and a symlink needs a privilege to create anyway).
 */
export function privateFileFlags(
  flags: Pick<typeof constants, 'O_WRONLY' | 'O_CREAT' | 'O_EXCL'> & { O_NOFOLLOW?: number } = constants,
): number {
  return flags.O_WRONLY | flags.O_CREAT | flags.O_EXCL | (flags.O_NOFOLLOW ?? 0);
}

/**
 * `replace`: renamed over whatever is at `file` (replaces the directory entry, never a link's target).
 * `create`: linked into place, which fails with EEXIST when something appeared there meanwhile.
 */
export function placePrivateFile(file: string, text: string, mode: 'replace' | 'create'): void {
  const target = path.resolve(file);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const fd = openSync(temp, privateFileFlags(), 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (mode === 'replace') renameSync(temp, target);
    else linkSync(temp, target);
  } finally {
    // After a rename nothing is left; after a link (or a failure) the temporary name goes.
    rmSync(temp, { force: true });
  }
}
