import { InputError } from '../../src/core/errors';
import { parseSettings } from '../../src/core/inputs/settings';

const CLIENT = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const REFRESH = '0.AXkAsecret-refresh_token.value';
const PASSWORD = ' pass word "hunter2" ';
const ACCESS = 'eyJhbGciOiJSUzI1NiJ9.eyJzY3AiOiJ2c28ucGF0c19tYW5hZ2UifQ.sig';

type Inputs = Record<string, string>;
const base: Inputs = {
  organization: 'contoso',
  scopes: 'vso.code',
  'refresh-token': REFRESH,
  'client-id': CLIENT,
};
const reader =
  (inputs: Inputs) =>
  (name: string): string | undefined =>
    inputs[name];

function parse(inputs: Inputs, defaults?: { organization?: string }) {
  return parseSettings(reader(inputs), defaults);
}

function failure(inputs: Inputs, defaults?: { organization?: string }): InputError {
  try {
    parse(inputs, defaults);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseSettings: defaults', () => {
  it('fills every default and chooses the refresh-token source', () => {
    expect(parse(base)).toEqual({
      settings: {
        organization: 'contoso',
        scopes: ['vso.code'],
        highPrivilegeScopes: [],
        lifetime: { milliseconds: 3_600_000, text: '1h' },
        displayName: undefined,
        revoke: true,
        gitCredentials: false,
        exportVariable: undefined,
        exportFor: [],
        feeds: { npm: [], nuget: [] },
        endpoints: {
          authorityHost: 'https://login.microsoftonline.com',
          vsspsUrl: 'https://vssps.dev.azure.com',
          azureDevOpsUrl: 'https://dev.azure.com',
        },
        credential: {
          source: 'refresh-token',
          refreshToken: REFRESH,
          clientId: CLIENT,
          tenantId: 'organizations',
        },
      },
      warnings: [],
    });
  });

  it('treats empty inputs as not given', () => {
    const { settings } = parse({ ...base, lifetime: '', revoke: '', 'display-name': '  ', 'tenant-id': '' });
    expect(settings.lifetime.text).toBe('1h');
    expect(settings.revoke).toBe(true);
    expect(settings.displayName).toBeUndefined();
  });

  it('parses every optional input', () => {
    const { settings } = parse({
      ...base,
      organization: 'https://dev.azure.com/fabrikam/',
      scopes: 'code, work_write\nbuild',
      lifetime: 'PT45M',
      'display-name': 'nightly sync',
      revoke: 'False',
      'git-credentials': 'TRUE',
      'export-variable': 'AZURE_DEVOPS_EXT_PAT',
      'tenant-id': 'Contoso.onmicrosoft.com',
      'vssps-url': 'https://127.0.0.1:8443/vssps/',
      'azure-devops-url': 'https://127.0.0.1:8443/',
      'authority-host': 'http://localhost:9000',
    });
    expect(settings).toMatchObject({
      organization: 'fabrikam',
      scopes: ['vso.build', 'vso.code', 'vso.work_write'],
      lifetime: { milliseconds: 2_700_000, text: '45m' },
      displayName: 'nightly sync',
      revoke: false,
      gitCredentials: true,
      exportVariable: 'AZURE_DEVOPS_EXT_PAT',
      endpoints: {
        authorityHost: 'http://localhost:9000',
        vsspsUrl: 'https://127.0.0.1:8443/vssps',
        azureDevOpsUrl: 'https://127.0.0.1:8443',
      },
      credential: { tenantId: 'contoso.onmicrosoft.com' },
    });
  });

  it('uses the platform organization when the input is empty, and the input over it', () => {
    const { organization: _omit, ...rest } = base;
    expect(parse(rest, { organization: 'https://dev.azure.com/platform-org/' }).settings.organization).toBe(
      'platform-org',
    );
    expect(parse(base, { organization: 'platform-org' }).settings.organization).toBe('contoso');
    expect(failure(rest).input).toBe('organization');
  });

  it('requires scopes', () => {
    const { scopes: _omit, ...rest } = base;
    const error = failure(rest);
    expect(error.input).toBe('scopes');
    expect(error.message).toMatch(/required/);
  });

  it('warns about high-privilege scopes', () => {
    const { warnings, settings } = parse({ ...base, scopes: 'code_write build_execute work' });
    expect(settings.highPrivilegeScopes).toEqual(['vso.build_execute', 'vso.code_write']);
    expect(warnings).toEqual([
      expect.stringMatching(/high-privilege scopes vso\.build_execute, vso\.code_write \(Build, Code\)/),
    ]);
  });
});

