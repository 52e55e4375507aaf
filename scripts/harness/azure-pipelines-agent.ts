/**
 * Runs the built task bundles the way the Azure Pipelines agent (3.x, Node handler) does: one child `node`
 * process per step; inputs as INPUT_* (task.json defaults applied); pipeline variables as SYSTEM_*, BUILD_*,
 * AGENT_*; service connections as ENDPOINT_URL_*, ENDPOINT_AUTH_*, ENDPOINT_AUTH_SCHEME_*,
 * ENDPOINT_AUTH_PARAMETER_*; `##vso[...]` logging commands read from stdout and stderr as the agent reads
 * them; task variables handed to the post-job step as VSTS_TASKVARIABLE_*. Everything the process wrote is
 * kept so tests can scan it for secrets.
 */
import { runBundle } from './run-bundle';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { distDir, repoRoot, TEST_RETRY_ENV } from './github-runner';

export { distDir, repoRoot };

/** One `##vso[area.event k=v;…]data` command. */
export interface VsoCommand {
  /** `area.event`, e.g. `task.setvariable`. */
  name: string;
  properties: Record<string, string>;
  data: string;
  /** The whole line it was read from. */
  line: string;
}

const PREFIX = '##vso[';

/** The agent's unescaping (Agent.Sdk CommandStringConvertor, with percent decoding on as in agent 3.x). */
export function unescapeCommandValue(value: string): string {
  return value
    .replace(/%3B/g, ';')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%AZP25/g, '%');
}

/**
 * A logging command in one output line, parsed as the agent's Command.TryParse does: the prefix anywhere in
 * the line, the command info up to the first `]` after it, `area.event` with exactly one dot, properties split
 * on `;` (empty ones dropped) and at the first `=`, property keys compared case-insensitively (lower-cased here).
 */
export function parseCommandLine(line: string): VsoCommand | undefined {
  const start = line.indexOf(PREFIX);
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  const info = line.slice(start + PREFIX.length, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (name.split('.').filter(Boolean).length !== 2) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(';')) {
      const eq = pair.indexOf('=');
      if (pair === '' || eq <= 0 || eq === pair.length - 1) continue;
      properties[pair.slice(0, eq).toLowerCase()] = unescapeCommandValue(pair.slice(eq + 1));
    }
  }
  return { name: name.toLowerCase(), properties, data: unescapeCommandValue(line.slice(end + 1)), line };
}

/** Lines as .NET's ReadLine splits them: a CR, an LF or a CRLF ends a line. */
export function outputLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

interface TaskJsonInput {
  name: string;
  defaultValue?: string;
}

/** Inputs the agent fills from task.json when the pipeline leaves them out. */
export function taskDefaults(): Record<string, string> {
  const task = JSON.parse(readFileSync(path.join(repoRoot, 'task.json'), 'utf8')) as {
    inputs: TaskJsonInput[];
  };
  const defaults: Record<string, string> = {};
  for (const input of task.inputs) if (input.defaultValue) defaults[input.name] = input.defaultValue;
  return defaults;
}

/** The agent's environment variable name for a variable or input key (VarUtil.ConvertToEnvVariableFormat). */
export function envName(name: string): string {
  return name.replace(/[. ]/g, '_').toUpperCase();
}

export interface ServiceConnection {
  id: string;
  url?: string;
  scheme?: string;
  /** Authorization parameters, e.g. { serviceprincipalid, tenantid }. */
  parameters: Record<string, string>;
  data?: Record<string, string>;
}

interface EndpointTypeContribution {
  type: string;
  properties: {
    name: string;
    authenticationSchemes: { type: string; inputDescriptors?: { id: string }[] }[];
  };
}

/** The agent's scheme name for each authentication scheme contribution an endpoint type can use. */
const SCHEME_NAMES: Readonly<Record<string, string>> = {
  'ms.vss-endpoint.endpoint-auth-scheme-token': 'Token',
  'ms.vss-endpoint.endpoint-auth-scheme-basic': 'UsernamePassword',
  'ms.vss-endpoint.endpoint-auth-scheme-none': 'None',
};

/**
 * A service connection of an endpoint type the extension contributes (vss-extension.json), as the agent hands
 * it to a task: its URL, and one authorization parameter per input descriptor of its scheme. A value for a
 * parameter the type does not declare is refused, so the test cannot pass what no user could enter.
 */
export function contributedServiceConnection(
  endpointType: string,
  connection: { id: string; url: string; parameters: Record<string, string> },
): ServiceConnection {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'vss-extension.json'), 'utf8')) as {
    contributions: EndpointTypeContribution[];
  };
  const contribution = manifest.contributions.find(
    (c) => c.type === 'ms.vss-endpoint.service-endpoint-type' && c.properties.name === endpointType,
  );
  const scheme = contribution?.properties.authenticationSchemes[0];
  if (!scheme) throw new Error(`vss-extension.json contributes no endpoint type ${endpointType}`);
  const declared = new Set((scheme.inputDescriptors ?? []).map((descriptor) => descriptor.id));
  for (const name of Object.keys(connection.parameters)) {
    if (!declared.has(name)) throw new Error(`endpoint type ${endpointType} has no parameter ${name}`);
  }
  return { ...connection, scheme: SCHEME_NAMES[scheme.type] ?? scheme.type };
}

