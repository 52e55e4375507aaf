/** An input left as `$(name)` by the agent: the variable is named, before any request, and nothing else echoed. */
import { EventEmitter } from 'node:events';
import { outputLines, parseCommandLine } from '../../scripts/harness/azure-pipelines-agent';
import { ActionableError } from '../../src/core/errors';
import { INPUT_NAMES } from '../../src/core/inputs/names';
import { mint } from '../../src/core/steps/mint';
import { revokeMinted } from '../../src/core/steps/revoke';
import { runStep } from '../../src/core/steps/run';
import { AgentEnvironment } from '../../src/hosts/azure-pipelines/environment';
import { AzurePipelinesHost } from '../../src/hosts/azure-pipelines/host';
import { taskName } from '../../src/hosts/azure-pipelines/names';
import { unexpandedVariable } from '../../src/hosts/azure-pipelines/macros';

function hostWith(inputs: Record<string, string>) {
  let stdout = '';
  const env = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${taskName(name).toUpperCase()}`, value]),
  );
  const host = new AzurePipelinesHost(new AgentEnvironment(env), { write: (text) => (stdout += text) });
  const errors = () =>
    outputLines(stdout)
      .map(parseCommandLine)
      .filter((command) => command?.name === 'task.issue' && command.properties.type === 'error')
      .map((command) => command?.data ?? '');
  return { host, errors, stdout: () => stdout };
}

describe('an undefined variable in an input', () => {
  test.each([...INPUT_NAMES].filter((name) => name !== 'azure-client-id' && name !== 'azure-tenant-id'))(
    '%s: refused with the variable named and a stable code',
    (name) => {
      const { host } = hostWith({ [name]: '$(ADO_BOT_VALUE)' });
      let caught: unknown;
      try {
        host.getInput(name);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ActionableError);
      expect((caught as ActionableError).code).toBe('undefined_variable');
      expect((caught as ActionableError).message).toBe(
        `\`${name}\` is the literal text \`$(ADO_BOT_VALUE)\`: the variable ADO_BOT_VALUE is not defined ` +
          '(variable group not linked, or a typo).',
      );
    },
  );

  test('the main step fails before any request, in the task spelling, and echoes nothing else', async () => {
    const { host, errors } = hostWith({
      organization: 'contoso',
      scopes: 'vso.code',
      'refresh-token': '$(ADO_BOT_REFRESH_TOKEN)',
      'client-id': '11111111-2222-3333-4444-555555555555',
      // A network request would fail differently: nothing may be sent.
      'vssps-url': 'https://127.0.0.1:1',
      'authority-host': 'https://127.0.0.1:1',
    });
    const exitCode = process.exitCode;
    await runStep(host, () => mint(host), { signals: new EventEmitter(), exit: () => undefined });
    process.exitCode = exitCode;
    expect(errors()).toEqual([
      expect.stringMatching(
        /^`refreshToken` is the literal text `\$\(ADO_BOT_REFRESH_TOKEN\)`: the variable ADO_BOT_REFRESH_TOKEN is not defined \(variable group not linked, or a typo\)\. Fix: Define ADO_BOT_REFRESH_TOKEN .* \[code: undefined_variable\]$/,
      ),
    ]);
  });

  test('the post-job step after such a failure has nothing to revoke and does not fail', async () => {
    const { host, errors, stdout } = hostWith({ 'refresh-token': '$(ADO_BOT_REFRESH_TOKEN)' });
    expect((await revokeMinted(host)).outcome).toBe('nothing-minted');
    expect(errors()).toEqual([]);
    expect(stdout()).toContain('Nothing to revoke');
  });

  test.each([
    ['$(ADO_BOT_REFRESH_TOKEN)', 'ADO_BOT_REFRESH_TOKEN'],
    [' $(group.Secret_1) ', 'group.Secret_1'],
    ['$(a)', 'a'],
    ['$(A B)', undefined],
    ['$()', undefined],
    ['x$(A)', undefined],
    ['$(A)x', undefined],
    ['$(A)$(B)', undefined],
    ['$[variables.A]', undefined],
    ['$(.A)', undefined],
    ['eyJ0eXAi.$(A)', undefined],
  ])('%j names %s', (value, expected) => {
    expect(unexpandedVariable(value)).toBe(expected);
  });

  test('a value that merely contains a macro is passed on as it is (it could be a secret)', () => {
    const { host } = hostWith({ 'refresh-token': 'abc$(NOT_A_MACRO)def' });
    expect(host.getInput('refresh-token')).toBe('abc$(NOT_A_MACRO)def');
  });
});
