/** The Azure Pipelines adapter against a recording stand-in for azure-pipelines-task-lib. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionableError } from '../../src/core/errors';
import { AzurePipelinesHost, type TaskLib } from '../../src/hosts/azure-pipelines';

type Call = [string, ...unknown[]];

const CONNECTION = 'c0c0c0c0-0000-4000-8000-0000000000a1';

function fakeTaskLib(
  inputs: Record<string, string> = {},
  variables: Record<string, string> = {},
  endpoints: Record<string, string> = {},
) {
  const calls: Call[] = [];
  const taskVariables: Record<string, string> = {};
  let quiet = false;
  /** Every read made while task-lib's output was silenced, to prove secret reads are. */
  const quietReads: string[] = [];
  const tl: TaskLib = {
    TaskResult: {
      Succeeded: 0,
      SucceededWithIssues: 1,
      Failed: 2,
      Cancelled: 3,
      Skipped: 4,
    },
    getInput: (name) => {
      if (quiet) quietReads.push(name);
      return inputs[name];
    },
    getVariable: (name) => variables[name],
    getEndpointAuthorizationParameter: (id, key) => {
      if (quiet) quietReads.push(`${id}/${key}`);
      return endpoints[`${id}/${key.toLowerCase()}`];
    },
    setSecret: (value) => calls.push(['setSecret', value]),
    setVariable: (...args) => calls.push(['setVariable', ...args]),
    setTaskVariable: (name, value, secret) => {
      taskVariables[name] = value;
      calls.push(['setTaskVariable', name, value, secret]);
    },
    getTaskVariable: (name) => taskVariables[name],
    debug: (message) => calls.push(['debug', message]),
    warning: (message) => calls.push(['warning', message]),
    setResult: (...args: unknown[]) => calls.push(['setResult', ...args]),
    uploadSummary: (file) => calls.push(['uploadSummary', file]),
    command: (...args) => calls.push(['command', ...args]),
    setStdStream: (stream: unknown) => {
      quiet = stream !== process.stdout;
    },
  };
  return { tl, calls, quietReads };
}

function hostWith(...args: Parameters<typeof fakeTaskLib>) {
  const fake = fakeTaskLib(...args);
  const written: string[] = [];
  const host = new AzurePipelinesHost(fake.tl, { write: (text) => written.push(text) });
  return { ...fake, host, written };
}

describe('inputs', () => {
  test('reads the camelCase task input for each kebab-case name; empty means not given', () => {
    const { host } = hostWith({ refreshToken: 'rt', displayName: 'nightly', exportVariable: '  ' });
    expect(host.getInput('refresh-token')).toBe('rt');
    expect(host.getInput('display-name')).toBe('nightly');
    expect(host.getInput('export-variable')).toBeUndefined();
    expect(host.getInput('scopes')).toBeUndefined();
  });

  test('keeps surrounding whitespace (the core decides what to trim)', () => {
    const { host } = hostWith({ password: ' pass word ' });
    expect(host.getInput('password')).toBe(' pass word ');
  });

  test('reads secret inputs with task-lib silenced, so its debug line cannot print them', () => {
    const { host, quietReads } = hostWith({
      refreshToken: 'rt',
      accessToken: 'at',
      password: 'pw',
      scopes: 'vso.code',
    });
    for (const name of ['refresh-token', 'access-token', 'password', 'scopes']) host.getInput(name);
    expect(quietReads).toEqual(['refreshToken', 'accessToken', 'password']);
  });

  test('takes the job identity from the azureSubscription service connection', () => {
    const { host } = hostWith(
      { azureSubscription: CONNECTION },
      {},
      {
        [`${CONNECTION}/serviceprincipalid`]: 'sp-client-id',
        [`${CONNECTION}/tenantid`]: 'sp-tenant',
      },
    );
    expect(host.getInput('azure-client-id')).toBe('sp-client-id');
    expect(host.getInput('azure-tenant-id')).toBe('sp-tenant');
  });

  test('has no job identity without a service connection, even if an input of that name were set', () => {
    const { host } = hostWith({ azureClientId: 'ignored', azureTenantId: 'ignored' });
    expect(host.getInput('azure-client-id')).toBeUndefined();
    expect(host.getInput('azure-tenant-id')).toBeUndefined();
  });
});

describe('secrets, outputs, state and variables', () => {
  test('registers each non-empty single-line secret; skips multi-line ones the agent would refuse', () => {
    const { host, calls } = hostWith();
    host.setSecret('one-secret');
    host.setSecret('');
    host.setSecret('line one\nline two');
    expect(calls).toEqual([['setSecret', 'one-secret']]);
  });

  test('outputs are output variables under camelCase names, secret when the core says so', () => {
    const { host, calls } = hostWith();
    host.setOutput('token', 'pat', { secret: true });
    host.setOutput('authorization-id', 'id', { secret: false });
    expect(calls).toEqual([
      ['setVariable', 'token', 'pat', true, true],
      ['setVariable', 'authorizationId', 'id', false, true],
    ]);
  });

  test('state goes through non-secret task variables and comes back', () => {
    const { host, calls } = hostWith();
    host.saveState('authorizationId', 'abc');
    expect(calls).toEqual([['setTaskVariable', 'authorizationId', 'abc', false]]);
    expect(host.getState('authorizationId')).toBe('abc');
    expect(host.getState('displayName')).toBeUndefined();
  });

  test('exported variables are job variables, not outputs; plain ones are set without a debug echo', () => {
    const { host, calls } = hostWith();
    host.exportVariable('GIT_CONFIG_COUNT', '1', { secret: false });
    host.exportVariable('AZURE_DEVOPS_EXT_PAT', 'pat', { secret: true });
    expect(calls).toEqual([
      [
        'command',
        'task.setvariable',
        { variable: 'GIT_CONFIG_COUNT', isOutput: 'false', issecret: 'false' },
        '1',
      ],
      ['setVariable', 'AZURE_DEVOPS_EXT_PAT', 'pat', true, false],
    ]);
  });
});

