import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONSUMERS } from '../../src/core/consumers/catalogue';
import type { ConsumerInput } from '../../src/core/consumers/consumer';
import { exportForConsumers } from '../../src/core/consumers/export';
import { removeConsumerFiles } from '../../src/core/consumers/files';
import { describeError } from '../../src/core/errors';
import type { Host, Platform } from '../../src/core/host';
import { parseExportFor } from '../../src/core/inputs/export-for';
import { parseFeeds } from '../../src/core/inputs/feeds';
import { maskForms } from '../../src/core/safety/secrets';

const TOKEN = 'tokentokentokentokentokentokentokentokentokentokentokentokentokentokentokenAZDOtest';
const NPM_FEED = 'https://pkgs.dev.azure.com/contoso/_packaging/tools/npm/registry/';
const NUGET_FEED = 'https://pkgs.dev.azure.com/contoso/_packaging/tools/nuget/v3/index.json';

function input(feeds: Partial<ConsumerInput['feeds']> = {}): ConsumerInput {
  return {
    token: TOKEN,
    organization: 'contoso',
    azureDevOpsUrl: 'https://dev.azure.com',
    feeds: { npm: [], nuget: [], ...feeds },
  };
}

describe('each consumer', () => {
  test('az: AZURE_DEVOPS_EXT_PAT', () => {
    expect(CONSUMERS.az.exports(input())).toEqual({
      variables: [{ name: 'AZURE_DEVOPS_EXT_PAT', value: TOKEN, secret: true }],
      files: [],
    });
  });

  test('terraform: the token and the organization URL', () => {
    expect(CONSUMERS.terraform.exports(input()).variables).toEqual([
      { name: 'AZDO_PERSONAL_ACCESS_TOKEN', value: TOKEN, secret: true },
      { name: 'AZDO_ORG_SERVICE_URL', value: 'https://dev.azure.com/contoso', secret: false },
    ]);
  });

  test('renovate: RENOVATE_TOKEN', () => {
    expect(CONSUMERS.renovate.exports(input()).variables).toEqual([
      { name: 'RENOVATE_TOKEN', value: TOKEN, secret: true },
    ]);
  });

  test('nuget: one endpoint per feed, as one line of JSON', () => {
    const [variable] = CONSUMERS.nuget.exports(input({ nuget: [NUGET_FEED, `${NUGET_FEED}2`] })).variables;
    expect(variable?.name).toBe('ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS');
    expect(variable?.secret).toBe(true);
    expect(variable?.value).not.toMatch(/\n/);
    expect(JSON.parse(variable?.value ?? '')).toEqual({
      endpointCredentials: [
        { endpoint: NUGET_FEED, username: 'ado-ephemeral-pat', password: TOKEN },
        { endpoint: `${NUGET_FEED}2`, username: 'ado-ephemeral-pat', password: TOKEN },
      ],
    });
  });

  test('npm: a user config with the base64 token for each registry path, found by NPM_CONFIG_USERCONFIG', () => {
    const { variables, files } = CONSUMERS.npm.exports(input({ npm: [NPM_FEED] }));
    expect(variables).toEqual([]);
    expect(files).toHaveLength(1);
    expect(files[0]?.pathVariable).toBe('NPM_CONFIG_USERCONFIG');
    const key = '//pkgs.dev.azure.com/contoso/_packaging/tools/npm/registry/';
    expect(files[0]?.content.split('\n').slice(1)).toEqual([
      `${key}:username=ado-ephemeral-pat`,
      `${key}:_password=${Buffer.from(TOKEN).toString('base64')}`,
      `${key}:email=npm requires email to be set but doesn't use the value`,
      '',
    ]);
  });
});

describe('export-for', () => {
  test('is split like scopes, in any case, without repeats', () => {
    expect(parseExportFor('AZ, npm\nterraform  az')).toEqual(['az', 'npm', 'terraform']);
    expect(parseExportFor(undefined)).toEqual([]);
  });

  test('refuses an unknown tool and lists the valid ones', () => {
    let error: unknown;
    try {
      parseExportFor('az maven');
    } catch (caught) {
      error = caught;
    }
    expect(describeError(error, 'github')).toMatch(
      /`export-for` names an unknown tool "maven".*az, terraform, nuget, npm, renovate, git/,
    );
  });
});

