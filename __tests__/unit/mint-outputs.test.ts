import { outputLines, parseCommandLine } from '../../scripts/harness/azure-pipelines-agent';
import type { MintResult } from '../../src/core/steps/mint';
import { setMintOutputs } from '../../src/core/steps/outputs';
import { AgentEnvironment } from '../../src/hosts/azure-pipelines/environment';
import { AzurePipelinesHost } from '../../src/hosts/azure-pipelines/host';
import { GitHubHost } from '../../src/hosts/github/host';
import { looksLikeCommand } from '../property/arbitraries';

/** A display name and granted scopes that carry runner commands, as a run context or a server could. */
const RESULT: MintResult = {
  token: 'tok::en##vso[x]##[y]',
  basicAuth: 'OnRvazo6ZW4jI3Zzb1t4XQ==',
  authorizationId: '8f1a2b3c-0000-4000-8000-000000000001',
  expiresAt: '2030-01-01T00:00:00.000Z',
  scopes: '::stop-commands::x vso.code ##[error]boom',
  displayName: 'ado-ephemeral-pat: ##vso[task.setvariable variable=PATH]/tmp ##[group]x [0123abcd]',
};

/** What a later step that echoes each output would print, line by line. */
function echoed(outputs: Map<string, string>): string[] {
  return [...outputs.values()].flatMap((value) => value.split(/\r\n|\r|\n/));
}

describe('the outputs a later step may echo carry no runner command', () => {
  test('GitHub Actions (set-output)', () => {
    let written = '';
    setMintOutputs(new GitHubHost({}, (text) => (written += text)), RESULT);
    const outputs = new Map<string, string>();
    for (const line of written.split('\n').filter(Boolean)) {
      const match = /^::set-output name=([^:]+)::(.*)$/.exec(line);
      if (match?.[1] !== undefined && match[2] !== undefined) outputs.set(match[1], match[2]);
    }
    expect(outputs.get('token')).toBe(RESULT.token);
    expect(outputs.get('display-name')).toMatch(/^ado-ephemeral-pat: #\u200b#vso\[/);
    for (const name of ['scopes', 'display-name'])
      for (const line of (outputs.get(name) ?? '').split('\n')) expect(looksLikeCommand(line)).toBe(false);
    expect(echoed(outputs).filter(looksLikeCommand)).toEqual([RESULT.token]);
  });

  test('Azure Pipelines (task.setvariable)', () => {
    let written = '';
    const host = new AzurePipelinesHost(new AgentEnvironment({}), { write: (text) => (written += text) });
    setMintOutputs(host, RESULT);
    const outputs = new Map<string, string>();
    for (const line of outputLines(written)) {
      const command = parseCommandLine(line);
      if (command?.name === 'task.setvariable') outputs.set(command.properties.variable ?? '', command.data);
    }
    expect(outputs.get('token')).toBe(RESULT.token);
    expect(outputs.get('scopes')).toBe(':\u200b:stop-commands::x vso.code #\u200b#[error]boom');
    expect(echoed(outputs).filter(looksLikeCommand)).toEqual([RESULT.token]);
  });
});
