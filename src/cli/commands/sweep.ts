/** `sweep`: revoke this tool's active tokens older than --older-than, the leftovers of jobs that died. */
import { formatDuration } from '../../core/inputs/lifetime';
import { openPatSession } from '../../core/steps/pat-session';
import { parseAge, sweep } from '../../core/steps/sweep';
import type { Command, CommandContext } from '../command';
import { EXIT } from '../exit-codes';
import { json } from '../formats';
import { COMMON_HELP, CONNECTION_HELP, CONNECTION_INPUTS, inputOptions, warnSecretFlags } from '../inputs';
import { createHost, guarded, option } from '../run';
import { UsageError } from '../usage';

const help = `Usage: ado-ephemeral-pat sweep --organization <org> --older-than <duration> [--dry-run] [--json] [flags]

Revokes the bot user's active tokens that this tool minted (by display name) and that were created longer
ago than --older-than. Run it on a schedule to clean up after runners that died before their revoke step.
Pick an age longer than your longest job: a younger token may belong to a job still running.

  --older-than <duration>      e.g. 2h, 90m, 1d (required)
  --dry-run                    list what would be revoked; revoke nothing
  --json                       print {dryRun, olderThan, matched, revoked, alreadyGone, failed, kept}

Exit code 3 when any revocation failed (the others are still revoked).

${CONNECTION_HELP}

${COMMON_HELP}
`;

async function run(context: CommandContext): Promise<number> {
  const olderThan = option(context, 'older-than');
  if (olderThan === undefined) throw new UsageError('sweep needs --older-than, e.g. --older-than 2h.');
  const host = createHost(context, CONNECTION_INPUTS);
  return guarded(host, async () => {
    const olderThanMs = parseAge('older-than', olderThan);
    warnSecretFlags(host, context.values);
    const { pats, organization } = openPatSession(host);
    const dryRun = context.values['dry-run'] === true;
    const report = await sweep(pats, host, { olderThanMs, dryRun });
    const age = formatDuration(olderThanMs);
    host.info(
      dryRun
        ? `Dry run: ${report.matched.length} token(s) in ${organization} older than ${age} would be revoked; ${report.kept} younger kept.`
        : `Revoked ${report.revoked.length} token(s) in ${organization} older than ${age} ` +
            `(${report.alreadyGone.length} already gone, ${report.failed.length} failed); ${report.kept} younger kept.`,
    );
    if (context.values.json === true) {
      const { olderThanMs: _ms, ...rest } = report;
      context.io.stdout(json({ ...rest, olderThan: age }));
    }
    return report.failed.length > 0 ? EXIT.revokeFailed : EXIT.ok;
  });
}

export const command: Command = {
  name: 'sweep',
  help,
  options: {
    ...inputOptions(CONNECTION_INPUTS),
    'older-than': { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  run,
};