describe('parseSettings: invalid inputs name the input', () => {
  it.each([
    [{ organization: 'not an org' }, 'organization', /"not an org"/],
    [{ scopes: 'code app_token' }, 'scopes', /full-access/],
    [{ scopes: 'cod' }, 'scopes', /Unknown/],
    [{ lifetime: '8d' }, 'lifetime', /longer than 7 days/],
    [{ revoke: 'yes' }, 'revoke', /must be a boolean, got "yes"/],
    [{ 'git-credentials': '1' }, 'git-credentials', /must be a boolean/],
    [{ 'export-variable': '1ABC' }, 'export-variable', /environment variable name/],
    [{ 'export-variable': 'PATH' }, 'export-variable', /would break/],
    [{ 'export-variable': 'github_token' }, 'export-variable', /GITHUB_\*/],
    [{ 'export-variable': 'NODE_OPTIONS' }, 'export-variable', /NODE_\*/],
    [{ 'vssps-url': 'http://vssps.example' }, 'vssps-url', /https/],
    [{ 'authority-host': 'https://a:b@login.example' }, 'authority-host', /user name or password/],
    [{ 'azure-devops-url': 'https://dev.azure.com/?x' }, 'azure-devops-url', /query/],
    [{ 'client-id': 'my-app' }, 'client-id', /GUID/],
    [{ 'tenant-id': 'contoso/../x' }, 'tenant-id', /tenant id/],
    [{ auth: 'magic' }, 'auth', /"magic"/],
  ])('%j → %s', (override, input, message) => {
    const error = failure({ ...base, ...override });
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
    expect(error.fix.length).toBeGreaterThan(10);
  });

  it.each(['true ', 'True', 'TRUE', 'false', 'False', 'FALSE'])(
    'accepts the boolean spelling %j',
    (value) => {
      expect(parse({ ...base, revoke: value }).settings.revoke).toBe(value.trim().toLowerCase() === 'true');
    },
  );

  it.each(['tRUE', 'yes', 'on', '1', 'y'])('refuses the boolean spelling %j', (value) => {
    expect(failure({ ...base, 'git-credentials': value }).fix).toMatch(
      /true, True, TRUE, false, False or FALSE/,
    );
  });
});

