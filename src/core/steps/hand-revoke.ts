/** What a user does when revocation could not finish: the token's name and the command that revokes it. */
import { DEFAULT_ENDPOINTS } from '../inputs/endpoints';
import type { SavedState } from './state';

export function handRevokeAdvice(state: SavedState): string {
  const handle = state.authorizationId
    ? `--authorization-id ${state.authorizationId}`
    : `--display-name "${state.displayName ?? ''}"`;
  // Sovereign clouds and the emulator: the command must go where the token lives.
  const endpoints = state.endpoints ?? DEFAULT_ENDPOINTS;
  const flags = [
    ['--authority-host', endpoints.authorityHost, DEFAULT_ENDPOINTS.authorityHost],
    ['--vssps-url', endpoints.vsspsUrl, DEFAULT_ENDPOINTS.vsspsUrl],
    ['--azure-devops-url', endpoints.azureDevOpsUrl, DEFAULT_ENDPOINTS.azureDevOpsUrl],
  ]
    .filter(([, value, fallback]) => value !== fallback)
    .map(([flag, value]) => ` ${flag} ${value}`)
    .join('');
  return (
    `It stays valid until ${state.expiresAt ?? 'it expires'}. Revoke it by hand: in Azure DevOps open ` +
    `User settings > Personal access tokens, select "${state.displayName ?? state.authorizationId}" and ` +
    `choose Revoke; or run \`npx ado-ephemeral-pat revoke ${handle} ` +
    `--organization ${state.organization ?? '<organization>'}${flags}\` with the bot user's credential.`
  );
}
