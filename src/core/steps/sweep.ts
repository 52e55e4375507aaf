/**
 * Revokes this tool's active tokens older than a given age: the clean-up for runners that died before
 * their revoke step. Age counts from `validFrom` (creation); a token without one is kept, never guessed at.
 */
import { describeError, InputError } from '../errors';
import { listOwn, type OwnToken } from '../azure-devops/list-own';
import type { Platform } from '../host';
import { quoteInput } from '../safety/log-safety';
import type { PatClient } from '../azure-devops/pat-client';

export interface SweepOptions {
  olderThanMs: number;
  dryRun: boolean;
  now?: () => Date;
}

export interface SweepReport {
  dryRun: boolean;
  olderThanMs: number;
  /** Own tokens old enough to sweep (revoked, or that would be in a dry run). */
  matched: OwnToken[];
  revoked: OwnToken[];
  /** Revoked or expired by someone else between the list and the revoke. */
  alreadyGone: OwnToken[];
  failed: { token: OwnToken; error: string }[];
  /** Own tokens younger than the age, or without a creation date. */
  kept: number;
}

export interface SweepLog {
  readonly platform: Platform;
  info(message: string): void;
  warning(message: string): void;
}

const UNITS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** `90m`, `2h`, `1d12h`, `0s`: compact durations, largest unit first (no upper or lower bound). */
export function parseAge(input: string, raw: string): number {
  const text = raw.trim().toLowerCase();
  const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (text === '' || match === null) {
    throw new InputError(
      input,
      `Invalid duration ${quoteInput(raw)}.`,
      'Use a duration such as `30m`, `2h`, `1d` or `1d12h`.',
    );
  }
  return ['d', 'h', 'm', 's'].reduce(
    (sum, unit, i) => sum + Number(match[i + 1] ?? 0) * (UNITS[unit] ?? 0),
    0,
  );
}

export async function sweep(
  pats: Pick<PatClient, 'list' | 'revoke'>,
  log: SweepLog,
  options: SweepOptions,
): Promise<SweepReport> {
  const now = (options.now ?? (() => new Date()))().getTime();
  const own = await listOwn(pats);
  const matched = own.filter((token) => {
    const created = Date.parse(token.validFrom);
    return !Number.isNaN(created) && now - created >= options.olderThanMs;
  });
  const report: SweepReport = {
    dryRun: options.dryRun,
    olderThanMs: options.olderThanMs,
    matched,
    revoked: [],
    alreadyGone: [],
    failed: [],
    kept: own.length - matched.length,
  };
  for (const token of matched) {
    const what = `"${token.displayName}" (authorization id ${token.authorizationId}, created ${token.validFrom})`;
    if (options.dryRun) {
      log.info(`Would revoke ${what}.`);
      continue;
    }
    try {
      const outcome = await pats.revoke(token.authorizationId);
      (outcome === 'revoked' ? report.revoked : report.alreadyGone).push(token);
      log.info(outcome === 'revoked' ? `Revoked ${what}.` : `${what} was already gone.`);
    } catch (error) {
      // One failure must not stop the sweep: the other leftovers still get revoked.
      report.failed.push({ token, error: describeError(error, log.platform) });
      log.warning(`Could not revoke ${what}: ${describeError(error, log.platform)}`);
    }
  }
  return report;
}
