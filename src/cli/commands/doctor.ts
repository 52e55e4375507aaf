/** `doctor`: the preflight checks, without minting (with --probe, a 5-minute probe token minted and revoked). */
import { runDoctor } from '../../core/steps/doctor';
import type { Command, CommandContext } from '../command';
import { EXIT } from '../exit-codes';
import { json } from '../formats';
import { COMMON_HELP, CONNECTION_HELP, DOCTOR_INPUTS, inputOptions, warnSecretFlags } from '../inputs';
import { createHost, guarded } from '../run';

const help = `Usage: ado-ephemeral-pat doctor --organization <org> --scopes <scopes> [--lifetime <d>] [--probe] [--json] [flags]

Checks, without minting, what a mint with the same flags needs, one line per check (ok, FAIL with the fix,
or -- when it cannot be seen): the credential signs in; its Entra token grants vso.pats and vso.pats_manage;
the organization exists and the bot user is a member; the PAT API accepts the token. Organization policies
(the PAT creation allow-list, a maximum lifetime) are not visible to users: --probe proves them by minting a
token with the smallest scope for 5 minutes, moving its expiry to --lifetime, and revoking it.

  --scopes <list>              the scopes the job will ask for   [ADO_EPHEMERAL_PAT_SCOPES]
  --lifetime <duration>        the lifetime the job will ask for (default 1h)   [ADO_EPHEMERAL_PAT_LIFETIME]
  --probe                      also mint and revoke a 5-minute probe token
  --json                       also print {ok, organization, checks: [{id, status, title, detail, fix}]}
  --allow-token-scopes         accept vso.tokens and vso.tokenadministration, as mint does with it
                               [..._ALLOW_TOKEN_SCOPES=true]

Exit code 1 when a check failed.

${CONNECTION_HELP}

${COMMON_HELP}
`;

async function run(context: CommandContext): Promise<number> {
  const host = createHost(context, DOCTOR_INPUTS);
  return guarded(host, async () => {
    warnSecretFlags(host, context.values);
    const report = await runDoctor(host, {
      probe: context.values.probe === true,
      probeHint: 'run doctor with --probe',
    });
    if (context.values.json === true) context.io.stdout(json(report));
    const failed = report.checks.filter((check) => check.status === 'fail').length;
    if (failed > 0) {
      host.setFailed(`${failed} check(s) failed; follow the fix on each FAIL line.`);
      return EXIT.failure;
    }
    host.info(`Every check passed in ${report.organization}.`);
    return EXIT.ok;
  });
}

export const command: Command = {
  name: 'doctor',
  help,
  options: {
    ...inputOptions(DOCTOR_INPUTS),
    probe: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  run,
};
