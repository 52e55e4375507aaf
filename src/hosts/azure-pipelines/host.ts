/**
 * The Azure Pipelines adapter: inputs, variables and service connections from the agent's environment,
 * secrets, outputs, task variables and results as `##vso` logging commands on stdout (docs/decisions.md 11:
 * the same protocol azure-pipelines-task-lib speaks, without the library's start-up cost).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionableError } from '../../core/errors';
import type { Host, RunContext } from '../../core/host';
import type { HttpClient } from '../../core/net/http';
import type { ProxyResolver } from '../../core/net/http1/proxy';
import { neutralizeCommands } from '../../core/safety/log-safety';
import { vsoCommand } from './commands';
import { runContextFrom } from './context';
import { AgentEnvironment } from './environment';
import { inputRef } from '../../core/inputs/names';
import { BOT_CONNECTION_INPUT, BOT_CONNECTION_PARAMETERS } from './bot-connection';
import {
  INFER_AUTH,
  SERVICE_CONNECTION_INPUT,
  SERVICE_CONNECTION_PARAMETERS,
  taskBoolean,
  taskName,
  withTaskInputNames,
} from './names';
import { requestOidcToken } from './oidc';
import { undefinedVariableError, unexpandedVariable } from './macros';
import { agentProxy } from './proxy';
import { writeStdout } from '../stdout';

export interface AzurePipelinesHostOptions {
  write?: (text: string) => void;
}

export class AzurePipelinesHost implements Host {
  readonly platform = 'azure-pipelines' as const;
  private readonly write: (text: string) => void;
  /** The state names this step saved, so that clearState can empty them. */
  private readonly saved = new Set<string>();
  private readonly debugLines: boolean;
  private readonly botConnection: string | undefined;
  private botOverrideWarned = false;

  constructor(
    private readonly agent: AgentEnvironment = new AgentEnvironment(),
    options: AzurePipelinesHostOptions = {},
  ) {
    this.write = options.write ?? writeStdout;
    // The agent shows debug lines only in debug runs; this knob asks tasks not to send them otherwise.
    this.debugLines =
      agent.variable('DistributedTask.Tasks.Node.SkipDebugLogsWhenDebugModeOff')?.toLowerCase() !== 'true' ||
      agent.variable('System.Debug')?.toLowerCase() === 'true';
    this.botConnection = agent.input(BOT_CONNECTION_INPUT)?.trim() || undefined;
  }

  getInput(name: string): string | undefined {
    const parameter = SERVICE_CONNECTION_PARAMETERS[name];
    if (parameter !== undefined) {
      const connection = this.serviceConnection();
      return connection ? this.authParameter(connection, parameter) : undefined;
    }
    if (this.botConnection) {
      const fromConnection = this.fromBotConnection(this.botConnection, name);
      if (fromConnection.given) return fromConnection.value;
    }
    const value = this.agent.input(taskName(name));
    const variable = value === undefined ? undefined : unexpandedVariable(value);
    if (variable !== undefined) throw undefinedVariableError(name, variable);
    // The pick list's default: no source named, so the core infers it as it does for an empty `auth`.
    if (name === 'auth' && value?.trim().toLowerCase() === INFER_AUTH) return undefined;
    return value?.trim() ? taskBoolean(name, value) : undefined;
  }

  /** A core message in the task's input names, with no line the agent would take for a command. */
  private printable(message: string): string {
    return neutralizeCommands(
      withTaskInputNames(message, { botConnection: this.botConnection !== undefined }),
    );
  }

  setSecret(value: string): void {
    // The agent refuses multi-line secrets; the core also registers each line of one on its own.
    if (value && !/[\r\n]/.test(value)) this.command('task.setsecret', {}, value);
  }

  /** Secret and output: `$(step.token)` in later steps, `dependencies.<job>.outputs['step.token']` in later jobs. */
  setOutput(name: string, value: string, options: { secret: boolean }): void {
    this.setVariable(taskName(name), value, { secret: options.secret, output: true });
  }

  /** Task variables reach this task's post-job step only (as VSTS_TASKVARIABLE_*); never secrets. */
  saveState(name: string, value: string): void {
    this.saved.add(name);
    this.command('task.settaskvariable', { variable: name, issecret: 'false' }, value);
  }

  getState(name: string): string | undefined {
    return this.agent.taskVariable(name);
  }

  /** The agent keeps the last value of each task variable: an empty one reads as never saved. */
  clearState(): void {
    for (const name of this.saved) this.saveState(name, '');
  }

  /** Non-secret variables reach later steps' environment; secret ones only `$(name)` and `env:` mappings. */
  exportVariable(name: string, value: string, options: { secret: boolean }): void {
    this.setVariable(name, value, { secret: options.secret, output: false });
  }

  info(message: string): void {
    this.write(`${this.printable(message)}\n`);
  }

  warning(message: string): void {
    this.issue('warning', this.printable(message));
  }

  debug(message: string): void {
    if (this.debugLines) this.command('task.debug', {}, this.printable(message));
  }

  /** An error issue (the run's summary lists it), then the result that fails the task. */
  setFailed(message: string): void {
    const text = this.printable(message);
    this.issue('error', text);
    this.command('task.complete', { result: 'Failed' }, text);
    process.exitCode = 1;
  }

  /** Attached to the run's Extensions tab; the file must outlive the step, so it goes to the agent's temp. */
  addSummary(markdown: string): void {
    const root = this.agent.variable('Agent.TempDirectory') || tmpdir();
    const dir = path.join(root, `ado-ephemeral-pat-${randomBytes(4).toString('hex')}`);
    mkdirSync(dir, { recursive: true });
    // The agent titles the section with the file name.
    const file = path.join(dir, 'Azure DevOps PAT.md');
    writeFileSync(file, `${markdown}\n`, 'utf8');
    this.command('task.uploadsummary', {}, file);
  }

  runContext(): RunContext {
    return runContextFrom((name) => this.agent.variable(name));
  }

  tempDir(): string {
    return this.agent.variable('Agent.TempDirectory') || tmpdir();
  }

  /** The service connection's federated token; the audience is fixed by Azure Pipelines (api://AzureADTokenExchange). */
  async getIdToken(audience: string, http: HttpClient): Promise<string> {
    const connection = this.serviceConnection();
    if (!connection) {
      throw new ActionableError(
        'input',
        "The job's own identity is needed (the Key Vault source, or tokenType entra), but the azureSubscription " +
          'input is empty.',
        'Set azureSubscription to an Azure Resource Manager service connection that uses workload identity ' +
          'federation (for the Key Vault source, one that may read and write the secret; see ' +
          'docs/azure-pipelines.md).',
        { code: 'service_connection_missing' },
      );
    }
    this.debug(`Requesting an OIDC token for service connection ${connection} (audience ${audience}).`);
    const accessToken = this.agent.endpointAuthorizationParameter('SystemVssConnection', 'AccessToken');
    if (accessToken) this.setSecret(accessToken);
    const token = await requestOidcToken(
      {
        requestUri: this.agent.variable('System.OidcRequestUri'),
        accessToken,
        serviceConnectionId: connection,
      },
      http,
    );
    this.setSecret(token);
    return token;
  }

  httpProxy(): ProxyResolver | undefined {
    const password = this.agent.variable('Agent.ProxyPassword');
    if (password) this.setSecret(password);
    return agentProxy({
      url: this.agent.variable('Agent.ProxyUrl'),
      username: this.agent.variable('Agent.ProxyUsername'),
      password,
      bypassList: this.agent.variable('Agent.ProxyBypassList'),
      debug: (message) => this.debug(message),
    });
  }

  private setVariable(name: string, value: string, options: { secret: boolean; output: boolean }): void {
    this.command(
      'task.setvariable',
      { variable: name, isOutput: String(options.output), issecret: String(options.secret) },
      value,
    );
  }

  /** Issues carry the agent's correlation id, which tells the agent the task itself reported them. */
  private issue(type: 'warning' | 'error', message: string): void {
    this.command(
      'task.issue',
      { type, source: 'TaskInternal', correlationId: this.agent.correlationId },
      message,
    );
  }

  private command(name: string, properties: Record<string, string>, message: string): void {
    this.write(vsoCommand(name, properties, message));
  }

  private serviceConnection(): string | undefined {
    return this.agent.input(SERVICE_CONNECTION_INPUT)?.trim() || undefined;
  }

  /**
   * The bot connection stands in for the refresh-token inputs (which it overrides, with a warning), and its
   * URL for an empty `organization`.
   */
  private fromBotConnection(connection: string, name: string): { given: boolean; value?: string } {
    if (name === 'organization') {
      const url = this.agent.endpointUrl(connection)?.trim();
      return this.agent.input(name)?.trim() || !url ? { given: false } : { given: true, value: url };
    }
    const key = BOT_CONNECTION_PARAMETERS[name];
    if (key === undefined) return { given: false };
    this.warnBotOverride();
    return { given: true, value: this.authParameter(connection, key) };
  }

  private warnBotOverride(): void {
    if (this.botOverrideWarned) return;
    this.botOverrideWarned = true;
    const overridden = Object.keys(BOT_CONNECTION_PARAMETERS).filter((name) =>
      this.agent.input(taskName(name))?.trim(),
    );
    if (overridden.length === 0) return;
    // Named in the task's spelling here: a list of all three would otherwise read as the connection itself.
    this.warning(
      `Ignoring ${overridden.map((name) => inputRef(taskName(name))).join(', ')}: the ${BOT_CONNECTION_INPUT} service connection ` +
        'gives the refresh token, client id and tenant id.',
    );
  }

  private authParameter(connection: string, key: string): string | undefined {
    return this.agent.endpointAuthorizationParameter(connection, key)?.trim() || undefined;
  }
}
