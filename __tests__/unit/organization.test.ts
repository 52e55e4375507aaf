import { InputError } from '../../src/core/errors';
import { parseOrganization } from '../../src/core/inputs/organization';

describe('parseOrganization', () => {
  it.each([
    ['contoso', 'contoso'],
    ['  Contoso-Dev1 ', 'Contoso-Dev1'],
    ['a', 'a'],
    ['a'.repeat(50), 'a'.repeat(50)],
    ['https://dev.azure.com/contoso', 'contoso'],
    ['https://dev.azure.com/contoso/', 'contoso'],
    ['https://DEV.AZURE.COM/contoso', 'contoso'],
    ['https://contoso.visualstudio.com', 'contoso'],
    ['https://contoso.visualstudio.com/', 'contoso'],
    ['https://contoso.visualstudio.com/DefaultCollection/', 'contoso'],
    // Without the scheme, as the address bar shows them: Azure DevOps is HTTPS only.
    ['contoso.visualstudio.com', 'contoso'],
    ['contoso.visualstudio.com/', 'contoso'],
    ['Contoso.VisualStudio.com/DefaultCollection', 'contoso'],
    ['dev.azure.com/contoso', 'contoso'],
    ['dev.azure.com/contoso/', 'contoso'],
  ])('%j → %j', (raw, name) => {
    expect(parseOrganization(raw)).toBe(name);
  });

  it('accepts URLs under a custom azure-devops-url (sovereign cloud, emulator)', () => {
    expect(parseOrganization('https://127.0.0.1:8443/ado/contoso/', 'https://127.0.0.1:8443/ado')).toBe(
      'contoso',
    );
    expect(parseOrganization('http://localhost:8080/contoso', 'http://localhost:8080')).toBe('contoso');
    expect(parseOrganization('https://dev.azure.com/contoso', 'https://127.0.0.1:8443')).toBe('contoso');
    expect(parseOrganization('127.0.0.1:8443/ado/contoso', 'https://127.0.0.1:8443/ado')).toBe('contoso');
  });

  function refusal(raw: string): InputError {
    try {
      parseOrganization(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return error as InputError;
    }
    throw new Error(`${raw} was accepted`);
  }

  it.each([
    ['dev.azure.com/contoso/my-project', 'Set `organization` to "contoso", without a project'],
    [
      'https://dev.azure.com/contoso/my-project/_git/repo',
      'Set `organization` to "contoso", without a project',
    ],
    ['contoso.visualstudio.com/DefaultCollection/Web', 'Set `organization` to "contoso", without a project'],
    ['dev.azure.com', 'Add the organization to the URL, e.g. https://dev.azure.com/contoso.'],
    ['contoso.com', 'Use https://dev.azure.com/<name>, https://<name>.visualstudio.com, or just the name.'],
  ])('refuses %j with the fix to paste', (raw, fix) => {
    const error = refusal(raw);
    expect(error.fix).toContain(fix);
    expect(error.code).toBe('invalid_input');
  });

  it.each([
    ['', /name or URL/],
    ['-contoso', /name or URL/],
    ['contoso-', /name or URL/],
    ['con toso', /name or URL/],
    ['con_toso', /name or URL/],
    ['a'.repeat(51), /name or URL/],
    ['contoso\n::add-mask::x', /name or URL/],
    ['../contoso', /name or URL/],
    ['https://dev.azure.com/', /name or URL/],
    ['https://dev.azure.com/contoso/project', /without a project/],
    ['https://dev.azure.com/contoso?x=1', /name or URL/],
    ['https://user:pw@dev.azure.com/contoso', /name or URL/],
    ['http://dev.azure.com/contoso', /name or URL/],
    ['http://contoso.visualstudio.com', /name or URL/],
    ['http://dev.azure.com/contoso', /name or URL/],
    ['contoso.visualstudio.com.evil.example', /name or URL/],
    ['dev.azure.com.evil.example/contoso', /name or URL/],
    ['user@dev.azure.com/contoso', /name or URL/],
    ['https://example.com/contoso', /name or URL/],
    ['https://dev.azure.com.evil.example/contoso', /name or URL/],
    ['https://127.0.0.1:9999/contoso', /name or URL/],
    ['https://dev.azure.com/con%2Ftoso', /name or URL/],
  ])('refuses %j', (raw, message) => {
    let error: unknown;
    try {
      parseOrganization(raw, 'https://127.0.0.1:8443');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('organization');
    expect(`${(error as InputError).message} ${(error as InputError).fix}`).toMatch(message);
  });
});
