/** task.json mirrors action.yml: every input and output of the action, by its task (camelCase) name. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  SERVICE_CONNECTION_INPUT,
  SERVICE_CONNECTION_PARAMETERS,
  taskName,
} from '../../src/hosts/azure-pipelines/names';

const root = path.join(__dirname, '..', '..');

interface TaskJson {
  id: string;
  name: string;
  version: { Major: number; Minor: number; Patch: number };
  inputs: {
    name: string;
    type: string;
    required?: boolean;
    defaultValue?: string;
    helpMarkDown?: string;
    groupName?: string;
  }[];
  groups: { name: string }[];
  outputVariables: { name: string }[];
  execution: Record<string, { target: string }>;
  postjobexecution: Record<string, { target: string }>;
}

const task = JSON.parse(readFileSync(path.join(root, 'task.json'), 'utf8')) as TaskJson;
const actionYml = readFileSync(path.join(root, 'action.yml'), 'utf8');

/** Names of one top-level block of action.yml (`inputs:` or `outputs:`) and their `default:` values. */
function actionBlock(block: 'inputs' | 'outputs'): Map<string, string | undefined> {
  const start = actionYml.indexOf(`\n${block}:`);
  const end = actionYml.indexOf('\n\n', start + 1);
  const names = new Map<string, string | undefined>();
  let current = '';
  for (const line of actionYml.slice(start, end === -1 ? undefined : end).split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line);
    if (name?.[1]) names.set((current = name[1]), undefined);
    const value = /^ {4}default:\s*'(.*)'\s*$/.exec(line);
    if (value && current) names.set(current, value[1]);
  }
  return names;
}

test('every action input is a task input, except the job identity, which comes from the service connection', () => {
  const inputs = new Map(task.inputs.map((input) => [input.name, input]));
  expect(actionBlock('inputs').size).toBeGreaterThan(15);
  for (const [name, fallback] of actionBlock('inputs')) {
    if (name in SERVICE_CONNECTION_PARAMETERS) {
      expect(inputs.has(taskName(name))).toBe(false);
      continue;
    }
    const input = inputs.get(taskName(name));
    expect({ name, found: input !== undefined }).toEqual({ name, found: true });
    // Same defaults (the task applies its own, so a default may not drift from the action's).
    if (fallback !== undefined)
      expect({ name, default: input?.defaultValue }).toEqual({ name, default: fallback });
  }
  const mirrored = new Set([...actionBlock('inputs').keys()].map(taskName));
  expect(task.inputs.map((input) => input.name).filter((name) => !mirrored.has(name))).toEqual([
    SERVICE_CONNECTION_INPUT,
  ]);
});

test('every action output is an output variable', () => {
  expect(task.outputVariables.map((output) => output.name).sort()).toEqual(
    [...actionBlock('outputs').keys()].map(taskName).sort(),
  );
});

test('inputs are documented, grouped in declared groups, and only scopes is required', () => {
  const groups = new Set(task.groups.map((group) => group.name));
  for (const input of task.inputs) {
    expect({ name: input.name, help: (input.helpMarkDown ?? '').length > 20 }).toEqual({
      name: input.name,
      help: true,
    });
    if (input.groupName) expect(groups.has(input.groupName)).toBe(true);
  }
  expect(task.inputs.filter((input) => input.required).map((input) => input.name)).toEqual(['scopes']);
  expect(task.inputs.find((input) => input.name === SERVICE_CONNECTION_INPUT)?.type).toBe(
    'connectedService:AzureRM',
  );
});

test('identity and handlers: EphemeralPat@1 on Node 20 and Node 24, main and post-job', () => {
  expect(task.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(task.name).toBe('EphemeralPat');
  expect(task.version.Major).toBe(1);
  for (const handler of ['Node20_1', 'Node24']) {
    expect(task.execution[handler]?.target).toBe('dist/task/main.js');
    expect(task.postjobexecution[handler]?.target).toBe('dist/task/post.js');
  }
});

test('the extension ships this task at the same version', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'vss-extension.json'), 'utf8')) as {
    version: string;
    contributions: { type: string; properties: { name: string } }[];
  };
  const { Major, Minor, Patch } = task.version;
  expect(manifest.version).toBe(`${Major}.${Minor}.${Patch}`);
  expect(manifest.contributions).toEqual([
    expect.objectContaining({ type: 'ms.vss-distributed-task.task', properties: { name: task.name } }),
  ]);
});
