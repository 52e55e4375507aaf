/**
 * `revoke`: by the state file `mint` wrote (default), by --authorization-id, or by --display-name. "Already
 * revoked / not found / expired" is success; a revocation that fails exits 3.
 */
import { parseCredential } from '../../core/inputs/credential-settings';
import { quote } from '../../core/safety/log-safety';
import { openPatSession } from '../../core/steps/pat-session';
import { revokeMinted } from '../../core/steps/revoke';
import { checkAuthorizationId, revokeHandle, type Handle } from '../../core/steps/revoke-handle';
import { checkSavedTarget } from '../../core/steps/revoke';
import { readState } from '../../core/steps/state';
import type { CliHost } from '../../hosts/cli/host';
import { DEFAULT_STATE_FILE, readStateFile, removeStateFile } from '../state-file';
import type { Command, CommandContext } from '../command';
import { EXIT } from '../exit-codes';
import { json } from '../formats';
import { COMMON_HELP, CONNECTION_HELP, CONNECTION_INPUTS, inputOptions, warnSecretFlags } from '../inputs';
import { createHost, guarded, option } from '../run';
import { UsageError } from '../usage';

const help = `Usage: ado-ephemeral-pat revoke [--state-file <file> | --authorization-id <id> | --display-name <name>] [flags]

Revokes a token. Without a handle it reads the state file that \`mint\` wrote (and deletes it once the
token is revoked or gone): run it in a trap, after_script or post/finally block. A token that is already
revoked, expired or unknown counts as done.

Handles (one of):
  --state-file <file>          default ${DEFAULT_STATE_FILE}   [ADO_EPHEMERAL_PAT_STATE_FILE];
                               organization and endpoints come from the file
  --authorization-id <guid>    needs --organization
  --display-name <name>        the exact name mint printed; revokes every active token so named;
                               needs --organization

Output:
  --json                       print {"outcome", "revoked": [ids]} to stdout

${CONNECTION_HELP}

${COMMON_HELP}
`;

interface RevokeReport {
  outcome: string;
  revoked: string[];
}

function chooseHandle(context: CommandContext): Handle | undefined {
  const id = option(context, 'authorization-id');
  const name = option(context, 'display-name');
  const given = [id, name, context.values['state-file']].filter((value) => value !== undefined);
  if (given.length > 1) {
    throw new UsageError('Give one handle: --state-file, --authorization-id or --display-name.');
  }
  if (id !== undefined) return { authorizationId: checkAuthorizationId(id) };
  if (name !== undefined) return { displayName: name.trim() };
  return undefined;
}

async function byStateFile(
  context: CommandContext,
  host: CliHost,
  file: string,
): Promise<RevokeReport | number> {
  const state = readStateFile(file);
  if (state === undefined) {
    host.info(
      `Nothing to revoke: there is no state file at ${quote(file, 200)} (mint did not get that far).`,
    );
    return { outcome: 'nothing-minted', revoked: [] };
  }
  if (state.displayName || state.authorizationId) {
    // A missing credential, or a state file naming other endpoints than the inputs, is a usage error
    // (exit 2), not a failed revocation.
    const read = (name: string) => host.getInput(name);
    parseCredential(read);
    const saved = readState(host);
    if (saved.organization && saved.endpoints) {
      checkSavedTarget(read, { organization: saved.organization, endpoints: saved.endpoints });
    }
  }
  const { outcome, revoked } = await revokeMinted(host);
  if (outcome === 'failed') return EXIT.revokeFailed;
  removeStateFile(file);
  host.debug(`Deleted the state file ${file}.`);
  return { outcome, revoked };
}

async function run(context: CommandContext): Promise<number> {
  const handle = chooseHandle(context);
  const stateFile = option(context, 'state-file', 'ADO_EPHEMERAL_PAT_STATE_FILE') ?? DEFAULT_STATE_FILE;
  const host = createHost(context, CONNECTION_INPUTS, handle ? undefined : stateFile);
  return guarded(
    host,
    async () => {
      warnSecretFlags(host, context.values);
      let report: RevokeReport;
      if (handle === undefined) {
        const result = await byStateFile(context, host, stateFile);
        if (typeof result === 'number') return result;
        report = result;
      } else {
        const { pats } = openPatSession(host);
        report = await revokeHandle(pats, handle, host);
      }
      if (context.values.json === true) context.io.stdout(json(report));
      return EXIT.ok;
    },
    EXIT.revokeFailed,
  );
}

export const command: Command = {
  name: 'revoke',
  help,
  options: {
    ...inputOptions(CONNECTION_INPUTS),
    'state-file': { type: 'string' },
    'authorization-id': { type: 'string' },
    'display-name': { type: 'string' },
    json: { type: 'boolean' },
  },
  run,
};
