/**
 * The real `npm` client as a later step of the job runs it: only what the main step exported, a home of its
 * own (no user config), a private cache, and the emulator's CA trusted. It talks to the emulator's feed only.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NPM_PACKAGE = 'ado-emulator-demo';

export function npmFeedUrl(azureDevOpsUrl: string, organization: string): string {
  return `${azureDevOpsUrl}/${organization}/_packaging/tools/npm/registry/`;
}

export function nugetFeedUrl(azureDevOpsUrl: string, organization: string): string {
  return `${azureDevOpsUrl}/${organization}/_packaging/tools/nuget/v3/index.json`;
}

export interface NpmRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm <args>` with the registry set to `registry` and the variables a later step would see. */
export function runNpm(
  args: string[],
  registry: string,
  exported: Record<string, string | undefined>,
): Promise<NpmRun> {
  const home = mkdtempSync(path.join(tmpdir(), 'npm-step-'));
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    // npm keeps its own list of CAs and ignores NODE_EXTRA_CA_CERTS: it trusts the emulator's CA by `cafile`.
    npm_config_cafile: process.env.NODE_EXTRA_CA_CERTS,
    npm_config_fetch_retries: '0',
    npm_config_cache: path.join(home, 'cache'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    ...exported,
  };
  return new Promise((resolve) => {
    execFile(
      'npm',
      [...args, `--registry=${registry}`],
      { cwd: home, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
