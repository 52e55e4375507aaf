/**
 * How messages name inputs. The core writes every input name in backticks, in its kebab-case form
 * (`refresh-token`, as action.yml spells it); a platform that spells its inputs otherwise (the Azure Pipelines
 * task's `refreshToken`, the command line's `--refresh-token`) renames them when it prints the text. Values
 * that happen to look like an input name (the credential source `refresh-token`) are never written as a bare
 * name in backticks, so they are left alone.
 */

/** The inputs that choose and carry the bot user's credential. */
export const CREDENTIAL_INPUTS = [
  'auth',
  'refresh-token',
  'client-id',
  'tenant-id',
  'access-token',
  'username',
  'password',
  'key-vault-url',
  'key-vault-secret',
  'azure-client-id',
  'azure-tenant-id',
  'entra-scope',
] as const;

/** The inputs that point at other Entra ID and Azure DevOps endpoints (sovereign clouds, the emulator). */
export const ENDPOINT_INPUTS = ['authority-host', 'vssps-url', 'azure-devops-url'] as const;

/** Opt-ins that lift a refusal made for safety; each says so in a warning when it lets something through. */
export const OPT_IN_INPUTS = ['allow-custom-endpoints', 'allow-token-scopes'] as const;

/** Every input of the action (action.yml), kebab-case. */
export const INPUT_NAMES: ReadonlySet<string> = new Set([
  'organization',
  'scopes',
  'lifetime',
  'display-name',
  'revoke',
  'git-credentials',
  'export-variable',
  'token-type',
  'dry-run',
  'export-for',
  'feeds',
  ...CREDENTIAL_INPUTS,
  ...ENDPOINT_INPUTS,
  ...OPT_IN_INPUTS,
]);

/** `client-id` → "`client-id`": an input name as a message writes it. */
export function inputRef(name: string): string {
  return `\`${name}\``;
}

const QUOTED_NAME = /`([a-z][a-z-]*)`/g;

/** Rewrites each input name in backticks with `rename`; everything else in `text` stays as it is. */
export function renameInputs(text: string, rename: (name: string) => string): string {
  return replaceInputs(text, (name) => inputRef(rename(name)));
}

/** Replaces each input name in backticks, backticks included, with `replace(name)`. */
export function replaceInputs(text: string, replace: (name: string) => string): string {
  return text.replace(QUOTED_NAME, (quoted, name: string) =>
    INPUT_NAMES.has(name) ? replace(name) : quoted,
  );
}
