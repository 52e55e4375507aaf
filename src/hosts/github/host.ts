/**
 * The GitHub Actions adapter: inputs from INPUT_* (moved out of the environment on start, with the runner's
 * tokens, so that no child process inherits them), results through file commands and workflow commands.
 */
import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ActionableError } from '../../core/errors';
import type { Host, RunContext } from '../../core/host';
import type { HttpClient } from '../../core/net/http';
import { stringField } from '../../core/net/json';
import { neutralizeCommands } from '../../core/safety/log-safety';
import { appendFileCommand, commandLine } from './commands';
import { RunnerEnvironment } from './environment';
import { writeStdout } from '../stdout';

type Env = Record<string, string | undefined>;

export class GitHubHost implements Host {
  /** The state names this step saved, so that clearState can empty them. */
  private readonly saved = new Set<string>();
  readonly platform = 'github' as const;
  private readonly runner: RunnerEnvironment;

  constructor(
    private readonly env: Env = process.env,
    private readonly write: (text: string) => void = writeStdout,
  ) {
    this.runner = new RunnerEnvironment(env);
  }

  getInput(name: string): string | undefined {
    const value = this.runner.input(name)?.trim();
    return value ? value : undefined;
  }

  setSecret(value: string): void {
    if (value) this.line(commandLine('add-mask', value));
  }

  setOutput(name: string, value: string): void {
    this.fileCommandOr('GITHUB_OUTPUT', name, value, () => commandLine('set-output', value, { name }));
  }

  saveState(name: string, value: string): void {
    this.saved.add(name);
    this.fileCommandOr('GITHUB_STATE', name, value, () => commandLine('save-state', value, { name }));
  }

  getState(name: string): string | undefined {
    return this.env[`STATE_${name}`] || undefined;
  }

  /** The runner keeps the last value of each name: an empty one reads as never saved. */
  clearState(): void {
    for (const name of this.saved) this.saveState(name, '');
  }

  exportVariable(name: string, value: string): void {
    this.env[name] = value;
    this.fileCommandOr('GITHUB_ENV', name, value, () => commandLine('set-env', value, { name }));
  }

  info(message: string): void {
    this.line(neutralizeCommands(message));
  }

  warning(message: string): void {
    this.line(commandLine('warning', message));
  }

  debug(message: string): void {
    this.line(commandLine('debug', message));
  }

  setFailed(message: string): void {
    this.line(commandLine('error', message));
    process.exitCode = 1;
  }

  addSummary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, `${markdown}\n`, 'utf8');
  }

  runContext(): RunContext {
    return {
      source: this.env.GITHUB_REPOSITORY,
      runId: this.env.GITHUB_RUN_ID,
      attempt: this.env.GITHUB_RUN_ATTEMPT,
      job: this.env.GITHUB_JOB,
    };
  }

  tempDir(): string {
    return this.env.RUNNER_TEMP || tmpdir();
  }

  async getIdToken(audience: string, http: HttpClient): Promise<string> {
    const request = this.runner.oidcRequest();
    if (!request) {
      throw new ActionableError(
        'input',
        'The GitHub OIDC token is not available to this job.',
        'Add `permissions: id-token: write` to the workflow or job (and keep `contents: read` if you list permissions).',
        { code: 'oidc_permission_missing' },
      );
    }
    const requestUrl = new URL(request.url);
    requestUrl.searchParams.set('audience', audience);
    const response = await http.send({
      method: 'GET',
      url: requestUrl.href,
      headers: { Authorization: `Bearer ${request.bearer}`, Accept: 'application/json' },
    });
    const token = response.status === 200 ? stringField(response.body, 'value') : undefined;
    if (token === undefined) {
      throw new ActionableError(
        'auth',
        `GitHub refused the OIDC token request (HTTP ${response.status}).`,
        'Check `permissions: id-token: write` and that the runner can reach the Actions service.',
        { code: 'oidc_request_failed', status: response.status },
      );
    }
    this.setSecret(token);
    return token;
  }

  /** Uses the runner's file command when available, else the legacy stdout command (older runners, tests). */
  private fileCommandOr(fileVariable: string, key: string, value: string, legacy: () => string): void {
    const file = this.env[fileVariable];
    if (file) appendFileCommand(file, key, value);
    else this.line(legacy());
  }

  private line(text: string): void {
    this.write(`${text}\n`);
  }
}
