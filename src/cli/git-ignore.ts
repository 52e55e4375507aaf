/**
 * A directory the CLI creates for its state gets a `.gitignore` of `*`, so that a job which ends with
 * `git add -A` (a sync or release script) never commits the state file, nor the `.gitignore` itself.
 */
import { closeSync, constants, openSync, writeSync } from 'node:fs';
import path from 'node:path';

const CONTENT = '# Written by ado-ephemeral-pat: its state, never to be committed.\n*\n';

/** Writes `<dir>/.gitignore`: a new file only (O_EXCL), never through a link planted at that name. */
export function ignoreDirectoryInGit(dir: string): void {
  let fd: number;
  try {
    fd = openSync(
      path.join(dir, '.gitignore'),
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o644,
    );
  } catch (error) {
    // Something put one there first (a concurrent mint): that file is not ours to replace.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw error;
  }
  try {
    writeSync(fd, CONTENT);
  } finally {
    closeSync(fd);
  }
}