describe('logging and results', () => {
  const hostile = 'org said: ##vso[task.setvariable variable=PATH]/tmp/evil';

  test('info, warning and debug can never issue a logging command', () => {
    const { host, calls, written } = hostWith();
    host.info(hostile);
    host.warning(hostile);
    host.debug(hostile);
    const texts = [...written, ...calls.map((call) => String(call[1]))];
    expect(texts).toHaveLength(3);
    for (const text of texts) {
      expect(text).not.toContain('##vso[');
      expect(text).toContain('task.setvariable');
    }
  });

  test('setFailed fails the task with the message and a non-zero exit code', () => {
    const { host, calls } = hostWith();
    const before = process.exitCode;
    try {
      host.setFailed('it broke. Fix: mend it');
      expect(calls).toEqual([['setResult', 2, 'it broke. Fix: mend it']]);
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = before;
    }
  });

  test('the summary is a markdown file under Agent.TempDirectory, uploaded with the run', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'azp-unit-'));
    const { host, calls } = hostWith({}, { 'Agent.TempDirectory': temp });
    host.addSummary('### minted');
    const upload = calls.find((call) => call[0] === 'uploadSummary');
    const file = String(upload?.[1]);
    expect(file.startsWith(temp)).toBe(true);
    expect(file.endsWith('.md')).toBe(true);
    expect(existsSync(file) && readFileSync(file, 'utf8')).toBe('### minted\n');
  });
});

describe('run context', () => {
  test('comes from the pipeline variables, with the organization of System.CollectionUri', () => {
    const { host } = hostWith(
      {},
      {
        'System.TeamProject': 'Fabrikam',
        'Build.DefinitionName': 'ci',
        'Build.BuildId': '812',
        'System.JobAttempt': '2',
        'System.JobDisplayName': 'Build linux',
        'Agent.JobName': 'ignored',
        'System.CollectionUri': 'https://dev.azure.com/fabrikam/',
      },
    );
    expect(host.runContext()).toEqual({
      source: 'Fabrikam/ci',
      runId: '812',
      attempt: '2',
      job: 'Build linux',
      organization: 'fabrikam',
    });
  });
});

describe('the job identity token', () => {
  const requestUri =
    'https://dev.azure.com/contoso/p/_apis/distributedtask/hubs/build/plans/1/jobs/2/oidctoken';

  function identityHost(
    fetchImpl: typeof fetch,
    inputs: Record<string, string> = { azureSubscription: CONNECTION },
  ) {
    const fake = fakeTaskLib(
      inputs,
      { 'System.OidcRequestUri': requestUri },
      {
        'SystemVssConnection/accesstoken': 'system-access-token',
      },
    );
    return { ...fake, host: new AzurePipelinesHost(fake.tl, { write: () => undefined, fetch: fetchImpl }) };
  }

  test('is requested from the oidctoken endpoint with System.AccessToken, and masked', async () => {
    const requests: { url: string; init: RequestInit | undefined }[] = [];
    const fakeFetch = ((url: URL | string, init?: RequestInit) => {
      requests.push({ url: String(url), init });
      return Promise.resolve(
        new Response(JSON.stringify({ oidcToken: 'eyJ.federated.token' }), { status: 200 }),
      );
    }) as typeof fetch;
    const { host, calls, quietReads } = identityHost(fakeFetch);
    await expect(host.getIdToken('api://AzureADTokenExchange')).resolves.toBe('eyJ.federated.token');
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]?.url ?? '');
    expect(url.origin + url.pathname).toBe(requestUri);
    expect(url.searchParams.get('api-version')).toBe('7.1');
    expect(url.searchParams.get('serviceConnectionId')).toBe(CONNECTION);
    expect(requests[0]?.init?.method).toBe('POST');
    expect((requests[0]?.init?.headers as Record<string, string>).Authorization).toBe(
      'Bearer system-access-token',
    );
    expect(calls).toContainEqual(['setSecret', 'eyJ.federated.token']);
    expect(calls).toContainEqual(['setSecret', 'system-access-token']);
    expect(quietReads).toContain('SystemVssConnection/AccessToken');
  });

  test('without a service connection, says which input to set', async () => {
    const { host } = identityHost(() => Promise.reject(new Error('no request expected')), {});
    const error = await host.getIdToken('api://AzureADTokenExchange').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionableError);
    expect((error as ActionableError).message).toContain('azureSubscription');
  });

  test('a refusal names the status and the service connection', async () => {
    const refuse = (() =>
      Promise.resolve(new Response('{"message":"TF400813"}', { status: 401 }))) as typeof fetch;
    const { host } = identityHost(refuse);
    const error = (await host
      .getIdToken('api://AzureADTokenExchange')
      .catch((e: unknown) => e)) as ActionableError;
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('HTTP 401');
    expect(error.message).toContain(CONNECTION);
  });
});
