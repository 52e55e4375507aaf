/**
 * Puts a file that may hold a secret in place so that no other user can read it at any moment and a crash
 * never leaves half of it: the text goes to a fresh temporary file beside the target, created with mode 0600
 * (O_EXCL and O_NOFOLLOW: never through a planted link) and flushed to disk, which then becomes the target.
 * Callers check the target first (a symlink or a directory is theirs to refuse, with their own message).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

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
  const fd = openSync(
    temp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    0o600,
  );
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
