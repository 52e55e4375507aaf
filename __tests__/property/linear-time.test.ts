/**
 * No text from a server, the runner or an input can stall a step: every exported scrubber, parser and error
 * builder that reads such text takes time linear in it, on MB-sized bodies built to make patterns backtrack.
 * A blocked event loop never handles SIGINT/SIGTERM, and then the post step never revokes.
 */
import fc from 'fast-check';
import { PatClient, decodeHtmlEntities } from '../../src/core/azure-devops/pat-client';
import {
  classifyPatResponse,
  isHtml,
  patHttpFailure,
  patTokenError,
} from '../../src/core/azure-devops/pat-errors';
import {
  buildDisplayName,
  cleanDisplayName,
  htmlEncode,
  isOwnDisplayName,
} from '../../src/core/azure-devops/display-name';
import { AzError, AzureCliCredential } from '../../src/core/credentials/azure-cli';
import type { CredentialContext } from '../../src/core/credentials/credential';
import { checkStoredRefreshToken, type KeyVaultSettings } from '../../src/core/credentials/key-vault';
import { entraBodyOf, keyVaultScope, userVaultToken } from '../../src/core/credentials/key-vault-auth';
import type { AzureIdentity } from '../../src/core/credentials/azure-identity-loader';
import { KeyVaultClient } from '../../src/core/credentials/key-vault-client';
import { entraError, findEntraRule, parseEntraErrorBody, redactSecrets } from '../../src/core/entra/errors';
import {
  assertDelegatedUserToken,
  decodeJwtUnverified,
  patScopeWarning,
  tokenExpiry,
} from '../../src/core/entra/jwt';
import { EntraClient } from '../../src/core/entra/token-client';
import { gitCredentialVariables } from '../../src/core/git/credentials';
import { parseLifetime } from '../../src/core/inputs/lifetime';
import { parseScopes } from '../../src/core/inputs/scopes';
import { parseSettings } from '../../src/core/inputs/settings';
import { INPUT_NAMES } from '../../src/core/inputs/names';
import type { HttpClient, HttpResponse } from '../../src/core/net/http';
import { stringField } from '../../src/core/net/json';
import { neutralizeCommands, quote, quoteInput, scrubSecrets } from '../../src/core/safety/log-safety';
import { maskForms } from '../../src/core/safety/secrets';
import { boundText, printableCode, serverText } from '../../src/core/safety/server-text';
import { parseAge } from '../../src/core/steps/sweep';
import { organizationFromCollectionUri, runContextFrom } from '../../src/hosts/azure-pipelines/context';
import { vsoCommand } from '../../src/hosts/azure-pipelines/commands';
import { AgentEnvironment } from '../../src/hosts/azure-pipelines/environment';
import { AzurePipelinesHost } from '../../src/hosts/azure-pipelines/host';
import { taskName, withTaskInputNames } from '../../src/hosts/azure-pipelines/names';
import { Redactor } from '../../src/hosts/cli/redactor';
import { commandLine } from '../../src/hosts/github/commands';
import { GitHubHost } from '../../src/hosts/github/host';
import { SHAPES, randomShape, superLinear, type Shape } from './linear-time';

/** Inputs (and values built from them) are trimmed and checked against short patterns: the shapes that stress those. */
const INPUT_SHAPES = SHAPES.filter((shape) =>
  [
    'a.',
    'spaces, then x',
    'tab and newline',
    '%',
    '= between letters',
    'hex run',
    'guid-like',
    'compact duration',
    'digits',
    'backticks',
    'lone surrogate',
    '::',
  ].includes(shape.name),
);

jest.setTimeout(600_000);

const none = () => undefined;