export interface TaskStepOptions {
  /** Task inputs by their task.json (camelCase) names. */
  inputs?: Record<string, string>;
  /** Task variables a previous step of this task set (main -> post-job). */
  taskVariables?: Record<string, string>;
  /** Pipeline variables by their dotted names (`System.CollectionUri`); override the defaults below. */
  variables?: Record<string, string | undefined>;
  serviceConnections?: ServiceConnection[];
  /** System.AccessToken, given to every task as the SystemVssConnection endpoint. */
  systemAccessToken?: string;
  /** Extra environment, applied last. */
  env?: Record<string, string | undefined>;
  /** The bundle to run instead of `<distDir>/task/<step>.js` (e.g. one unpacked from the .vsix). */
  bundle?: string;
  /** Kill the step with this signal once `when` matches its stdout (a cancelled job: the agent sends SIGINT). */
  kill?: { signal: NodeJS.Signals; when: (stdout: string) => boolean };
  timeoutMs?: number;
}

export interface VariableSet {
  value: string;
  secret: boolean;
  isOutput: boolean;
}

export interface TaskStepRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  commands: VsoCommand[];
  /** Values registered with `task.setsecret`. */
  secrets: string[];
  variables: Record<string, VariableSet>;
  taskVariables: Record<string, { value: string; secret: boolean }>;
  /** The result of the last `task.complete`, if any. */
  result: string | undefined;
  errors: string[];
  warnings: string[];
  /** Contents of every file uploaded with `task.uploadsummary`. */
  summaries: string[];
  /** Lines that are not logging commands: what the agent writes to the log as they are. */
  plainLines: string[];
}

export const DEFAULT_VARIABLES: Readonly<Record<string, string>> = {
  'System.TeamProject': 'demo',
  'System.TeamProjectId': '6f0e0000-0000-4000-8000-0000000000d1',
  'Build.DefinitionName': 'ci',
  'Build.BuildId': '4242',
  'System.JobAttempt': '1',
  'System.JobDisplayName': 'build',
  'Agent.JobName': 'build',
  'System.HostType': 'build',
  'System.Culture': 'en-US',
  'Agent.Version': '4.261.0',
  'Agent.OS': 'Linux',
  TF_BUILD: 'True',
};

function endpointEnv(connection: ServiceConnection): Record<string, string> {
  const env: Record<string, string> = {
    [`ENDPOINT_URL_${connection.id}`]: connection.url ?? 'https://management.azure.com/',
    [`ENDPOINT_AUTH_${connection.id}`]: JSON.stringify({
      parameters: connection.parameters,
      scheme: connection.scheme ?? 'WorkloadIdentityFederation',
    }),
    [`ENDPOINT_AUTH_SCHEME_${connection.id}`]: connection.scheme ?? 'WorkloadIdentityFederation',
  };
  // Handler.AddEndpointsToEnvironment: keys upper-cased with spaces as underscores; data only for real (GUID) ids.
  const key = (name: string) => name.replace(/ /g, '_').toUpperCase();
  for (const [name, value] of Object.entries(connection.parameters)) {
    env[`ENDPOINT_AUTH_PARAMETER_${connection.id}_${key(name)}`] = value;
  }
  if (connection.data) {
    env[`ENDPOINT_DATA_${connection.id}`] = JSON.stringify(connection.data);
    for (const [name, value] of Object.entries(connection.data))
      env[`ENDPOINT_DATA_${connection.id}_${key(name)}`] = value;
  }
  return env;
}

/** The environment the agent gives a task step. Shared with the benchmark, which must start steps as the tests do. */
export function agentEnvironment(step: 'main' | 'post', options: TaskStepOptions, tempDir: string) {
  const variables: Record<string, string | undefined> = {
    ...DEFAULT_VARIABLES,
    'Agent.TempDirectory': tempDir,
    'Agent.WorkFolder': tempDir,
    'Agent.JobStatus': step === 'post' ? 'Succeeded' : undefined,
    ...options.variables,
  };
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: tempDir,
    NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS,
    ...TEST_RETRY_ENV,
  };
  const publicNames: string[] = [];
  for (const [name, value] of Object.entries(variables)) {
    if (value === undefined) continue;
    env[envName(name)] = value;
    publicNames.push(name);
  }
  env.VSTS_PUBLIC_VARIABLES = JSON.stringify(publicNames);
  env.VSTS_SECRET_VARIABLES = '[]';
  for (const [name, value] of Object.entries({ ...taskDefaults(), ...options.inputs })) {
    env[`INPUT_${envName(name)}`] = value;
  }
  const system: ServiceConnection = {
    id: 'SYSTEMVSSCONNECTION',
    url: variables['System.CollectionUri'] ?? 'https://dev.azure.com/contoso/',
    scheme: 'OAuth',
    parameters: { AccessToken: options.systemAccessToken ?? 'system-access-token-not-set' },
  };
  for (const connection of [system, ...(options.serviceConnections ?? [])])
    Object.assign(env, endpointEnv(connection));
  for (const [name, value] of Object.entries(options.taskVariables ?? {})) {
    env[`VSTS_TASKVARIABLE_${envName(name)}`] = value;
  }
  return { ...env, ...options.env };
}

