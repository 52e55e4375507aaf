/**
 * What a snippet's log may not show. Known secrets are matched in every encoded form (`leaks`); a PAT the
 * test never saw (one a shell snippet minted and kept in a variable) is found by its shape: 84 characters
 * with the `AZDO` signature, raw or inside base64 (a Basic header).
 */
import { leaks } from '../e2e/cli-harness';

const PAT_SHAPE = /[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}/;

function patShapes(text: string): number {
  let found = PAT_SHAPE.test(text) ? 1 : 0;
  for (const run of text.match(/[A-Za-z0-9+/]{100,}={0,2}/g) ?? []) {
    for (const shift of [0, 1, 2, 3]) {
      const decoded = Buffer.from(run.slice(shift), 'base64').toString('latin1');
      if (PAT_SHAPE.test(decoded)) found++;
    }
  }
  return found;
}

/** Indexes of `secrets` found, plus `pat-shape` when something that looks like a PAT is in the text. */
export function logProblems(text: string, secrets: readonly string[]): (number | 'pat-shape')[] {
  const problems: (number | 'pat-shape')[] = leaks(text, secrets);
  if (patShapes(text) > 0) problems.push('pat-shape');
  return problems;
}

/** What a runner writes to the log: every registered secret replaced by `***`, longest first. */
export function masked(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].filter(Boolean).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join('***');
  }
  return out;
}
