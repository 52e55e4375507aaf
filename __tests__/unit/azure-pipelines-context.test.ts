import { organizationFromCollectionUri, runContextFrom } from '../../src/hosts/azure-pipelines/context';
import { taskName } from '../../src/hosts/azure-pipelines/names';

describe('the organization of System.CollectionUri', () => {
  test.each([
    ['https://dev.azure.com/fabrikam/', 'fabrikam'],
    ['https://dev.azure.com/fabrikam', 'fabrikam'],
    ['https://fabrikam.visualstudio.com/', 'fabrikam'],
    ['https://FABRIKAM.visualstudio.com', 'fabrikam'],
  ])('%s -> %s', (uri, organization) => {
    expect(organizationFromCollectionUri(uri)).toBe(organization);
  });

  test.each([
    // Sovereign clouds and the emulator: the core resolves these against the azureDevOpsUrl input.
    'https://127.0.0.1:8443/contoso/',
    // Azure DevOps Server: the core reports it as an organization it cannot use.
    'https://tfs.fabrikam.local/tfs/DefaultCollection/',
    // Not Azure DevOps Services unless it is HTTPS.
    'http://dev.azure.com/fabrikam/',
  ])('%s is handed to the core as it is', (uri) => {
    expect(organizationFromCollectionUri(uri)).toBe(uri);
  });

  test('nothing when the variable is missing or blank', () => {
    expect(organizationFromCollectionUri(undefined)).toBeUndefined();
    expect(organizationFromCollectionUri('  ')).toBeUndefined();
  });
});

describe('run context', () => {
  test('falls back to the legacy collection variable, Agent.JobName and release variables', () => {
    const variables: Record<string, string> = {
      'System.TeamFoundationCollectionUri': 'https://dev.azure.com/contoso/',
      'Release.DefinitionName': 'deploy',
      'Release.ReleaseId': '17',
      'Agent.JobName': 'Agent job 1',
    };
    expect(runContextFrom((name) => variables[name])).toEqual({
      source: 'deploy',
      runId: '17',
      attempt: undefined,
      job: 'Agent job 1',
      organization: 'contoso',
    });
  });

  test('is empty outside a pipeline', () => {
    expect(runContextFrom(() => undefined)).toEqual({
      source: undefined,
      runId: undefined,
      attempt: undefined,
      job: undefined,
      organization: undefined,
    });
  });
});

test('task input names are the camelCase of the core names', () => {
  expect(taskName('refresh-token')).toBe('refreshToken');
  expect(taskName('display-name')).toBe('displayName');
  expect(taskName('azure-devops-url')).toBe('azureDevOpsUrl');
  expect(taskName('scopes')).toBe('scopes');
});
