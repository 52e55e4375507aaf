/**
 * The platforms' published JSON schemas for the manifests (vendored in __tests__/schemas/, see its README),
 * compiled with ajv as each declares: draft-07 for GitHub's action metadata and the extension manifest,
 * draft-04 for task.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { parse } from 'yaml';

const schemaDir = path.join(__dirname, '..', 'schemas');
const readSchema = (file: string) =>
  JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as Record<string, unknown>;

/** The two formats the extension manifest schema uses; ajv checks none by itself. */
const formats = {
  uri: (value: string) => URL.canParse(value),
  'uri-reference': (value: string) => !/\s/.test(value) && URL.canParse(value, 'https://example.invalid/'),
};

// Not strict: these are the publishers' schemas as published, not ours to tidy.
const draft07 = new Ajv({ allErrors: true, strict: false, formats });
// Its connectedService pattern escapes `:`, which JavaScript allows only without the `u` flag ajv adds.
const draft04 = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });

/**
 * The task schema as published predates the agent's Node20_1 and Node24 handlers (it lists Node, Node10 and
 * Node16) and forbids other handler names, so they are added here as the same execution object it defines.
 */
function withCurrentHandlers(schema: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(schema) as {
    properties: Record<string, { properties: Record<string, unknown> }>;
  };
  for (const section of ['execution', 'prejobexecution', 'postjobexecution']) {
    const handlers = copy.properties[section]?.properties;
    if (!handlers) throw new Error(`the task schema has no ${section} section`);
    for (const handler of ['Node20_1', 'Node24'])
      handlers[handler] = { $ref: '#/definitions/executionObject' };
  }
  return copy;
}

const validators = {
  action: draft07.compile(readSchema('github-action.json')),
  extension: draft07.compile(readSchema('vss-extension.json')),
  task: draft04.compile(withCurrentHandlers(readSchema('tasks.schema.json'))),
};

/** Schema errors as short lines (`/branding/icon must be equal to one of the allowed values`); [] when valid. */
export function schemaErrors(kind: keyof typeof validators, document: unknown): string[] {
  const validate = validators[kind];
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`,
  );
}

/** action.yml as the runner reads it: YAML with typed scalars (`required: false` is a boolean). */
export function parseActionYml(text: string): unknown {
  return parse(text) as unknown;
}
