/**
 * `dry-run` on the action and the task: the doctor's checks in the main step. No output is set and no token
 * is kept; the saved state says so, and the post step has nothing to revoke. A failed check fails the step.
 */
import { ActionableError } from '../errors';
import type { Host } from '../host';
import { inputRef } from '../inputs/names';
import { DRY_RUN } from '../inputs/dry-run';
import { runDoctor } from './doctor';
import { saveDryRun } from './state';

export async function dryRun(host: Host, withProbe: boolean): Promise<void> {
  saveDryRun(host);
  const report = await runDoctor(host, {
    probe: withProbe,
    probeHint: `set ${inputRef(DRY_RUN)} to probe`,
  });
  // The probe, once revoked, cleared what it saved: keep saying this was a dry run.
  saveDryRun(host);
  const failedChecks = report.checks.filter((check) => check.status === 'fail');
  if (failedChecks.length > 0) {
    throw new ActionableError(
      'policy',
      `Dry run: ${failedChecks.length} check(s) failed (${failedChecks.map((check) => check.title).join(', ')}); no token was minted.`,
      'Follow the fix on each FAIL line above, then run the dry run again.',
    );
  }
  host.info(`Dry run: every check passed in ${report.organization}; no token was minted.`);
}
