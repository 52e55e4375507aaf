/**
 * `--token-type` on the command line: the CLI has no job identity to sign in with, so `entra` fails with an
 * input error that says where it works, before any request and without a state file; a bearer-mode state file
 * (left by a run that had one) is revoked as "nothing to revoke" and deleted.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeStateFile } from '../../src/cli/state-file';
import { baseEnv, runCli, tempDir } from './cli-harness';

const JOB_IDENTITY = {
  ADO_EPHEMERAL_PAT_ORGANIZATION: 'contoso',
  ADO_EPHEMERAL_PAT_AZURE_CLIENT_ID: '5e7c1e00-0000-4000-8000-0000000000a1',
  ADO_EPHEMERAL_PAT_AZURE_TENANT_ID: '72f988bf-0000-4000-8000-00000000e1e1',
};

test('mint --token-type entra: no job identity here, exit 2, no state file', async () => {
  const dir = tempDir();
  const state = path.join(dir, 'state.json');
  const run = await runCli(['mint', '--token-type', 'entra', '--format', 'json', '--state-file', state], {
    env: { ...baseEnv(dir), ...JOB_IDENTITY },
    cwd: dir,
  });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain("`--token-type` entra needs the job's own federated identity");
  expect(run.stderr).toContain('the command line does not');
  expect(existsSync(state)).toBe(false);
});

test('mint --token-type entra with --scopes names the flag that only a PAT uses', async () => {
  const dir = tempDir();
  const run = await runCli(['mint', '--token-type', 'entra', '--scopes', 'vso.code', '--format', 'json'], {
    env: { ...baseEnv(dir), ...JOB_IDENTITY },
    cwd: dir,
  });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Only for `--token-type` pat: `--scopes`.');
});

test('revoke of a bearer-mode state file: nothing to revoke, the file is deleted', async () => {
  const dir = tempDir();
  const state = path.join(dir, 'state.json');
  writeStateFile(state, { tokenType: 'entra', expiresAt: '2030-01-01T00:00:00.000Z' }, 'create');
  const run = await runCli(['revoke', '--state-file', state], { env: baseEnv(dir), cwd: dir });
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(
    'Nothing to revoke: with `--token-type` entra `ado-ephemeral-pat mint` handed out an Entra access token',
  );
  expect(run.stderr).toContain('2030-01-01T00:00:00.000Z');
  expect(existsSync(state)).toBe(false);
});
