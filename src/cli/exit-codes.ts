/** The documented exit codes (docs/cli.md): scripts branch on these, so never renumber one. */
import { ActionableError } from '../core/errors';

export const EXIT = {
  ok: 0,
  /** Minting, listing or sweeping failed: auth, policy, network, server; or a doctor check failed. */
  failure: 1,
  /**
   * Bad flags or inputs: found before any request (a missing credential, a bad scope), or refused by Azure DevOps
   * or Entra ID as such (an unknown client id, a scope it does not offer). No token was created or revoked.
   */
  usage: 2,
  /** A revocation failed: the token may still be valid. */
  revokeFailed: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function isInputError(error: unknown): boolean {
  return error instanceof ActionableError && error.kind === 'input';
}

/** Input errors are usage errors; anything else is `otherwise` (failure, or revokeFailed for revoke). */
export function exitCodeFor(error: unknown, otherwise: ExitCode = EXIT.failure): ExitCode {
  return isInputError(error) ? EXIT.usage : otherwise;
}