function response(status: number, body: string, headers: Record<string, string> = {}): HttpResponse {
  const lower = new Map(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  return {
    status,
    body,
    url: 'https://vssps.example/org',
    headers: { get: (name) => lower.get(name) ?? null },
  };
}

/** An HttpClient that answers every request with `answer()`. */
function answering(answer: () => HttpResponse): HttpClient {
  return { send: () => Promise.resolve(answer()), preconnect: none } as unknown as HttpClient;
}

const context = (http?: HttpClient): CredentialContext => ({
  http: http ?? answering(() => response(500, '')),
  endpoints: {
    authorityHost: 'https://login.example',
    vsspsUrl: 'https://vssps.example',
    azureDevOpsUrl: 'https://dev.example',
  },
  mask: none,
  warn: none,
  info: none,
  debug: none,
});

const vaultSettings: KeyVaultSettings = {
  source: 'key-vault',
  keyVaultUrl: 'https://vault.example',
  keyVaultSecret: 'bot-refresh-token',
  azureClientId: '5e7c1e00-0000-4000-8000-0000000000a1',
  azureTenantId: 'contoso.onmicrosoft.com',
  clientId: 'a11ce000-0000-4000-8000-0000000000c1',
  tenantId: 'contoso.onmicrosoft.com',
};

const jwtWith = (payload: Record<string, unknown>) =>
  `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2ln`;

const pats = (body: () => string, status = 200) =>
  new PatClient({
    vsspsUrl: 'https://vssps.example',
    organization: 'org',
    getAccessToken: () => Promise.resolve('access'),
    http: answering(() => response(status, body())),
  });

const vault = (status: number, body: () => string) =>
  new KeyVaultClient({
    vaultUrl: 'https://vault.example',
    http: answering(() => response(status, body())),
    getToken: () => Promise.resolve('vault-token'),
    mask: none,
    who: 'the job identity',
  });

/** An @azure/identity stand-in whose credential fails with `error`. */
function failingIdentity(error: () => Error): AzureIdentity {
  class Failing {
    getToken(): Promise<never> {
      return Promise.reject(error());
    }
  }
  return { DefaultAzureCredential: Failing } as unknown as AzureIdentity;
}

const redactor = new Redactor();
redactor.add('a-secret-value-1234');

/** A name, what to run on the text, and the shapes of text to run it on (every shape when left out). */
type Target = [string, (text: string) => unknown, (readonly Shape[])?];

const TARGETS: Target[] = [
  // Log safety
  ['scrubSecrets', (t) => scrubSecrets(t)],
  ['neutralizeCommands', (t) => neutralizeCommands(t)],
  ['quote', (t) => quote(t, 300)],
  ['quoteInput', (t) => quoteInput(t)],
  ['maskForms', (t) => maskForms(t), INPUT_SHAPES],
  ['boundText', (t) => boundText(t)],
  ['serverText', (t) => serverText(t)],
  ['printableCode', (t) => printableCode(t)],
  ['Redactor.redact', (t) => redactor.redact(t)],
  // Azure DevOps
  ['decodeHtmlEntities', (t) => decodeHtmlEntities(t)],
  ['patTokenError (value)', (t) => patTokenError(t, undefined, 'create a PAT')],
  ['patTokenError (message)', (t) => patTokenError('accessDenied', t, 'create a PAT')],
  ['isHtml', (t) => isHtml(response(200, t))],
  ['classifyPatResponse', (t) => classifyPatResponse(response(403, JSON.stringify({ message: t }))) && 0],
  ['patHttpFailure (raw body)', (t) => patHttpFailure(response(400, t), 'create a PAT')],
  [
    'patHttpFailure (JSON body, header)',
    (t) =>
      patHttpFailure(
        response(400, JSON.stringify({ message: t, typeKey: t }), { 'x-tfs-serviceerror': t }),
        'create a PAT',
      ),
  ],
  [
    'PatClient.create (error)',
    (t) =>
      pats(() => JSON.stringify({ patToken: null, patTokenError: t, patTokenErrorMessage: t })).create({
        displayName: 'x',
        scope: ['vso.code'],
        validTo: new Date(),
      }),
  ],
  [
    'PatClient.list (names)',
    (t) =>
      pats(() =>
        JSON.stringify({
          patTokens: [{ authorizationId: 'a1', validTo: '2030-01-01T00:00:00Z', displayName: t, scope: t }],
        }),
      ).list(),
  ],
  ['PatClient.revoke (raw body)', (t) => pats(() => t, 404).revoke('a1')],
  ['PatClient.list (HTML)', (t) => pats(() => t, 203).list()],
  // Display names read back from the server
  ['cleanDisplayName', (t) => cleanDisplayName(t), INPUT_SHAPES],
  ['isOwnDisplayName', (t) => isOwnDisplayName(t)],
  ['htmlEncode', (t) => htmlEncode(t), INPUT_SHAPES],
  ['buildDisplayName', (t) => buildDisplayName(t, { source: t, job: t }, '0123abcd'), INPUT_SHAPES],
  // Entra ID
  [
    'parseEntraErrorBody + findEntraRule',
    (t) => findEntraRule(parseEntraErrorBody(JSON.stringify({ error: t, error_description: t })) ?? {}),
  ],
  ['redactSecrets', (t) => redactSecrets(t, ['a-secret-value-1234'])],
  [
    'entraError',
    (t) =>
      entraError({ error: t, error_description: t, correlation_id: t }, 'redeem the refresh token', ['sent']),
  ],
  [
    'EntraClient (error body)',
    (t) =>
      new EntraClient({
        authorityHost: 'https://login.example',
        tenantId: 'contoso',
        http: answering(() =>
          response(400, JSON.stringify({ error: 'invalid_grant', error_description: t })),
        ),
      }).redeemRefreshToken({ clientId: 'c', refreshToken: 'r' }),
  ],
  [
    'EntraClient (raw body)',
    (t) =>
      new EntraClient({
        authorityHost: 'https://login.example',
        tenantId: 'contoso',
        http: answering(() => response(502, t, { 'content-type': t })),
      }).redeemRefreshToken({ clientId: 'c', refreshToken: 'r' }),
  ],
  ['decodeJwtUnverified', (t) => decodeJwtUnverified(t)],
  ['tokenExpiry', (t) => tokenExpiry(t)],
  ['assertDelegatedUserToken', (t) => assertDelegatedUserToken(jwtWith({ scp: 'x', aud: t }), 'the input')],
  ['patScopeWarning', (t) => patScopeWarning(jwtWith({ scp: t }), 'the input')],
  // Key Vault and @azure/identity
  ['entraBodyOf (message)', (t) => entraBodyOf(new Error(t))],
  ['entraBodyOf (response)', (t) => entraBodyOf({ errorResponse: { error: t, errorDescription: t } })],
  ['keyVaultScope', (t) => keyVaultScope(`https://${t}.vault.azure.net`)],
  [
    'userVaultToken (identity error)',
    (t) =>
      userVaultToken({
        authorityHost: 'https://login.example',
        vaultUrl: 'https://vault.example',
        mask: none,
        identity: failingIdentity(() => new Error(t)),
      })(),
  ],
  [
    'KeyVaultClient (JSON error)',
    (t) =>
      vault(403, () => JSON.stringify({ error: { code: t, message: t, innererror: { code: t } } })).getSecret(
        'name',
      ),
  ],
  ['KeyVaultClient (raw error)', (t) => vault(500, () => t).getSecret('name')],
  ['KeyVaultClient (bundle)', (t) => vault(200, () => JSON.stringify({ value: t, id: t })).getSecret('name')],
  ['checkStoredRefreshToken', (t) => checkStoredRefreshToken(t, vaultSettings)],
  // Azure CLI
  [
    'AzureCliCredential (stderr)',
    (t) =>
      new AzureCliCredential(context(), () =>
        Promise.reject(new AzError(Object.assign(new Error('Command failed'), { code: 1 }), t)),
      ).getAccessToken(),
  ],
  [
    'AzureCliCredential (stdout)',
    (t) =>
      new AzureCliCredential(context(), () => Promise.resolve({ stdout: t, stderr: '' })).getAccessToken(),
  ],
  // JSON fields, runner and agent text
  ['stringField', (t) => stringField(t, 'value') ?? stringField(JSON.stringify({ value: t }), 'value')],
  ['organizationFromCollectionUri', (t) => organizationFromCollectionUri(t)],
  ['runContextFrom', (t) => runContextFrom(() => t)],
  ['withTaskInputNames', (t) => withTaskInputNames(t)],
  ['taskName', (t) => taskName(t)],
  ['AgentEnvironment', (t) => new AgentEnvironment({ VSTS_SECRET_VARIABLES: t, VSTS_PUBLIC_VARIABLES: t })],
  ['vsoCommand', (t) => vsoCommand('task.setvariable', { variable: t }, t)],
  ['commandLine', (t) => commandLine('set-output', t, { name: t })],
  ['GitHubHost messages', (t) => new GitHubHost({}, none).info(t)],
  [
    'AzurePipelinesHost messages',
    (t) => new AzurePipelinesHost(new AgentEnvironment({}), { write: none }).warning(t),
  ],
  [
    'gitCredentialVariables',
    (t) => gitCredentialVariables({ GIT_CONFIG_COUNT: t }, 'https://dev.azure.com', 'org', 'basic'),
  ],
  // Inputs
  ['parseAge', (t) => parseAge('older-than', t)],
  // parseSettings stops at the first invalid input: parsers it may not reach are called directly too.
  ['parseLifetime', (t) => parseLifetime(t), INPUT_SHAPES],
  ['parseScopes', (t) => parseScopes(t), INPUT_SHAPES],
  ...[...INPUT_NAMES].map((name): Target => [
    `parseSettings (${name})`,
    (t) => parseSettings((input) => (input === name ? t : undefined), { organization: 'org' }),
    INPUT_SHAPES,
  ]),
];

describe('no text stalls a step', () => {
  // Every row has three cells: a test function with more parameters than its row would be given `done`.
  const rows = TARGETS.map(([name, run, shapes]) => [name, run, shapes ?? SHAPES] as const);
  it.each(rows)('%s runs in linear time on adversarial bodies up to 1 MB', async (_name, run, shapes) => {
    const slow: string[] = [];
    for (const body of shapes) {
      const verdict = await superLinear(run, body);
      if (verdict) slow.push(verdict);
    }
    await fc.assert(
      fc.asyncProperty(randomShape, async (body) => {
        const verdict = await superLinear(run, body);
        if (verdict) slow.push(verdict);
        return verdict === undefined;
      }),
      { numRuns: 2, endOnFailure: true },
    );
    expect(slow).toEqual([]);
  });
});