describe('feeds', () => {
  test.each([
    NPM_FEED,
    'https://pkgs.dev.azure.com/Contoso/project/_packaging/tools/npm/registry',
    'https://contoso.pkgs.visualstudio.com/_packaging/tools/npm/registry/',
    'https://127.0.0.1:8443/contoso/_packaging/tools/npm/registry/',
  ])('accepts the organization npm feed %s, with a trailing slash', (url) => {
    const { feeds } = parseFeeds(url, 'contoso', ['npm']);
    expect(feeds.npm).toHaveLength(1);
    expect(feeds.npm[0]?.endsWith('/npm/registry/')).toBe(true);
  });

  test.each([
    [
      'another organization',
      'https://pkgs.dev.azure.com/fabrikam/_packaging/tools/npm/registry/',
      /not an Azure Artifacts host/,
    ],
    [
      'another host',
      'https://registry.npmjs.org/contoso/_packaging/tools/npm/registry/',
      /not an Azure Artifacts host/,
    ],
    [
      'a look-alike host',
      'https://contoso.pkgs.visualstudio.com.evil.example/_packaging/x/npm/registry/',
      /not an Azure/,
    ],
    ['plain http', 'http://pkgs.dev.azure.com/contoso/_packaging/tools/npm/registry/', /not an https URL/],
    [
      'credentials in the URL',
      'https://u:p@pkgs.dev.azure.com/contoso/_packaging/t/npm/registry/',
      /user name or password/,
    ],
    [
      'not a feed path',
      'https://pkgs.dev.azure.com/contoso/_apis/projects',
      /neither an npm registry nor a NuGet/,
    ],
    ['not a URL', 'pkgs.dev.azure.com/contoso', /is not a URL/],
  ])('refuses %s', (_name, url, message) => {
    expect(() => parseFeeds(url, 'contoso', ['npm'])).toThrow(message);
  });

  test('npm or nuget without a feed of its kind is an error; an unused feed a warning', () => {
    expect(() => parseFeeds(NUGET_FEED, 'contoso', ['npm'])).toThrow(/lists no npm feed/);
    expect(parseFeeds(`${NPM_FEED},${NUGET_FEED}`, 'contoso', ['npm']).warnings).toEqual([
      expect.stringMatching(/lists nuget feeds, but `export-for` does not name nuget/),
    ]);
  });
});

class RecordingHost {
  readonly calls: string[] = [];
  readonly state = new Map<string, string>();
  constructor(
    readonly temp: string,
    readonly platform: Platform = 'github',
  ) {}
  setSecret(value: string) {
    this.calls.push(`mask ${value}`);
  }
  exportVariable(name: string, value: string, options: { secret: boolean }) {
    this.calls.push(`export ${name}=${value} secret=${options.secret}`);
  }
  info() {}
  warning(message: string) {
    this.calls.push(`warning ${message}`);
  }
  saveState(name: string, value: string) {
    this.state.set(name, value);
  }
  getState(name: string) {
    return this.state.get(name);
  }
  tempDir() {
    return this.temp;
  }
}

describe('the export step', () => {
  test('registers every form of a secret value before exporting it, and exports plain variables', () => {
    const recording = new RecordingHost(mkdtempSync(path.join(tmpdir(), 'consumers-')));
    const host = recording as unknown as Host;
    exportForConsumers(host, ['nuget', 'az'], input({ nuget: [NUGET_FEED] }));
    const json = CONSUMERS.nuget.exports(input({ nuget: [NUGET_FEED] })).variables[0]?.value ?? '';
    const at = (call: string) => recording.calls.findIndex((recorded) => recorded.startsWith(call));
    for (const [forms, exported] of [
      [maskForms(json), 'export ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS='],
      [maskForms(TOKEN), 'export AZURE_DEVOPS_EXT_PAT='],
    ] as const) {
      expect(at(exported)).toBeGreaterThan(0);
      for (const form of forms) {
        expect(at(`mask ${form}`)).toBeGreaterThanOrEqual(0);
        expect(at(`mask ${form}`)).toBeLessThan(at(exported));
      }
    }
    expect(
      recording.calls
        .filter((call) => call.startsWith('export'))
        .every((call) => call.endsWith('secret=false')),
    ).toBe(true);
  });

  test('writes the npm file 0600 in a 0700 directory of its own, and the post step deletes both', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'consumers-'));
    const recording = new RecordingHost(temp);
    const host = recording as unknown as Host;
    exportForConsumers(host, ['npm'], input({ npm: [NPM_FEED] }));
    const file = recording.state.get('npmrcFile') ?? '';
    expect(path.dirname(path.dirname(file))).toBe(temp);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(recording.calls).toContain(`export NPM_CONFIG_USERCONFIG=${file} secret=false`);
    removeConsumerFiles(host);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(path.dirname(file))).toBe(false);
  });

  test.each([
    ['github', 'the main step'],
    ['azure-pipelines', 'the task'],
    ['cli', '`ado-ephemeral-pat mint`'],
  ] as const)(
    'the post step on %s leaves alone a file the state names that this tool did not write',
    (platform, step) => {
      const temp = mkdtempSync(path.join(tmpdir(), 'consumers-'));
      const other = path.join(temp, 'precious');
      writeFileSync(other, 'not ours\n');
      const recording = new RecordingHost(temp, platform);
      recording.state.set('npmrcFile', other);
      removeConsumerFiles(recording as unknown as Host);
      expect(readFileSync(other, 'utf8')).toBe('not ours\n');
      expect(recording.calls).toEqual([expect.stringMatching(/^warning Left .*precious/)]);
      expect(recording.calls[0]).toContain(`it is not the npmrc file ${step} wrote.`);
    },
  );
});
