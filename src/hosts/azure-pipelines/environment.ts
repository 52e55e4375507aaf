/**
 * What the Azure Pipelines agent hands a task in its environment, read the way azure-pipelines-task-lib
 * reads it: inputs as INPUT_<NAME>, variables as <NAME> (dots and spaces as underscores), secret variables
 * as SECRET_<NAME>, service connections as ENDPOINT_URL_<ID> and ENDPOINT_AUTH_PARAMETER_<ID>_<KEY>, task variables as
 * VSTS_TASKVARIABLE_<NAME>. Names are matched without regard to case, as task-lib's vault matches them.
 */

type Env = Record<string, string | undefined>;

/** Moved out of the environment on start, so that no process the task starts (`az`) inherits them. */
const HELD_PREFIXES = ['INPUT_', 'ENDPOINT_AUTH_', 'SECUREFILE_TICKET_', 'SECRET_', 'VSTS_TASKVARIABLE_'];

/** `System.AccessToken` -> `SYSTEM_ACCESSTOKEN`. */
export function variableKey(name: string): string {
  return name.replaceAll('.', '_').replaceAll(' ', '_').toUpperCase();
}

/** The agent lists variable names as a JSON array; anything else counts as none. */
function names(json: string | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(json || '[]');
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

export class AgentEnvironment {
  private readonly held = new Map<string, string>();
  private readonly secretVariables = new Set<string>();
  /** Sent with each issue, so the agent knows it came from the task and not from a tool's output. */
  readonly correlationId: string;

  constructor(private readonly env: Env = process.env) {
    for (const [name, value] of Object.entries(env)) {
      if (!HELD_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
      if (name.startsWith('SECRET_')) this.secretVariables.add(variableKey(name.slice('SECRET_'.length)));
      if (value) this.held.set(name.toUpperCase(), value);
      delete env[name];
    }
    this.correlationId = env.COMMAND_CORRELATION_ID ?? '';
    delete env.COMMAND_CORRELATION_ID;
    // Newer agents list which variables are public and which secret; the secret list has the last word.
    for (const name of names(env.VSTS_PUBLIC_VARIABLES)) this.secretVariables.delete(variableKey(name));
    for (const name of names(env.VSTS_SECRET_VARIABLES)) this.secretVariables.add(variableKey(name));
    delete env.VSTS_PUBLIC_VARIABLES;
    delete env.VSTS_SECRET_VARIABLES;
  }

  input(name: string): string | undefined {
    return this.held.get(`INPUT_${variableKey(name)}`);
  }

  variable(name: string): string | undefined {
    const key = variableKey(name);
    return this.secretVariables.has(key) ? this.held.get(`SECRET_${key}`) : this.env[key];
  }

  endpointAuthorizationParameter(connection: string, key: string): string | undefined {
    return this.held.get(`ENDPOINT_AUTH_PARAMETER_${connection}_${key}`.toUpperCase());
  }

  /** A service connection's URL (not a secret, so left in the environment), as task-lib's getEndpointUrl. */
  endpointUrl(connection: string): string | undefined {
    return this.env[`ENDPOINT_URL_${connection}`] ?? this.env[`ENDPOINT_URL_${connection.toUpperCase()}`];
  }

  taskVariable(name: string): string | undefined {
    return this.held.get(`VSTS_TASKVARIABLE_${variableKey(name)}`)?.trim() || undefined;
  }
}
