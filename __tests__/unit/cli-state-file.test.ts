/**
 * The CLI's state file sits in the job's working directory, where a checkout can plant one: reading it
 * accepts only what `mint` writes, so `revoke` never sends the bot's credential to revoke another token.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionableError } from '../../src/core/errors';
import { readStateFile, writeStateFile } from '../../src/cli/state-file';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'state-file-'));

/** What mint saves once the token exists. */
const MINTED = {
  organization: 'contoso',
  authorityHost: 'https://login.microsoftonline.com',
  vsspsUrl: 'https://vssps.dev.azure.com',
  azureDevOpsUrl: 'https://dev.azure.com',
  displayName: 'ado-ephemeral-pat: group/app run 9 job sync [1a2b3c4d]',
  authorizationId: '4ab5764f-4193-4f1d-b995-64144880b7d7',
  expiresAt: '2026-11-23T15:56:11.150Z',
};

function plant(state: Record<string, unknown>): string {
  const file = path.join(fresh(), 'state.json');
  writeFileSync(file, JSON.stringify({ tool: 'ado-ephemeral-pat', version: 1, state }));
  return file;
}

function refusal(file: string): ActionableError {
  try {
    readStateFile(file);
  } catch (error) {
    if (error instanceof ActionableError) return error;
    throw error;
  }
  throw new Error('readStateFile accepted the file');
}

test('reads back what mint writes, and nothing when there is no file', () => {
  const file = path.join(fresh(), 'state.json');
  expect(readStateFile(file)).toBeUndefined();
  writeStateFile(file, MINTED, 'create');
  expect(readStateFile(file)).toEqual(MINTED);
  // A mint that stopped before the create, and a bearer-mode mint, name no token.
  writeStateFile(file, { organization: 'contoso' }, 'replace');
  expect(readStateFile(file)).toEqual({ organization: 'contoso' });
});

test.each([
  [
    'a display name this tool never builds',
    { displayName: 'my laptop' },
    /its displayName "my laptop" is not a name this tool gives/,
  ],
  [
    'a name without the unique suffix',
    { displayName: 'ado-ephemeral-pat: x' },
    /its displayName "ado-ephemeral-pat: x" is not/,
  ],
  [
    'an authorization id that is not a GUID',
    { authorizationId: '../../x' },
    /its authorizationId "..\/..\/x" is not a GUID/,
  ],
  [
    'an organization that is not a name',
    { organization: 'evil.example/x' },
    /its organization "evil.example\/x" is not an Azure DevOps organization name/,
  ],
])('refuses %s (invalid_state_file, an input error)', (_name, values, message) => {
  const error = refusal(plant({ ...MINTED, ...values }));
  expect(error.kind).toBe('input');
  expect(error.code).toBe('invalid_state_file');
  expect(error.message).toMatch(message);
  expect(error.message).toContain('Nothing was sent.');
  expect(error.fix).toContain('delete this file if mint did not write it');
  expect(error.fix).toContain('--authorization-id and --organization');
});

test('a long planted value is described, never echoed', () => {
  const value = `secret-${'x'.repeat(400)}`;
  const error = refusal(plant({ ...MINTED, displayName: value }));
  expect(error.message).toContain('[a 407-character value, not shown]');
  expect(error.message).not.toContain('secret-');
});

test('a token without the organization and endpoints it lives at is refused', () => {
  const error = refusal(plant({ displayName: MINTED.displayName }));
  expect(error.code).toBe('invalid_state_file');
  expect(error.message).toContain(
    'it names a token but not where it lives: no organization, authorityHost, vsspsUrl, azureDevOpsUrl',
  );
  const { vsspsUrl: _dropped, ...partial } = MINTED;
  expect(refusal(plant(partial)).message).toContain('no vsspsUrl');
});

test('a directory at the path is an invalid state file, not a crash', () => {
  const dir = path.join(fresh(), 'state.json');
  mkdirSync(dir);
  const error = refusal(dir);
  expect([error.kind, error.code]).toEqual(['input', 'invalid_state_file']);
  expect(error.message).toContain('it is a directory');
});

test('a key that is not a string is quoted', () => {
  const error = refusal(plant({ 'a\u001b[31mb': 1 }));
  expect(error.message).toContain('("a\\u001b[31mb" is not a string)');
});
