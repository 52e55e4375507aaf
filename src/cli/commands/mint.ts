/** `mint`: the action's main step as a command; the result goes only where the user asked. */
import { DISPLAY_NAME_MAX_ENCODED_LENGTH } from '../../core/azure-devops/display-name';
import { checkChosenPath } from '../../core/consumers/files';
import { ActionableError, describeError } from '../../core/errors';
import { quote, quoteInput } from '../../core/safety/log-safety';
import { mint } from '../../core/steps/mint';
import { runStep } from '../../core/steps/run';
import { readState } from '../../core/steps/state';
import { shellArg } from '../../core/safety/shell-command';
import { interruption } from '../../core/safety/signals';
import type { CliHost } from '../../hosts/cli/host';
import { checkWritablePath, refuseSharedPath, writePrivateFile } from '../files';
import { DEFAULT_STATE_FILE, readStateFile } from '../state-file';
import type { Command, CommandContext } from '../command';
import { EXIT } from '../exit-codes';
import { formatMint, MINT_FORMATS, type MintFormat } from '../formats';
import { COMMON_HELP, CONNECTION_HELP, inputOptions, MINT_INPUTS, warnSecretFlags } from '../inputs';
import { createHost, guarded, option } from '../run';
import { UsageError } from '../usage';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const help = `Usage: ado-ephemeral-pat mint --organization <org> --scopes <scopes> (--format <f> | --output <file>) [flags]

Mints a PAT for the bot user and prints it only where asked. Logs go to stderr. The state file lets
\`revoke\` find the token later; it never holds a secret.

Token:
  --scopes <list>              scopes, space or comma separated: "vso.code_write" or "code_write"   [..._SCOPES]
  --lifetime <duration>        30m, 2h, 1d or ISO 8601 PT45M (default 1h; 5m..7d)   [..._LIFETIME]
  --display-name <name>        shown in Azure DevOps (default: from the CI job); a unique suffix is added
  --git-credentials <bool>     with --format env: print GIT_CONFIG_* variables so git uses the token
  --export-variable <NAME>     with --format env: also print \`export NAME=<token>\`
  --token-type pat|entra       pat (default); entra hands out the job identity's own Entra token, which
                               only the GitHub action and the Azure Pipelines task can obtain
  --export-for <tools>         with --format env: print the variables each tool reads: az, terraform (also
                               Pulumi), nuget, npm, renovate, git   [..._EXPORT_FOR]
  --feeds <urls>               Azure Artifacts feed URLs of the organization, for nuget and npm   [..._FEEDS]
  --npmrc <file>               where --export-for npm writes npm's config (mode 0600; default: a new file in
                               the temp dir); \`revoke\` deletes it
  --allow-token-scopes         allow vso.tokens and vso.tokenadministration, with a warning: such a PAT can
                               mint or manage tokens that outlive it   [..._ALLOW_TOKEN_SCOPES=true]

Result:
  --format json|env|token      json (default): {token, basicAuth, authorizationId, expiresAt, scopes,
                               displayName}; env: \`export ADO_PAT_TOKEN=…\` lines for eval; token: the token
  -o, --output <file>          write the result there (mode 0600, replaced atomically, never via a symlink)
                               instead of stdout
  --env-prefix <PREFIX>        variable prefix for --format env (default ADO_PAT_)
  --state-file <file>          default ${DEFAULT_STATE_FILE}   [ADO_EPHEMERAL_PAT_STATE_FILE]

${CONNECTION_HELP}

${COMMON_HELP}
`;

function parseFormat(raw: string | undefined): MintFormat {
  const format = raw ?? 'json';
  if ((MINT_FORMATS as readonly string[]).includes(format)) return format as MintFormat;
  throw new UsageError(`--format must be one of ${MINT_FORMATS.join(', ')}, got ${quoteInput(format, 40)}.`);
}

/**
 * A state file that names a token is the only handle on it, and one that names none may be another mint's
 * at work: never overwrite either. `revoke` empties the place (it revokes what the file names and deletes it).
 */
function checkStateFree(file: string): void {
  const previous = readStateFile(file);
  if (previous === undefined) return;
  const name = previous.displayName;
  const what = previous.authorizationId
    ? `still records the token "${name ?? ''}" (authorization id ${previous.authorizationId}), which was never revoked`
    : name
      ? `still records the token "${name}", whose create was sent but never confirmed: it may exist`
      : 'exists but records no token: a mint stopped before creating one, or another mint is using it now';
  throw new ActionableError(
    'input',
    `The state file ${quote(file, 200)} ${what}.`,
    `Run \`ado-ephemeral-pat revoke --state-file ${shellArg(file)}\` first (it revokes what the file records and deletes ` +
      'it), or give another --state-file.',
    { code: 'state_file_in_use' },
  );
}

