/**
 * Through the real adapters: no value or message can inject a runner command or end a file-command record
 * early. Files are parsed back as the GitHub runner parses them; log lines are read as both runners read them.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { outputLines, parseCommandLine } from '../../scripts/harness/azure-pipelines-agent';
import { parseFileCommands, parseWorkflowCommands, unescapeData } from '../../scripts/harness/file-commands';
import { neutralizeCommands } from '../../src/core/safety/log-safety';
import { AzurePipelinesHost } from '../../src/hosts/azure-pipelines/host';
import { AgentEnvironment } from '../../src/hosts/azure-pipelines/environment';
import { GitHubHost } from '../../src/hosts/github/host';
import { escapeData } from '../../src/hosts/github/commands';
import { anyInput, hostileText } from './arbitraries';

function gitHubHost() {
  const dir = mkdtempSync(path.join(tmpdir(), 'host-property-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_ENV: 'env' };
  const env: Record<string, string | undefined> = {};
  for (const [variable, name] of Object.entries(files)) {
    env[variable] = path.join(dir, name);
    writeFileSync(path.join(dir, name), '');
  }
  let stdout = '';
  const host = new GitHubHost(env, (text) => (stdout += text));
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  return { host, read, stdout: () => stdout };
}

/** Lines as the runners split them (.NET ReadLine: CR, LF, CRLF), trimmed as .NET trims. */
function runnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.replace(/^[\s\u0085]+|[\s\u0085]+$/g, ''));
}

/**
 * Values as the product writes them: well-formed UTF-16 (a lone surrogate cannot survive any UTF-8 file) and
 * no CR (a runner reads CR as a line break inside a record too).
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const recordValue = fc
  .oneof(anyInput, hostileText)
  .map((value) => value.replace(LONE_SURROGATE, '\ufffd').replace(/\r/g, ''));

test('an output, state or exported value reads back whole and never opens another record', () => {
  fc.assert(
    fc.property(recordValue, fc.constantFrom('ghadelimiter_', 'token<<EOF', 'x=y'), (value, trap) => {
      const { host, read } = gitHubHost();
      const hostile = `${value}\n${trap}\n${value}`;
      host.setOutput('token', hostile);
      host.saveState('displayName', hostile);
      host.exportVariable('ADO_PAT', hostile);
      expect(parseFileCommands(read('output'))).toEqual({ token: hostile });
      expect(parseFileCommands(read('state'))).toEqual({ displayName: hostile });
      expect(parseFileCommands(read('env'))).toEqual({ ADO_PAT: hostile });
    }),
    { numRuns: 500 },
  );
});

test('a message becomes exactly the commands the host meant, whatever it holds', () => {
  const exitCode = process.exitCode;
  try {
    fc.assert(
      fc.property(anyInput, (message) => {
        const { host, stdout } = gitHubHost();
        host.info(message);
        host.warning(message);
        host.debug(message);
        host.setFailed(message);
        const commands = parseWorkflowCommands(stdout());
        expect(commands.map((command) => command.name)).toEqual(['warning', 'debug', 'error']);
        // The runner trims each line, so escaped data loses trailing whitespace, and nothing else.
        const expected = unescapeData(escapeData(message).trimEnd());
        for (const command of commands) expect(command.data).toBe(expected);
        const plain = runnerLines(stdout()).filter((line) => !/^::(warning|debug|error)::/.test(line));
        for (const line of plain) {
          expect(line.startsWith('::')).toBe(false);
          expect(line).not.toMatch(/##vso\[/i);
        }
      }),
      { numRuns: 1000 },
    );
  } finally {
    process.exitCode = exitCode;
  }
});

test('an Azure Pipelines log line never carries a ##vso command or a ##[ format', () => {
  fc.assert(
    fc.property(anyInput, (message) => {
      let stdout = '';
      new AzurePipelinesHost(new AgentEnvironment({}), { write: (text) => (stdout += text) }).info(message);
      for (const line of runnerLines(stdout)) {
        expect(line).not.toMatch(/##vso\[/i);
        expect(line.startsWith('##[')).toBe(false);
      }
    }),
    { numRuns: 1000 },
  );
});

function azurePipelinesHost() {
  let stdout = '';
  const agent = new AgentEnvironment({ COMMAND_CORRELATION_ID: 'corr-1' });
  const host = new AzurePipelinesHost(agent, { write: (text) => (stdout += text) });
  const commands = () => outputLines(stdout).map(parseCommandLine);
  return { host, commands };
}

test('an Azure Pipelines variable or task variable reads back whole, one command line each', () => {
  fc.assert(
    fc.property(fc.oneof(anyInput, hostileText), (value) => {
      const { host, commands } = azurePipelinesHost();
      host.setOutput('display-name', value, { secret: false });
      host.saveState('displayName', value);
      host.exportVariable('ADO_PAT', value, { secret: true });
      expect(
        commands().map((command) => [command?.name, command?.properties.variable, command?.data]),
      ).toEqual([
        ['task.setvariable', 'displayName', value],
        ['task.settaskvariable', 'displayName', value],
        ['task.setvariable', 'ADO_PAT', value],
      ]);
    }),
    { numRuns: 500 },
  );
});

test('an Azure Pipelines message becomes exactly the commands the host meant, whatever it holds', () => {
  const exitCode = process.exitCode;
  try {
    fc.assert(
      fc.property(anyInput, (message) => {
        const { host, commands } = azurePipelinesHost();
        host.warning(message);
        host.debug(message);
        host.setFailed(message);
        const expected = neutralizeCommands(message);
        expect(commands().map((command) => [command?.name, command?.properties.type, command?.data])).toEqual(
          [
            ['task.issue', 'warning', expected],
            ['task.debug', undefined, expected],
            ['task.issue', 'error', expected],
            ['task.complete', undefined, expected],
          ],
        );
      }),
      { numRuns: 1000 },
    );
  } finally {
    process.exitCode = exitCode;
  }
});