describe('parseSettings: credential sources', () => {
  const { 'refresh-token': _r, 'client-id': _c, ...noCredential } = base;

  it('access-token', () => {
    expect(parse({ ...noCredential, 'access-token': ACCESS }).settings.credential).toEqual({
      source: 'access-token',
      accessToken: ACCESS,
    });
  });

  it('password, with the deprecation warning', () => {
    const { settings, warnings } = parse({
      ...noCredential,
      username: 'bot@contoso.com',
      password: PASSWORD,
      'client-id': CLIENT.toUpperCase(),
      'tenant-id': TENANT,
    });
    expect(settings.credential).toEqual({
      source: 'password',
      username: 'bot@contoso.com',
      password: PASSWORD,
      clientId: CLIENT,
      tenantId: TENANT,
    });
    expect(warnings.join(' ')).toMatch(/deprecated.*refresh-token/);
  });

  it('key-vault', () => {
    expect(
      parse({
        ...noCredential,
        'key-vault-url': 'https://bot-vault.vault.azure.net/',
        'key-vault-secret': 'ado-bot-refresh-token',
        'client-id': CLIENT,
        'azure-client-id': CLIENT,
        'azure-tenant-id': TENANT,
      }).settings.credential,
    ).toEqual({
      source: 'key-vault',
      keyVaultUrl: 'https://bot-vault.vault.azure.net',
      keyVaultSecret: 'ado-bot-refresh-token',
      azureClientId: CLIENT,
      azureTenantId: TENANT,
      clientId: CLIENT,
      tenantId: 'organizations',
    });
  });

  it('azure-cli only through auth', () => {
    expect(parse({ ...noCredential, auth: 'azure-cli' }).settings.credential).toEqual({
      source: 'azure-cli',
    });
    expect(parse({ ...base, auth: 'Refresh-Token' }).settings.credential.source).toBe('refresh-token');
  });

  it('warns about inputs the chosen source ignores', () => {
    const { warnings } = parse({ ...noCredential, 'access-token': ACCESS, 'client-id': CLIENT });
    expect(warnings).toEqual([
      expect.stringMatching(/^Ignoring `client-id`: the access-token credential source/),
    ]);
  });

  it.each([
    [{}, /No credential source given \(no credential input was given\)/],
    [{ 'client-id': CLIENT }, /No credential source given \(found: `client-id`\)/],
    [
      { 'refresh-token': REFRESH, password: PASSWORD },
      /Several credential sources given: refresh-token and password/,
    ],
    [{ 'access-token': ACCESS, 'key-vault-url': 'https://v.vault.azure.net' }, /access-token and key-vault/],
    [
      { auth: 'azure-cli', 'refresh-token': REFRESH },
      /`auth` selects azure-cli, but inputs of refresh-token/,
    ],
  ])('refuses %j, listing input names only', (credentialInputs, message) => {
    const error = failure({ ...noCredential, ...(credentialInputs as Inputs) });
    expect(error.input).toBe('auth');
    expect(error.message).toMatch(message);
    expect(error.fix).toMatch(/refresh-token \(recommended\): `refresh-token` \+ `client-id`/);
    for (const secret of [REFRESH, PASSWORD.trim(), ACCESS])
      expect(`${error.message}${error.fix}`).not.toContain(secret);
  });

  it.each([
    [{ 'refresh-token': REFRESH }, 'client-id'],
    [{ username: 'bot@contoso.com', 'client-id': CLIENT }, 'password'],
    [{ password: PASSWORD, 'client-id': CLIENT }, 'username'],
    [{ 'key-vault-url': 'https://v.vault.azure.net', 'client-id': CLIENT }, 'key-vault-secret'],
    [{ auth: 'access-token' }, 'access-token'],
  ])('names the missing input of %j: %s', (credentialInputs, missing) => {
    const error = failure({ ...noCredential, ...(credentialInputs as Inputs) });
    expect(error.input).toBe(missing);
    expect(error.message).toContain(`needs input \`${missing}\``);
  });

  it.each([
    [
      { 'key-vault-url': 'http://v.vault.azure.net', 'key-vault-secret': 's', 'client-id': CLIENT },
      'key-vault-url',
    ],
    [
      { 'key-vault-url': 'https://v.vault.azure.net', 'key-vault-secret': 'a_b', 'client-id': CLIENT },
      'key-vault-secret',
    ],
    [
      {
        'key-vault-url': 'https://v.vault.azure.net',
        'key-vault-secret': 's',
        'client-id': CLIENT,
        'azure-client-id': CLIENT,
        'azure-tenant-id': 'organizations',
      },
      'azure-tenant-id',
    ],
    [
      // Without azure-tenant-id the bot's tenant-id is used, but only when it names one tenant.
      {
        'key-vault-url': 'https://v.vault.azure.net',
        'key-vault-secret': 's',
        'client-id': CLIENT,
        'azure-client-id': CLIENT,
      },
      'azure-tenant-id',
    ],
    [
      { 'key-vault-url': 'https://v.vault.azure.net', 'key-vault-secret': 's', 'client-id': CLIENT },
      'azure-client-id',
    ],
    [
      {
        'key-vault-url': 'https://v.vault.azure.net',
        'key-vault-secret': 's',
        'client-id': CLIENT,
        'azure-client-id': 'x',
      },
      'azure-client-id',
    ],
    [{ username: 'bot user', password: PASSWORD, 'client-id': CLIENT }, 'username'],
  ])('validates %j: %s', (credentialInputs, input) => {
    expect(failure({ ...noCredential, ...(credentialInputs as Inputs) }).input).toBe(input);
  });

  it.each([
    ['refresh-token', 'abc\ndef', /whitespace or control characters/],
    ['refresh-token', `${REFRESH} trailing`, /whitespace or control characters/],
    ['access-token', `Bearer ${ACCESS}`, /starts with "Bearer "/],
    // Quotes kept from a copy-paste: Entra would answer "log in again", a header would fail after state was saved.
    ['refresh-token', `"${REFRESH}"`, /`refresh-token` contains quote characters/],
    ['refresh-token', `'${REFRESH}'`, /`refresh-token` contains quote characters/],
    ['refresh-token', `\u201c${REFRESH}\u201d`, /`refresh-token` contains quote characters/],
    ['access-token', `"${ACCESS}"`, /`access-token` contains quote characters/],
    ['access-token', `\u2018${ACCESS}\u2019`, /`access-token` contains quote characters/],
    ['access-token', `${ACCESS}\u00e9`, /`access-token` contains characters outside printable ASCII/],
  ])('refuses a malformed %s without echoing it', (input, value, message) => {
    const inputs: Inputs = { ...noCredential, [input]: value, 'client-id': CLIENT };
    const error = failure(inputs);
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
    expect(`${error.message}${error.fix}`).not.toContain(value.slice(0, 10).replace(/^Bearer /, ''));
  });
});

describe('parseSettings: export-for', () => {
  it('keeps the tools other than git, which turns git credentials on', () => {
    const { settings } = parse({
      ...base,
      'export-for': 'git, az npm',
      feeds: 'https://pkgs.dev.azure.com/contoso/_packaging/tools/npm/registry/',
    });
    expect(settings.exportFor).toEqual(['az', 'npm']);
    expect(settings.gitCredentials).toBe(true);
    expect(settings.feeds.npm).toEqual(['https://pkgs.dev.azure.com/contoso/_packaging/tools/npm/registry/']);
  });
});
