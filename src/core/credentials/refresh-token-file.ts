/**
 * Writes a refresh token to a file only its owner can read (0600, ../private-file), without ever following
 * a symlink (at the path, or as a directory inside the working directory) or clobbering a file by accident: it is linked into place (which fails if the target appeared
 * meanwhile) or, with `force`, renamed over it. Missing directories are created (0700), as for `mint --output`.
 */
import { accessSync, constants, lstatSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ActionableError } from '../errors';
import { quote } from '../safety/log-safety';
import { nearestExisting, placePrivateFile, refuseSymlinkedDirectory } from '../safety/private-file';

function refuse(file: string, why: string, fix: string): ActionableError {
  return new ActionableError(
    'input',
    `Refusing to write the refresh token to ${quote(file, 200)}: ${why}.`,
    fix,
    {
      code: 'output_file_refused',
    },
  );
}

/** undefined when nothing is there; lstat, so a symlink is seen as one. */
function existing(file: string) {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The file's directory must exist or be creatable: the nearest one that exists must be a directory you can
 * create entries in. Failing only at the write, after the sign-in, would lose the refresh token.
 */
function refuseUnusableDirectory(file: string): void {
  const nearest = nearestExisting(file);
  const where = quote(nearest.path, 200);
  if (!nearest.isDirectory) {
    throw refuse(file, `${where} is not a directory`, 'Name a path whose directories are directories.');
  }
  try {
    accessSync(nearest.path, constants.W_OK | constants.X_OK);
  } catch {
    throw refuse(
      file,
      `you cannot create files in the directory ${where}`,
      'Name a path in a directory you can write to.',
    );
  }
}

/** Throws when writeSecretFile would refuse `file`: call it before signing in, so no sign-in is wasted. */
export function checkSecretFileTarget(file: string, options: { force: boolean }): void {
  refuseSymlinkedDirectory(file, 'refresh token');
  refuseUnusableDirectory(file);
  const found = existing(path.resolve(file));
  if (found?.isSymbolicLink()) {
    throw refuse(
      file,
      'it is a symbolic link',
      'Name a regular file path; the token is never written through a link.',
    );
  }
  if (found && !found.isFile()) throw refuse(file, 'it is not a regular file', 'Name a file path.');
  if (found && !options.force) {
    throw refuse(file, 'the file exists', 'Pass --force to replace it, or name a new file.');
  }
}

export function writeSecretFile(file: string, value: string, options: { force: boolean }): void {
  checkSecretFileTarget(file, options);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  try {
    placePrivateFile(file, value, options.force ? 'replace' : 'create');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw refuse(
        file,
        'the file appeared while signing in',
        'Pass --force to replace it, or name a new file.',
      );
    }
    throw error;
  }
}
