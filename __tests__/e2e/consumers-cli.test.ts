/**
 * `mint --export-for` on the built CLI: with `--format env` it prints each tool's variables for `eval`; npm's
 * config goes to `--npmrc` (or a new file in the temp dir), the real npm client uses it, and `revoke` deletes it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/index';
import { activePats, baseEnv, emulatorEnv, leaks, runCli, tempDir, type CliRun } from './cli-harness';
import { NPM_PACKAGE, npmFeedUrl, nugetFeedUrl, runNpm } from './npm-client';

let emulator: EmulatorHandle;
let dir: string;
let env: Record<string, string>;
const secrets: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ config: { entra: { refreshTokenReuse: 'allow' } } });
  secrets.push(emulator.bot.refreshToken);
});
afterAll(() => emulator.close());

beforeEach(() => {
  dir = tempDir();
  env = { ...baseEnv(dir), ...emulatorEnv(emulator), TMPDIR: dir };
});

async function cli(args: string[]): Promise<CliRun> {
  const run = await runCli(args, { env, cwd: dir });
  expect(leaks(run.stderr, secrets)).toEqual([]);
  return run;
}

/** What `eval "$(mint …)"` leaves in the shell, by variable name. */
function evaluate(stdout: string, names: string[]): Record<string, string> {
  const script = `eval "$(cat)"; ${names.map((name) => `printf '%s\\0' "$${name}"`).join('; ')}`;
  const values = execFileSync('bash', ['-c', script], { input: stdout }).toString().split('\0');
  return Object.fromEntries(names.map((name, index) => [name, values[index] ?? '']));
}

const npmFeed = () => npmFeedUrl(emulator.azureDevOpsUrl, emulator.organization);

test('--format env prints every tool variable; npm uses --npmrc; revoke deletes it', async () => {
  const npmrc = path.join(dir, 'job', 'npmrc');
  const run = await cli([
    'mint',
    '--scopes',
    'vso.packaging',
    '--format',
    'env',
    '--export-for',
    'az,terraform,nuget,npm,renovate',
    '--feeds',
    `${npmFeed()} ${nugetFeedUrl(emulator.azureDevOpsUrl, emulator.organization)}`,
    '--npmrc',
    npmrc,
  ]);
  expect(run.code).toBe(0);
  const vars = evaluate(run.stdout, [
    'ADO_PAT_TOKEN',
    'AZURE_DEVOPS_EXT_PAT',
    'AZDO_PERSONAL_ACCESS_TOKEN',
    'AZDO_ORG_SERVICE_URL',
    'RENOVATE_TOKEN',
    'ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS',
    'NPM_CONFIG_USERCONFIG',
  ]);
  const token = vars.ADO_PAT_TOKEN ?? '';
  secrets.push(token);
  expect(token).toHaveLength(84);
  expect([vars.AZURE_DEVOPS_EXT_PAT, vars.AZDO_PERSONAL_ACCESS_TOKEN, vars.RENOVATE_TOKEN]).toEqual([
    token,
    token,
    token,
  ]);
  expect(vars.AZDO_ORG_SERVICE_URL).toBe(`${emulator.azureDevOpsUrl}/${emulator.organization}`);
  expect(JSON.parse(vars.ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS ?? '')).toEqual({
    endpointCredentials: [
      {
        endpoint: nugetFeedUrl(emulator.azureDevOpsUrl, emulator.organization),
        username: 'ado-ephemeral-pat',
        password: token,
      },
    ],
  });
  expect(vars.NPM_CONFIG_USERCONFIG).toBe(npmrc);
  expect(statSync(npmrc).mode & 0o777).toBe(0o600);

  const viewed = await runNpm(['view', NPM_PACKAGE, 'version'], npmFeed(), { NPM_CONFIG_USERCONFIG: npmrc });
  expect({ code: viewed.code, version: viewed.stdout.trim() }).toEqual({ code: 0, version: '1.0.0' });

  const revoke = await cli(['revoke']);
  expect(revoke.code).toBe(0);
  expect(existsSync(npmrc)).toBe(false);
});

test('without --npmrc the file goes to a new directory in the temp dir', async () => {
  const run = await cli([
    'mint',
    '--scopes',
    'vso.packaging',
    '--format',
    'env',
    '--export-for',
    'npm',
    '--feeds',
    npmFeed(),
  ]);
  expect(run.code).toBe(0);
  const { NPM_CONFIG_USERCONFIG: npmrc = '', ADO_PAT_TOKEN: token = '' } = evaluate(run.stdout, [
    'NPM_CONFIG_USERCONFIG',
    'ADO_PAT_TOKEN',
  ]);
  secrets.push(token);
  expect(path.dirname(path.dirname(npmrc))).toBe(dir);
  expect(readFileSync(npmrc, 'utf8')).toContain(':username=ado-ephemeral-pat');
  expect((await cli(['revoke'])).code).toBe(0);
  expect(existsSync(npmrc)).toBe(false);
  expect(existsSync(path.dirname(npmrc))).toBe(false);
});

test('--npmrc never overwrites a file this tool did not write, and nothing is minted', async () => {
  const own = path.join(dir, '.npmrc');
  writeFileSync(own, 'registry=https://example.invalid/\n');
  const run = await cli([
    'mint',
    '--scopes',
    'vso.packaging',
    '--format',
    'env',
    '--export-for',
    'npm',
    '--feeds',
    npmFeed(),
    '--npmrc',
    own,
  ]);
  expect(run.code).not.toBe(0);
  expect(run.stderr).toContain('Refusing to write the npmrc file');
  expect(readFileSync(own, 'utf8')).toBe('registry=https://example.invalid/\n');
  expect(activePats(emulator)).toEqual([]);
});
