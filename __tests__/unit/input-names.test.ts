import { readFileSync } from 'node:fs';
import path from 'node:path';
import { INPUT_NAMES, inputRef, renameInputs } from '../../src/core/input-names';
import { withTaskInputNames } from '../../src/hosts/azure-pipelines-names';
import { withFlagNames } from '../../src/hosts/cli';

const upper = (name: string) => name.toUpperCase();

describe('INPUT_NAMES', () => {
  it("is exactly the action's inputs (action.yml)", () => {
    const yml = readFileSync(path.join(__dirname, '..', '..', 'action.yml'), 'utf8');
    const inputsBlock = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
    const declared = [...inputsBlock.matchAll(/^ {2}([a-z-]+):$/gm)].map((match) => match[1]);
    expect([...INPUT_NAMES].sort()).toEqual(declared.sort());
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
