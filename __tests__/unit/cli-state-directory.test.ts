/**
 * The state file's directory, when the CLI creates it, carries a `.gitignore` of `*`: a job's `git add -A`
 * never commits it. Only a directory the CLI created gets one, and never through a symbolic link.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ignoreDirectoryInGit } from '../../src/cli/git-ignore';
import { writeStateFile } from '../../src/cli/state-file';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'state-dir-'));

/** `git status --porcelain` of the repository at `dir`, listing each untracked file. */
function gitStatus(dir: string): string[] {
  const output = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1' },
  }).toString();
  return output.split('\n').filter(Boolean);
}

describe('writeStateFile', () => {
  test('a directory it creates gets a .gitignore of *, so git sees nothing of it', () => {
    const repo = fresh();
    execFileSync('git', ['init', '--quiet', repo]);
    const file = path.join(repo, '.ado-ephemeral-pat', 'state.json');
    writeStateFile(file, { displayName: 'x' }, 'create');
    const ignore = path.join(repo, '.ado-ephemeral-pat', '.gitignore');
    expect(readFileSync(ignore, 'utf8').split('\n')).toContain('*');
    expect(statSync(ignore).mode & 0o022).toBe(0);
    expect(gitStatus(repo)).toEqual([]);
    // Rewriting the state (every save) keeps the one file.
    writeStateFile(file, { displayName: 'y' }, 'replace');
    expect(gitStatus(repo)).toEqual([]);
  });

  test('a directory that already exists is left as it is', () => {
    const dir = fresh();
    mkdirSync(path.join(dir, 'mine'));
    writeStateFile(path.join(dir, 'mine', 'state.json'), { displayName: 'x' }, 'create');
    expect(existsSync(path.join(dir, 'mine', '.gitignore'))).toBe(false);
  });
});

describe('ignoreDirectoryInGit', () => {
  test('never writes through a link planted at .gitignore, nor replaces a file there', () => {
    const dir = fresh();
    const target = path.join(dir, 'elsewhere');
    symlinkSync(target, path.join(dir, '.gitignore'));
    expect(() => ignoreDirectoryInGit(dir)).not.toThrow();
    expect(lstatSync(path.join(dir, '.gitignore')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, '.gitignore'))).toBe(target);
    expect(existsSync(target)).toBe(false);

    const other = fresh();
    writeFileSync(path.join(other, '.gitignore'), 'keep\n');
    ignoreDirectoryInGit(other);
    expect(readFileSync(path.join(other, '.gitignore'), 'utf8')).toBe('keep\n');
  });
});
