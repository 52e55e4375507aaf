/** `list`: the active tokens this tool minted for the bot user, as a table or JSON. */
import { listOwn, type OwnToken } from '../../core/azure-devops/list-own';
import { openPatSession } from '../../core/steps/pat-session';
import type { Command, CommandContext } from '../command';
import { EXIT } from '../exit-codes';
import { formatTable, json } from '../formats';
import { COMMON_HELP, CONNECTION_HELP, CONNECTION_INPUTS, inputOptions, warnSecretFlags } from '../inputs';
import { createHost, guarded } from '../run';

const help = `Usage: ado-ephemeral-pat list --organization <org> [--json] [flags]

Lists the active tokens of the bot user whose display name this tool built ("ado-ephemeral-pat: … [suffix]"),
oldest first. Tokens minted by hand or by other tools are not shown. Never prints a token's secret.

Output:
  --json                       a JSON array of {authorizationId, displayName, scopes, createdAt, expiresAt}:
                               the names and ISO 8601 times (milliseconds, UTC) of \`mint --format json\`

${CONNECTION_HELP}

${COMMON_HELP}
`;

/** A time as `mint` prints `expiresAt`: ISO 8601 with milliseconds in UTC, whatever precision the server used. */
function isoTime(text: string): string | null {
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A listed token under the field names of `mint --format json`; `createdAt` is null when the server omits it. */
function listed(token: OwnToken) {
  return {
    authorizationId: token.authorizationId,
    displayName: token.displayName,
    scopes: token.scope.split(/\s+/).filter(Boolean).join(' '),
    createdAt: isoTime(token.validFrom),
    expiresAt: isoTime(token.validTo),
  };
}

async function run(context: CommandContext): Promise<number> {
  const host = createHost(context, CONNECTION_INPUTS);
  return guarded(host, async () => {
    warnSecretFlags(host, context.values);
    const { pats, organization } = openPatSession(host);
    const tokens = (await listOwn(pats)).map(listed);
    if (context.values.json === true) {
      context.io.stdout(json(tokens));
      return EXIT.ok;
    }
    host.info(`${tokens.length} active token(s) minted by ado-ephemeral-pat in ${organization}.`);
    if (tokens.length > 0) {
      const rows = tokens.map((t) => [
        t.authorizationId,
        t.createdAt ?? '',
        t.expiresAt ?? '',
        t.scopes,
        t.displayName,
      ]);
      context.io.stdout(
        formatTable(['AUTHORIZATION ID', 'CREATED', 'EXPIRES', 'SCOPES', 'DISPLAY NAME'], rows),
      );
    }
    return EXIT.ok;
  });
}

export const command: Command = {
  name: 'list',
  help,
  options: { ...inputOptions(CONNECTION_INPUTS), json: { type: 'boolean' } },
  run,
};
