/** What the snippet runners share: the emulator and stand-ins a snippet runs against, and a script step. */
import path from 'node:path';
import type { EmulatorHandle } from '../../emulator/index';
import type { Yaml } from '../workflows-yaml';
import { runProcess, type CliRun } from '../e2e/cli-harness';
import type { Substitutions } from './placeholders';

export interface SnippetContext {
  emulator: EmulatorHandle;
  table: Substitutions;
  /** The stand-ins' directory (stand-ins.ts), first on PATH. */
  bin: string;
}

/** The result of running one snippet: whether every step passed, and the log a user would see. */
export interface SnippetRun {
  ok: boolean;
  /** The log as the CI system shows it: logging commands consumed, registered secrets masked. */
  log: string;
  /** Secrets the run handled (the token and its Basic form, the credential), for the leak scan. */
  secrets: string[];
}

/** The environment every script step gets: stand-ins on PATH and the emulator's CA trusted by node, git, curl. */
export function scriptBaseEnv(ctx: SnippetContext, home: string): Record<string, string> {
  const ca = ctx.emulator.caCertFile;
  return {
    PATH: `${ctx.bin}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: home,
    NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? ca,
    GIT_SSL_CAINFO: ca,
    CURL_CA_BUNDLE: ca,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

export function runScript(
  shellArgs: string[],
  script: string,
  env: Record<string, string>,
  cwd: string,
): Promise<CliRun> {
  return runProcess('bash', [...shellArgs, '-c', script], { env, cwd, timeoutMs: 30_000 });
}

export function isMap(value: Yaml): value is Record<string, Yaml> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Fails loudly on a key the runner does not implement, rather than ignoring what a CI system would do. */
export function onlyKeys(where: string, value: Record<string, Yaml>, known: readonly string[]): void {
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new Error(`${where}: the snippet runner does not know ${unknown.join(', ')}`);
}

export function text(where: string, value: Yaml | undefined): string {
  if (typeof value !== 'string') throw new Error(`${where}: expected a string, got ${JSON.stringify(value)}`);
  return value;
}

export function stringMap(where: string, value: Yaml | undefined): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isMap(value)) throw new Error(`${where}: expected a mapping`);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, text(`${where}.${k}`, v)]));
}
