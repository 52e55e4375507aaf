/**
 * The built Azure Pipelines task (dist/task/*.js) run the way the agent runs it, against the emulator over
 * HTTPS: inputs as INPUT_*, pipeline variables, the SystemVssConnection endpoint, logging commands read back
 * from the output, task variables handed to the post-job step.
 */
import {
  invalidInputCases,
  patTokenErrorAnswer,
  persistentThrottling,
  servicePrincipalRefusal,
  signInPage,
} from '../helpers/failure-fixtures';
import { taskName } from '../../src/hosts/azure-pipelines/names';
import {
  findLeaks,
  runTaskJob,
  runTaskStep,
  taskVariablesOf,
  type TaskStepOptions,
  type TaskStepRun,
} from '../../scripts/harness/azure-pipelines-agent';
import { startTestEmulator, type EmulatorPat, type TestEmulator } from '../helpers/emulator';
import { refusingProxy } from '../helpers/refusing-proxy';

let emu: TestEmulator;
beforeAll(async () => {
  // Entra ID "doesn't revoke old refresh tokens when used to fetch new access tokens"
  // (learn.microsoft.com/entra/identity-platform/refresh-tokens): the main and the post-job step both
  // redeem the refresh token the pipeline passes them.
  emu = await startTestEmulator({ entra: { refreshTokenReuse: 'allow' } });
});
afterAll(async () => emu.close());
beforeEach(async () => {
  await emu.reset();
});

/** The emulator's inputs by their task names; the organization comes from System.CollectionUri. */
function taskInputs(extra: Record<string, string> = {}): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(emu.inputs(extra))) inputs[taskName(name)] = value;
  if (!('organization' in extra)) delete inputs.organization;
  return inputs;
}

function pipeline(extra: Record<string, string> = {}): TaskStepOptions {
  return {
    inputs: taskInputs(extra),
    variables: { 'System.CollectionUri': `${emu.emulator.azureDevOpsUrl}/${emu.emulator.organization}/` },
  };
}

const activePats = async () => (await emu.pats()).filter((pat) => pat.status === 'active');

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** base64 of the value at byte offset `shift` inside a larger blob: the characters that depend only on it. */
function shiftedBase64(value: string, shift: 1 | 2): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), Buffer.from(value)]).toString('base64');
  return encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + Buffer.byteLength(value))) / 6));
}

/** What a log could show of a secret: written out here rather than taken from the core, to check it. */
function formsOf(secret: string): string[] {
  return [
    secret,
    base64(secret),
    shiftedBase64(secret, 1),
    shiftedBase64(secret, 2),
    encodeURIComponent(secret),
  ];
}

function output(run: TaskStepRun, name: string): string {
  return run.variables[name]?.value ?? '';
}

