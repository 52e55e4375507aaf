/**
 * action.yml, task.json and vss-extension.json validate against the project's schemas (__tests__/schemas/),
 * which encode the rules GitHub, Azure Pipelines and the Marketplace publish. The packaged manifest is
 * checked in the .vsix test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseActionYml, schemaErrors } from '../helpers/manifest-schemas';

const root = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

test('action.yml is valid action metadata, badge icon included', () => {
  const action = parseActionYml(read('action.yml')) as { branding?: { icon?: string } };
  expect(schemaErrors('action', action)).toEqual([]);
  expect(action.branding?.icon).toBeTruthy();
});

test('task.json is a valid task manifest', () => {
  expect(schemaErrors('task', JSON.parse(read('task.json')))).toEqual([]);
});

test('vss-extension.json is a valid, public extension manifest', () => {
  const manifest = JSON.parse(read('vss-extension.json')) as { public?: boolean };
  expect(schemaErrors('extension', manifest)).toEqual([]);
  expect(manifest.public).toBe(true);
});

describe('the schemas catch what the Marketplaces refuse', () => {
  const action = () => parseActionYml(read('action.yml')) as Record<string, unknown>;
  const task = () =>
    JSON.parse(read('task.json')) as { inputs: Record<string, unknown>[]; execution: object };

  test('an icon GitHub does not offer, and a missing required field', () => {
    expect(schemaErrors('action', { ...action(), branding: { icon: 'key', color: 'blue' } })).toContainEqual(
      '/branding/icon must be equal to one of the allowed values',
    );
    const withoutRuns = action();
    delete withoutRuns.runs;
    expect(schemaErrors('action', withoutRuns)).toContainEqual("/ must have required property 'runs'");
  });

  test('a key GitHub does not know, at the top or in runs, and a runtime it does not have', () => {
    expect(schemaErrors('action', { ...action(), icon: 'lock' })).toContainEqual(
      '/ must NOT have additional properties (icon)',
    );
    const runs = action().runs as Record<string, unknown>;
    expect(schemaErrors('action', { ...action(), runs: { ...runs, image: 'Dockerfile' } })).toContainEqual(
      '/runs must NOT have additional properties (image)',
    );
    expect(schemaErrors('action', { ...action(), runs: { ...runs, using: 'node18' } })).toContainEqual(
      '/runs/using must be equal to one of the allowed values',
    );
    const withoutMain = { ...runs };
    delete withoutMain.main;
    expect(schemaErrors('action', { ...action(), runs: withoutMain })).toContainEqual(
      "/runs must have required property 'main'",
    );
  });

  test('the other kinds of action: composite steps and outputs, a Docker image', () => {
    const outputs = { token: { description: 'the token' } };
    const step = { run: 'echo', shell: 'bash' };
    const composite = { ...action(), outputs, runs: { using: 'composite', steps: [step] } };
    expect(schemaErrors('action', composite)).toContainEqual(
      "/outputs/token must have required property 'value'",
    );
    const valued = { token: { description: 'the token', value: '${{ steps.a.outputs.t }}' } };
    expect(schemaErrors('action', { ...composite, outputs: valued })).toEqual([]);
    const noShell = { ...composite, outputs: valued, runs: { using: 'composite', steps: [{ run: 'echo' }] } };
    expect(schemaErrors('action', noShell)).toContainEqual(
      '/runs/steps/0 must match exactly one schema in oneOf',
    );
    expect(schemaErrors('action', { ...action(), runs: { using: 'docker' } })).toContainEqual(
      "/runs must have required property 'image'",
    );
  });

  test('an extension without categories, or with one the Marketplace does not know', () => {
    const manifest = JSON.parse(read('vss-extension.json')) as Record<string, unknown>;
    const withoutCategories = { ...manifest };
    delete withoutCategories.categories;
    expect(schemaErrors('extension', withoutCategories)).toContainEqual(
      "/ must have required property 'categories'",
    );
    expect(schemaErrors('extension', { ...manifest, categories: ['Security'] })).toContainEqual(
      '/categories/0 must be equal to one of the allowed values',
    );
    expect(schemaErrors('extension', { ...manifest, publisher: '-ado' })).toContainEqual(
      '/publisher must match pattern "^[A-Za-z0-9][A-Za-z0-9-]+$"',
    );
  });

  test('a task input of an unknown type, and a handler the agent does not have', () => {
    const badInput = { ...task(), inputs: [{ ...task().inputs[0], type: 'bogus' }] };
    expect(schemaErrors('task', badInput)).toContainEqual('/inputs/0/type must match a schema in anyOf');
    const service = { ...task(), inputs: [{ ...task().inputs[0], type: 'connectedService:AzureRM' }] };
    expect(schemaErrors('task', service)).toEqual([]);
    expect(schemaErrors('task', { ...task(), execution: { Node99: { target: 'x.js' } } })).toContainEqual(
      '/execution must be equal to one of the allowed values (Node99)',
    );
    expect(schemaErrors('task', { ...task(), execution: { Node24: {} } })).toContainEqual(
      "/execution/Node24 must have required property 'target'",
    );
  });
});
