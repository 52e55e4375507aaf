/** How results reach stdout or a file: JSON for programs, `export` lines for `eval`, tables for people. */
import { neutralizeCommands } from '../core/safety/log-safety';
import { shellQuote } from '../core/safety/shell-command';
import type { ExportedVariable } from '../hosts/cli/host';

export const MINT_FORMATS = ['json', 'env', 'token'] as const;
export type MintFormat = (typeof MINT_FORMATS)[number];

/** The action's outputs (kebab-case) under camelCase JSON keys, which jq reads without brackets. */
const OUTPUT_KEYS = [
  ['token', 'token'],
  ['basic-auth', 'basicAuth'],
  ['authorization-id', 'authorizationId'],
  ['expires-at', 'expiresAt'],
  ['scopes', 'scopes'],
  ['display-name', 'displayName'],
] as const;

/**
 * Shell tracing (`set -x`: Jenkins runs every `sh` step with `-x`, GitLab's CI_DEBUG_TRACE turns it on) prints
 * each command with its values expanded, so a sourced `export NAME='<token>'` would show the token. The env
 * format's first line notes whether tracing is on and switches it off before any value; its last line switches
 * it back on only if it was. Both run inside `{ …; } 2>/dev/null`, so bash, dash and any POSIX sh trace the
 * switching itself to /dev/null. (`eval` cannot be helped: the shell traces its argument before running it.)
 */
const TRACE_FLAG = '__ado_ephemeral_pat_xtrace';
const TRACE_OFF = `{ case $- in *x*) set +x; ${TRACE_FLAG}=1 ;; *) ${TRACE_FLAG}= ;; esac; } 2>/dev/null`;
const TRACE_RESTORE = `{ [ -z "$${TRACE_FLAG}" ] || set -x; unset ${TRACE_FLAG}; } 2>/dev/null`;

export function formatMint(
  format: MintFormat,
  outputs: Record<string, string>,
  exported: readonly ExportedVariable[],
  envPrefix: string,
): string {
  if (format === 'token') return `${outputs.token ?? ''}\n`;
  if (format === 'json') {
    const json = Object.fromEntries(OUTPUT_KEYS.map(([output, key]) => [key, outputs[output] ?? '']));
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const lines = OUTPUT_KEYS.map(
    ([output]) =>
      `export ${envPrefix}${output.toUpperCase().replace(/-/g, '_')}=${shellQuote(outputs[output] ?? '')}`,
  );
  for (const variable of exported) lines.push(`export ${variable.name}=${shellQuote(variable.value)}`);
  return `${[TRACE_OFF, ...lines, TRACE_RESTORE].join('\n')}\n`;
}

/** Columns padded to their widest cell; cells are made single-line and inert first. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const clean = (cell: string) => neutralizeCommands(cell).replace(/\n/g, ' ');
  const all = [header, ...rows].map((row) => row.map(clean));
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  return all
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
