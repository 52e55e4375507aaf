/**
 * The Azure Pipelines adapter: inputs, secrets, variables and results through azure-pipelines-task-lib.
 * The library is passed in rather than imported, so that unit tests never load it (it moves INPUT_*
 * variables into its vault and writes a key file as soon as it is loaded).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as taskLib from 'azure-pipelines-task-lib/task';
import { ActionableError } from '../core/errors';
import type { Host, RunContext } from '../core/host';
import { neutralizeCommands } from '../core/log-safety';
import { SECRET_INPUTS } from '../core/secret-inputs';
import { runContextFrom } from './azure-pipelines-context';
import { SERVICE_CONNECTION_INPUT, SERVICE_CONNECTION_PARAMETERS, taskName } from './azure-pipelines-names';
import { requestOidcToken } from './azure-pipelines-oidc';

/** The part of azure-pipelines-task-lib/task the adapter uses. */
export type TaskLib = Pick<
  typeof taskLib,
  | 'getInput'
  | 'getVariable'
  | 'getEndpointAuthorizationParameter'
  | 'setSecret'
  | 'setVariable'
  | 'setTaskVariable'
  | 'getTaskVariable'
  | 'debug'
  | 'warning'
  | 'setResult'
  | 'uploadSummary'
  | 'setStdStream'
  | 'command'
  | 'TaskResult'
>;

export interface AzurePipelinesHostOptions {
  write?: (text: string) => void;
  fetch?: typeof fetch;
}

const SECRET_INPUT_NAMES: ReadonlySet<string> = new Set(SECRET_INPUTS);

/** Swallows task-lib's own `task.debug` lines, which print every value it reads, secrets included. */
const SILENT = { write: () => true } as unknown as NodeJS.WriteStream;

export class AzurePipelinesHost implements Host {
  readonly platform = 'azure-pipelines' as const;
  private readonly write: (text: string) => void;
  private readonly fetch: typeof fetch | undefined;

  constructor(
    private readonly tl: TaskLib,
    options: AzurePipelinesHostOptions = {},
  ) {
    this.write = options.write ?? ((text) => process.stdout.write(text));
    this.fetch = options.fetch;
  }

  getInput(name: string): string | undefined {
    const parameter = SERVICE_CONNECTION_PARAMETERS[name];
    if (parameter !== undefined) {
      const connection = this.serviceConnection();
      return connection ? this.authParameter(connection, parameter) : undefined;
    }
    const read = () => this.tl.getInput(taskName(name), false);
    const value = SECRET_INPUT_NAMES.has(name) ? this.quietly(read) : read();
    return value?.trim() ? value : undefined;
  }

  setSecret(value: string): void {
    // The agent refuses multi-line secrets; the core also registers each line of one on its own.
    if (value && !/[\r\n]/.test(value)) this.tl.setSecret(value);
  }

  /** Secret and output: `$(step.token)` in later steps, `dependencies.<job>.outputs['step.token']` in later jobs. */
  setOutput(name: string, value: string, options: { secret: boolean }): void {
    this.tl.setVariable(taskName(name), value, options.secret, true);
  }

  /** Task variables reach this task's post-job step only (as VSTS_TASKVARIABLE_*); never secrets. */
  saveState(name: string, value: string): void {
    this.tl.setTaskVariable(name, value, false);
  }

  getState(name: string): string | undefined {
    return this.tl.getTaskVariable(name) || undefined;
  }

  /** Non-secret variables reach later steps' environment; secret ones only `$(name)` and `env:` mappings. */
  exportVariable(name: string, value: string, options: { secret: boolean }): void {
    if (options.secret) {
      this.tl.setVariable(name, value, true, false);
      return;
    }
    // The command setVariable writes, without its debug echo of the value: a non-secret variable may still
    // embed a masked secret (the git credentials' Basic header), and no line should carry it but this one.
    this.tl.command('task.setvariable', { variable: name, isOutput: 'false', issecret: 'false' }, value);
  }

  info(message: string): void {
    this.write(`${neutralizeCommands(message)}\n`);
  }

  warning(message: string): void {
    this.tl.warning(neutralizeCommands(message));
  }

  debug(message: string): void {
    this.tl.debug(neutralizeCommands(message));
  }

  setFailed(message: string): void {
    this.tl.setResult(this.tl.TaskResult.Failed, neutralizeCommands(message));
    process.exitCode = 1;
  }

  /** Attached to the run's Extensions tab; the file must outlive the step, so it goes to the agent's temp. */
  addSummary(markdown: string): void {
    const root = this.tl.getVariable('Agent.TempDirectory') || tmpdir();
    const dir = path.join(root, `ado-ephemeral-pat-${randomBytes(4).toString('hex')}`);
    mkdirSync(dir, { recursive: true });
    // The agent titles the section with the file name.
    const file = path.join(dir, 'Azure DevOps PAT.md');
    writeFileSync(file, `${markdown}\n`, 'utf8');
    this.tl.uploadSummary(file);
  }

  runContext(): RunContext {
    return runContextFrom((name) => this.tl.getVariable(name));
  }

  /** The service connection's federated token; the audience is fixed by Azure Pipelines (api://AzureADTokenExchange). */
  async getIdToken(audience: string): Promise<string> {
    const connection = this.serviceConnection();
    if (!connection) {
      throw new ActionableError(
        'input',
        'The Key Vault source needs the job to sign in to Azure, but the azureSubscription input is empty.',
        'Set azureSubscription to an Azure Resource Manager service connection that uses workload identity ' +
          'federation and may read and write the Key Vault secret (see docs/azure-pipelines.md).',
        { code: 'service_connection_missing' },
      );
    }
    this.debug(`Requesting an OIDC token for service connection ${connection} (audience ${audience}).`);
    const accessToken = this.quietly(() =>
      this.tl.getEndpointAuthorizationParameter('SystemVssConnection', 'AccessToken', true),
    );
    if (accessToken) this.setSecret(accessToken);
    const token = await requestOidcToken({
      requestUri: this.tl.getVariable('System.OidcRequestUri'),
      accessToken,
      serviceConnectionId: connection,
      ...(this.fetch ? { fetch: this.fetch } : {}),
    });
    this.setSecret(token);
    return token;
  }

  private serviceConnection(): string | undefined {
    return this.tl.getInput(SERVICE_CONNECTION_INPUT, false)?.trim() || undefined;
  }

  private authParameter(connection: string, key: string): string | undefined {
    return (
      this.quietly(() => this.tl.getEndpointAuthorizationParameter(connection, key, true))?.trim() ||
      undefined
    );
  }

  /** Runs a task-lib read without its debug line (which would print the value before it is masked). */
  private quietly<T>(read: () => T): T {
    this.tl.setStdStream(SILENT);
    try {
      return read();
    } finally {
      this.tl.setStdStream(process.stdout);
    }
  }
}
