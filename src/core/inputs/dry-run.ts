/** The `dry-run` input: off (mint), `true` (check without minting) or `probe` (also mint and revoke a probe). */
import { InputError } from '../errors';
import { inputRef } from './names';
import { parseBoolean, readInput, type InputReader } from './validate';
import { quoteInput } from '../safety/log-safety';

export const DRY_RUN = 'dry-run';

export type DryRunMode = 'off' | 'checks' | 'probe';

export function parseDryRun(read: InputReader): DryRunMode {
  const raw = readInput(read, DRY_RUN);
  if (raw === undefined) return 'off';
  if (raw.trim().toLowerCase() === 'probe') return 'probe';
  try {
    return parseBoolean(DRY_RUN, raw, false) ? 'checks' : 'off';
  } catch {
    throw new InputError(
      DRY_RUN,
      `Input ${inputRef(DRY_RUN)} must be true, false or probe, got ${quoteInput(raw)}.`,
      `Set ${inputRef(DRY_RUN)} to true to check without minting, or to probe to also mint and revoke a ` +
        '5-minute probe token.',
    );
  }
}
