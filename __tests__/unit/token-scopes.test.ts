/**
 * `vso.tokens` and `vso.tokenadministration` let a PAT mint or manage tokens that outlive the job: refused
 * like the Entra-only PAT scopes, unless `allow-token-scopes` is on, and then with a warning.
 */
import { describeError, InputError } from '../../src/core/errors';
import { parseSettings } from '../../src/core/inputs/settings';
import { withTaskInputNames } from '../../src/hosts/azure-pipelines/names';
import { withFlagNames } from '../../src/hosts/cli/host';

const base: Record<string, string> = {
  organization: 'contoso',
  'refresh-token': 'refresh-token-value',
  'client-id': '11111111-2222-3333-4444-555555555555',
};

function settingsFor(inputs: Record<string, string>) {
  const all = { ...base, ...inputs };
  return parseSettings((name) => all[name]);
}

function refusal(inputs: Record<string, string>): InputError {
  try {
    settingsFor(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('accepted');
}

describe.each(['vso.tokens', 'tokens', 'VSO.TokenAdministration', 'tokenadministration'])('%s', (scope) => {
  it('is refused without the opt-in, naming the scope and the opt-in', () => {
    for (const optIn of [undefined, 'false']) {
      const error = refusal({
        scopes: `vso.code ${scope}`,
        ...(optIn === undefined ? {} : { 'allow-token-scopes': optIn }),
      });
      expect(error.input).toBe('scopes');
      expect(error.code).toBe('token_scope_not_allowed');
      expect(error.message).toContain(`Scope "${scope}" lets the PAT mint or manage tokens`);
      expect(error.fix).toContain('turn on `allow-token-scopes`');
    }
  });

  it('is minted with the opt-in, with a warning that names it', () => {
    const { settings, warnings } = settingsFor({ scopes: `vso.code ${scope}`, 'allow-token-scopes': 'true' });
    const id = `vso.${scope.toLowerCase().replace(/^vso\./, '')}`;
    expect(settings.scopes).toEqual(['vso.code', id]);
    expect(warnings).toContain(
      `Scope ${id}, allowed by \`allow-token-scopes\`: the PAT can mint or manage tokens, and a token it ` +
        'makes is not revoked when the job ends.',
    );
  });
});

it('the opt-in alone warns about nothing', () => {
  expect(settingsFor({ scopes: 'vso.code', 'allow-token-scopes': 'true' }).warnings).toEqual([]);
});

it('the opt-in must be a boolean', () => {
  expect(refusal({ scopes: 'vso.code', 'allow-token-scopes': 'yes' }).input).toBe('allow-token-scopes');
});

it('each platform spells the opt-in its own way', () => {
  const text = describeError(refusal({ scopes: 'vso.tokens' }), 'github');
  expect(withTaskInputNames(text)).toContain('turn on `allowTokenScopes`');
  expect(withFlagNames(text)).toContain('turn on `--allow-token-scopes`');
});
