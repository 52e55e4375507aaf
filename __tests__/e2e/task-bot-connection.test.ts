/**
 * The built task with the bot service connection (the extension's EphemeralPatBot endpoint type): the refresh
 * token, client id, tenant id and organization come only from the connection, as the agent hands it over
 * (ENDPOINT_URL_<id>, ENDPOINT_AUTH_PARAMETER_<id>_<KEY>); main mints, the post-job step revokes.
 */
import {
  contributedServiceConnection,
  findLeaks,
  runTaskStep,
  taskVariablesOf,
  type TaskStepOptions,
  type TaskStepRun,
} from '../../scripts/harness/azure-pipelines-agent';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator';

const CONNECTION_ID = 'b0b0b0b0-0000-4000-8000-0000000000b2';

let emu: TestEmulator;
beforeAll(async () => {
  // Main and post-job both redeem the refresh token the connection holds (Entra keeps old ones valid).
  emu = await startTestEmulator({ entra: { refreshTokenReuse: 'allow' } });
});
afterAll(async () => emu.close());

function job(inputs: Record<string, string> = {}): TaskStepOptions {
  const { emulator } = emu;
  return {
    inputs: {
      scopes: 'vso.code',
      botConnection: CONNECTION_ID,
      authorityHost: emulator.authorityHost,
      vsspsUrl: emulator.vsspsUrl,
      azureDevOpsUrl: emulator.azureDevOpsUrl,
      ...inputs,
    },
    // Another organization than the connection's: the connection's URL must be the one used.
    variables: { 'System.CollectionUri': `${emulator.azureDevOpsUrl}/some-other-org/` },
    serviceConnections: [
      contributedServiceConnection('EphemeralPatBot', {
        id: CONNECTION_ID,
        url: `${emulator.azureDevOpsUrl}/${emulator.organization}/`,
        parameters: {
          apitoken: emulator.bot.refreshToken,
          clientid: emulator.bot.clientId,
          tenantid: emulator.tenantId,
        },
      }),
    ],
  };
}

describe('a job whose bot credential is a service connection', () => {
  let main: TaskStepRun;
  let post: TaskStepRun;

  beforeAll(async () => {
    await emu.reset();
    main = await runTaskStep('main', job());
    post = await runTaskStep('post', { ...job(), taskVariables: taskVariablesOf(main) });
  });

  test('mints in the connection organization and revokes in the post-job step', async () => {
    expect(main.errors).toEqual([]);
    expect(main.warnings).toEqual([]);
    expect(main.exitCode).toBe(0);
    expect(main.variables.token?.value).toHaveLength(84);
    expect(main.plainLines.join('\n')).toContain(`Minting a PAT in ${emu.emulator.organization} `);
    expect(post.errors).toEqual([]);
    expect(post.warnings).toEqual([]);
    const pats = await emu.pats();
    expect(pats.map((pat) => [pat.authorizationId, pat.status])).toEqual([
      [main.variables.authorizationId?.value, 'revoked'],
    ]);
  });

  test('the refresh token is masked in both steps before anything is printed, and never leaks', () => {
    const refreshToken = emu.emulator.bot.refreshToken;
    for (const run of [main, post]) {
      const first = run.commands.findIndex((command) => command.name === 'task.setsecret');
      expect(run.commands[first]?.data).toBe(refreshToken);
      // Nothing reached the log before the first secret was registered.
      expect(run.stdout.slice(0, run.stdout.indexOf('##vso[task.setsecret'))).toBe('');
      expect(findLeaks(run, [refreshToken, main.variables.token?.value ?? ''])).toEqual([]);
    }
  });
});

test('refresh-token inputs given as well are ignored with a warning: the connection wins', async () => {
  await emu.reset();
  const main = await runTaskStep('main', job({ refreshToken: 'not-the-bot-refresh-token-0123456789' }));
  expect(main.errors).toEqual([]);
  expect(main.variables.token?.value).toHaveLength(84);
  expect(main.warnings).toEqual([
    'Ignoring `refreshToken`: the botConnection service connection gives the refresh token, client id and tenant id.',
  ]);
});