describe('a whole job', () => {
  let main: TaskStepRun;
  let post: TaskStepRun;
  let afterMain: EmulatorPat[];
  let afterPost: EmulatorPat[];

  beforeAll(async () => {
    await emu.reset();
    const { inputs, variables } = pipeline({ scopes: 'code, vso.work_write' });
    const options = { inputs, variables: { ...variables, 'System.Debug': 'true' } };
    main = await runTaskStep('main', options);
    afterMain = await emu.pats();
    post = await runTaskStep('post', { ...options, taskVariables: taskVariablesOf(main) });
    afterPost = await emu.pats();
  });

  test('the main step succeeds and sets every output variable, secret where it must be', () => {
    expect(main.errors).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.result).not.toBe('Failed');
    const token = output(main, 'token');
    expect(token).toHaveLength(84);
    expect(token.slice(76, 80)).toBe('AZDO');
    expect(output(main, 'basicAuth')).toBe(base64(`:${token}`));
    expect(output(main, 'authorizationId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(output(main, 'scopes').split(' ').sort()).toEqual(['vso.code', 'vso.work_write']);
    // Derived from System.TeamProject/Build.DefinitionName, Build.BuildId.System.JobAttempt, System.JobDisplayName.
    expect(output(main, 'displayName')).toMatch(
      /^ado-ephemeral-pat: demo\/ci run 4242\.1 job build \[[0-9a-f]{8}\]$/,
    );
    const expiresIn = Date.parse(output(main, 'expiresAt')) - Date.now();
    expect(expiresIn).toBeGreaterThan(55 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(60 * 60_000);
    const flags = Object.fromEntries(
      Object.entries(main.variables).map(([name, v]) => [name, [v.secret, v.isOutput]]),
    );
    expect(flags).toEqual({
      token: [true, true],
      basicAuth: [true, true],
      authorizationId: [false, true],
      expiresAt: [false, true],
      scopes: [false, true],
      displayName: [false, true],
    });
  });

  test('the organization defaults to the one in System.CollectionUri', () => {
    expect(afterMain.map((pat) => pat.authorizationId)).toEqual([output(main, 'authorizationId')]);
    expect(main.plainLines.join('\n')).toContain(`Minting a PAT in ${emu.emulator.organization} `);
  });

  test('task variables hold the id, name, expiry and endpoints: no secret, none marked secret', () => {
    expect(main.taskVariables).toEqual({
      displayName: { value: output(main, 'displayName'), secret: false },
      authorizationId: { value: output(main, 'authorizationId'), secret: false },
      expiresAt: { value: output(main, 'expiresAt'), secret: false },
      organization: { value: emu.emulator.organization, secret: false },
      authorityHost: { value: emu.emulator.authorityHost, secret: false },
      vsspsUrl: { value: emu.emulator.vsspsUrl, secret: false },
      azureDevOpsUrl: { value: emu.emulator.azureDevOpsUrl, secret: false },
    });
  });

  test('task.setsecret registers the token, its basic-auth form and every encoding of both', () => {
    const token = output(main, 'token');
    const basic = output(main, 'basicAuth');
    expect(basic).toBe(base64(`:${token}`));
    for (const form of [...formsOf(token), ...formsOf(basic)]) expect(main.secrets).toContain(form);
    for (const form of formsOf(emu.emulator.bot.refreshToken)) expect(main.secrets).toContain(form);
    expect(post.secrets).toContain(emu.emulator.bot.refreshToken);
  });

  test('no secret appears in any output line or task variable, only in the commands that carry it', () => {
    const token = output(main, 'token');
    const basic = output(main, 'basicAuth');
    const secrets = [...formsOf(token), ...formsOf(basic), ...formsOf(emu.emulator.bot.refreshToken)];
    expect(main.commands.some((c) => c.name === 'task.debug')).toBe(true);
    expect(findLeaks(main, secrets)).toEqual([]);
    expect(findLeaks(post, secrets)).toEqual([]);
    const stored = Object.values(main.taskVariables)
      .map((v) => v.value)
      .join('\n');
    for (const secret of secrets) expect(stored).not.toContain(secret);
  });

  test('the summary is uploaded and describes the token without it', () => {
    expect(main.summaries).toHaveLength(1);
    expect(main.summaries[0]).toContain(output(main, 'authorizationId'));
    expect(main.summaries[0]).toContain('vso.work_write');
    expect(main.summaries[0]).not.toContain(output(main, 'token'));
  });

  test('the post-job step revokes the token', () => {
    expect(afterMain.map((pat) => pat.status)).toEqual(['active']);
    expect(post.exitCode).toBe(0);
    expect(post.result).not.toBe('Failed');
    expect(post.warnings).toEqual([]);
    expect(post.plainLines.join('\n')).toContain(`Revoked the token "${output(main, 'displayName')}"`);
    expect(afterPost.map((pat) => [pat.authorizationId, pat.status])).toEqual([
      [output(main, 'authorizationId'), 'revoked'],
    ]);
  });
});

describe('the post-job step, which the agent runs always', () => {
  test('does nothing when the main step was skipped', async () => {
    await emu.clearRequests();
    const post = await runTaskStep('post', pipeline());
    expect(post.exitCode).toBe(0);
    expect(post.result).not.toBe('Failed');
    expect(post.plainLines.join('\n')).toContain('Nothing to revoke');
    expect(await emu.requests()).toEqual([]);
  });

  test('does nothing when the main step failed before minting', async () => {
    await emu.clearRequests();
    const { main, post } = await runTaskJob(pipeline({ scopes: 'app_token' }));
    expect(main.result).toBe('Failed');
    expect(main.taskVariables).toEqual({});
    expect(post.exitCode).toBe(0);
    expect(post.result).not.toBe('Failed');
    expect(post.plainLines.join('\n')).toContain('Nothing to revoke');
    expect(await emu.requests()).toEqual([]);
  });

  test('leaves the token alone with revoke: false, and says so', async () => {
    const { main, post } = await runTaskJob(pipeline({ revoke: 'false' }));
    expect(main.exitCode).toBe(0);
    expect(post.exitCode).toBe(0);
    expect(post.plainLines.join('\n')).toContain('Not revoking');
    expect(await activePats()).toHaveLength(1);
  });

  test('revokes by name a token whose create answer never arrived', async () => {
    await emu.fault({ route: 'pats.create', action: 'drop-after', times: 3 });
    const { main, post } = await runTaskJob(pipeline());
    expect(main.result).toBe('Failed');
    expect(main.taskVariables.authorizationId).toBeUndefined();
    expect(main.taskVariables.displayName).toBeDefined();
    expect(post.exitCode).toBe(0);
    expect(post.plainLines.join('\n')).toContain('did not record the token');
    expect(await activePats()).toEqual([]);
  });

  test('warns, and does not fail the job, when revocation keeps failing', async () => {
    const main = await runTaskStep('main', pipeline());
    await emu.fault({ route: 'pats.revoke', action: 'status', status: 500, times: 0 });
    const post = await runTaskStep('post', { ...pipeline(), taskVariables: taskVariablesOf(main) });
    await emu.clearFaults();
    expect(post.exitCode).toBe(0);
    expect(post.result).not.toBe('Failed');
    expect(post.warnings).toHaveLength(1);
    expect(post.warnings[0]).toContain(output(main, 'authorizationId'));
    expect(post.warnings[0]).toContain('Revoke it by hand');
  });
});

describe('later steps', () => {
  test('exportVariable sets a secret job variable; gitCredentials sets GIT_CONFIG_* for later steps', async () => {
    const main = await runTaskStep(
      'main',
      pipeline({ 'export-variable': 'AZURE_DEVOPS_EXT_PAT', 'git-credentials': 'true' }),
    );
    expect(main.exitCode).toBe(0);
    const token = output(main, 'token');
    expect(main.variables.AZURE_DEVOPS_EXT_PAT).toEqual({ value: token, secret: true, isOutput: false });
    const { GIT_CONFIG_COUNT, GIT_CONFIG_KEY_0, GIT_CONFIG_VALUE_0 } = main.variables;
    expect(GIT_CONFIG_COUNT).toEqual({ value: '1', secret: false, isOutput: false });
    expect(GIT_CONFIG_KEY_0?.value).toBe(
      `http.${emu.emulator.azureDevOpsUrl}/${emu.emulator.organization}/.extraheader`,
    );
    expect(GIT_CONFIG_VALUE_0?.value).toBe(`AUTHORIZATION: Basic ${output(main, 'basicAuth')}`);
    // The Basic value is masked before it is set, so the agent hides it wherever it shows up.
    expect(main.secrets).toContain(output(main, 'basicAuth'));
    const gitValue = (command: { name: string; properties: Record<string, string> }) =>
      command.name === 'task.setvariable' && command.properties.variable === 'GIT_CONFIG_VALUE_0';
    expect(findLeaks(main, formsOf(token), gitValue)).toEqual([]);
  });
});

describe('failures say what went wrong and how to fix it', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'an organization that restricts PAT creation',
      patTokenErrorAnswer('disablePatCreationPolicyViolation'),
      /disablePatCreationPolicyViolation/,
    ],
    ['access denied', patTokenErrorAnswer('accessDenied'), /accessDenied/],
    ['a 401', { route: 'pats.create', action: 'status', status: 401, times: 0 }, /401/],
    ['a 403 for a service principal', servicePrincipalRefusal, /[Ss]ervice principal/],
    ['a 203 sign-in page', signInPage, /sign-in|sign in|HTML/i],
    ['persistent throttling', persistentThrottling, /429|throttl/i],
    ['a server that keeps failing', { route: 'pats.create', action: 'status', status: 500, times: 0 }, /500/],
  ];

  test.each(cases)('%s', async (_name, fault, expected) => {
    await emu.fault(fault);
    const main = await runTaskStep('main', pipeline());
    await emu.clearFaults();
    expect(main.exitCode).toBe(1);
    expect(main.result).toBe('Failed');
    expect(main.errors).toHaveLength(1);
    expect(main.errors[0]).toMatch(expected);
    expect(main.errors[0]).toContain('Fix:');
    expect(await activePats()).toEqual([]);
  });

  test('a lifespan policy that refuses the lifetime', async () => {
    await emu.policy({ maxLifespan: { enabled: true, days: 1, mode: 'reject', allowList: [] } });
    const main = await runTaskStep('main', pipeline({ lifetime: '2d' }));
    expect(main.result).toBe('Failed');
    expect(main.errors.join('\n')).toMatch(/patLifespanPolicyViolation/);
  });
});

