/**
 * The `login` use case, platform-free: the bot user signs in once with the device code flow for the
 * PAT-management scopes (+ offline_access), and the refresh token goes where the person asked: a 0600
 * file, a Key Vault secret (written with their own Azure identity), or the caller (for `--print`).
 * The token is masked at once and never logged.
 */
import { checkSecretFileTarget, writeSecretFile } from '../credentials/refresh-token-file';
import { userVaultToken } from '../credentials/key-vault-auth';
import { KeyVaultClient } from '../credentials/key-vault-client';
import { ENTRA_SCOPES, type EntraScopeSetting } from '../entra/scopes';
import { EntraClient } from '../entra/token-client';
import { ActionableError } from '../errors';
import type { HttpClient } from '../net/http';
import { assertDelegatedUserToken, patScopeWarning } from '../entra/jwt';
import { quote } from '../safety/log-safety';

export type LoginTarget =
  | { kind: 'file'; file: string; force: boolean }
  | { kind: 'key-vault'; vaultUrl: string; secretName: string }
  | { kind: 'print' };

export interface LoginOptions {
  clientId: string;
  tenantId: string;
  authorityHost: string;
  /** The delegated scopes to consent to and request (`entra-scope`); default granular. */
  entraScope?: EntraScopeSetting;
  target: LoginTarget;
  http: HttpClient;
  mask: (secret: string) => void;
  /** Shows the person the verification URL and code (stderr on the command line). */
  prompt: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface LoginResult {
  /** Handed back for `print` only; undefined once stored elsewhere. */
  refreshToken?: string;
  account?: string;
  /** The scopes Entra says the tokens carry (the token response's `scope`). */
  scopes?: string;
  storedIn?: string;
}

const ORIGIN = 'the device code sign-in';

function vaultStore(options: LoginOptions, target: Extract<LoginTarget, { kind: 'key-vault' }>) {
  const getToken = userVaultToken({
    authorityHost: options.authorityHost,
    vaultUrl: target.vaultUrl,
    mask: options.mask,
  });
  return {
    /** Signs in to Key Vault before the device code flow, so a missing Azure identity wastes no sign-in. */
    check: getToken,
    client: new KeyVaultClient({
      vaultUrl: target.vaultUrl,
      http: options.http,
      getToken,
      mask: options.mask,
      who: 'your Azure identity',
    }),
  };
}

export async function login(options: LoginOptions): Promise<LoginResult> {
  const { target } = options;
  const vault = target.kind === 'key-vault' ? vaultStore(options, target) : undefined;
  // Refuse a bad destination before the person signs in, not after.
  if (target.kind === 'file') checkSecretFileTarget(target.file, { force: target.force });
  await vault?.check();

  const entra = new EntraClient({
    authorityHost: options.authorityHost,
    tenantId: options.tenantId,
    http: options.http,
    mask: options.mask,
    sleep: options.sleep,
  });
  const challenge = await entra.startDeviceCode({
    clientId: options.clientId,
    scopes: ENTRA_SCOPES[options.entraScope ?? 'granular'],
  });
  options.prompt(challenge.message);
  const tokens = await entra.pollDeviceCode({ clientId: options.clientId, ...challenge });
  assertDelegatedUserToken(tokens.accessToken, ORIGIN);
  const warning = patScopeWarning(tokens.accessToken, ORIGIN);
  if (warning) options.warn(warning);
  const refreshToken = tokens.refreshToken;
  if (refreshToken === undefined) {
    throw new ActionableError(
      'auth',
      'Microsoft Entra ID signed the user in but returned no refresh token.',
      'Check that the app registration allows public client flows and that the tenant does not block ' +
        'offline_access for it; then run `login` again.',
      { code: 'no_refresh_token' },
    );
  }
  const who = tokens.account ? `Signed in as ${tokens.account}.` : 'Signed in.';
  // What was granted, which may differ from what was asked (`.default` grants whatever was consented).
  options.info(
    tokens.scope
      ? `The refresh token carries the scopes ${quote(tokens.scope, 500)}.`
      : 'Microsoft Entra ID did not say which scopes the refresh token carries.',
  );

  switch (target.kind) {
    case 'print':
      options.info(`${who} Printing the refresh token to stdout (--print).`);
      return { refreshToken, account: tokens.account, scopes: tokens.scope };
    case 'file':
      writeSecretFile(target.file, refreshToken, { force: target.force });
      options.info(`${who} Stored the refresh token in ${target.file} (readable by you only, mode 0600).`);
      return { account: tokens.account, storedIn: target.file, scopes: tokens.scope };
    case 'key-vault': {
      const stored = await (vault as NonNullable<typeof vault>).client.setSecret(
        target.secretName,
        refreshToken,
      );
      const where = `the Key Vault secret ${target.secretName} in ${target.vaultUrl}`;
      options.info(
        `${who} Stored the refresh token as a new version${stored.version ? ` (${stored.version})` : ''} of ${where}.`,
      );
      return { account: tokens.account, storedIn: where, scopes: tokens.scope };
    }
  }
}
