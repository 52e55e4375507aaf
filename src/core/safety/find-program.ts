/**
 * Finds a program on PATH the way a shell would, minus the parts that let a checkout choose what runs: only
 * absolute PATH entries are searched, never the working directory (cmd.exe looks there first) nor a relative
 * or empty entry, so an `az.cmd` planted in the repository is never the one started. On Windows the names
 * tried are the program with each PATHEXT extension in PATHEXT order, limited to what can be started (.com,
 * .exe, .bat, .cmd); elsewhere the bare name.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

export interface ProgramLookup {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether `file` is a regular file (a fake in tests). */
  isFile: (file: string) => boolean;
}

const STARTABLE = new Set(['.COM', '.EXE', '.BAT', '.CMD']);
const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';

/** Windows spells it `Path`; the first name that matches without regard to case wins. */
export function envVariable(env: Record<string, string | undefined>, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : env[key];
}

/** Drive-absolute (`C:\…`) or UNC (`\\server\share`): `\dir` and `C:dir` depend on the current drive. */
function windowsAbsolute(entry: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(entry) || /^[\\/]{2}[^\\/]/.test(entry);
}

function defaultIsFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The PATH directories that may be searched, in order. */
export function searchDirectories(lookup: ProgramLookup): string[] {
  const windows = lookup.platform === 'win32';
  const paths = windows ? path.win32 : path.posix;
  const raw = envVariable(lookup.env, 'PATH') ?? '';
  const cwd = paths.resolve(lookup.cwd);
  const same = (a: string, b: string) => (windows ? a.toLowerCase() === b.toLowerCase() : a === b);
  return raw
    .split(windows ? ';' : ':')
    .map((entry) => (windows ? entry.trim().replace(/^"(.*)"$/, '$1') : entry))
    .filter((entry) => (windows ? windowsAbsolute(entry) : paths.isAbsolute(entry)))
    .filter((entry) => !same(paths.resolve(entry), cwd));
}

/** The names to try in each directory: on Windows, the PATHEXT extensions that can be started. */
export function candidateNames(name: string, lookup: ProgramLookup): string[] {
  if (lookup.platform !== 'win32') return [name];
  const pathext = envVariable(lookup.env, 'PATHEXT') || DEFAULT_PATHEXT;
  const extensions = pathext
    .split(';')
    .map((ext) => ext.trim().toUpperCase())
    .filter((ext) => STARTABLE.has(ext));
  return [...new Set(extensions)].map((ext) => `${name}${ext.toLowerCase()}`);
}

/** The absolute path of the first match, or undefined when there is none. */
export function findProgram(name: string, lookup: Partial<ProgramLookup> = {}): string | undefined {
  const full: ProgramLookup = {
    platform: lookup.platform ?? process.platform,
    env: lookup.env ?? process.env,
    cwd: lookup.cwd ?? process.cwd(),
    isFile: lookup.isFile ?? defaultIsFile,
  };
  const paths = full.platform === 'win32' ? path.win32 : path.posix;
  for (const dir of searchDirectories(full)) {
    for (const candidate of candidateNames(name, full)) {
      const file = paths.join(dir, candidate);
      if (full.isFile(file)) return file;
    }
  }
  return undefined;
}