function readCommands(commands: VsoCommand[]) {
  const variables: Record<string, VariableSet> = {};
  const taskVariables: Record<string, { value: string; secret: boolean }> = {};
  const data = (name: string, type?: string) =>
    commands.filter((c) => c.name === name && (!type || c.properties.type === type)).map((c) => c.data);
  for (const command of commands) {
    const variable = command.properties.variable ?? '';
    const secret = command.properties.issecret?.toLowerCase() === 'true';
    if (command.name === 'task.setvariable') {
      variables[variable] = { value: command.data, secret, isOutput: command.properties.isoutput === 'true' };
    }
    if (command.name === 'task.settaskvariable') taskVariables[variable] = { value: command.data, secret };
  }
  const complete = commands.filter((c) => c.name === 'task.complete').at(-1);
  return {
    variables,
    taskVariables,
    result: complete ? (complete.properties.result ?? 'Succeeded') : undefined,
    secrets: data('task.setsecret'),
    errors: [...data('task.issue', 'error'), ...data('task.logissue', 'error')],
    warnings: [...data('task.issue', 'warning'), ...data('task.logissue', 'warning')],
    summaries: data('task.uploadsummary').map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : '')),
  };
}

export async function runTaskStep(
  step: 'main' | 'post',
  options: TaskStepOptions = {},
): Promise<TaskStepRun> {
  const tempDir = mkdtempSync(path.join(tmpdir(), 'azp-step-'));
  const env = agentEnvironment(step, options, tempDir);
  const bundle = options.bundle ?? path.join(distDir, 'task', `${step}.js`);
  const { exitCode, signal, stdout, stderr } = await runBundle(bundle, {
    env,
    cwd: tempDir,
    kill: options.kill,
    timeoutMs: options.timeoutMs,
  });

  // The agent processes commands on both streams; a processed line is not written to the log.
  const lines = [...outputLines(stdout), ...outputLines(stderr)];
  const commands: VsoCommand[] = [];
  const plainLines: string[] = [];
  for (const line of lines) {
    const command = parseCommandLine(line);
    if (command) commands.push(command);
    else plainLines.push(line);
  }
  return { exitCode, signal, stdout, stderr, commands, plainLines, ...readCommands(commands) };
}

/** Task variables as the agent hands them to the post-job step of the same task. */
export function taskVariablesOf(run: TaskStepRun): Record<string, string> {
  return Object.fromEntries(Object.entries(run.taskVariables).map(([name, { value }]) => [name, value]));
}

/** Main, then the post-job step with the same inputs and main's task variables, as one job. */
export async function runTaskJob(options: TaskStepOptions & { postInputs?: Record<string, string> } = {}) {
  const main = await runTaskStep('main', options);
  const post = await runTaskStep('post', {
    ...options,
    inputs: { ...options.inputs, ...options.postInputs },
    taskVariables: taskVariablesOf(main),
  });
  return { main, post };
}

/**
 * Where a secret appears in what the step wrote. Every output line counts, logging commands included, except
 * the two that exist to carry a secret to the agent and never reach the log: `task.setsecret` and a
 * `task.setvariable` marked `issecret=true`. `allow` exempts other commands a test expects a secret in.
 */
export function findLeaks(
  run: TaskStepRun,
  secrets: string[],
  allow: (command: VsoCommand) => boolean = () => false,
) {
  const carriesSecret = (command: VsoCommand | undefined) =>
    command !== undefined &&
    (command.name === 'task.setsecret' ||
      (command.name === 'task.setvariable' && command.properties.issecret === 'true') ||
      allow(command));
  const places: Record<string, string> = {
    stdout: outputLines(run.stdout)
      .filter((line) => !carriesSecret(parseCommandLine(line)))
      .join('\n'),
    stderr: outputLines(run.stderr)
      .filter((line) => !carriesSecret(parseCommandLine(line)))
      .join('\n'),
    summary: run.summaries.join('\n'),
  };
  const leaks: string[] = [];
  secrets.forEach((secret, index) => {
    for (const [place, text] of Object.entries(places)) {
      if (secret && text.includes(secret)) leaks.push(`secret #${index} in ${place}`);
    }
  });
  return leaks;
}
