/**
 * Boolean inputs as each platform reads them: the task as task-lib's getBoolInput (any case of true/false),
 * the Action as @actions/core's getBooleanInput (the YAML 1.2 core schema's six spellings); anything else is
 * refused, naming the input and the values that platform accepts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '../../src/core/errors';
import type { Host } from '../../src/core/host';
import { parseSettings } from '../../src/core/inputs/settings';
import { AgentEnvironment } from '../../src/hosts/azure-pipelines/environment';
import { AzurePipelinesHost } from '../../src/hosts/azure-pipelines/host';
import { BOOLEAN_INPUTS, taskName } from '../../src/hosts/azure-pipelines/names';
import { GitHubHost } from '../../src/hosts/github/host';

const BASE: Record<string, string> = {
  organization: 'contoso',
  scopes: 'vso.code',
  'refresh-token': 'rt-value',
  'client-id': '11111111-2222-3333-4444-555555555555',
};

function taskHost(inputs: Record<string, string>): AzurePipelinesHost {
  const env = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${taskName(name).toUpperCase()}`, value]),
  );
  return new AzurePipelinesHost(new AgentEnvironment(env), { write: () => undefined });
}

function actionHost(inputs: Record<string, string>): GitHubHost {
  const env = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  return new GitHubHost(env, () => undefined);
}

const settingsOf = (host: Host) => parseSettings((name) => host.getInput(name)).settings;

function refusal(host: Host): string {
  try {
    settingsOf(host);
  } catch (error) {
    return describeError(error, host.platform);
  }
  throw new Error('expected a refusal');
}

describe('the Azure Pipelines task', () => {
  test.each(['true', 'TRUE', 'True', 'tRuE', ' TrUe '])('gitCredentials %j is true', (value) => {
    expect(settingsOf(taskHost({ ...BASE, 'git-credentials': value })).gitCredentials).toBe(true);
  });

  test.each(['false', 'FALSE', 'fAlSe'])('revoke %j is false', (value) => {
    expect(settingsOf(taskHost({ ...BASE, revoke: value })).revoke).toBe(false);
  });

  test.each(['yes', '1', 'on', 'truee'])(
    '%j is refused, naming the input and any case of true/false',
    (value) => {
      const text = refusal(taskHost({ ...BASE, 'git-credentials': value }));
      expect(text).toContain('Input `git-credentials` must be a boolean');
      expect(text).toContain('Fix: Set `git-credentials` to true or false, in any case (default: false).');
    },
  );

  test("the boolean inputs are task.json's", () => {
    const task = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'task.json'), 'utf8')) as {
      inputs: { name: string; type: string }[];
    };
    const booleans = task.inputs.filter((input) => input.type === 'boolean').map((input) => input.name);
    expect([...BOOLEAN_INPUTS].map(taskName).sort()).toEqual(booleans.sort());
  });
});

describe('the GitHub Action', () => {
  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('gitCredentials %j is %s', (value, expected) => {
    expect(settingsOf(actionHost({ ...BASE, 'git-credentials': value })).gitCredentials).toBe(expected);
  });

  test.each(['tRuE', 'yes', 'on'])('%j is refused, naming the six spellings', (value) => {
    const text = refusal(actionHost({ ...BASE, 'git-credentials': value }));
    expect(text).toContain(
      'Fix: Set `git-credentials` to true, True, TRUE, false, False or FALSE (default: false).',
    );
  });
});
