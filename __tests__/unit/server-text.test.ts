import { patHttpFailure, patTokenError } from '../../src/core/azure-devops/pat-errors';
import { KeyVaultClient } from '../../src/core/credentials/key-vault-client';
import { ActionableError } from '../../src/core/errors';
import type { HttpClient, HttpResponse } from '../../src/core/net/http';
import { boundText, MAX_SERVER_TEXT, printableCode } from '../../src/core/safety/server-text';
import { looksLikeCommand } from '../property/arbitraries';
import { fakeJwt, userClaims } from '../helpers/stub-server';

/** Shaped like a code (letters and digits only) but a credential: a legacy PAT and a JWT. */
const LEGACY_PAT = 'abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrst';
const JWT = fakeJwt(userClaims());
const COMMANDS = ['##vso[task.setvariable variable=x]y', '::add-mask::x', '::stop-commands::token'];

function response(status: number, body: string): HttpResponse {
  return { status, body, url: 'https://vault.example', headers: { get: () => null } };
}

async function keyVaultFailure(status: number, body: string): Promise<ActionableError> {
  const client = new KeyVaultClient({
    vaultUrl: 'https://vault.example',
    http: { send: () => Promise.resolve(response(status, body)) } as unknown as HttpClient,
    getToken: () => Promise.resolve('vault-token'),
    mask: () => undefined,
    who: 'the job identity',
  });
  const error: unknown = await client.getSecret('bot-refresh-token').catch((e: unknown) => e);
  if (!(error instanceof ActionableError)) throw new Error('expected an ActionableError');
  return error;
}

/** Every line of a message, as a runner would read it, and every secret that must not be in it. */
function expectSafe(message: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(message).not.toContain(secret);
  for (const line of message.split(/\r\n|\r|\n/)) expect(looksLikeCommand(line)).toBe(false);
}

describe('printableCode', () => {
  test.each([
    'SecretNotFound',
    'ForbiddenByRbac',
    'invalid_grant',
    'Microsoft.KeyVault.Forbidden',
    'Error404',
  ])('keeps the code %s', (code) => expect(printableCode(code)).toBe(code));

  test.each([
    LEGACY_PAT,
    JWT,
    'eyJhbGciOiJIUzI1NiJ9',
    'a'.repeat(65),
    'two words',
    '',
    42,
    undefined,
    ...COMMANDS,
  ])('refuses %p', (value) => expect(printableCode(value)).toBeUndefined());
});

describe('boundText', () => {
  test('keeps short text as it is', () => {
    expect(boundText('short text')).toBe('short text');
  });

  test('keeps the first part of long text, never a cut run of token characters, never half a surrogate pair', () => {
    const bounded = boundText(`${'word '.repeat(MAX_SERVER_TEXT / 5 - 1)}abc${LEGACY_PAT}`);
    expect(bounded.length).toBeLessThanOrEqual(MAX_SERVER_TEXT + 1);
    expect(bounded.endsWith(' …')).toBe(true);
    expect(boundText('😀'.repeat(10), 5)).toBe('😀😀…');
  });
});

describe('codes from error bodies are printed only when code-shaped', () => {
  const secrets = [LEGACY_PAT, JWT];

  test.each([LEGACY_PAT, JWT, ...COMMANDS])('Key Vault error code %p', async (code) => {
    const body = JSON.stringify({ error: { code, message: `Denied ${JWT}`, innererror: { code } } });
    for (const status of [403, 404, 500]) {
      const error = await keyVaultFailure(status, body);
      expectSafe(error.message, [...secrets, code]);
      expect(error.message).toContain('Denied ***');
    }
  });

  test('Key Vault codes of the right shape are still printed', async () => {
    const body = JSON.stringify({ error: { code: 'Forbidden', innererror: { code: 'ForbiddenByRbac' } } });
    expect((await keyVaultFailure(403, body)).message).toContain('ForbiddenByRbac: Azure RBAC');
  });

  test.each([LEGACY_PAT, JWT, ...COMMANDS])('Azure DevOps typeKey and patTokenError %p', (code) => {
    const body = JSON.stringify({ typeKey: code, message: `Nope ${JWT}` });
    const http = patHttpFailure(response(400, body), 'create a PAT');
    expectSafe(http.message, [...secrets, code]);
    expect(http.message).toContain('Nope ***');
    const business = patTokenError(code, `Nope ${JWT}`, 'create a PAT');
    expectSafe(business.message, [...secrets, code]);
    expect(business.message).toContain('Nope ***');
    expect(business.code).toBe('unrecognised');
  });
});
