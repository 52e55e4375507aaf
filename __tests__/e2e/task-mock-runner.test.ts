/**
 * The happy path through azure-pipelines-task-lib's own test harness: a TaskMockRunner file sets the inputs
 * and runs the built bundle with the real task-lib inside it (`run(true)`: nothing mocked), and
 * MockTestRunner runs that file with this Node (`nodePath`), so it downloads no Node. MockTestRunner spawns
 * synchronously, which would freeze an in-process emulator: this one runs as its own process.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { MockTestRunner } from 'azure-pipelines-task-lib/mock-test';
import { distDir, parseCommandLine, repoRoot } from '../../scripts/harness/azure-pipelines-agent';
import { startEmulatorProcess, type EmulatorReady } from '../../scripts/harness/emulator-process';

let ready: EmulatorReady;
let stop: () => Promise<void>;
const work = mkdtempSync(path.join(tmpdir(), 'azp-mock-'));
const downloads = path.join(homedir(), 'azure-pipelines-task-lib', '_download');
const hadDownloads = existsSync(downloads);

beforeAll(async () => {
  // Entra ID does not revoke a redeemed refresh token; main and post-job both redeem the one they are given.
  const seed = path.join(work, 'seed.json');
  writeFileSync(seed, JSON.stringify({ entra: { refreshTokenReuse: 'allow' } }));
  ({ ready, stop } = await startEmulatorProcess(['--config', seed]));
});
afterAll(async () => stop());

/** The emulator's control API, trusting its CA explicitly (this process may have started without it). */
function pats(): Promise<{ authorizationId: string; status: string }[]> {
  return new Promise((resolve, reject) => {
    const ca = readFileSync(ready.caCertFile);
    request(`${ready.url}/_emulator/state`, { ca }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () =>
        resolve((JSON.parse(body) as { pats: { authorizationId: string; status: string }[] }).pats),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** A TaskMockRunner file: the L0 pattern of Microsoft's own tasks, pointed at the built bundle. */
function runnerFile(
  step: 'main' | 'post',
  inputs: Record<string, string>,
  taskVariables: Record<string, string>,
) {
  const file = path.join(work, `${step}-runner.js`);
  const mockRun = path.join(repoRoot, 'node_modules', 'azure-pipelines-task-lib', 'mock-run.js');
  const variables = {
    SYSTEM_COLLECTIONURI: `${ready.azureDevOpsUrl}/${ready.organization}/`,
    SYSTEM_TEAMPROJECT: 'demo',
    BUILD_DEFINITIONNAME: 'ci',
    BUILD_BUILDID: '7',
    SYSTEM_JOBATTEMPT: '1',
    SYSTEM_JOBDISPLAYNAME: 'mock',
    AGENT_TEMPDIRECTORY: work,
    AGENT_VERSION: '4.261.0',
  };
  writeFileSync(
    file,
    [
      // Before task-lib loads: it writes its vault key file into Agent.TempDirectory (else the cwd).
      `Object.assign(process.env, ${JSON.stringify(variables)});`,
      `const { TaskMockRunner } = require(${JSON.stringify(mockRun)});`,
      `const tmr = new TaskMockRunner(${JSON.stringify(path.join(distDir, 'task', `${step}.js`))});`,
      `for (const [name, value] of Object.entries(${JSON.stringify(inputs)})) tmr.setInput(name, value);`,
      `for (const [name, value] of Object.entries(${JSON.stringify(taskVariables)})) tmr.setVariableName(name, value, false);`,
      'tmr.run(true);',
      '',
    ].join('\n'),
  );
  return file;
}

async function runWithMockTestRunner(file: string): Promise<MockTestRunner> {
  const runner = new MockTestRunner(file, path.join(repoRoot, 'task.json'));
  runner.nodePath = process.execPath;
  // The child trusts the emulator's CA the way a self-hosted agent would be configured to.
  const before = process.env.NODE_EXTRA_CA_CERTS;
  process.env.NODE_EXTRA_CA_CERTS = ready.caCertFile;
  try {
    await runner.runAsync();
  } finally {
    if (before === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
    else process.env.NODE_EXTRA_CA_CERTS = before;
  }
  return runner;
}

function commands(runner: MockTestRunner) {
  return runner.stdout
    .split(/\r\n|\r|\n/)
    .map(parseCommandLine)
    .filter((command) => command !== undefined);
}

test('main mints and sets the outputs, post-job revokes: under MockTestRunner', async () => {
  const inputs = {
    scopes: 'vso.code',
    refreshToken: ready.bot.refreshToken,
    clientId: ready.bot.clientId,
    tenantId: ready.tenantId,
    authorityHost: ready.authorityHost,
    vsspsUrl: ready.vsspsUrl,
    azureDevOpsUrl: ready.azureDevOpsUrl,
  };
  const main = await runWithMockTestRunner(runnerFile('main', inputs, {}));
  expect(main.errorIssues).toEqual([]);
  expect(main.succeeded).toBe(true);
  const outputs: Record<string, string> = Object.fromEntries(
    commands(main)
      .filter((c) => c.name === 'task.setvariable' && c.properties.isoutput === 'true')
      .map((c) => [c.properties.variable ?? '', c.data]),
  );
  expect(outputs.token).toHaveLength(84);
  expect(outputs.displayName).toMatch(/^ado-ephemeral-pat: demo\/ci run 7\.1 job mock \[[0-9a-f]{8}\]$/);
  expect(await pats()).toEqual([
    expect.objectContaining({ authorizationId: outputs.authorizationId, status: 'active' }),
  ]);

  const taskVariables = Object.fromEntries(
    commands(main)
      .filter((c) => c.name === 'task.settaskvariable')
      .map((c) => [c.properties.variable ?? '', c.data]),
  );
  const post = await runWithMockTestRunner(runnerFile('post', inputs, taskVariables));
  expect(post.errorIssues).toEqual([]);
  expect(post.warningIssues).toEqual([]);
  expect(post.succeeded).toBe(true);
  expect(post.stdout).toContain(`Revoked the token "${outputs.displayName}"`);
  expect(await pats()).toEqual([
    expect.objectContaining({ authorizationId: outputs.authorizationId, status: 'revoked' }),
  ]);
  // nodePath was set, so MockTestRunner downloaded no Node.
  if (!hadDownloads) expect(existsSync(downloads)).toBe(false);
});
