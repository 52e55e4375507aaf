import { entraError, withScopeAdvice } from '../../src/core/entra/errors';
import { ENTRA_SCOPES } from '../../src/core/entra/scopes';
import type { ActionableError } from '../../src/core/errors';
import { describeError } from '../../src/core/errors';
import { parseEntraScope } from '../../src/core/inputs/entra-scope';
import { parseCredential } from '../../src/core/inputs/credential-settings';

const RESOURCE = '499b84ac-1321-427f-aa17-267ca6975798';

describe('parseEntraScope', () => {
  test.each([
    [undefined, 'granular'],
    ['granular', 'granular'],
    [' Default ', 'default'],
    [`${RESOURCE}/.default`, 'default'],
    [`${RESOURCE}/vso.pats_manage ${RESOURCE}/vso.pats`, 'granular'],
    [`${RESOURCE}/vso.pats,${RESOURCE}/vso.pats_manage`, 'granular'],
  ])('%s → %s', (raw, setting) => {
    expect(parseEntraScope(raw)).toBe(setting);
  });

  test.each([
    'https://graph.microsoft.com/.default',
    `${RESOURCE}/user_impersonation`,
    `${RESOURCE}/vso.pats`,
    'all',
  ])('refuses %s', (raw) => {
    expect(() => parseEntraScope(raw)).toThrow(/`entra-scope` must be granular or default/);
  });

  test('the two settings are the granular PAT scopes and the resource .default', () => {
    expect(ENTRA_SCOPES.granular).toEqual([`${RESOURCE}/vso.pats`, `${RESOURCE}/vso.pats_manage`]);
    expect(ENTRA_SCOPES.default).toEqual([`${RESOURCE}/.default`]);
  });
});

describe('the credential settings', () => {
  const base = {
    'refresh-token': 'rt-0123456789abcdef',
    'client-id': '00000000-0000-0000-0000-0000000000c1',
  };
  const read = (inputs: Record<string, string>) => (name: string) => inputs[name];

  test('carry the setting for the sources that request an Entra token', () => {
    const { credential } = parseCredential(read({ ...base, 'entra-scope': 'default' }));
    expect(credential).toMatchObject({ source: 'refresh-token', entraScope: 'default' });
  });

  test('a source that requests no token warns that default is ignored, and a typo still fails', () => {
    const { warnings } = parseCredential(read({ 'access-token': 'a.b.c', 'entra-scope': 'default' }));
    expect(warnings).toEqual([expect.stringContaining('Ignoring `entra-scope`')]);
    expect(parseCredential(read({ 'access-token': 'a.b.c', 'entra-scope': 'granular' })).warnings).toEqual(
      [],
    );
    expect(() => parseCredential(read({ 'access-token': 'a.b.c', 'entra-scope': 'graph' }))).toThrow(
      /`entra-scope` must be granular or default/,
    );
  });
});

describe('withScopeAdvice', () => {
  const consent = () =>
    entraError({ error: 'invalid_grant', error_codes: [65001] }, 'redeem the refresh token');

  test('after a granular request, says to set entra-scope to default', () => {
    const error = withScopeAdvice(consent(), ENTRA_SCOPES.granular);
    const text = describeError(error, 'github');
    expect(text).toContain('AADSTS65001');
    expect(text).toContain(`Requested with \`entra-scope\` granular: ${ENTRA_SCOPES.granular.join(' ')}.`);
    expect(text).toContain('Fix: Set `entra-scope` to default');
    expect((error as ActionableError).code).toBe('consent_required');
  });

  test('after a .default request, says to consent to the granular scopes and go back to granular', () => {
    const text = describeError(withScopeAdvice(consent(), ENTRA_SCOPES.default), 'github');
    expect(text).toContain('set `entra-scope` to granular');
  });

  test('leaves other errors, and requests that are neither setting, alone', () => {
    const expired = entraError({ error: 'invalid_grant', error_codes: [70008] }, 'redeem the refresh token');
    expect(withScopeAdvice(expired, ENTRA_SCOPES.granular)).toBe(expired);
    const error = consent();
    expect(withScopeAdvice(error, ['https://vault.azure.net/.default'])).toBe(error);
  });
});
