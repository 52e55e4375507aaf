/**
 * The examples of docs/cli.md, executed: the shell script as it is, and the shell parts of the GitLab CI file
 * and the Jenkinsfile run the way those systems run them, against the emulator with the built CLI on PATH.
 * Each run must clone with the token and leave no active token behind, also when the job fails midway; run
 * with shell tracing on (Jenkins's `sh -xe`, GitLab's CI_DEBUG_TRACE), no form of the token may be printed.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../emulator/index';
import { repoRoot } from '../scripts/harness/github-runner';
import { activePats, baseEnv, cliBundle, emulatorEnv, leaks, runProcess, tempDir } from './e2e/cli-harness';

const examples = path.join(repoRoot, 'examples');
let emulator: EmulatorHandle;
let bin: string;

beforeAll(async () => {
  emulator = await startEmulator({ config: { entra: { refreshTokenReuse: 'allow' } } });
  // What `npm install --global ado-ephemeral-pat` puts on PATH, pointing at the bundle under test.
  bin = tempDir('cli-bin-');
  const shim = path.join(bin, 'ado-ephemeral-pat');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${cliBundle}" "$@"\n`);
  chmodSync(shim, 0o755);
});
afterAll(() => emulator.close());

function jobEnv(dir: string, repo = emulator.repository): Record<string, string> {
  return {
    ...baseEnv(dir),
    ...emulatorEnv(emulator),
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
    REPO_URL: `${emulator.azureDevOpsUrl}/${emulator.organization}/${emulator.project}/_git/${repo}`,
  };
}

/** How a job's shells run: which shell, whether it traces (`-x`), and directories put first on PATH. */
interface ShellMode {
  shell?: string;
  trace?: boolean;
  pathFirst?: string;
}

function withPathFirst(env: Record<string, string>, mode: ShellMode): Record<string, string> {
  return mode.pathFirst ? { ...env, PATH: `${mode.pathFirst}${path.delimiter}${env.PATH}` } : env;
}

async function shell(script: string, dir: string, env: Record<string, string>, mode: ShellMode) {
  const flags = mode.trace ? ['-e', '-x'] : ['-e'];
  const run = await runProcess(mode.shell ?? 'bash', [...flags, '-c', script], {
    env: withPathFirst(env, mode),
    cwd: dir,
    timeoutMs: 60_000,
  });
  expect(leaks(run.stdout + run.stderr, [emulator.bot.refreshToken])).toEqual([]);
  return run;
}

/**
 * A `git` first on PATH that notes the token the job handed it (from the variables the sourced file exported)
 * and runs the real git: the test learns the token without adding a line to the job that tracing could print.
 */
function tokenRecorder(): { dir: string; token: () => string } {
  const dir = tempDir('git-recorder-');
  const record = path.join(dir, 'token');
  const git = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
  writeFileSync(
    path.join(dir, 'git'),
    `#!/bin/sh\nprintf '%s' "$ADO_PAT_TOKEN" > '${record}'\nexec '${git}' "$@"\n`,
  );
  chmodSync(path.join(dir, 'git'), 0o755);
  return { dir, token: () => readFileSync(record, 'utf8') };
}

/**
 * Runs a job with tracing on and checks what its shells printed: traced (so the check means something) and
 * without any form of the minted token or the refresh token.
 */
async function expectTracedJobKeepsSecrets(
  job: (mode: ShellMode) => Promise<{ output: string; cloned: boolean }>,
) {
  const recorder = tokenRecorder();
  const { output, cloned } = await job({ trace: true, pathFirst: recorder.dir });
  expect(cloned).toBe(true);
  const token = recorder.token();
  expect(token.length).toBeGreaterThan(20);
  expect(output).toMatch(/^\++ git clone /m);
  expect(leaks(output, [token, emulator.bot.refreshToken])).toEqual([]);
}

/** The single-line items of `key:` in a GitLab job (the subset the example uses). */
export function gitlabList(yaml: string, job: string, key: string): string[] {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`${job}:`);
  if (start < 0) throw new Error(`no job ${job}`);
  const items: string[] = [];
  let inKey = false;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    if (/^ {2}\S/.test(line)) inKey = line === `  ${key}:`;
    else if (inKey && line.startsWith('    - ')) items.push(line.slice(6));
  }
  return items;
}

/** Strips a YAML plain or single-quoted scalar down to the shell text GitLab runs. */
function unquote(item: string): string {
  return item.startsWith("'") ? item.slice(1, -1).replace(/''/g, "'") : item;
}

