/**
 * `export-for` on the built GitHub Action: each tool's variables in GITHUB_ENV, masked first; npm's
 * job-scoped config file used by the real npm client against the emulator's feed, then deleted by the post step.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { maskForms } from '../../src/core/safety/secrets';
import { findLeaks, runActionStep, type StepRun } from '../../scripts/harness/github-runner';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { NPM_PACKAGE, npmFeedUrl, nugetFeedUrl, runNpm } from './npm-client';

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => emu.close());

const npmFeed = () => npmFeedUrl(emu.emulator.azureDevOpsUrl, emu.emulator.organization);
const nugetFeed = () => nugetFeedUrl(emu.emulator.azureDevOpsUrl, emu.emulator.organization);

describe('every tool at once', () => {
  let main: StepRun;
  let token: string;
  let npmrc: string;
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'runner-temp-'));

  beforeAll(async () => {
    await emu.reset();
    main = await runActionStep('main', {
      env: { RUNNER_TEMP: runnerTemp },
      inputs: emu.inputs({
        scopes: 'vso.packaging vso.code',
        'export-for': 'az, terraform nuget\nnpm renovate git',
        feeds: `${npmFeed()}\n${nugetFeed()}`,
      }),
    });
    token = main.outputs.token ?? '';
    npmrc = main.env.NPM_CONFIG_USERCONFIG ?? '';
  });

  test('the main step succeeds', () => {
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(token).toHaveLength(84);
  });

  test('az, terraform and renovate read the token from their own variables', () => {
    expect(main.env.AZURE_DEVOPS_EXT_PAT).toBe(token);
    expect(main.env.AZDO_PERSONAL_ACCESS_TOKEN).toBe(token);
    expect(main.env.AZDO_ORG_SERVICE_URL).toBe(`${emu.emulator.azureDevOpsUrl}/${emu.emulator.organization}`);
    expect(main.env.RENOVATE_TOKEN).toBe(token);
  });

  test("NuGet's credential provider gets the feed and the token as JSON, masked whole", () => {
    const json = main.env.ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS ?? '';
    expect(JSON.parse(json)).toEqual({
      endpointCredentials: [{ endpoint: nugetFeed(), username: 'ado-ephemeral-pat', password: token }],
    });
    expect(main.masks).toContain(json);
  });

  test('git is git-credentials: true', () => {
    expect(main.env.GIT_CONFIG_COUNT).toBe('1');
    expect(main.env.GIT_CONFIG_KEY_0).toBe(
      `http.${emu.emulator.azureDevOpsUrl}/${emu.emulator.organization}/.extraheader`,
    );
  });

  test("npm's config is a 0600 file in a directory of its own in RUNNER_TEMP", () => {
    expect(path.dirname(path.dirname(npmrc))).toBe(runnerTemp);
    expect(statSync(npmrc).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(npmrc)).mode & 0o777).toBe(0o700);
    expect(main.state.npmrcFile).toBe(npmrc);
    const key = npmFeed().replace(/^https:/, '');
    const lines = readFileSync(npmrc, 'utf8').split('\n');
    expect(lines).toContain(`${key}:username=ado-ephemeral-pat`);
    expect(lines).toContain(`${key}:_password=${Buffer.from(token).toString('base64')}`);
    expect(lines).toContain(`${key}:email=npm requires email to be set but doesn't use the value`);
  });

  test('every form of the token and of the NuGet JSON is masked; none leaks outside GITHUB_ENV', () => {
    const json = main.env.ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS ?? '';
    const forms = [...maskForms(token), ...maskForms(json)];
    for (const form of forms) expect(main.masks).toContain(form);
    expect(findLeaks(main, forms, ['output', 'env'])).toEqual([]);
  });

  test('the real npm client reads the package from the feed with the exported config, and not without it', async () => {
    const viewed = await runNpm(['view', NPM_PACKAGE, 'version'], npmFeed(), {
      NPM_CONFIG_USERCONFIG: npmrc,
    });
    expect(viewed.stderr).not.toContain(token);
    expect({ code: viewed.code, version: viewed.stdout.trim() }).toEqual({ code: 0, version: '1.0.0' });
    const installed = await runNpm(['install', '--no-save', NPM_PACKAGE], npmFeed(), {
      NPM_CONFIG_USERCONFIG: npmrc,
    });
    expect(installed.code).toBe(0);
    const anonymous = await runNpm(['view', NPM_PACKAGE, 'version'], npmFeed(), {});
    expect(anonymous.code).not.toBe(0);
    expect(anonymous.stderr).toMatch(/E401/);
  });

  test('the post step revokes the token and deletes the npm config and its directory', async () => {
    const post = await runActionStep('post', { inputs: emu.inputs(), state: main.state });
    expect(post.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(existsSync(npmrc)).toBe(false);
    expect(existsSync(path.dirname(npmrc))).toBe(false);
    expect(post.stdout).toContain("Deleted the job's npmrc file.");
  });
});

test('a PAT without vso.packaging cannot read the feed: the emulator enforces the scope', async () => {
  await emu.reset();
  const main = await runActionStep('main', {
    inputs: emu.inputs({ scopes: 'vso.code', 'export-for': 'npm', feeds: npmFeed() }),
  });
  expect(main.exitCode).toBe(0);
  const viewed = await runNpm(['view', NPM_PACKAGE, 'version'], npmFeed(), {
    NPM_CONFIG_USERCONFIG: main.env.NPM_CONFIG_USERCONFIG,
  });
  expect(viewed.code).not.toBe(0);
  expect(viewed.stderr).toMatch(/E401/);
  await runActionStep('post', { inputs: emu.inputs(), state: main.state });
});

describe('refusals before anything is sent', () => {
  test.each([
    [
      'an unknown tool',
      { 'export-for': 'az, maven' },
      /unknown tool "maven".*az, terraform, nuget, npm, renovate, git/,
    ],
    ['npm without a feed', { 'export-for': 'npm' }, /`export-for` has npm, but `feeds` lists no npm feed/],
    [
      'a feed on another host',
      { 'export-for': 'npm', feeds: 'https://registry.npmjs.org/_packaging/x/npm/registry/' },
      /not an Azure Artifacts host of the organization/,
    ],
  ])('%s', async (_name, extra, message) => {
    await emu.clearRequests();
    const main = await runActionStep('main', { inputs: emu.inputs(extra) });
    expect(main.exitCode).toBe(1);
    expect(main.errors.join('\n')).toMatch(message);
    expect(await emu.requests()).toEqual([]);
  });
});
