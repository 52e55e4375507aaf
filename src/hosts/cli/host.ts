/**
 * The command-line adapter. Inputs come from `--<name>` flags, then `ADO_EPHEMERAL_PAT_<NAME>` variables;
 * secrets are scrubbed from everything written to stderr, and registered with the runner's masker when the CLI
 * runs inside a GitHub Actions or Azure Pipelines job and stderr is the runner's pipe; outputs are collected
 * for the command to write where the user asked; state lives in a 0600 JSON file. Logs go to stderr so
 * that stdout carries only the data a command was asked for.
 */
import { tmpdir } from 'node:os';
import type { Host, RunContext } from '../../core/host';
import { inputRef, replaceInputs } from '../../core/inputs/names';
import { neutralizeCommands } from '../../core/safety/log-safety';
import { cliRunContext } from './context';
import { Redactor } from './redactor';
import { MASKS_SKIPPED, runnerMaskCommands, stderrIsPipe, type MaskCommands } from './runner-masks';
import {
  DEFAULT_STATE_FILE,
  readStateFile,
  removeStateFile,
  revokeCommandFor,
  writeStateFile,
  type StateValues,
} from '../../cli/state-file';

type Env = Record<string, string | undefined>;

export const ENV_PREFIX = 'ADO_EPHEMERAL_PAT_';

/** `client-id` → `ADO_EPHEMERAL_PAT_CLIENT_ID`. */
export function inputEnvName(name: string): string {
  return ENV_PREFIX + name.toUpperCase().replace(/-/g, '_');
}

/**
 * A core message as a command-line user reads it: inputs are flags (`--refresh-token`), and an input whose
 * value came from its variable says so (`--organization` (from ADO_EPHEMERAL_PAT_ORGANIZATION)), since no flag
 * was typed. `revoke` is no flag (the CLI revokes with its own command), so it keeps its name.
 */
export function withFlagNames(text: string, fromVariable: (name: string) => boolean = () => false): string {
  const named = new Set<string>();
  return replaceInputs(text, (name) => {
    if (name === 'revoke') return inputRef(name);
    const flag = inputRef(`--${name}`);
    // Once per message is enough to say where the value came from.
    if (named.has(name) || !fromVariable(name)) return flag;
    named.add(name);
    return `${flag} (from ${inputEnvName(name)})`;
  });
}

export interface CliHostOptions {
  /** Values given as flags, by input name. */
  flags?: Record<string, string | undefined>;
  /** The inputs this command reads: any other is undefined, so no stray variable changes its meaning. */
  inputs: readonly string[];
  env?: Env;
  writeErr?: (text: string) => void;
  /** Whether stderr is a pipe or socket, where a runner reads mask commands; default: fd 2 is checked. */
  stderrIsPipe?: boolean;
  color?: boolean;
  debug?: boolean;
  /** Where saveState/getState keep their values; without one, state stays in memory. */
  stateFile?: string;
  /** Where `--export-for npm` writes npm's user config (--npmrc); without one, a new file in the temp dir. */
  npmrcFile?: string;
}

const COLORS = { red: '\u001b[31m', yellow: '\u001b[33m', dim: '\u001b[2m', reset: '\u001b[0m' } as const;

export interface ExportedVariable {
  name: string;
  value: string;
  secret: boolean;
}

export class CliHost implements Host {
  readonly platform = 'cli' as const;
  readonly outputs: Record<string, string> = {};
  readonly exported: ExportedVariable[] = [];
  readonly redactor = new Redactor();
  failed: string | undefined;
  private state: StateValues | undefined;
  private stateWritten = false;
  /** Whether stderr is the runner's pipe, looked up once. */
  private stderrPipe: boolean | undefined;
  private readonly env: Env;
  private readonly writeErr: (text: string) => void;
  private readonly maskCommands: MaskCommands;
  private masksSkipped = false;

  constructor(private readonly options: CliHostOptions) {
    this.env = options.env ?? process.env;
    this.writeErr = options.writeErr ?? ((text) => process.stderr.write(text));
    this.maskCommands = runnerMaskCommands(this.env);
  }

