/**
 * The project's schemas for the three manifests (__tests__/schemas/, see its README), compiled with ajv
 * (draft-07) in strict mode: they are ours, so a keyword ajv does not know is a mistake in them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { parse } from 'yaml';

const schemaDir = path.join(__dirname, '..', 'schemas');
const readSchema = (file: string) =>
  JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as Record<string, unknown>;

/** The two formats the extension schema uses; ajv checks none by itself. */
const formats = {
  uri: (value: string) => URL.canParse(value),
  'uri-reference': (value: string) => !/\s/.test(value) && URL.canParse(value, 'https://example.invalid/'),
};

// Strict, but with type lists (`["string", "boolean"]`) and `required` apart from the properties it names
// (a composite step has `run` and `shell`, or `uses`).
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, formats });

const validators = {
  action: ajv.compile(readSchema('action.schema.json')),
  extension: ajv.compile(readSchema('extension.schema.json')),
  task: ajv.compile(readSchema('task.schema.json')),
};

/** The key an error is about, when ajv names one (an unknown key, a refused property name). */
function offendingKey(error: ErrorObject): string | undefined {
  if (error.propertyName !== undefined) return error.propertyName;
  const params = error.params as { additionalProperty?: string };
  return params.additionalProperty;
}

/** Schema errors as short lines (`/branding/icon must be equal to one of the allowed values`); [] when valid. */
export function schemaErrors(kind: keyof typeof validators, document: unknown): string[] {
  const validate = validators[kind];
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => {
    const key = offendingKey(error);
    return `${error.instancePath || '/'} ${error.message ?? error.keyword}${key === undefined ? '' : ` (${key})`}`;
  });
}

/** action.yml as the runner reads it: YAML with typed scalars (`required: false` is a boolean). */
export function parseActionYml(text: string): unknown {
  return parse(text) as unknown;
}