/** The `sh '…'` / `sh '''…'''` steps of a Jenkinsfile block, in order. */
export function jenkinsSteps(groovy: string): string[] {
  return [...groovy.matchAll(/\bsh\s+(?:'''([\s\S]*?)'''|'([^'\n]*)')/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** GitLab: before_script and script in one shell (the installer line is the shim), after_script in another. */
async function runGitlab(repo?: string, mode: ShellMode = {}) {
  const yaml = readFileSync(path.join(examples, 'gitlab', '.gitlab-ci.yml'), 'utf8');
  const install = /^npm install --global ado-ephemeral-pat@1$/;
  const before = gitlabList(yaml, 'sync', 'before_script').map(unquote);
  expect(before.filter((line) => install.test(line))).toHaveLength(1);
  const main = [
    ...before.filter((line) => !install.test(line)),
    ...gitlabList(yaml, 'sync', 'script').map(unquote),
  ];
  const after = gitlabList(yaml, 'sync', 'after_script').map(unquote);
  expect(after).toEqual(['ado-ephemeral-pat revoke']);
  const dir = tempDir('gitlab-job-');
  const env = {
    ...jobEnv(dir, repo),
    GITLAB_CI: 'true',
    CI_PROJECT_PATH: 'group/app',
    CI_PIPELINE_ID: '9',
    CI_JOB_NAME: 'sync',
  };
  const job = await shell(main.join('\n'), dir, env, mode);
  const activeDuringJob = activePats(emulator).length;
  const cleanup = await shell(after.join('\n'), dir, env, mode);
  return { dir, job, cleanup, activeDuringJob };
}

/** Jenkins: each `sh` step its own `sh -e`; stages stop at the first failure; post always runs. */
async function runJenkins(repo?: string, mode: ShellMode = { shell: 'sh' }) {
  const groovy = readFileSync(path.join(examples, 'jenkins', 'Jenkinsfile'), 'utf8');
  const postAt = groovy.search(/^ {2}post \{/m);
  const stages = jenkinsSteps(groovy.slice(groovy.search(/^ {2}stages \{/m), postAt));
  const post = jenkinsSteps(groovy.slice(postAt));
  expect([stages.length, post.length]).toEqual([2, 1]);
  for (const name of [
    'ADO_EPHEMERAL_PAT_ORGANIZATION',
    'ADO_EPHEMERAL_PAT_CLIENT_ID',
    'ADO_EPHEMERAL_PAT_REFRESH_TOKEN',
    'REPO_URL',
  ]) {
    expect(groovy).toMatch(new RegExp(`^ {4}${name} = `, 'm'));
  }
  const dir = tempDir('jenkins-ws-');
  const env = {
    ...jobEnv(dir, repo),
    JENKINS_URL: 'https://ci.example',
    JOB_NAME: 'app/main',
    BUILD_NUMBER: '12',
  };
  const results = [];
  for (const step of stages) {
    const run = await shell(step, dir, env, mode);
    results.push(run);
    if (run.code !== 0) break;
  }
  const activeDuringJob = activePats(emulator).length;
  const cleanup = await shell(post[0] ?? '', dir, env, mode);
  return { dir, results, cleanup, activeDuringJob };
}

beforeEach(() => {
  for (const pat of activePats(emulator)) pat.revokedAt = new Date().toISOString();
});

describe('shell script with trap … EXIT', () => {
  const script = path.join(examples, 'shell', 'with-ephemeral-pat.sh');

  test('clones with the token, then the trap revokes it', async () => {
    const dir = tempDir('shell-');
    const run = await runProcess(script, [], { env: jobEnv(dir), cwd: dir, timeoutMs: 60_000 });
    expect(run.stderr).toContain('Minted "ado-ephemeral-pat: cli on');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/The token expires at \d{4}-/);
    expect(run.stderr).toMatch(/Revoked the token "ado-ephemeral-pat: /);
    expect(activePats(emulator)).toHaveLength(0);
  });

  test('a failing step still revokes the token', async () => {
    const dir = tempDir('shell-');
    const run = await runProcess(script, [], {
      env: jobEnv(dir, 'no-such-repo'),
      cwd: dir,
      timeoutMs: 60_000,
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Revoked the token "ado-ephemeral-pat: /);
    expect(activePats(emulator)).toHaveLength(0);
  });

  test('under bash -x, nothing the script prints holds the token', async () => {
    await expectTracedJobKeepsSecrets(async (mode) => {
      const dir = tempDir('shell-');
      const env = withPathFirst(jobEnv(dir), mode);
      const run = await runProcess('bash', ['-x', script], { env, cwd: dir, timeoutMs: 60_000 });
      expect(run.code).toBe(0);
      expect(activePats(emulator)).toHaveLength(0);
      return { output: run.stdout + run.stderr, cloned: /The token expires at \d{4}-/.test(run.stdout) };
    });
  });
});

describe('GitLab CI (before_script, script, after_script)', () => {
  test('the job clones with the token; after_script revokes it', async () => {
    const { dir, job, cleanup, activeDuringJob } = await runGitlab();
    expect(job.stderr).toContain('Minted "ado-ephemeral-pat: group/app run 9 job sync [');
    expect(job.code).toBe(0);
    expect(existsSync(path.join(dir, 'repo', '.git'))).toBe(true);
    expect(activeDuringJob).toBe(1);
    expect(cleanup.code).toBe(0);
    expect(activePats(emulator)).toHaveLength(0);
  });

  test.each(['bash', 'dash'])(
    'with CI_DEBUG_TRACE (%s -x), nothing the job prints holds the token',
    async (name) => {
      await expectTracedJobKeepsSecrets(async (mode) => {
        const { dir, job, cleanup } = await runGitlab(undefined, { ...mode, shell: name });
        expect([job.code, cleanup.code]).toEqual([0, 0]);
        expect(activePats(emulator)).toHaveLength(0);
        const output = [job, cleanup].map((run) => run.stdout + run.stderr).join('\n');
        return { output, cloned: existsSync(path.join(dir, 'repo', '.git')) };
      });
    },
  );

  test('the scheduled sweep job revokes a token whose after_script never ran, and only an old one', async () => {
    const yaml = readFileSync(path.join(examples, 'gitlab', '.gitlab-ci.yml'), 'utf8');
    const install = /^npm install --global ado-ephemeral-pat@1$/;
    const script = gitlabList(yaml, 'sweep-tokens', 'script').map(unquote);
    expect(script.filter((line) => install.test(line))).toHaveLength(1);
    const sweep = script.filter((line) => !install.test(line)).join('\n');
    const olderThan = /--older-than (\d+)m\b/.exec(sweep)?.[1];
    // Longer than the sync job may run, or the sweep would revoke the token of a job still at work.
    expect(Number(olderThan)).toBeGreaterThanOrEqual(Number(/^ {2}timeout: (\d+)m$/m.exec(yaml)?.[1]));

    const dir = tempDir('gitlab-sweep-');
    const env = { ...jobEnv(dir), GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'schedule' };
    const mint = ['mint', '--scopes', 'vso.code', '--format', 'json', '--state-file'];
    for (const name of ['lost', 'running']) {
      const run = await runProcess(path.join(bin, 'ado-ephemeral-pat'), [...mint, `${name}.json`], {
        env,
        cwd: dir,
        timeoutMs: 60_000,
      });
      expect(run.code).toBe(0);
    }
    // The first job's runner was lost longer ago than --older-than; the second is still running.
    const [lost, running] = activePats(emulator);
    if (!lost || !running) throw new Error('expected two active tokens');
    lost.validFrom = new Date(Date.now() - (Number(olderThan) + 1) * 60_000).toISOString();

    const run = await shell(sweep, dir, env, {});
    expect(run.code).toBe(0);
    expect(activePats(emulator).map((pat) => pat.authorizationId)).toEqual([running.authorizationId]);
  });

  test('a failed job still revokes in after_script', async () => {
    const { job, cleanup, activeDuringJob } = await runGitlab('no-such-repo');
    expect(job.code).not.toBe(0);
    expect(activeDuringJob).toBe(1);
    expect(cleanup.code).toBe(0);
    expect(activePats(emulator)).toHaveLength(0);
  });
});

describe('Jenkins (stages, post { always })', () => {
  test('the Use stage clones with the token; post revokes it and removes the variables file', async () => {
    const { dir, results, cleanup, activeDuringJob } = await runJenkins();
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(results[0]?.stderr).toContain('Minted "ado-ephemeral-pat: app/main run 12 [');
    expect(existsSync(path.join(dir, 'repo', '.git'))).toBe(true);
    expect(activeDuringJob).toBe(1);
    expect(cleanup.code).toBe(0);
    expect(existsSync(path.join(dir, '.ado-pat.env'))).toBe(false);
    expect(activePats(emulator)).toHaveLength(0);
  });

  // Jenkins runs each step as `sh -xe`: /bin/sh is dash on Debian and Ubuntu agents, bash on RHEL-like ones.
  test.each(['sh', 'dash', 'bash'])(
    'under %s -xe, nothing the build prints holds the token',
    async (name) => {
      await expectTracedJobKeepsSecrets(async (mode) => {
        const { dir, results, cleanup } = await runJenkins(undefined, { ...mode, shell: name });
        expect([...results, cleanup].map((run) => run.code)).toEqual([0, 0, 0]);
        expect(activePats(emulator)).toHaveLength(0);
        const output = [...results, cleanup].map((run) => run.stdout + run.stderr).join('\n');
        return { output, cloned: existsSync(path.join(dir, 'repo', '.git')) };
      });
    },
  );

  test('a failed stage still revokes in post', async () => {
    const { results, cleanup } = await runJenkins('no-such-repo');
    expect(results.map((r) => r.code !== 0)).toEqual([false, true]);
    expect(cleanup.code).toBe(0);
    expect(activePats(emulator)).toHaveLength(0);
  });
});
