/** The Azure Pipelines adapter, read back the way the agent reads its environment and its output. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { outputLines, parseCommandLine } from '../../scripts/harness/azure-pipelines-agent';
import { ActionableError } from '../../src/core/errors';
import { HttpClient } from '../../src/core/net/http';
import { mainStep } from '../../src/core/steps/main';
import { runStep } from '../../src/core/steps/run';
import { AzurePipelinesHost } from '../../src/hosts/azure-pipelines/host';
import { AgentEnvironment } from '../../src/hosts/azure-pipelines/environment';
import { StubServer } from '../helpers/stub-server';

const CONNECTION = 'c0c0c0c0-0000-4000-8000-0000000000a1';

type Env = Record<string, string | undefined>;

function hostWith(env: Env = {}) {
  let stdout = '';
  const host = new AzurePipelinesHost(new AgentEnvironment(env), {
    write: (text) => (stdout += text),
  });
  const commands = () =>
    outputLines(stdout)
      .map(parseCommandLine)
      .filter((command) => command !== undefined)
      .map(({ name, properties, data }) => ({ name, properties, data }));
  return { host, env, commands, stdout: () => stdout };
}

describe('inputs', () => {
  test('reads the camelCase task input for each kebab-case name; empty means not given', () => {
    const { host } = hostWith({
      INPUT_REFRESHTOKEN: 'rt',
      INPUT_DISPLAYNAME: 'nightly',
      INPUT_EXPORTVARIABLE: '  ',
    });
    expect(host.getInput('refresh-token')).toBe('rt');
    expect(host.getInput('display-name')).toBe('nightly');
    expect(host.getInput('export-variable')).toBeUndefined();
    expect(host.getInput('scopes')).toBeUndefined();
  });

  test('keeps surrounding whitespace (the core decides what to trim)', () => {
    const { host } = hostWith({ INPUT_PASSWORD: ' pass word ' });
    expect(host.getInput('password')).toBe(' pass word ');
  });

  test('reading inputs prints nothing, secret or not', () => {
    const { host, stdout } = hostWith({ INPUT_REFRESHTOKEN: 'rt-secret', INPUT_SCOPES: 'vso.code' });
    host.getInput('refresh-token');
    host.getInput('scopes');
    expect(stdout()).toBe('');
  });

  test('moves inputs, secrets, service connections and task variables out of the environment', () => {
    const env: Env = {
      INPUT_REFRESHTOKEN: 'rt',
      SECRET_MY_SECRET: 's',
      ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: 'system-token',
      VSTS_TASKVARIABLE_AUTHORIZATIONID: 'id',
      COMMAND_CORRELATION_ID: 'corr',
      SYSTEM_TEAMPROJECT: 'Fabrikam',
      PATH: '/usr/bin',
    };
    const { host } = hostWith(env);
    expect(Object.keys(env).sort()).toEqual(['PATH', 'SYSTEM_TEAMPROJECT']);
    expect(host.getInput('refresh-token')).toBe('rt');
    expect(host.getState('AuthorizationId')).toBe('id');
  });

  test('takes the job identity from the azureSubscription service connection, in any case', () => {
    const { host } = hostWith({
      INPUT_AZURESUBSCRIPTION: CONNECTION,
      [`ENDPOINT_AUTH_PARAMETER_${CONNECTION.toUpperCase()}_SERVICEPRINCIPALID`]: 'sp-client-id',
      [`ENDPOINT_AUTH_PARAMETER_${CONNECTION}_TENANTID`]: 'sp-tenant',
    });
    expect(host.getInput('azure-client-id')).toBe('sp-client-id');
    expect(host.getInput('azure-tenant-id')).toBe('sp-tenant');
  });

  test('has no job identity without a service connection, even if an input of that name were set', () => {
    const { host } = hostWith({ INPUT_AZURECLIENTID: 'ignored', INPUT_AZURETENANTID: 'ignored' });
    expect(host.getInput('azure-client-id')).toBeUndefined();
    expect(host.getInput('azure-tenant-id')).toBeUndefined();
  });
});

describe('the credential source pick list', () => {
  test('`auto`, its default, leaves the source to be inferred; a named source is passed on', () => {
    expect(hostWith({ INPUT_AUTH: 'auto' }).host.getInput('auth')).toBeUndefined();
    expect(hostWith({ INPUT_AUTH: ' AUTO ' }).host.getInput('auth')).toBeUndefined();
    expect(hostWith({ INPUT_AUTH: 'key-vault' }).host.getInput('auth')).toBe('key-vault');
    expect(hostWith({}).host.getInput('auth')).toBeUndefined();
  });
});

describe('the bot service connection', () => {
  const BOT = 'b0b0b0b0-0000-4000-8000-0000000000b2';
  const botEnv = (extra: Env = {}): Env => ({
    INPUT_BOTCONNECTION: BOT,
    [`ENDPOINT_URL_${BOT}`]: 'https://dev.azure.com/fabrikam/',
    [`ENDPOINT_AUTH_${BOT}`]: JSON.stringify({ scheme: 'Token', parameters: {} }),
    [`ENDPOINT_AUTH_SCHEME_${BOT}`]: 'Token',
    [`ENDPOINT_AUTH_PARAMETER_${BOT}_APITOKEN`]: 'rt-from-connection',
    [`ENDPOINT_AUTH_PARAMETER_${BOT}_CLIENTID`]: 'client-from-connection',
    [`ENDPOINT_AUTH_PARAMETER_${BOT}_TENANTID`]: 'tenant-from-connection',
    ...extra,
  });

  test('gives the refresh token, client id and tenant id, and its URL as the organization', () => {
    const { host } = hostWith(botEnv());
    expect(host.getInput('refresh-token')).toBe('rt-from-connection');
    expect(host.getInput('client-id')).toBe('client-from-connection');
    expect(host.getInput('tenant-id')).toBe('tenant-from-connection');
    expect(host.getInput('organization')).toBe('https://dev.azure.com/fabrikam/');
    // Everything else still comes from the task's own inputs.
    expect(host.getInput('access-token')).toBeUndefined();
  });

  test('an organization input wins over the connection URL', () => {
    const { host } = hostWith(botEnv({ INPUT_ORGANIZATION: 'contoso' }));
    expect(host.getInput('organization')).toBe('contoso');
  });

  test('an empty tenant id in the connection means none given (the core then uses organizations)', () => {
    const { host } = hostWith(botEnv({ [`ENDPOINT_AUTH_PARAMETER_${BOT}_TENANTID`]: '' }));
    expect(host.getInput('tenant-id')).toBeUndefined();
  });

  test('overrides the same inputs given as task inputs, with one warning that names them only', () => {
    const { host, commands, stdout } = hostWith(
      botEnv({ INPUT_REFRESHTOKEN: 'rt-from-input', INPUT_TENANTID: 'tenant-from-input' }),
    );
    expect(host.getInput('refresh-token')).toBe('rt-from-connection');
    expect(host.getInput('tenant-id')).toBe('tenant-from-connection');
    expect(host.getInput('client-id')).toBe('client-from-connection');
    expect(commands().filter((command) => command.name === 'task.issue')).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({ type: 'warning' }) as unknown,
        data: 'Ignoring `refreshToken`, `tenantId`: the botConnection service connection gives the refresh token, client id and tenant id.',
      }),
    ]);
    expect(stdout()).not.toContain('rt-from');
  });

  test('names all three overridden task inputs, not the connection, when each was given', () => {
    const { host, commands } = hostWith(
      botEnv({ INPUT_REFRESHTOKEN: 'rt-from-input', INPUT_CLIENTID: 'c', INPUT_TENANTID: 't' }),
    );
    host.getInput('refresh-token');
    expect(commands().map((command) => command.data)).toEqual([
      'Ignoring `refreshToken`, `clientId`, `tenantId`: the botConnection service connection gives the refresh token, client id and tenant id.',
    ]);
  });

  test('with tokenType entra the refusal of the three values it gives names botConnection', async () => {
    const { host, commands } = hostWith(
      botEnv({ INPUT_TOKENTYPE: 'entra', INPUT_SCOPES: '', INPUT_LIFETIME: '1h' }),
    );
    await runStep(host, () => mainStep(host));
    const error = commands().find((command) => command.properties.type === 'error');
    expect(error?.data).toMatch(/^Only for `tokenType` pat: `botConnection`\. /);
    expect(error?.data).not.toMatch(/refreshToken|clientId|tenantId/);
    expect(error?.data).toContain('[code: pat_only_input]');
  });

  test('its secrets leave the environment of child processes; its URL, not a secret, stays', () => {
    const env = botEnv();
    hostWith(env);
    expect(Object.keys(env).filter((name) => name.startsWith('ENDPOINT_AUTH'))).toEqual([]);
    expect(env[`ENDPOINT_URL_${BOT}`]).toBe('https://dev.azure.com/fabrikam/');
  });

  test('without the input, a connection in the environment is not used', () => {
    const env = botEnv({ INPUT_REFRESHTOKEN: 'rt-from-input' });
    delete env.INPUT_BOTCONNECTION;
    const { host } = hostWith(env);
    expect(host.getInput('refresh-token')).toBe('rt-from-input');
    expect(host.getInput('organization')).toBeUndefined();
  });
});

describe('variables', () => {
  test('a public variable from the environment; a secret one from SECRET_ when the agent lists it', () => {
    const env: Env = {
      AGENT_TEMPDIRECTORY: '/agent/_temp',
      SECRET_MY_TOKEN: 'hidden',
      MY_TOKEN: 'a public lookalike',
      VSTS_SECRET_VARIABLES: '["my.token"]',
      VSTS_PUBLIC_VARIABLES: '["Agent.TempDirectory"]',
    };
    const agent = new AgentEnvironment(env);
    expect(agent.variable('Agent.TempDirectory')).toBe('/agent/_temp');
    expect(agent.variable('my.token')).toBe('hidden');
    expect(env.VSTS_SECRET_VARIABLES).toBeUndefined();
  });

  test('a variable the agent lists as public is read from the environment, not SECRET_', () => {
    const agent = new AgentEnvironment({
      SECRET_FLAG: 'stale',
      FLAG: 'public',
      VSTS_PUBLIC_VARIABLES: '["flag"]',
    });
    expect(agent.variable('flag')).toBe('public');
  });

  test('malformed variable lists count as empty', () => {
    const agent = new AgentEnvironment({ VSTS_SECRET_VARIABLES: '{not json', X: '1' });
    expect(agent.variable('x')).toBe('1');
  });
});

describe('secrets, outputs, state and variables', () => {
  test('registers each non-empty single-line secret; skips multi-line ones the agent would refuse', () => {
    const { host, commands } = hostWith();
    host.setSecret('one-secret');
    host.setSecret('');
    host.setSecret('line one\nline two');
    expect(commands()).toEqual([{ name: 'task.setsecret', properties: {}, data: 'one-secret' }]);
  });

  test('outputs are output variables under camelCase names, secret when the core says so', () => {
    const { host, commands } = hostWith();
    host.setOutput('token', 'pat', { secret: true });
    host.setOutput('authorization-id', 'id', { secret: false });
    expect(commands()).toEqual([
      {
        name: 'task.setvariable',
        properties: { variable: 'token', isoutput: 'true', issecret: 'true' },
        data: 'pat',
      },
      {
        name: 'task.setvariable',
        properties: { variable: 'authorizationId', isoutput: 'true', issecret: 'false' },
        data: 'id',
      },
    ]);
  });

  test('state goes out as non-secret task variables and comes back from VSTS_TASKVARIABLE_*', () => {
    const { host, commands } = hostWith({ VSTS_TASKVARIABLE_AUTHORIZATIONID: ' abc ' });
    host.saveState('displayName', 'nightly [1a2b3c4d]');
    expect(commands()).toEqual([
      {
        name: 'task.settaskvariable',
        properties: { variable: 'displayName', issecret: 'false' },
        data: 'nightly [1a2b3c4d]',
      },
    ]);
    expect(host.getState('authorizationId')).toBe('abc');
    expect(host.getState('displayName')).toBeUndefined();
  });

  test('exported variables are job variables, not outputs, and print nothing else', () => {
    const { host, commands, stdout } = hostWith();
    host.exportVariable('GIT_CONFIG_COUNT', '1', { secret: false });
    host.exportVariable('AZURE_DEVOPS_EXT_PAT', 'pat', { secret: true });
    expect(commands()).toEqual([
      {
        name: 'task.setvariable',
        properties: { variable: 'GIT_CONFIG_COUNT', isoutput: 'false', issecret: 'false' },
        data: '1',
      },
      {
        name: 'task.setvariable',
        properties: { variable: 'AZURE_DEVOPS_EXT_PAT', isoutput: 'false', issecret: 'true' },
        data: 'pat',
      },
    ]);
    expect(outputLines(stdout())).toHaveLength(2);
  });
});

describe('logging and results', () => {
  const hostile = 'org said: ##vso[task.setvariable variable=PATH]/tmp/evil';

  test('info, warning and debug can never issue a logging command', () => {
    const { host, commands, stdout } = hostWith();
    host.info(hostile);
    host.warning(hostile);
    host.debug(hostile);
    expect(commands().map((command) => command.name)).toEqual(['task.issue', 'task.debug']);
    const lines = outputLines(stdout());
    expect(lines).toHaveLength(3);
    expect(lines[0]).not.toContain('##vso[');
    for (const command of commands()) {
      expect(command.data).not.toContain('##vso[');
      expect(command.data).toContain('task.setvariable');
    }
  });

  test('issues carry the agent correlation id, so the agent trusts them as the task own', () => {
    const { host, commands } = hostWith({ COMMAND_CORRELATION_ID: 'corr-42' });
    host.warning('careful');
    expect(commands()).toEqual([
      {
        name: 'task.issue',
        properties: { type: 'warning', source: 'TaskInternal', correlationid: 'corr-42' },
        data: 'careful',
      },
    ]);
  });

  test('debug lines are left out when the agent asks for that and the run is not a debug run', () => {
    const knob = { DISTRIBUTEDTASK_TASKS_NODE_SKIPDEBUGLOGSWHENDEBUGMODEOFF: 'true' };
    const quiet = hostWith(knob);
    quiet.host.debug('detail');
    expect(quiet.stdout()).toBe('');
    const debugRun = hostWith({ ...knob, SYSTEM_DEBUG: 'True' });
    debugRun.host.debug('detail');
    expect(debugRun.commands()).toEqual([{ name: 'task.debug', properties: {}, data: 'detail' }]);
  });

  test('setFailed reports an error issue, fails the task and sets a non-zero exit code', () => {
    const { host, commands } = hostWith();
    const before = process.exitCode;
    try {
      host.setFailed('it broke. Fix: mend it');
      expect(commands()).toEqual([
        {
          name: 'task.issue',
          properties: { type: 'error', source: 'TaskInternal' },
          data: 'it broke. Fix: mend it',
        },
        { name: 'task.complete', properties: { result: 'Failed' }, data: 'it broke. Fix: mend it' },
      ]);
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = before;
    }
  });

  test('the summary is a markdown file under Agent.TempDirectory, uploaded with the run', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'azp-unit-'));
    const { host, commands } = hostWith({ AGENT_TEMPDIRECTORY: temp });
    host.addSummary('### minted');
    const upload = commands().find((command) => command.name === 'task.uploadsummary');
    const file = upload?.data ?? '';
    expect(file.startsWith(temp)).toBe(true);
    expect(file.endsWith('.md')).toBe(true);
    expect(existsSync(file) && readFileSync(file, 'utf8')).toBe('### minted\n');
  });
});

describe('run context', () => {
  test('comes from the pipeline variables, with the organization of System.CollectionUri', () => {
    const { host } = hostWith({
      SYSTEM_TEAMPROJECT: 'Fabrikam',
      BUILD_DEFINITIONNAME: 'ci',
      BUILD_BUILDID: '812',
      SYSTEM_JOBATTEMPT: '2',
      SYSTEM_JOBDISPLAYNAME: 'Build linux',
      AGENT_JOBNAME: 'ignored',
      SYSTEM_COLLECTIONURI: 'https://dev.azure.com/fabrikam/',
    });
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
  const requestPath = '/contoso/p/_apis/distributedtask/hubs/build/plans/1/jobs/2/oidctoken';
  let stub: StubServer;
  beforeEach(async () => {
    stub = await StubServer.start();
  });
  afterEach(() => stub.close());

  // No retry waits: a refusal or failure shows at once.
  const http = () => new HttpClient({ retry: { attempts: 1 } });

  function identityHost(env: Env = { INPUT_AZURESUBSCRIPTION: CONNECTION }) {
    return hostWith({
      ...env,
      SYSTEM_OIDCREQUESTURI: `${stub.url}${requestPath}`,
      ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: 'system-access-token',
    });
  }

  test('is requested from the oidctoken endpoint with System.AccessToken, and masked', async () => {
    stub.reply({ body: { oidcToken: 'eyJ.federated.token' } });
    const { host, commands } = identityHost();
    await expect(host.getIdToken('api://AzureADTokenExchange', http())).resolves.toBe('eyJ.federated.token');
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(requestPath);
    expect(request?.query.get('api-version')).toBe('7.1');
    expect(request?.query.get('serviceConnectionId')).toBe(CONNECTION);
    expect(request?.headers.authorization).toBe('Bearer system-access-token');
    expect(request?.headers['x-tfs-fedauthredirect']).toBe('Suppress');
    const masked = commands()
      .filter((command) => command.name === 'task.setsecret')
      .map((command) => command.data);
    expect(masked).toEqual(['system-access-token', 'eyJ.federated.token']);
  });

  test('without a service connection, says which input to set and sends nothing', async () => {
    const { host } = identityHost({});
    const error = await host.getIdToken('api://AzureADTokenExchange', http()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionableError);
    expect((error as ActionableError).message).toContain('azureSubscription');
    expect(stub.requests).toHaveLength(0);
  });

  test('a refusal names the status and the service connection', async () => {
    stub.reply({ status: 401, body: { message: 'TF400813' } });
    const { host } = identityHost();
    const error = (await host
      .getIdToken('api://AzureADTokenExchange', http())
      .catch((e: unknown) => e)) as ActionableError;
    expect(error.kind).toBe('auth');
    expect(error.code).toBe('oidc_request_failed');
    expect(error.message).toContain('HTTP 401');
    expect(error.message).toContain(CONNECTION);
  });

  test('an answer without a token is a refusal too', async () => {
    stub.reply({ body: { oidcToken: '' } });
    const { host } = identityHost();
    await expect(host.getIdToken('api://AzureADTokenExchange', http())).rejects.toMatchObject({
      code: 'oidc_request_failed',
      status: 200,
    });
  });

  test('a request that may not have arrived is sent again: asking twice is harmless', async () => {
    stub.reply({ destroy: true }, { body: { oidcToken: 'eyJ.second.try' } });
    const { host } = identityHost();
    const client = new HttpClient({ retry: { attempts: 2, baseDelayMs: 1 } });
    await expect(host.getIdToken('api://AzureADTokenExchange', client)).resolves.toBe('eyJ.second.try');
    expect(stub.requests).toHaveLength(2);
  });
});

describe("the agent's proxy", () => {
  test('is read from the Agent.Proxy* variables, the password from its secret variable, and masked', () => {
    const { host, commands } = hostWith({
      AGENT_PROXYURL: 'http://proxy.corp.example:8888',
      AGENT_PROXYUSERNAME: 'builder',
      SECRET_AGENT_PROXYPASSWORD: 'proxy-secret-1',
      AGENT_PROXYBYPASSLIST: '["\\\\.vault\\\\.azure\\\\.net"]',
    });
    const resolve = host.httpProxy();
    const proxy = resolve?.(new URL('https://vssps.dev.azure.com/contoso'));
    expect(proxy?.url.host).toBe('proxy.corp.example:8888');
    expect(proxy?.authorization).toBe(`Basic ${Buffer.from('builder:proxy-secret-1').toString('base64')}`);
    expect(resolve?.(new URL('https://kv.vault.azure.net/secrets/rt'))).toBeUndefined();
    expect(commands()).toContainEqual({ name: 'task.setsecret', properties: {}, data: 'proxy-secret-1' });
  });

  test('without Agent.ProxyUrl there is none, and HTTPS_PROXY applies', () => {
    const { host, commands } = hostWith({});
    expect(host.httpProxy()).toBeUndefined();
    expect(commands()).toEqual([]);
  });
});
