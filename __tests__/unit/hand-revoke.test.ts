import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENDPOINTS } from '../../src/core/inputs/endpoints';
import { handRevokeAdvice } from '../../src/core/steps/revoke';

const ID = '4ab5764f-4193-4f1d-b995-64144880b7d7';

test('the command names the token by id and the organization; public-cloud endpoints need no flags', () => {
  const advice = handRevokeAdvice({
    displayName: 'ado-ephemeral-pat: ci [0123abcd]',
    authorizationId: ID,
    expiresAt: '2026-12-03T22:00:00.000Z',
    organization: 'contoso',
    endpoints: { ...DEFAULT_ENDPOINTS },
  });
  expect(advice).toContain('It stays valid until 2026-12-03T22:00:00.000Z.');
  expect(advice).toContain(
    `\`npx ado-ephemeral-pat revoke --authorization-id ${ID} --organization contoso\` with the bot user's credential.`,
  );
});

test('a sovereign cloud or the emulator: the command carries every endpoint that is not the default', () => {
  const advice = handRevokeAdvice({
    displayName: 'ado-ephemeral-pat: ci [0123abcd]',
    organization: 'contoso',
    endpoints: {
      authorityHost: 'https://login.microsoftonline.us',
      vsspsUrl: DEFAULT_ENDPOINTS.vsspsUrl,
      azureDevOpsUrl: 'https://dev.azure.us',
    },
  });
  expect(advice).toContain(
    "`npx ado-ephemeral-pat revoke --display-name 'ado-ephemeral-pat: ci [0123abcd]' --organization contoso " +
      '--authority-host https://login.microsoftonline.us --azure-devops-url https://dev.azure.us`',
  );
  expect(advice).not.toContain('--vssps-url');
});

/** Runs the suggested command in `shell` with an `npx` that prints each argument it got on a line of its own. */
function argumentsReceived(command: string, shell: string): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hand-revoke-'));
  writeFileSync(path.join(dir, 'npx'), '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n');
  chmodSync(path.join(dir, 'npx'), 0o755);
  const out = execFileSync(shell, ['-c', command], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  return out.split('\n').slice(0, -1);
}

test.each(['sh', 'bash'])(
  'pasted into %s, a hostile display name and endpoint stay literal words',
  (shell) => {
    const displayName = `ado-ephemeral-pat: $(touch pwned) \`id\` "q" 'it''s' ; rm -rf x [0123abcd]`;
    const state = {
      displayName,
      organization: 'contoso',
      endpoints: { ...DEFAULT_ENDPOINTS, azureDevOpsUrl: 'https://127.0.0.1:8443/$(id)' },
    };
    const command = /`(npx [^`]*(?:`[^`]*)*?)` with the bot/.exec(handRevokeAdvice(state))?.[1];
    expect(command).toBeDefined();
    expect(argumentsReceived(command ?? '', shell)).toEqual([
      'ado-ephemeral-pat',
      'revoke',
      '--display-name',
      displayName,
      '--organization',
      'contoso',
      '--azure-devops-url',
      'https://127.0.0.1:8443/$(id)',
    ]);
  },
);
