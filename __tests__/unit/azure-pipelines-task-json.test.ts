/**
 * task.json mirrors action.yml: every input and output of the action, by its task (camelCase) name. The
 * credential source is a pick list, and each credential input shows only for the sources that read it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CREDENTIAL_SOURCES, SOURCE_REQUIREMENTS } from '../../src/core/inputs/credential-settings';
import {
  BOT_CONNECTION_INPUT,
  BOT_CONNECTION_PARAMETERS,
  BOT_ENDPOINT_TYPE,
} from '../../src/hosts/azure-pipelines/bot-connection';
import {
  INFER_AUTH,
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
    visibleRule?: string;
    options?: Record<string, string>;
  }[];
  groups: { name: string; visibleRule?: string }[];
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
    BOT_CONNECTION_INPUT,
    SERVICE_CONNECTION_INPUT,
  ]);
});

test('every action output is an output variable', () => {
  expect(task.outputVariables.map((output) => output.name).sort()).toEqual(
    [...actionBlock('outputs').keys()].map(taskName).sort(),
  );
});

test('inputs are documented, grouped in declared groups, and none is required (scopes: PAT mode only)', () => {
  const groups = new Set(task.groups.map((group) => group.name));
  for (const input of task.inputs) {
    expect({ name: input.name, help: (input.helpMarkDown ?? '').length > 20 }).toEqual({
      name: input.name,
      help: true,
    });
    if (input.groupName) expect(groups.has(input.groupName)).toBe(true);
  }
  // The core requires scopes for token type pat; with entra it refuses them.
  expect(task.inputs.filter((input) => input.required).map((input) => input.name)).toEqual([]);
  expect(task.inputs.find((input) => input.name === SERVICE_CONNECTION_INPUT)?.type).toBe(
    'connectedService:AzureRM',
  );
  expect(task.inputs.find((input) => input.name === BOT_CONNECTION_INPUT)?.type).toBe(
    `connectedService:${BOT_ENDPOINT_TYPE}`,
  );
});

describe('the credential source', () => {
  const auth = task.inputs.find((input) => input.name === 'auth');
  const options = Object.keys(auth?.options ?? {});

  /** The sources a visibleRule shows an input for: only `auth = <option>` clauses joined by `||`. */
  function shownFor(rule: string | undefined): string[] {
    const clauses = (rule ?? '').split('||').map((clause) => /^\s*auth = ([a-z-]+)\s*$/.exec(clause)?.[1]);
    expect({
      rule,
      valid: clauses.every((option) => option !== undefined && options.includes(option)),
    }).toEqual({
      rule,
      valid: true,
    });
    return clauses.filter((option): option is string => option !== undefined);
  }

  /** Task inputs of each source, as the core's own requirement text lists them (the job identity is azureSubscription). */
  const sourceInputs = new Map(
    SOURCE_REQUIREMENTS.split('; ').map((part) => {
      const source = part.slice(0, part.search(/[ :]/));
      const names = [...part.matchAll(/`([a-z-]+)`/g)].map((match) => match[1] ?? '');
      const inputs = names
        .filter((name) => name !== 'auth')
        .map((name) => (name in SERVICE_CONNECTION_PARAMETERS ? SERVICE_CONNECTION_INPUT : taskName(name)));
      if (source === 'refresh-token') inputs.push(BOT_CONNECTION_INPUT);
      return [source, new Set(inputs)] as const;
    }),
  );

  test('is a pick list of the sources the core accepts, inferred from the inputs by default', () => {
    expect(auth?.type).toBe('pickList');
    expect(auth?.defaultValue).toBe(INFER_AUTH);
    expect(options.sort()).toEqual([INFER_AUTH, ...CREDENTIAL_SOURCES].sort());
    expect([...sourceInputs.keys()].sort()).toEqual([...CREDENTIAL_SOURCES].sort());
  });

  test('each credential input shows exactly for the sources that read it, and when inferring', () => {
    const credentialInputs = new Set([...sourceInputs.values()].flatMap((inputs) => [...inputs]));
    expect(credentialInputs.size).toBeGreaterThan(8);
    for (const name of credentialInputs) {
      const input = task.inputs.find((candidate) => candidate.name === name);
      const expected = [...sourceInputs].filter(([, inputs]) => inputs.has(name)).map(([source]) => source);
      expect({ name, shownFor: shownFor(input?.visibleRule).sort() }).toEqual({
        name,
        shownFor: [INFER_AUTH, ...expected].sort(),
      });
    }
    // Inputs that choose nothing stay visible whatever the source.
    for (const input of task.inputs.filter((candidate) => !credentialInputs.has(candidate.name))) {
      expect({ name: input.name, rule: input.visibleRule }).toEqual({ name: input.name, rule: undefined });
    }
  });

  test('the Key Vault inputs sit in one group, shown for the key-vault source', () => {
    const group = task.groups.find((candidate) => candidate.name === 'keyVault');
    expect(shownFor(group?.visibleRule).sort()).toEqual([INFER_AUTH, 'key-vault'].sort());
    const inGroup = task.inputs.filter((input) => input.groupName === 'keyVault').map((input) => input.name);
    expect(inGroup.sort()).toEqual([SERVICE_CONNECTION_INPUT, 'keyVaultSecret', 'keyVaultUrl'].sort());
  });
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
    expect.objectContaining({ type: 'ms.vss-endpoint.service-endpoint-type' }),
  ]);
});

test('the extension contributes the bot connection type, with the parameters the task reads', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'vss-extension.json'), 'utf8')) as {
    contributions: {
      type: string;
      targets: string[];
      properties: {
        name: string;
        displayName?: string;
        authenticationSchemes?: {
          type: string;
          inputDescriptors: { id: string; isConfidential?: boolean; validation?: { isRequired?: boolean } }[];
        }[];
      };
    }[];
  };
  const endpoint = manifest.contributions.find(
    (contribution) => contribution.type === 'ms.vss-endpoint.service-endpoint-type',
  );
  expect(endpoint?.targets).toEqual(['ms.vss-endpoint.endpoint-types']);
  expect(endpoint?.properties.name).toBe(BOT_ENDPOINT_TYPE);
  expect(endpoint?.properties.displayName).toBeTruthy();
  const schemes = endpoint?.properties.authenticationSchemes ?? [];
  expect(schemes).toHaveLength(1);
  const descriptors = schemes[0]?.inputDescriptors ?? [];
  expect(descriptors.map((descriptor) => descriptor.id).sort()).toEqual(
    Object.values(BOT_CONNECTION_PARAMETERS).sort(),
  );
  // Only the refresh token is a secret; it and the client id are required, as the refresh-token source needs.
  const secret = descriptors
    .filter((descriptor) => descriptor.isConfidential)
    .map((descriptor) => descriptor.id);
  expect(secret).toEqual([BOT_CONNECTION_PARAMETERS['refresh-token']]);
  const required = descriptors.filter((descriptor) => descriptor.validation?.isRequired).map((d) => d.id);
  expect(required.sort()).toEqual(
    [BOT_CONNECTION_PARAMETERS['refresh-token'], BOT_CONNECTION_PARAMETERS['client-id']].sort(),
  );
});
