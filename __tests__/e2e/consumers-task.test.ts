/**
 * `exportFor` on the built Azure Pipelines task: each tool's variables set for later steps (plain variables,
 * so they reach the environment, after every secret form is registered with task.setsecret); npm's job-scoped
 * config used by the real npm client against the emulator's feed, then deleted by the post-job step.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { maskForms } from '../../src/core/safety/secrets';
import { taskName } from '../../src/hosts/azure-pipelines/names';
import {
  findLeaks,
  runTaskStep,
  taskVariablesOf,
  type TaskStepOptions,
  type TaskStepRun,
} from '../../scripts/harness/azure-pipelines-agent';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { NPM_PACKAGE, npmFeedUrl, nugetFeedUrl, runNpm } from './npm-client';

let emu: TestEmulator;
beforeAll(async () => {
  // The main and the post-job step both redeem the refresh token the pipeline passes them.
  emu = await startTestEmulator({ entra: { refreshTokenReuse: 'allow' } });
});
afterAll(async () => emu.close());

const npmFeed = () => npmFeedUrl(emu.emulator.azureDevOpsUrl, emu.emulator.organization);
const nugetFeed = () => nugetFeedUrl(emu.emulator.azureDevOpsUrl, emu.emulator.organization);

function pipeline(extra: Record<string, string>, variables: Record<string, string> = {}): TaskStepOptions {
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(emu.inputs(extra))) inputs[taskName(name)] = value;
  return { inputs, variables };
}

const value = (run: TaskStepRun, name: string) => run.variables[name]?.value ?? '';

describe('every tool at once', () => {
  let main: TaskStepRun;
  let token: string;
  let npmrc: string;
  const agentTemp = mkdtempSync(path.join(tmpdir(), 'agent-temp-'));

  beforeAll(async () => {
    await emu.reset();
    main = await runTaskStep(
      'main',
      pipeline(
        {
          scopes: 'vso.packaging',
          'export-for': 'az terraform nuget npm renovate',
          feeds: `${npmFeed()}\n${nugetFeed()}`,
        },
        { 'Agent.TempDirectory': agentTemp },
      ),
    );
    token = value(main, 'token');
    npmrc = value(main, 'NPM_CONFIG_USERCONFIG');
  });

  test('the main step succeeds', () => {
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(token).toHaveLength(84);
  });

  test("each tool's variables reach later steps' environment: plain, not output, variables", () => {
    const expected: Record<string, string> = {
      AZURE_DEVOPS_EXT_PAT: token,
      AZDO_PERSONAL_ACCESS_TOKEN: token,
      AZDO_ORG_SERVICE_URL: `${emu.emulator.azureDevOpsUrl}/${emu.emulator.organization}`,
      RENOVATE_TOKEN: token,
      ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS: JSON.stringify({
        endpointCredentials: [{ endpoint: nugetFeed(), username: 'ado-ephemeral-pat', password: token }],
      }),
    };
    for (const [name, text] of Object.entries(expected)) {
      expect({ name, ...main.variables[name] }).toEqual({
        name,
        value: text,
        secret: false,
        isOutput: false,
      });
    }
  });

  test('every secret form is registered before the first variable that holds it is set', () => {
    const json = value(main, 'ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS');
    const index = (predicate: (name: string, data: string, variable?: string) => boolean) =>
      main.commands.findIndex((command) =>
        predicate(command.name, command.data, command.properties.variable),
      );
    const firstExport = index(
      (name, _data, variable) => name === 'task.setvariable' && variable === 'AZURE_DEVOPS_EXT_PAT',
    );
    const jsonExport = index(
      (name, _data, variable) =>
        name === 'task.setvariable' && variable === 'ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS',
    );
    const tokenMask = index((name, data) => name === 'task.setsecret' && data === token);
    const jsonMask = index((name, data) => name === 'task.setsecret' && data === json);
    expect(tokenMask).toBeGreaterThanOrEqual(0);
    expect(jsonMask).toBeGreaterThanOrEqual(0);
    expect(tokenMask).toBeLessThan(firstExport);
    expect(jsonMask).toBeLessThan(jsonExport);
    for (const form of [...maskForms(token), ...maskForms(json)]) expect(main.secrets).toContain(form);
  });

  test('no form of the token or of the NuGet JSON shows outside the commands that carry it', () => {
    const json = value(main, 'ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS');
    const carried = new Set([
      'AZURE_DEVOPS_EXT_PAT',
      'AZDO_PERSONAL_ACCESS_TOKEN',
      'RENOVATE_TOKEN',
      'ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS',
    ]);
    const leaks = findLeaks(
      main,
      [...maskForms(token), ...maskForms(json)],
      (command) => command.name === 'task.setvariable' && carried.has(command.properties.variable ?? ''),
    );
    expect(leaks).toEqual([]);
  });

  test("npm's config is a 0600 file in Agent.TempDirectory that the real npm client uses", async () => {
    expect(path.dirname(path.dirname(npmrc))).toBe(agentTemp);
    expect(statSync(npmrc).mode & 0o777).toBe(0o600);
    expect(readFileSync(npmrc, 'utf8')).toContain(`:_password=${Buffer.from(token).toString('base64')}`);
    const viewed = await runNpm(['view', NPM_PACKAGE, 'version'], npmFeed(), {
      NPM_CONFIG_USERCONFIG: npmrc,
    });
    expect({ code: viewed.code, version: viewed.stdout.trim() }).toEqual({ code: 0, version: '1.0.0' });
    const anonymous = await runNpm(['view', NPM_PACKAGE, 'version'], npmFeed(), {});
    expect(anonymous.stderr).toMatch(/E401/);
  });

  test('the post-job step revokes the token and deletes the npm config', async () => {
    const post = await runTaskStep('post', {
      ...pipeline({}),
      taskVariables: taskVariablesOf(main),
    });
    expect(post.exitCode).toBe(0);
    expect(post.warnings).toEqual([]);
    expect(existsSync(npmrc)).toBe(false);
    expect((await emu.pats()).filter((pat) => pat.status === 'active')).toEqual([]);
  });
});

test('an unknown tool is refused with the task input name and the valid ones', async () => {
  await emu.clearRequests();
  const main = await runTaskStep('main', pipeline({ 'export-for': 'az maven' }));
  expect(main.exitCode).toBe(1);
  expect(main.errors.join('\n')).toMatch(
    /`exportFor` names an unknown tool "maven".*az, terraform, nuget, npm, renovate, git/,
  );
  expect(await emu.requests()).toEqual([]);
});
