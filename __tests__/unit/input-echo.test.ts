/**
 * Runners mask only exact secret strings: a secret pasted into the wrong input must never show in part. Each
 * validator that quotes a raw value is fed a long random token and must not echo any piece of it.
 */
import { randomBytes } from 'node:crypto';
import { parseEndpointUrl } from '../../src/core/inputs/endpoints';
import { parseLifetime } from '../../src/core/inputs/lifetime';
import { parseOrganization } from '../../src/core/inputs/organization';
import { checkAuthorizationId, revokeHandle } from '../../src/core/steps/revoke-handle';
import { parseScopes } from '../../src/core/inputs/scopes';
import { parseAge } from '../../src/core/steps/sweep';
import {
  parseBoolean,
  parseExportVariable,
  parseGuid,
  parseKeyVaultSecretName,
  parseTenant,
} from '../../src/core/inputs/validate';

/** Made at run time, so no token-shaped literal sits in the repository. */
const pasted = randomBytes(900).toString('base64url');
const pastedName = `GITHUB_${randomBytes(100).toString('hex').toUpperCase()}`;

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const { message, fix } = error as { message: string; fix?: string };
    return `${message} ${fix ?? ''}`;
  }
  throw new Error('accepted');
}

function expectNoPieceOf(value: string, text: string): void {
  for (let i = 0; i + 8 <= value.length; i++) expect(text).not.toContain(value.slice(i, i + 8));
  expect(text).toContain(`[a ${value.length}-character value, not shown]`);
}

describe('a long raw input value is never echoed, even in part', () => {
  it.each<[string, () => unknown]>([
    ['revoke', () => parseBoolean('revoke', pasted, true)],
    ['client-id', () => parseGuid('client-id', pasted)],
    ['tenant-id', () => parseTenant('tenant-id', pasted)],
    ['key-vault-secret', () => parseKeyVaultSecretName('key-vault-secret', pasted)],
    ['export-variable', () => parseExportVariable('export-variable', pasted)],
    ['vssps-url', () => parseEndpointUrl('vssps-url', pasted)],
    ['organization', () => parseOrganization(pasted)],
    ['lifetime', () => parseLifetime(pasted)],
    ['older-than', () => parseAge('older-than', pasted)],
    ['scopes', () => parseScopes(pasted)],
    ['authorization-id', () => checkAuthorizationId(pasted)],
  ])('%s', (_input, run) => {
    expectNoPieceOf(pasted, messageOf(run));
  });

  it('export-variable, when the value is a valid but reserved name', () => {
    expectNoPieceOf(
      pastedName,
      messageOf(() => parseExportVariable('export-variable', pastedName)),
    );
  });

  it('display-name given to revoke', async () => {
    const said: string[] = [];
    const pats = { revoke: () => Promise.resolve('revoked' as const), findActive: () => Promise.resolve([]) };
    await revokeHandle(pats, { displayName: pasted }, { info: (message) => said.push(message) });
    expectNoPieceOf(pasted, said.join('\n'));
  });
});
