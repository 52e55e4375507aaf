/**
 * Files written for a consumer (npm's user config) hold the token: each goes to a fresh directory of its
 * own (0700) under the job's temp dir, or where the CLI user chose, as a 0600 file; the state records its
 * path (no secret) so the post step, or the CLI's `revoke`, deletes it. Only a file that still starts with
 * the header it was written with is deleted, so a state file planted in a checkout cannot name another one.
 */
import { closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ActionableError } from '../errors';
import type { Host } from '../host';
import { MAIN_STEP } from '../platform-text';
import { quote } from '../safety/log-safety';
import {
  placePrivateFile,
  refuseSymlinkedDirectory,
  refuseUnwritableDirectory,
} from '../safety/private-file';
import type { ConsumerFile } from './consumer';
import { NPMRC_HEADER } from './npm';

/** Each file name a consumer writes, with the header it starts with. */
const HEADERS: Readonly<Record<string, string>> = { npmrc: NPMRC_HEADER };

const DIRECTORY_PREFIX = 'ado-ephemeral-pat-';

function stateKey(name: string): string {
  return `${name}File`;
}

/** The first bytes of a regular file (never through a symlink), or undefined when there is none. */
function startOf(file: string, length: number): string | undefined {
  try {
    if (!lstatSync(file).isFile()) return undefined;
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

function isOurs(file: string, name: string): boolean {
  const header = HEADERS[name];
  return header !== undefined && startOf(file, header.length + 1) === `${header}\n`;
}

/**
 * A path the user chose must be absent or a file this product wrote (never their own config), never
 * reached through a symlinked directory, and in a directory that can be written. Checked before the token
 * is minted, and again when it is written.
 */
export function checkChosenPath(file: string, name: string): void {
  refuseSymlinkedDirectory(file, `${name} file`);
  refuseUnwritableDirectory(file, `${name} file`);
  let exists = true;
  try {
    lstatSync(file);
  } catch {
    exists = false;
  }
  if (exists && !isOurs(file, name)) {
    throw new ActionableError(
      'input',
      `Refusing to write the ${name} file to ${quote(file, 200)}: something that this tool did not write is there.`,
      'Give the path of a file that does not exist yet (it is deleted by `revoke`).',
      { code: 'unsafe_path' },
    );
  }
}

/** Writes the file and records its path for the post step; returns the path. */
export function writeConsumerFile(host: Host, file: ConsumerFile): string {
  const chosen = host.consumerFile?.(file.name);
  let target: string;
  if (chosen !== undefined) {
    target = path.resolve(chosen);
    checkChosenPath(target, file.name);
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  } else {
    target = path.join(mkdtempSync(path.join(host.tempDir(), DIRECTORY_PREFIX)), file.name);
  }
  placePrivateFile(target, file.content, 'replace');
  host.saveState(stateKey(file.name), target);
  return target;
}

/** Deletes the files the main step wrote, and the directories made for them. Never throws. */
export function removeConsumerFiles(host: Host): void {
  for (const name of Object.keys(HEADERS)) {
    const file = host.getState(stateKey(name));
    if (file === undefined) continue;
    if (!isOurs(file, name)) {
      if (startOf(file, 1) !== undefined) {
        host.warning(
          `Left ${quote(file, 200)} in place: it is not the ${name} file ${MAIN_STEP[host.platform]} wrote.`,
        );
      }
      continue;
    }
    try {
      rmSync(file);
      const dir = path.dirname(file);
      if (path.basename(dir).startsWith(DIRECTORY_PREFIX)) rmdirSync(dir);
      host.info(`Deleted the job's ${name} file.`);
    } catch (error) {
      host.warning(
        `Could not delete ${quote(file, 200)} (${error instanceof Error ? error.message : String(error)}): ` +
          'delete it by hand, it holds the token until the token is revoked.',
      );
    }
  }
}
