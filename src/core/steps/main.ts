/** The main step of the action and the task: mint, or, with `dry-run`, check without minting. */
import type { Host } from '../host';
import { parseDryRun } from '../inputs/dry-run';
import { readTokenType } from '../inputs/token-type';
import { dryRun } from './dry-run';
import { mint } from './mint';

export async function mainStep(host: Host): Promise<void> {
  const read = (name: string) => host.getInput(name);
  // `token-type: entra` refuses `dry-run` with the other PAT-only inputs (mint hands it to its own flow).
  const mode = readTokenType(read) === 'entra' ? 'off' : parseDryRun(read);
  if (mode === 'off') await mint(host);
  else await dryRun(host, mode === 'probe');
}
