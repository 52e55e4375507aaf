import { InputError } from '../../src/core/errors';
import {
  checkTokenShape,
  parseExportVariable,
  parseGuid,
  parseKeyVaultSecretName,
  parseTenant,
  readInput,
} from '../../src/core/inputs/validate';

const refuses = (fn: () => unknown, input: string): void => {
  expect(fn).toThrow(InputError);
  expect(fn).toThrow(expect.objectContaining({ input }) as Error);
};

describe('parseExportVariable', () => {
  it.each(['AZURE_DEVOPS_EXT_PAT', 'ADO_PAT', '_x', 'token1', 'SYSTEMX', 'GITHUBTOKEN'])(
    'accepts %j',
    (name) => {
      expect(parseExportVariable('export-variable', ` ${name} `)).toBe(name);
    },
  );
  it.each([
    'PATH',
    'path',
    'HOME',
    'NODE_OPTIONS',
    'GITHUB_TOKEN',
    'RUNNER_TEMP',
    'ACTIONS_RUNTIME_TOKEN',
    'INPUT_SCOPES',
    'STATE_x',
    'SYSTEM_ACCESSTOKEN',
    'AGENT_TEMPDIRECTORY',
    'BUILD_SOURCESDIRECTORY',
    'LD_PRELOAD',
    'DYLD_INSERT_LIBRARIES',
    'GIT_CONFIG_COUNT',
    'BASH_ENV',
    'IFS',
    '1ABC',
    'A-B',
    'A B',
    'A=B',
    '',
    'X'.repeat(256),
    'é',
  ])('refuses %j', (name) => {
    refuses(() => parseExportVariable('export-variable', name), 'export-variable');
  });
});

describe('parseTenant / parseGuid', () => {
  it.each([
    ['organizations', 'organizations'],
    ['Common', 'common'],
    ['Contoso.onmicrosoft.com', 'contoso.onmicrosoft.com'],
    ['AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE', 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'],
  ])('tenant %j → %j', (raw, tenant) => {
    expect(parseTenant('tenant-id', raw)).toBe(tenant);
  });
  it.each(['contoso', 'a/b', '../x', 'x.onmicrosoft.com/oauth2', 'organizations?x', '{guid}'])(
    'refuses tenant %j',
    (raw) => {
      refuses(() => parseTenant('tenant-id', raw), 'tenant-id');
    },
  );
  it('refuses multi-tenant aliases where a service principal signs in', () => {
    refuses(() => parseTenant('azure-tenant-id', 'organizations', false), 'azure-tenant-id');
  });
  it.each(['', 'x', '11111111-2222-3333-4444-55555555555', '{11111111-2222-3333-4444-555555555555}'])(
    'refuses client id %j',
    (raw) => refuses(() => parseGuid('client-id', raw), 'client-id'),
  );
});

describe('parseKeyVaultSecretName', () => {
  it('accepts 1 to 127 letters, digits and hyphens', () => {
    expect(parseKeyVaultSecretName('key-vault-secret', 'a-B-9')).toBe('a-B-9');
    expect(parseKeyVaultSecretName('key-vault-secret', 'x'.repeat(127))).toBe('x'.repeat(127));
  });
  it.each(['x'.repeat(128), 'a_b', 'https://v.vault.azure.net/secrets/x', 'a b'])('refuses %j', (raw) => {
    refuses(() => parseKeyVaultSecretName('key-vault-secret', raw), 'key-vault-secret');
  });
});

describe('checkTokenShape / readInput', () => {
  it('never echoes the token', () => {
    for (const value of ['se cret-value', 'secret-value\n', 'Bearer secret-value', 'secret\u200bvalue']) {
      try {
        checkTokenShape('refresh-token', value);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        const { message, fix } = error as InputError;
        expect(`${message}${fix}`).not.toMatch(/secret-?value|cret/);
      }
    }
    expect(checkTokenShape('refresh-token', '0.AXk-_*!$.x')).toBe('0.AXk-_*!$.x');
  });
  it.each([
    ['"0.QZX9-tok"', /quote characters/, /Remove the quotes/],
    ["'0.QZX9-tok'", /quote characters/, /Remove the quotes/],
    ['\u201c0.QZX9-tok\u201d', /quote characters/, /Remove the quotes/],
    ['0.QZX9-t\u00f6k', /outside printable ASCII/, /plain text/],
  ])('refuses %j, naming the input and saying what to remove, without echoing it', (value, message, fix) => {
    let refused: unknown;
    try {
      checkTokenShape('access-token', value);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(InputError);
    const error = refused as InputError;
    expect(error.input).toBe('access-token');
    expect(error.message).toMatch(/^Input `access-token` /);
    expect(error.message).toMatch(message);
    expect(error.fix).toMatch(fix);
    expect(`${error.message}${error.fix}`).not.toMatch(/QZX9/);
  });
  it('reads blank as absent, trims unless asked not to', () => {
    const read = (name: string): string | undefined => ({ a: '  ', b: ' x ' })[name];
    expect(readInput(read, 'a')).toBeUndefined();
    expect(readInput(read, 'missing')).toBeUndefined();
    expect(readInput(read, 'b')).toBe('x');
    expect(readInput(read, 'b', true)).toBe(' x ');
  });
});
