/**
 * Credentials go only to Microsoft's hosts of each service, or to loopback, unless `allow-custom-endpoints`
 * is on; a refusal names the input and the host and never echoes user info or a query.
 */
import { ActionableError, describeError, InputError } from '../../src/core/errors';
import { parseEndpointUrl, parseEndpoints } from '../../src/core/inputs/endpoints';
import type { EndpointInput } from '../../src/core/inputs/endpoint-hosts';
import { parseSettings } from '../../src/core/inputs/settings';
import { checkSavedTarget } from '../../src/core/steps/revoke';
import { withTaskInputNames } from '../../src/hosts/azure-pipelines/names';
import { withFlagNames } from '../../src/hosts/cli/host';

const CLIENT = '11111111-2222-3333-4444-555555555555';
const base: Record<string, string> = {
  organization: 'contoso',
  scopes: 'vso.code',
  'refresh-token': 'refresh-token-value',
  'client-id': CLIENT,
};
const keyVault: Record<string, string> = {
  organization: 'contoso',
  scopes: 'vso.code',
  'key-vault-secret': 'bot',
  'client-id': CLIENT,
  'azure-client-id': CLIENT,
  'azure-tenant-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
};

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('accepted');
}

describe('Microsoft hosts and loopback pass without the opt-in', () => {
  it.each<[EndpointInput, string]>([
    ['authority-host', 'https://login.microsoftonline.com'],
    ['authority-host', 'https://login.microsoftonline.us'],
    ['authority-host', 'https://login.usgovcloudapi.net'],
    ['authority-host', 'https://login.chinacloudapi.cn'],
    ['authority-host', 'https://login.partner.microsoftonline.cn'],
    ['authority-host', 'https://login.windows.net'],
    ['vssps-url', 'https://vssps.dev.azure.com'],
    ['vssps-url', 'https://app.vssps.visualstudio.com'],
    ['vssps-url', 'https://Contoso-2.vssps.visualstudio.com'],
    ['azure-devops-url', 'https://dev.azure.com'],
    ['azure-devops-url', 'https://contoso.visualstudio.com'],
    ['key-vault-url', 'https://bot-vault.vault.azure.net'],
    ['key-vault-url', 'https://bot-vault.vault.usgovcloudapi.net'],
    ['key-vault-url', 'https://bot-vault.vault.azure.cn'],
    ['vssps-url', 'https://127.0.0.1:8443'],
    ['authority-host', 'http://localhost:9000'],
    ['key-vault-url', 'https://[::1]:8443/keyvault'],
  ])('%s %s', (input, url) => {
    expect(parseEndpointUrl(input, url)).toBe(new URL(url).href.replace(/\/$/, ''));
  });
});

describe('any other host is refused with endpoint_not_allowed, naming the input, the host and the opt-in', () => {
  it.each<[EndpointInput, string]>([
    ['authority-host', 'https://login.attacker.example'],
    ['authority-host', 'https://login.microsoftonline.com.attacker.example'],
    ['authority-host', 'https://login.microsoftonline.de'], // Azure Germany, closed
    ['authority-host', 'https://dev.azure.com'], // another service's host
    ['vssps-url', 'https://vssps.dev.azure.com.attacker.example'],
    ['vssps-url', 'https://attackervssps.dev.azure.com'],
    ['vssps-url', 'https://a.b.visualstudio.com'],
    ['vssps-url', 'https://login.microsoftonline.com'],
    ['azure-devops-url', 'https://dev.azure.us'], // no Microsoft-documented sovereign Azure DevOps
    ['azure-devops-url', 'https://tfs.corp.example/tfs'],
    ['key-vault-url', 'https://vault.azure.net'],
    ['key-vault-url', 'https://a.b.vault.azure.net'],
    ['key-vault-url', 'https://bot.vault.azure.net.attacker.example'],
    ['key-vault-url', 'https://bot.managedhsm.azure.net'], // keys only: no secret to read
    ['key-vault-url', 'https://10.0.0.1'],
  ])('%s %s', (input, url) => {
    const error = refusal(() => parseEndpointUrl(input, url));
    const host = new URL(url).hostname;
    expect(error.input).toBe(input);
    expect(error.code).toBe('endpoint_not_allowed');
    expect(error.message).toContain(`Input \`${input}\` names "${host}"`);
    expect(error.fix).toContain('turn on `allow-custom-endpoints`');
    // The opt-in lets it through.
    expect(parseEndpointUrl(input, url, true)).toBe(new URL(url).href.replace(/\/$/, ''));
  });

  it('each platform spells the opt-in its own way', () => {
    const text = describeError(
      refusal(() => parseEndpointUrl('vssps-url', 'https://ado.corp.example')),
      'github',
    );
    expect(withTaskInputNames(text)).toContain('Input `vsspsUrl` names "ado.corp.example"');
    expect(withTaskInputNames(text)).toContain('turn on `allowCustomEndpoints`');
    expect(withFlagNames(text)).toContain('Input `--vssps-url` names "ado.corp.example"');
    expect(withFlagNames(text)).toContain('turn on `--allow-custom-endpoints`');
  });
});