  getInput(name: string): string | undefined {
    if (!this.options.inputs.includes(name)) return undefined;
    const value = this.options.flags?.[name] ?? this.env[inputEnvName(name)];
    return value === undefined || value.trim() === '' ? undefined : value;
  }

  /** Whether the input's value was read from its ADO_EPHEMERAL_PAT_* variable rather than a flag. */
  fromVariable(name: string): boolean {
    return this.options.flags?.[name] === undefined && this.getInput(name) !== undefined;
  }

  /**
   * Written as is: a runner command must reach the runner whole, and it is the one line meant to hold the value.
   * Only into a pipe, though: anywhere else (a file, a terminal) the line would keep the secret in clear.
   */
  setSecret(value: string): void {
    if (!value) return;
    this.redactor.add(value);
    const commands = this.maskCommands(value);
    if (commands.length === 0) return;
    this.stderrPipe ??= this.options.stderrIsPipe ?? stderrIsPipe();
    if (this.stderrPipe) {
      for (const command of commands) this.writeErr(command);
    } else if (!this.masksSkipped) {
      this.masksSkipped = true;
      this.warning(MASKS_SKIPPED);
    }
  }

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }

  /**
   * The first save creates the file and fails if one appeared since the command checked: the file is the only
   * handle on the token, and two mints sharing it would leave one token without any.
   */
  saveState(name: string, value: string): void {
    this.state = { ...this.loadState(), [name]: value };
    if (!this.options.stateFile) return;
    writeStateFile(this.options.stateFile, this.state, this.stateWritten ? 'replace' : 'create');
    this.stateWritten = true;
  }

  getState(name: string): string | undefined {
    return this.loadState()[name] || undefined;
  }

  /** Whether this command wrote the state file (not only read one another command wrote). */
  savedState(): boolean {
    return this.stateWritten;
  }

  /** Removes the state file this command wrote, so a later mint finds the place free. */
  clearState(): void {
    this.state = {};
    if (!this.options.stateFile || !this.stateWritten) return;
    removeStateFile(this.options.stateFile);
    this.stateWritten = false;
  }

  /** The user revokes with the CLI's own command, which must read the state file this command wrote. */
  revokeCommand(): string {
    return revokeCommandFor(this.options.stateFile ?? DEFAULT_STATE_FILE);
  }

  /** A CLI has no later steps: variables are collected and printed by `--format env` for `eval`. */
  exportVariable(name: string, value: string, options: { secret: boolean }): void {
    this.exported.push({ name, value, secret: options.secret });
  }

  info(message: string): void {
    this.line(message);
  }

  warning(message: string): void {
    this.line(message, 'warning: ', COLORS.yellow);
  }

  debug(message: string): void {
    if (this.options.debug) this.line(message, 'debug: ', COLORS.dim);
  }

  setFailed(message: string): void {
    this.failed = message;
    this.line(message, 'error: ', COLORS.red);
  }

  tempDir(): string {
    return tmpdir();
  }

  consumerFile(name: string): string | undefined {
    return name === 'npmrc' ? this.options.npmrcFile : undefined;
  }

  /** No job summary outside a runner. */
  addSummary(): void {}

  runContext(): RunContext {
    return cliRunContext(this.env);
  }

  /** Scrubs secrets, neutralizes runner commands (the CLI may run inside a GitHub or Azure job) and colours. */
  line(message: string, label = '', color?: string): void {
    const named = withFlagNames(message, (name) => this.fromVariable(name));
    const text = neutralizeCommands(this.redactor.redact(`${label}${named}`));
    const painted = color && this.options.color ? `${color}${text}${COLORS.reset}` : text;
    this.writeErr(`${painted}\n`);
  }

  private loadState(): StateValues {
    if (this.state === undefined) {
      this.state = (this.options.stateFile ? readStateFile(this.options.stateFile) : undefined) ?? {};
    }
    return this.state;
  }
}
