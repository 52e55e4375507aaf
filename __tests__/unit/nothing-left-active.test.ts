/**
 * Decisions that leave a token active if they go wrong: which failed creates count as "surely did nothing"
 * (the main step then forgets its pending state), and what `revoke: false` may keep.
 */
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { patHttpFailure } from '../../src/core/azure-devops/pat-errors';
import { writeConsumerFile } from '../../src/core/consumers/files';
import type { Host } from '../../src/core/host';
import { parseBearerSettings } from '../../src/core/inputs/bearer-settings';
import type { HttpResponse } from '../../src/core/net/http';
import { revokeMinted } from '../../src/core/steps/revoke';
import { GitHubHost } from '../../src/hosts/github/host';

function response(status: number, body: string, type = 'application/json'): HttpResponse {
  const headers = new Map([['content-type', type]]);
  return {
    status,
    body,
    url: 'https://vssps.dev.azure.com/contoso',
    headers: { get: (n) => headers.get(n) ?? null },
  };
}

const SIGN_IN_PAGE = '<!DOCTYPE html><html><head><title>Sign in</title></head><body></body></html>';

describe('a failed create counts as surely not applied only when the status says so', () => {
  test.each([
    [203, SIGN_IN_PAGE, 'text/html', true],
    [302, SIGN_IN_PAGE, 'text/html', true],
    [401, '{"message":"TF400813"}', 'application/json', true],
    [404, '{"message":"VS800075"}', 'application/json', true],
    // A proxy's or CDN's HTML page over a 5xx (524: the origin timed out) may hide a committed create.
    [524, SIGN_IN_PAGE, 'text/html', false],
    [501, SIGN_IN_PAGE, 'text/html', false],
    [500, '{"message":"boom"}', 'application/json', false],
    // A 2xx the client cannot read may have been applied too.
    [200, SIGN_IN_PAGE, 'text/html', false],
  ])('HTTP %d (%s…)', (status, body, type, notApplied) => {
    expect(patHttpFailure(response(status, body, type), 'create a PAT').notApplied).toBe(notApplied);
  });
});

test("revoke: false never keeps a dry run's probe token: the post step tries to revoke it", async () => {
  let out = '';
  const env = {
    INPUT_REVOKE: 'false',
    STATE_dryRun: 'true',
    STATE_displayName: 'ado-ephemeral-pat: probe [0123abcd]',
    STATE_authorizationId: '4ab5764f-4193-4f1d-b995-64144880b7d7',
    STATE_expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    STATE_organization: 'contoso',
    STATE_authorityHost: 'https://login.microsoftonline.com',
    STATE_vsspsUrl: 'https://vssps.dev.azure.com',
    STATE_azureDevOpsUrl: 'https://dev.azure.com',
  };
  const host = new GitHubHost(env, (text) => (out += text));
  // No credential is given, so the attempt fails before any request; what matters is that it is made.
  const { outcome } = await revokeMinted(host);
  expect(outcome).not.toBe('skipped');
  expect(out).not.toContain('Not revoking');
  expect(out).toContain('Could not revoke');
});

test('bearer mode refuses export-for and feeds: they would hand a tool nothing it can use', () => {
  const read = (values: Record<string, string>) => (name: string) => values[name];
  const base = {
    organization: 'contoso',
    'azure-client-id': '5e7c1e00-0000-4000-8000-0000000000a1',
    'azure-tenant-id': '72f988bf-0000-4000-8000-00000000e1e1',
  };
  const extras: Record<string, string>[] = [
    { 'export-for': 'az' },
    { feeds: 'https://pkgs.dev.azure.com/contoso/_packaging/f/npm/registry/' },
  ];
  for (const extra of extras) {
    expect(() => parseBearerSettings(read({ ...base, ...extra }))).toThrow(/Only for `token-type` pat: /);
  }
});

test('the npm config file is never written through a symlinked directory of the working directory', () => {
  const cwd = process.cwd();
  const dir = mkdtempSync(path.join(tmpdir(), 'npmrc-link-'));
  mkdirSync(path.join(dir, 'elsewhere'));
  symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'ci'));
  const host = {
    consumerFile: () => 'ci/npmrc',
    tempDir: () => tmpdir(),
    saveState: () => undefined,
  } as unknown as Host;
  process.chdir(dir);
  try {
    expect(() =>
      writeConsumerFile(host, { name: 'npmrc', content: 'x', pathVariable: 'NPM_CONFIG_USERCONFIG' }),
    ).toThrow(/is a symbolic link/);
    expect(existsSync(path.join(dir, 'elsewhere', 'npmrc'))).toBe(false);
  } finally {
    process.chdir(cwd);
  }
});
