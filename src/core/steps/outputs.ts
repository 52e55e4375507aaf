/**
 * The main step's outputs. Later steps often echo them (`echo ${{ steps.pat.outputs.display-name }}`), so
 * the values the product builds from inputs and server text (the display name, the granted scopes) have
 * their runner command starts (`::`, `##[`, `##vso[`) broken. The token, its Basic form, the id and the
 * date go out exactly as they are.
 */
import type { Host } from '../host';
import { neutralizeCommands } from '../safety/log-safety';
import type { MintResult } from './mint';

export function setMintOutputs(host: Host, result: MintResult): void {
  host.setOutput('token', result.token, { secret: true });
  host.setOutput('basic-auth', result.basicAuth, { secret: true });
  host.setOutput('authorization-id', result.authorizationId, { secret: false });
  host.setOutput('expires-at', result.expiresAt, { secret: false });
  host.setOutput('scopes', neutralizeCommands(result.scopes), { secret: false });
  host.setOutput('display-name', neutralizeCommands(result.displayName), { secret: false });
}