describe('the opt-in input', () => {
  it.each(['authority-host', 'vssps-url', 'azure-devops-url'])('governs %s in parseSettings', (input) => {
    const inputs: Record<string, string> = { ...base, [input]: 'https://custom.corp.example' };
    const error = refusal(() => parseSettings((name) => inputs[name]));
    expect([error.input, error.code]).toEqual([input, 'endpoint_not_allowed']);
    const allowed: Record<string, string> = { ...inputs, 'allow-custom-endpoints': 'true' };
    const { warnings } = parseSettings((name) => allowed[name]);
    expect(warnings).toEqual([
      `Input \`${input}\` names "custom.corp.example", a host outside Microsoft's clouds, allowed by ` +
        "`allow-custom-endpoints`: the bot user's credential and tokens are sent there.",
    ]);
  });

  it('governs key-vault-url, and warns about it', () => {
    const inputs: Record<string, string> = { ...keyVault, 'key-vault-url': 'https://vault.corp.example' };
    const error = refusal(() => parseSettings((name) => inputs[name]));
    expect([error.input, error.code]).toEqual(['key-vault-url', 'endpoint_not_allowed']);
    const allowed: Record<string, string> = { ...inputs, 'allow-custom-endpoints': 'TRUE' };
    const { settings, warnings } = parseSettings((name) => allowed[name]);
    expect(settings.credential).toMatchObject({ keyVaultUrl: 'https://vault.corp.example' });
    expect(warnings).toEqual([expect.stringMatching(/^Input `key-vault-url` names "vault\.corp\.example"/)]);
  });

  it('warns about nothing for Microsoft hosts and loopback, even when on', () => {
    const inputs: Record<string, string> = {
      ...keyVault,
      'key-vault-url': 'https://bot.vault.azure.net',
      'authority-host': 'https://login.microsoftonline.us',
      'vssps-url': 'https://127.0.0.1:8443',
      'allow-custom-endpoints': 'true',
    };
    expect(parseSettings((name) => inputs[name]).warnings).toEqual([]);
  });

  it('must be a boolean', () => {
    const read = (name: string) => (name === 'allow-custom-endpoints' ? 'yes' : base[name]);
    expect(refusal(() => parseSettings(read)).input).toBe('allow-custom-endpoints');
  });
});

describe('a refused URL never shows its user info or query', () => {
  it.each([
    ['https://bot:hunter2pw@login.attacker.example/t?sig=qsecret1', 'https://***@login.attacker.example/t?…'],
    ['https://bot:hunter2pw@dev.azure.com/x', 'https://***@dev.azure.com/x'],
    ['https://dev.azure.com/?api-version=1&sig=qsecret1', 'https://dev.azure.com/?…'],
    ['https://dev.azure.com/#sig=qsecret1', 'https://dev.azure.com/?…'],
    ['bot:hunter2pw@dev.azure.com', '***@dev.azure.com'],
    ['http://bot:hunter2pw@evil.example', 'http://***@evil.example'],
    ['https://bot:hunter2pw@dev.azure.com\\@evil.example', 'https://***@evil.example'],
    ['https://dev.azure.com/a b?sig=qsecret1', 'https://dev.azure.com/a b?…'],
  ])('%j', (raw, shown) => {
    const error = refusal(() => parseEndpointUrl('vssps-url', raw));
    const text = `${error.message} ${error.fix}`;
    expect(text).toContain(`"${shown}"`);
    expect(text).not.toMatch(/hunter2pw|qsecret1|bot:/);
  });
});

describe('revocation sends the credential only where the inputs may point', () => {
  const custom = {
    authorityHost: 'https://login.corp.example',
    vsspsUrl: 'https://vssps.dev.azure.com',
    azureDevOpsUrl: 'https://dev.azure.com',
  };
  const saved = { organization: 'contoso', endpoints: custom };

  it('a saved custom endpoint needs the opt-in at revoke time too', () => {
    const inputs: Record<string, string> = { 'authority-host': custom.authorityHost };
    let error: unknown;
    try {
      checkSavedTarget((name) => inputs[name], saved);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ActionableError);
    expect((error as ActionableError).code).toBe('endpoint_not_allowed');
    inputs['allow-custom-endpoints'] = 'true';
    expect(() => checkSavedTarget((name) => inputs[name], saved)).not.toThrow();
  });

  it('parseEndpoints applies the same rule', () => {
    const inputs: Record<string, string> = { 'vssps-url': 'https://vssps.corp.example' };
    expect(refusal(() => parseEndpoints((name) => inputs[name])).code).toBe('endpoint_not_allowed');
  });
});
