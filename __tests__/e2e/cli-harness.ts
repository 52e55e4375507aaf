/**
 * Runs the built CLI (`node <dist>/cli/index.js`) in child processes against an in-process emulator, and
 * collects what a leak scan needs. ADO_EPHEMERAL_PAT_DIST points at a scratch build (see github-runner.ts).
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EmulatorHandle } from '../../emulator/index';
import { distDir, TEST_RETRY_ENV } from '../../scripts/harness/github-runner';
import { maskForms } from '../../src/core/safety/secrets';

export const cliBundle = path.join(distDir, 'cli', 'index.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a CI job would have: no inherited ADO_EPHEMERAL_PAT_* or CI variables (but test retries). */
export function baseEnv(home: string): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: home, ...TEST_RETRY_ENV };
  for (const name of ['NODE_EXTRA_CA_CERTS', 'GIT_SSL_CAINFO']) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  return env;
}

/** The emulator's endpoints and the bot's credential as the CLI's input variables. */
export function emulatorEnv(emulator: EmulatorHandle): Record<string, string> {
  return {
    ADO_EPHEMERAL_PAT_ORGANIZATION: emulator.organization,
    ADO_EPHEMERAL_PAT_REFRESH_TOKEN: emulator.bot.refreshToken,
    ADO_EPHEMERAL_PAT_CLIENT_ID: emulator.bot.clientId,
    ADO_EPHEMERAL_PAT_TENANT_ID: emulator.tenantId,
    ADO_EPHEMERAL_PAT_AUTHORITY_HOST: emulator.authorityHost,
    ADO_EPHEMERAL_PAT_VSSPS_URL: emulator.vsspsUrl,
    ADO_EPHEMERAL_PAT_AZURE_DEVOPS_URL: emulator.azureDevOpsUrl,
  };
}

export function tempDir(prefix = 'cli-e2e-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export interface ProcessOptions {
  env: Record<string, string>;
  cwd: string;
  timeoutMs?: number;
  /** Send this signal once, the first time the process's stderr (its log) satisfies `when`. */
  kill?: { signal: NodeJS.Signals; when: (stderr: string) => boolean };
  /** Send stderr to this file, as `2>FILE` does, instead of a pipe; the run's `stderr` is then its content. */
  stderrFile?: string;
}

export function runCli(args: string[], options: ProcessOptions): Promise<CliRun> {
  return runProcess(process.execPath, [cliBundle, ...args], options);
}

export function runProcess(file: string, args: string[], options: ProcessOptions): Promise<CliRun> {
  const stderrFd = options.stderrFile === undefined ? undefined : openSync(options.stderrFile, 'w');
  const child = spawn(file, args, {
    env: options.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', stderrFd ?? 'pipe'],
  });
  // The child holds its own copy of the descriptor.
  if (stderrFd !== undefined) closeSync(stderrFd);
  let stdout = '';
  let stderr = '';
  let killed = false;
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    if (options.kill && !killed && options.kill.when(stderr)) {
      killed = true;
      child.kill(options.kill.signal);
    }
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      if (options.stderrFile !== undefined) stderr = readFileSync(options.stderrFile, 'utf8');
      resolve({ code, stdout, stderr });
    }),
  );
}

/** Which of the secrets (in any masked form) appear in `text`: by index, never by value. */
export function leaks(text: string, secrets: readonly string[]): number[] {
  return secrets.flatMap((secret, index) =>
    maskForms(secret).some((form) => text.includes(form)) ? [index] : [],
  );
}

/** The bot's tokens the emulator holds that are neither revoked nor expired. */
export function activePats(emulator: EmulatorHandle) {
  const now = emulator.context.clock.now();
  return Object.values(emulator.context.state.data.pats).filter(
    (pat) => pat.revokedAt === null && Date.parse(pat.validTo) > now,
  );
}

/** An HTTPS request to the emulator trusting its CA (jest's own process may predate NODE_EXTRA_CA_CERTS). */
export function emulatorRequest(
  emulator: EmulatorHandle,
  method: string,
  urlPath: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpsRequest(
      new URL(urlPath, emulator.url),
      { method, headers: options.headers, ca: readFileSync(emulator.caCertFile) },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}
