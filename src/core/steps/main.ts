/** The main step of the action and the task: mint, or, with `dry-run`, check without minting. */
import type { Host } from '../host';
import { parseDryRun } from '../inputs/dry-run';
import { dryRun } from './dry-run';
import { mint } from './mint';

export async function mainStep(host: Host): Promise<void> {
  const mode = parseDryRun((name) => host.getInput(name));
  if (mode === 'off') await mint(host);
  else await dryRun(host, mode === 'probe');
}
