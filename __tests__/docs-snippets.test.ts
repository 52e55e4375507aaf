/**
 * Every fenced code block of README.md, docs/*.md and examples/**.md, executed against the emulator: shell
 * blocks in bash with the built CLI on PATH, GitHub workflow blocks through the action harness, Azure
 * Pipelines blocks through the agent harness (and azure-pipelines.yml, the example pipeline). A block that
 * cannot run carries `<!-- snippet: no-run (reason) -->`; any other block of an unknown kind fails. Each run
 * must succeed, reach every Azure DevOps resource it calls, print no secret and leave no active token.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../emulator/index';
import { repoRoot } from '../scripts/harness/github-runner';
import { activePats, emulatorRequest } from './e2e/cli-harness';
import { runAzurePipelinesSnippet } from './snippets/azure-job';
import { runGithubSnippet } from './snippets/github-job';
import type { SnippetContext, SnippetRun } from './snippets/job-common';
import { logProblems } from './snippets/log-scan';
import { allSnippets, type Snippet } from './snippets/markdown';
import { substitutions } from './snippets/placeholders';
import { runShellSnippet } from './snippets/shell-snippet';
import { standInBin } from './snippets/stand-ins';

let emulator: EmulatorHandle;
let ctx: SnippetContext;

beforeAll(async () => {
  // Main and post steps both redeem the one refresh token a CI secret holds.
  emulator = await startEmulator({ config: { entra: { refreshTokenReuse: 'allow' } } });
  const bin = standInBin({
    tokenUrl: `${emulator.authorityHost}/${emulator.tenantId}/oauth2/v2.0/token`,
    caCertFile: emulator.caCertFile,
    tenantId: emulator.tenantId,
    username: emulator.bot.username,
    password: emulator.bot.password,
  });
  ctx = { emulator, table: substitutions(emulator), bin };
  await storeRefreshTokenInVault();
});

/** What `login --key-vault-url … --key-vault-secret …` does once: the bot's refresh token in the vault. */
async function storeRefreshTokenInVault(): Promise<void> {
  const { servicePrincipal, tenantId, keyVaultUrl, bot } = emulator;
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: servicePrincipal.clientId,
    client_secret: servicePrincipal.clientSecret,
    scope: 'https://vault.azure.net/.default',
  });
  const token = await emulatorRequest(emulator, 'POST', `/${tenantId}/oauth2/v2.0/token`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  const { access_token: vaultToken } = JSON.parse(token.body) as { access_token: string };
  const secretPath = `${new URL(keyVaultUrl).pathname}/secrets/${ctx.table.keyVaultSecret}?api-version=7.4`;
  const stored = await emulatorRequest(emulator, 'PUT', secretPath, {
    headers: { authorization: `Bearer ${vaultToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ value: bot.refreshToken }),
  });
  if (stored.status !== 200) throw new Error(`storing the vault secret: ${stored.status}`);
}
afterAll(() => emulator.close());

beforeEach(async () => {
  await emulatorRequest(emulator, 'DELETE', '/_emulator/requests');
});
afterEach(() => {
  // A snippet that leaves a token fails its own test; the next one starts clean.
  for (const pat of activePats(emulator)) pat.revokedAt = new Date().toISOString();
});

interface LoggedRequest {
  method: string;
  path: string;
  route: string;
  status: number;
}

/** Calls a snippet made to Azure DevOps resources (REST, git) that were refused: a token without the scope. */
async function refusedResourceCalls(): Promise<string[]> {
  const { body } = await emulatorRequest(emulator, 'GET', '/_emulator/requests');
  const { requests } = JSON.parse(body) as { requests: LoggedRequest[] };
  return requests
    .filter((r) => /^(resources|git)\./.test(r.route) && r.status >= 400)
    .map((r) => `${r.status} ${r.method} ${r.path}`);
}

async function expectWorks(run: SnippetRun): Promise<void> {
  if (!run.ok) throw new Error(`the snippet failed; its log:\n${run.log}`);
  expect(await refusedResourceCalls()).toEqual([]);
  // Least privilege: no example asks for a scope that needs a warning.
  expect(run.log).not.toContain('high-privilege scope');
  expect(logProblems(run.log, [emulator.bot.refreshToken, ...run.secrets])).toEqual([]);
  expect(activePats(emulator)).toEqual([]);
}

const RUNNERS = {
  shell: runShellSnippet,
  github: runGithubSnippet,
  'azure-pipelines': runAzurePipelinesSnippet,
} as const;

function title(snippet: Snippet): string {
  return `${snippet.file}:${snippet.line} (${snippet.kind})`;
}

const snippets = allSnippets(repoRoot);

test('the docs have snippets of every kind the runner knows', () => {
  const kinds = new Set(snippets.map((s) => s.kind));
  for (const kind of ['shell', 'github', 'azure-pipelines', 'no-run']) expect(kinds).toContain(kind);
});

describe.each(snippets.map((s) => [title(s), s] as const))('%s', (_title, snippet) => {
  if (snippet.kind === 'no-run') {
    test('is marked with a reason', () => {
      expect(snippet.noRunReason?.length).toBeGreaterThan(10);
      // A copy of an example file must stay a copy: the example is what __tests__/examples.test.ts runs.
      const copy = /\bcopy of (examples\/\S+?)[,;)]?(?:\s|$)/.exec(snippet.noRunReason ?? '');
      if (copy) expect(readFileSync(path.join(repoRoot, copy[1] ?? ''), 'utf8')).toContain(snippet.body);
    });
  } else if (snippet.kind === 'unknown') {
    test('is a kind the runner knows, or marked no-run', () => {
      throw new Error(
        `${snippet.file}:${snippet.line}: a \`${snippet.info}\` block that is neither a shell, GitHub or Azure ` +
          'Pipelines snippet: make it one, or mark it <!-- snippet: no-run (reason) -->',
      );
    });
  } else {
    const runner = RUNNERS[snippet.kind];
    test('runs against the emulator', async () => {
      await expectWorks(await runner(snippet.body, ctx));
    });
  }
});

test('azure-pipelines.yml (the example pipeline) runs through the agent', async () => {
  const pipeline = readFileSync(path.join(repoRoot, 'azure-pipelines.yml'), 'utf8');
  await expectWorks(await runAzurePipelinesSnippet(pipeline, ctx));
});

test.each(['README.md', 'docs/consumers.md'])(
  "%s's shell snippet revokes a token whose mint died midway (the trap comes first)",
  async (file) => {
    const snippet = snippets.find((s) => s.file === file && s.kind === 'shell' && / mint /.test(s.body));
    if (!snippet) throw new Error(`${file} has no shell snippet that mints`);
    const pats = () => Object.values(emulator.context.state.data.pats).length;
    const before = pats();
    // Every create is committed but its answer lost: mint fails, having recorded only the token's name.
    const fault = JSON.stringify({ route: 'pats.create', action: 'drop-after', times: 0 });
    const json = { 'content-type': 'application/json' };
    await emulatorRequest(emulator, 'POST', '/_emulator/faults', { headers: json, body: fault });
    let run: SnippetRun;
    try {
      run = await runShellSnippet(snippet.body, ctx);
    } finally {
      await emulatorRequest(emulator, 'DELETE', '/_emulator/faults');
    }
    expect(run.ok).toBe(false);
    expect(pats()).toBeGreaterThan(before);
    expect(activePats(emulator)).toEqual([]);
    expect(logProblems(run.log, run.secrets)).toEqual([]);
  },
);