/**
 * Mints under the core's signal handling, as the action and the task do: on SIGINT/SIGTERM (a cancelled CI
 * job) nothing new starts, a create in flight may finish so the state file records its id, and the process
 * exits 1 for the job's `revoke` (trap, after_script, post block) to clean up. Other failures come back as
 * errors so their exit codes stay those of `guarded`.
 */
async function mintUntilStopped(host: CliHost): Promise<void> {
  let failure: { error: unknown } | undefined;
  await runStep(
    host,
    () =>
      mint(host).catch((error: unknown) => {
        // After a signal, runStep reports what happened to the request in flight; otherwise guarded does.
        if (interruption()) throw error;
        failure = { error };
      }),
    { exit: (code) => process.exit(code === 0 ? EXIT.ok : EXIT.failure) },
  );
  if (failure) throw failure.error;
}

/**
 * Exit 2 tells a script that no token was created. Once the state file records one (by id, or by the name
 * of a create that may have been committed), a failure exits 1 whatever its kind, and says how to revoke.
 */
function afterTokenRecorded(host: CliHost, error: unknown, stateFile: string): unknown {
  // A state file another mint wrote (this one then stopped before creating) is not this mint's token.
  if (!host.savedState()) return error;
  const state = readState(host);
  if (!state.authorizationId && !state.displayName) return error;
  const name = quote(state.displayName ?? '', DISPLAY_NAME_MAX_ENCODED_LENGTH);
  const token = state.authorizationId
    ? `The token ${name} (authorization id ${state.authorizationId}) was minted and stays valid until ` +
      `${state.expiresAt ?? 'it expires'}.`
    : `The token ${name} may have been created.`;
  const revoke = `Revoke it: \`ado-ephemeral-pat revoke --state-file ${shellArg(stateFile)}\`.`;
  if (!(error instanceof ActionableError)) {
    return new ActionableError('server', `${describeError(error, host.platform)} ${token}`, revoke, {
      cause: error,
    });
  }
  // Not 'input' (exit 2): the token exists, so the failure is this mint's, not only its inputs'.
  return new ActionableError(
    error.kind === 'input' ? 'server' : error.kind,
    `${error.message} ${token}`,
    `${revoke} ${error.fixOn(host.platform)}`,
    { code: error.code, status: error.status, cause: error },
  );
}

async function run(context: CommandContext): Promise<number> {
  const format = parseFormat(option(context, 'format'));
  const output = option(context, 'output');
  if (context.values.format === undefined && output === undefined) {
    throw new UsageError(
      'mint prints the token only where asked.',
      'Add --format json|env|token (stdout) or --output <file>.',
    );
  }
  const envPrefix = option(context, 'env-prefix') ?? 'ADO_PAT_';
  if (!ENV_NAME.test(envPrefix))
    throw new UsageError('--env-prefix must be a shell variable name prefix, e.g. ADO_PAT_.');
  const stateFile = option(context, 'state-file', 'ADO_EPHEMERAL_PAT_STATE_FILE') ?? DEFAULT_STATE_FILE;
  const npmrc = option(context, 'npmrc');
  const host = createHost(context, MINT_INPUTS, stateFile, npmrc);
  return guarded(host, async () => {
    warnSecretFlags(host, context.values);
    // Every check that can fail is made before the token exists.
    refuseSharedPath([
      ['--output', output],
      ['--npmrc', npmrc],
      ['--state-file', stateFile],
    ]);
    if (output !== undefined) checkWritablePath(output, 'output');
    if (npmrc !== undefined) checkChosenPath(npmrc, 'npmrc');
    checkWritablePath(stateFile, 'state file');
    checkStateFree(stateFile);
    await mintUntilStopped(host).catch((error: unknown) => {
      throw afterTokenRecorded(host, error, stateFile);
    });
    if (format !== 'env' && host.exported.length > 0) {
      host.warning(
        '--git-credentials, --export-variable and --export-for print their variables only with --format env.',
      );
    }
    const text = formatMint(format, host.outputs, host.exported, envPrefix);
    try {
      if (output === undefined) context.io.stdout(text);
      else writePrivateFile(output, text, 'output');
    } catch (error) {
      throw new ActionableError(
        'server',
        `The token was minted but could not be written out (${error instanceof Error ? error.message : String(error)}).`,
        `Revoke it: \`ado-ephemeral-pat revoke --state-file ${shellArg(stateFile)}\`.`,
        { cause: error },
      );
    }
    if (output !== undefined) host.info(`Wrote the ${format} result to ${output} (mode 0600).`);
    return EXIT.ok;
  });
}

export const command: Command = {
  name: 'mint',
  help,
  options: {
    ...inputOptions(MINT_INPUTS),
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'env-prefix': { type: 'string' },
    'state-file': { type: 'string' },
    npmrc: { type: 'string' },
  },
  run,
};
