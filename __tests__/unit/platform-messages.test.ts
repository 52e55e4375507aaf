/**
 * The same failure on each platform reads in that platform's words only: its input names, its settings and
 * its steps, never another platform's; and every failure shows its stable code.
 */
import { EventEmitter } from 'node:events';
import type { Host } from '../../src/core/host';
import { mint } from '../../src/core/steps/mint';
import { revokeMinted } from '../../src/core/steps/revoke';
import { runStep } from '../../src/core/steps/run';
import { resetInterruption } from '../../src/core/safety/signals';
import { AzurePipelinesHost } from '../../src/hosts/azure-pipelines/host';
import { AgentEnvironment } from '../../src/hosts/azure-pipelines/environment';
import { CliHost } from '../../src/hosts/cli/host';
import { MINT_INPUTS } from '../../src/cli/inputs';
import { GitHubHost } from '../../src/hosts/github/host';

/** A key-vault source without the job identity's client id: an input failure, before any request. */
const KEY_VAULT_WITHOUT_IDENTITY: Record<string, string> = {
  organization: 'contoso',
  scopes: 'vso.code',
  'key-vault-url': 'https://bot-vault.vault.azure.net',
  'key-vault-secret': 'bot-refresh-token',
  'client-id': '11111111-2222-3333-4444-555555555555',
};

type Made = { host: Host; output: () => string };

function github(inputs: Record<string, string>): Made {
  let out = '';
  const env = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return { host: new GitHubHost(env, (text) => (out += text)), output: () => out };
}

function azurePipelines(inputs: Record<string, string>): Made {
  let out = '';
  const camel = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  const env = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${camel(k).toUpperCase()}`, v]),
  );
  const host = new AzurePipelinesHost(new AgentEnvironment(env), { write: (text) => (out += text) });
  return { host, output: () => out };
}

function cli(inputs: Record<string, string>, fromVariables = false, stateFile?: string): Made {
  let out = '';
  const env = fromVariables
    ? Object.fromEntries(
        Object.entries(inputs).map(([k, v]) => [
          `ADO_EPHEMERAL_PAT_${k.toUpperCase().replaceAll('-', '_')}`,
          v,
        ]),
      )
    : {};
  const host = new CliHost({
    flags: fromVariables ? {} : inputs,
    inputs: [...MINT_INPUTS, 'revoke'],
    env,
    writeErr: (text) => (out += text),
    stateFile,
  });
  return { host, output: () => out };
}

async function failedMint({ host, output }: Made): Promise<string> {
  const exitCode = process.exitCode;
  await runStep(host, () => mint(host), { signals: new EventEmitter(), exit: () => undefined });
  process.exitCode = exitCode;
  return output();
}

/** Words that belong to one platform only. */
const FOREIGN = {
  github: [/azureSubscription/, /Azure Pipelines/, /post-job/, /`--/, /ADO_EPHEMERAL_PAT_/],
  'azure-pipelines': [/GitHub/, /id-token/, /workflow/, /`--/, /`azure-client-id` \(and/],
  cli: [/azureSubscription/, /id-token/, /workflow/, /post step/, /post-job/, /`key-vault-url`/],
} as const;

describe('the key-vault source without a job identity, on each platform', () => {
  test('GitHub Actions: its inputs and the workflow permission', async () => {
    const text = await failedMint(github(KEY_VAULT_WITHOUT_IDENTITY));
    expect(text).toContain('Set `azure-client-id` (and `azure-tenant-id`)');
    expect(text).toContain('`permissions: id-token: write`');
    for (const foreign of FOREIGN.github) expect(text).not.toMatch(foreign);
  });

  test('Azure Pipelines: the service connection', async () => {
    const text = await failedMint(azurePipelines(KEY_VAULT_WITHOUT_IDENTITY));
    expect(text).toContain('Set azureSubscription to an Azure Resource Manager service connection');
    for (const foreign of FOREIGN['azure-pipelines']) expect(text).not.toMatch(foreign);
  });

  test('command line: its flags, and a source it can use', async () => {
    const text = await failedMint(cli(KEY_VAULT_WITHOUT_IDENTITY));
    expect(text).toContain('use the refresh-token source (`--refresh-token` and `--client-id`)');
    for (const foreign of FOREIGN.cli) expect(text).not.toMatch(foreign);
  });

  test.each([
    ['github', github],
    ['azure-pipelines', azurePipelines],
    ['cli', cli],
  ] as const)('%s shows the stable code at the end of the line', async (_platform, make) => {
    const text = await failedMint(make(KEY_VAULT_WITHOUT_IDENTITY));
    expect(text).toMatch(/Fix: .* \[code: invalid_input\]\r?\n/);
  });
});

describe('the command line names the variable a value came from', () => {
  test('a value from ADO_EPHEMERAL_PAT_* is named by flag and variable; a flag by flag alone', async () => {
    // A scope no PAT may carry: the fix names the input.
    const bad = { ...KEY_VAULT_WITHOUT_IDENTITY, scopes: 'vso.pats' };
    const fromVariable = await failedMint(cli(bad, true));
    expect(fromVariable).toContain('`--scopes` (from ADO_EPHEMERAL_PAT_SCOPES)');
    expect(fromVariable.match(/\(from ADO_EPHEMERAL_PAT_SCOPES\)/g)).toHaveLength(1);
    const fromFlag = await failedMint(cli(bad));
    expect(fromFlag).toContain('`--scopes`');
    expect(fromFlag).not.toContain('ADO_EPHEMERAL_PAT_SCOPES');
  });
});

describe('steps are named as each platform calls them', () => {
  test.each([
    ['github', github, 'the main step did not mint a token'],
    ['azure-pipelines', azurePipelines, 'the task did not mint a token'],
    ['cli', cli, '`ado-ephemeral-pat mint` did not mint a token'],
  ] as const)('%s: nothing to revoke', async (_platform, make, expected) => {
    const made = make({});
    await revokeMinted(made.host);
    expect(made.output()).toContain(`Nothing to revoke: ${expected}.`);
  });

  test.each([
    ['github', github, /so the post step revokes it; if the post step does not run/],
    ['azure-pipelines', azurePipelines, /so the post-job step revokes it; if the post-job step does not run/],
    ['cli', cli, /so `ado-ephemeral-pat revoke` revokes it\.$/m],
    [
      'cli with its own state file',
      (inputs: Record<string, string>) => cli(inputs, false, 'ci state/$(run).json'),
      /so `ado-ephemeral-pat revoke --state-file 'ci state\/\$\(run\)\.json'` revokes it\.$/m,
    ],
  ] as const)('%s: a step stopped by a signal', async (_platform, make, expected) => {
    const made = make({});
    resetInterruption();
    const signals = new EventEmitter();
    const exitCode = process.exitCode;
    // The signal arrives while the step runs.
    const run = runStep(made.host, () => new Promise((resolve) => setTimeout(resolve, 50)), {
      signals,
      exit: () => undefined,
      graceMs: 1000,
    });
    signals.emit('SIGTERM');
    await run;
    process.exitCode = exitCode;
    expect(made.output()).toMatch(expected);
  });
});
