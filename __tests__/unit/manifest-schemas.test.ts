/**
 * action.yml, task.json and vss-extension.json validate against the schemas GitHub, Azure Pipelines and the
 * Marketplace publish (vendored in __tests__/schemas/). The packaged manifest is checked in the .vsix test.
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
  test('an icon GitHub does not offer, and a missing required field', () => {
    const action = parseActionYml(read('action.yml')) as Record<string, unknown>;
    expect(schemaErrors('action', { ...action, branding: { icon: 'key', color: 'blue' } })).toContainEqual(
      '/branding/icon must be equal to one of the allowed values',
    );
    const withoutRuns = { ...action };
    delete withoutRuns.runs;
    expect(schemaErrors('action', withoutRuns)).toContainEqual("/ must have required property 'runs'");
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
  });

  test('a task input of an unknown type, and a handler the agent does not have', () => {
    const task = JSON.parse(read('task.json')) as { inputs: Record<string, unknown>[]; execution: object };
    const badInput = { ...task, inputs: [{ ...task.inputs[0], type: 'picklist' }] };
    expect(schemaErrors('task', badInput)).not.toEqual([]);
    expect(schemaErrors('task', { ...task, execution: { Node21: { target: 'x.js' } } })).toContainEqual(
      '/execution must NOT have additional properties',
    );
  });
});
