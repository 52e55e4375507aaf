import { parseBearerSettings } from '../../src/core/inputs/bearer-settings';
import { InputError } from '../../src/core/errors';
import { readTokenType } from '../../src/core/inputs/token-type';

const CLIENT = '5e7c1e00-0000-4000-8000-0000000000a1';
const TENANT = '72f988bf-0000-4000-8000-00000000e1e1';

function reader(values: Record<string, string>) {
  return (name: string) => values[name];
}

const base = { organization: 'contoso', 'azure-client-id': CLIENT, 'azure-tenant-id': TENANT };

function refusal(values: Record<string, string>): InputError {
  try {
    parseBearerSettings(reader(values));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected a refusal');
}

describe('token-type', () => {
  it.each([
    [undefined, 'pat'],
    ['pat', 'pat'],
    ['entra', 'entra'],
    [' Entra ', 'entra'],
  ])('%p reads as %p', (raw, type) => {
    expect(readTokenType(reader(raw === undefined ? {} : { 'token-type': raw }))).toBe(type);
  });

  it('refuses anything else, naming the two values', () => {
    expect(() => readTokenType(reader({ 'token-type': 'bearer' }))).toThrow(/must be pat or entra/);
  });
});

describe('bearer settings', () => {
  it('need no scopes: the job identity, the organization and what to do with the token', () => {
    const { settings, warnings } = parseBearerSettings(
      reader({ ...base, 'git-credentials': 'true', 'export-variable': 'ADO_TOKEN' }),
    );
    expect(settings).toEqual({
      organization: 'contoso',
      endpoints: {
        authorityHost: 'https://login.microsoftonline.com',
        vsspsUrl: 'https://vssps.dev.azure.com',
        azureDevOpsUrl: 'https://dev.azure.com',
      },
      identity: { clientId: CLIENT, tenantId: TENANT },
      gitCredentials: true,
      exportVariable: 'ADO_TOKEN',
    });
    expect(warnings).toEqual([]);
  });

  it('accept the defaults a runner passes for PAT inputs, which change nothing', () => {
    const defaults = { lifetime: '1h', revoke: 'true', 'allow-token-scopes': 'false', 'dry-run': 'false' };
    expect(parseBearerSettings(reader({ ...base, ...defaults })).settings.identity.clientId).toBe(CLIENT);
  });

  it.each([
    ['scopes', { scopes: 'vso.code' }],
    ['lifetime', { lifetime: '2h' }],
    ['display-name', { 'display-name': 'mine' }],
    ['revoke', { revoke: 'false' }],
    ['allow-token-scopes', { 'allow-token-scopes': 'true' }],
    ['dry-run', { 'dry-run': 'true' }],
    ['dry-run', { 'dry-run': 'probe' }],
    ['entra-scope', { 'entra-scope': 'default' }],
    ['auth', { auth: 'refresh-token' }],
    ['refresh-token', { 'refresh-token': 'a-refresh-token-of-the-bot-user' }],
    ['client-id', { 'client-id': CLIENT }],
    ['tenant-id', { 'tenant-id': TENANT }],
    ['key-vault-url', { 'key-vault-url': 'https://v.vault.azure.net' }],
  ])('refuse %s, which only a PAT uses', (input, extra) => {
    const error = refusal({ ...base, ...extra });
    expect(error.input).toBe(input);
    expect(error.code).toBe('pat_only_input');
    expect(error.message).toContain(`Only for \`token-type\` pat: \`${input}\`.`);
    expect(error.fix).toContain('set `token-type` to pat');
  });

  it('name every PAT-only input given, in one refusal', () => {
    const error = refusal({ ...base, scopes: 'vso.code', 'display-name': 'x', password: 'p' });
    expect(error.message).toMatch(/^Only for `token-type` pat: `scopes`, `display-name`, `password`\. /);
  });

  it('need the job identity: its client id and a specific tenant', () => {
    expect(refusal({ organization: 'contoso', 'azure-tenant-id': TENANT }).input).toBe('azure-client-id');
    expect(refusal({ organization: 'contoso', 'azure-client-id': CLIENT }).input).toBe('azure-tenant-id');
    expect(refusal({ ...base, 'azure-tenant-id': 'organizations' }).input).toBe('azure-tenant-id');
    expect(refusal({ ...base, 'azure-client-id': 'not-a-guid' }).input).toBe('azure-client-id');
  });

  it("take the platform's organization when the input is empty", () => {
    const { settings } = parseBearerSettings(
      reader({ 'azure-client-id': CLIENT, 'azure-tenant-id': TENANT }),
      {
        organization: 'fabrikam',
      },
    );
    expect(settings.organization).toBe('fabrikam');
  });
});
