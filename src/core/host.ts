/**
 * The one seam between the platform-free core and a CI platform. Each platform (GitHub Actions,
 * Azure Pipelines, the command line) implements it in src/hosts/; the core's use cases receive it.
 * Input, output and state names are the kebab-case names of action.yml; an adapter translates them
 * (Azure Pipelines uses camelCase) and never holds business logic.
 */
import type { HttpClient } from './net/http';
import type { ProxyResolver } from './net/http1/proxy';

export type Platform = 'github' | 'azure-pipelines' | 'cli';

/** Facts about the running job, used to derive a unique, recognisable display name. */
export interface RunContext {
  /** e.g. "octo/repo" or "Project/Pipeline" */
  source?: string;
  runId?: string;
  attempt?: string;
  job?: string;
  /** The Azure DevOps organization the job itself belongs to, when the platform knows it. */
  organization?: string;
}

export interface Host {
  readonly platform: Platform;
  /**
   * The raw input, or undefined when not given (an empty string counts as not given). Throws an
   * ActionableError for a value the platform failed to give (an Azure Pipelines variable left undefined).
   */
  getInput(name: string): string | undefined;
  /** Registers one exact value with the platform's log masker. Call before the value could be printed. */
  setSecret(value: string): void;
  setOutput(name: string, value: string, options: { secret: boolean }): void;
  /** Saved state must never hold a secret: the core only saves ids, names, dates and endpoints. */
  saveState(name: string, value: string): void;
  getState(name: string): string | undefined;
  /** Forgets what this step saved: the main step created nothing, so the post step has nothing to look for. */
  clearState(): void;
  /** Makes a variable visible to later steps of the job. */
  exportVariable(name: string, value: string, options: { secret: boolean }): void;
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Reports the step as failed with this message (the process then exits non-zero). */
  setFailed(message: string): void;
  /** Appends markdown to the job summary, where the platform has one. */
  addSummary(markdown: string): void;
  runContext(): RunContext;
  /**
   * A directory for files later steps of this job read (npm's user config): the runner's temp dir, which
   * the platform empties when the job ends (GitHub RUNNER_TEMP, Azure Pipelines Agent.TempDirectory).
   */
  tempDir(): string;
  /**
   * The command that revokes what this step's saved state records, where the user runs revocation rather
   * than a post step (the CLI's `revoke`, naming the state file in use); absent where a post step does it.
   */
  revokeCommand?(): string;
  /** Where the user asked a consumer's file (`npmrc`) to go (the CLI's --npmrc); undefined: in tempDir(). */
  consumerFile?(name: string): string | undefined;
  /**
   * The job's own federated identity token (GitHub OIDC, Azure Pipelines service connection), where
   * available, requested through `http` like every other request (proxy, timeouts, retries).
   */
  getIdToken?(audience: string, http: HttpClient): Promise<string>;
  /**
   * The platform's own proxy setting (the Azure Pipelines agent's), which then applies instead of
   * HTTPS_PROXY and NO_PROXY; undefined when it has none. Throws an ActionableError for an invalid one.
   */
  httpProxy?(): ProxyResolver | undefined;
}
