/** Help, version and the emulator subcommand of the built CLI: no emulator or credential needed. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { version } from '../../package.json';
import { baseEnv, cliBundle, runCli, tempDir } from './cli-harness';

const dir = tempDir();
const env = baseEnv(dir);

test.each(['mint', 'revoke', 'list', 'sweep', 'doctor', 'login', 'emulator'])(
  '%s --help prints its usage to stdout, exit 0',
  async (name) => {
    const run = await runCli([name, '--help'], { env, cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: ado-ephemeral-pat ${name}\\b`));
    expect(run.stderr).toBe('');
  },
);

test("emulator -h prints the CLI's usage and the emulator's flags to stdout, without starting it", async () => {
  const run = await runCli(['emulator', '--port', '0', '-h'], { env, cwd: dir });
  expect([run.code, run.stderr]).toEqual([0, '']);
  expect(run.stdout).toMatch(/^Usage: ado-ephemeral-pat emulator \[flags\]\n/);
  for (const flag of [
    '--port N',
    '--config FILE',
    '--data-dir DIR',
    '--ca-dir DIR',
    '--log-level L',
    '-h, --help',
  ])
    expect(run.stdout).toContain(`  ${flag} `);
  expect(run.stdout).not.toContain('npm run emulator');
});

test('--help lists every command; no arguments prints it to stderr and exits 2', async () => {
  const help = await runCli(['--help'], { env, cwd: dir });
  expect(help.code).toBe(0);
  for (const name of ['mint', 'revoke', 'list', 'sweep', 'doctor', 'login', 'emulator'])
    expect(help.stdout).toContain(`  ${name} `);
  expect(help.stdout).toContain('3 revocation failed');
  const bare = await runCli([], { env, cwd: dir });
  expect([bare.code, bare.stdout, bare.stderr]).toEqual([2, '', help.stdout]);
});

test('--version prints the package version', async () => {
  for (const flag of ['--version', '-V']) {
    const run = await runCli([flag], { env, cwd: dir });
    expect([run.code, run.stdout]).toEqual([0, `${version}\n`]);
  }
});

test('colour only on a terminal: a pipe gets plain text even without NO_COLOR', async () => {
  const run = await runCli(
    ['mint', '--scopes', 'vso.code', '--format', 'json', '--organization', 'contoso'],
    {
      env,
      cwd: dir,
    },
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^error: /);
  expect(run.stderr).not.toContain('\u001b[');
});

test('emulator runs the emulator: a JSON ready line, then it stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [cliBundle, 'emulator', '--port', '0'], { env, cwd: dir });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`emulator exited ${code}`)));
  });
  const ready = JSON.parse(line) as { ready: boolean; url: string; organization: string };
  expect(ready).toMatchObject({ ready: true, organization: 'contoso' });
  expect(ready.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
});
