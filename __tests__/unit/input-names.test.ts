import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCredential } from '../../src/core/inputs/credential-settings';
import { describeError } from '../../src/core/errors';
import { INPUT_NAMES, inputRef, renameInputs } from '../../src/core/inputs/names';
import { withTaskInputNames } from '../../src/hosts/azure-pipelines/names';
import { withFlagNames } from '../../src/hosts/cli/host';
import { CONNECTION_INPUTS, inputFlags, inputOptions, MINT_INPUTS } from '../../src/cli/inputs';

const upper = (name: string) => name.toUpperCase();

describe('INPUT_NAMES', () => {
  it("is exactly the action's inputs (action.yml)", () => {
    const yml = readFileSync(path.join(__dirname, '..', '..', 'action.yml'), 'utf8');
    const inputsBlock = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
    const declared = [...inputsBlock.matchAll(/^ {2}([a-z-]+):$/gm)].map((match) => match[1]);
    expect([...INPUT_NAMES].sort()).toEqual(declared.sort());
  });
});

describe('the command line', () => {
  it('mint takes every input of the action but revoke and dry-run (commands of their own); the opt-ins are switches', () => {
    const own = new Set(['revoke', 'dry-run']);
    expect([...MINT_INPUTS].sort()).toEqual([...INPUT_NAMES].filter((name) => !own.has(name)).sort());
    const options = inputOptions(MINT_INPUTS);
    for (const name of MINT_INPUTS) {
      const type = name.startsWith('allow-') ? 'boolean' : 'string';
      expect({ name, type: options[name]?.type }).toEqual({ name, type });
    }
  });

  it('every command that connects takes allow-custom-endpoints; a switch given reads as true', () => {
    expect(CONNECTION_INPUTS).toContain('allow-custom-endpoints');
    expect(inputFlags({ 'allow-custom-endpoints': true }, CONNECTION_INPUTS)).toEqual({
      'allow-custom-endpoints': 'true',
    });
  });
});

describe('renameInputs', () => {
  it('renames input names in backticks and nothing else', () => {
    expect(renameInputs('Check the `client-id` and `tenant-id` inputs.', upper)).toBe(
      'Check the `CLIENT-ID` and `TENANT-ID` inputs.',
    );
    expect(renameInputs('Check `username`/`password`.', upper)).toBe('Check `USERNAME`/`PASSWORD`.');
  });

  it.each([
    ['a value that looks like an input name', 'Prefer the refresh-token source.'],
    ['a pair in backticks', 'Add `permissions: id-token: write` and `scopes: vso.code`.'],
    ['a word in backticks that is no input', 'Run `list` or `ado-ephemeral-pat login`.'],
    ['an output name', 'Use the `basic-auth` output.'],
    ['an input name without backticks', 'the organization input'],
  ])('leaves %s alone', (_what, text) => {
    expect(renameInputs(text, upper)).toBe(text);
  });

  it('writes a name the way renameInputs finds it', () => {
    expect(renameInputs(`Set ${inputRef('display-name')}.`, upper)).toBe('Set `DISPLAY-NAME`.');
  });
});

describe('platform spellings', () => {
  const text =
    'Check the `authority-host` input, the `azure-devops-url` input and `azure-client-id`; `revoke`.';

  it('Azure Pipelines: camelCase task inputs; the job identity stays (it comes from the service connection)', () => {
    expect(withTaskInputNames(text)).toBe(
      'Check the `authorityHost` input, the `azureDevOpsUrl` input and `azure-client-id`; `revoke`.',
    );
  });

  it('command line: flags, except revoke (a command of its own)', () => {
    expect(withFlagNames(text)).toBe(
      'Check the `--authority-host` input, the `--azure-devops-url` input and `--azure-client-id`; `revoke`.',
    );
  });
});

describe("the job identity's ids, which the task takes from its service connection", () => {
  // What each platform's reader answers for the refresh-token source plus the job identity's ids: on Azure
  // Pipelines the ids come from the `azureSubscription` service connection, elsewhere from inputs.
  const inputs: Record<string, string> = {
    'refresh-token': 'refresh-token-value',
    'client-id': '11111111-2222-3333-4444-555555555555',
    'azure-client-id': '66666666-7777-8888-9999-000000000000',
    'azure-tenant-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  };
  const failureOf = (given: Record<string, string>): string => {
    try {
      parseCredential((name) => given[name]);
    } catch (error) {
      return describeError(error, 'azure-pipelines');
    }
    throw new Error('expected an input error');
  };

  it('a list of both names the service connection on Azure Pipelines; elsewhere, and about one id, as before', () => {
    const [ignored = ''] = parseCredential((name) => inputs[name]).warnings;
    expect(ignored).toBe(
      'Ignoring `azure-client-id`, `azure-tenant-id`: the refresh-token credential source does not use them.',
    );
    expect(withTaskInputNames(ignored)).toBe(
      'Ignoring `azureSubscription`: the refresh-token credential source does not use them.',
    );
    expect(withFlagNames(ignored)).toBe(
      'Ignoring `--azure-client-id`, `--azure-tenant-id`: the refresh-token credential source does not use them.',
    );

    const { 'azure-client-id': clientId = '', 'azure-tenant-id': tenantId = '' } = inputs;
    const none = withTaskInputNames(failureOf({ 'azure-client-id': clientId, 'azure-tenant-id': tenantId }));
    expect(none).toContain('No credential source given (found: `azureSubscription`).');
    expect(none).toContain('+ `clientId` [+ `tenantId`, `azureSubscription`]');
    expect(none).not.toMatch(/azure-(client|tenant)-id/);

    // Messages about one id explain it, and how to set it on this platform.
    const needsClientId = withTaskInputNames(
      failureOf({
        'key-vault-url': 'https://bot-vault.vault.azure.net',
        'key-vault-secret': 'bot-refresh-token',
        'client-id': inputs['client-id'] ?? '',
      }),
    );
    expect(needsClientId).toContain('needs input `azure-client-id`: the client id');
    expect(needsClientId).toContain(
      'Fix: Set azureSubscription to an Azure Resource Manager service connection',
    );
    expect(needsClientId).not.toMatch(/GitHub|id-token/);
  });
});