describe('invalid inputs fail before any request', () => {
  test.each(invalidInputCases)('%s', async (_name, inputs, expected) => {
    await emu.clearRequests();
    const main = await runTaskStep('main', pipeline(inputs));
    expect(main.exitCode).toBe(1);
    expect(main.result).toBe('Failed');
    expect(main.errors).toHaveLength(1);
    expect(main.errors[0]).toMatch(expected);
    expect(main.errors[0]).toContain('Fix:');
    expect(await emu.requests()).toEqual([]);
    expect(main.taskVariables).toEqual({});
  });

  test('messages name inputs as the task spells them', async () => {
    const main = await runTaskStep('main', pipeline({ 'authority-host': 'http://login.example.com' }));
    expect(main.result).toBe('Failed');
    expect(main.errors[0]).toContain('Input `authorityHost` must use https');
    expect(main.errors[0]).not.toContain('authority-host');
  });

  test('an input left as $(NAME) names the undefined variable, before any request', async () => {
    await emu.clearRequests();
    const main = await runTaskStep('main', pipeline({ 'refresh-token': '$(ADO_BOT_REFRESH_TOKEN)' }));
    expect(main.result).toBe('Failed');
    expect(main.errors[0]).toMatch(
      /^`refreshToken` is the literal text `\$\(ADO_BOT_REFRESH_TOKEN\)`: the variable ADO_BOT_REFRESH_TOKEN is not defined \(variable group not linked, or a typo\)\. Fix: .* \[code: undefined_variable\]$/,
    );
    expect(await emu.requests()).toEqual([]);
  });

  test("a fix names the task's own settings, never the GitHub Action's", async () => {
    const main = await runTaskStep(
      'main',
      pipeline({
        'refresh-token': '',
        'key-vault-url': 'https://bot-vault.vault.azure.net',
        'key-vault-secret': 'bot-refresh-token',
      }),
    );
    expect(main.result).toBe('Failed');
    expect(main.errors[0]).toContain(
      'Fix: Set azureSubscription to an Azure Resource Manager service connection',
    );
    expect(main.errors[0]).toMatch(/\[code: invalid_input\]$/);
    expect(main.errors[0]).not.toMatch(/GitHub|id-token|workflow|`azure-client-id` \(and/);
  });

  test('no organization input and no System.CollectionUri', async () => {
    await emu.clearRequests();
    const main = await runTaskStep('main', { inputs: taskInputs() });
    expect(main.result).toBe('Failed');
    expect(main.errors[0]).toContain('Input `organization` is required');
    expect(await emu.requests()).toEqual([]);
  });

  test('the password input is masked before it is rejected', async () => {
    const main = await runTaskStep(
      'main',
      pipeline({ username: 'bot@contoso.example', password: 'hunter2-password' }),
    );
    expect(main.secrets).toContain('hunter2-password');
    expect(findLeaks(main, ['hunter2-password'])).toEqual([]);
  });
});

describe("the agent's proxy", () => {
  test('requests go through Agent.ProxyUrl with the agent proxy credentials; a refusal names the proxy', async () => {
    const proxy = await refusingProxy();
    try {
      // Loopback is never proxied, so the token request goes to a name only a proxy could resolve: a host
      // outside Microsoft's clouds, which the opt-in lets through (and names in a warning).
      const options = pipeline({
        'authority-host': 'https://login.agent-proxy.invalid',
        'allow-custom-endpoints': 'true',
      });
      const run = await runTaskStep('main', {
        ...options,
        variables: {
          ...options.variables,
          'Agent.ProxyUrl': proxy.url,
          'Agent.ProxyUsername': 'builder',
        },
        env: {
          SECRET_AGENT_PROXYPASSWORD: 'proxy-pass-e2e',
          VSTS_SECRET_VARIABLES: '["Agent.ProxyPassword"]',
        },
      });

      expect(run.exitCode).not.toBe(0);
      expect(run.warnings).toContainEqual(
        expect.stringContaining('Input `authorityHost` names "login.agent-proxy.invalid"'),
      );
      expect(proxy.connects).toEqual([
        {
          line: 'CONNECT login.agent-proxy.invalid:443 HTTP/1.1',
          authorization: `Basic ${Buffer.from('builder:proxy-pass-e2e').toString('base64')}`,
        },
      ]);
      const error = run.errors.join('\n');
      expect(error).toContain(proxy.url.replace('http://', ''));
      expect(error).toContain('407');
      expect(run.secrets).toContain('proxy-pass-e2e');
      expect(findLeaks(run, ['proxy-pass-e2e'])).toEqual([]);
      expect(await activePats()).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  test('a bypass list that is not JSON fails the step before any request, naming the agent setting', async () => {
    await emu.clearRequests();
    const options = pipeline();
    const run = await runTaskStep('main', {
      ...options,
      variables: {
        ...options.variables,
        'Agent.ProxyUrl': 'http://127.0.0.1:9',
        'Agent.ProxyBypassList': '(unclosed',
      },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.errors.join('\n')).toContain('Agent.ProxyBypassList');
    expect((await emu.requests()).filter((request) => !request.path.startsWith('/_emulator'))).toEqual([]);
  });
});
