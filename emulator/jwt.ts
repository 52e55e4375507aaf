/**
 * RS256 signing keys shared by every issuer in the emulator (Entra ID, and the GitHub / Azure Pipelines OIDC
 * issuers), each under its own name and `kid`, so one `verify()` can check any token the emulator minted and
 * each issuer can publish its own JWKS. Private keys are persisted with the state so tokens survive a restart.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';

export interface Jwk {
  kty: string;
  use: 'sig';
  alg: 'RS256';
  kid: string;
  x5t: string;
  n: string;
  e: string;
}

export interface VerifiedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** The name of the key that signed it ('entra', 'github-oidc', …). */
  keyName: string;
}

export type JwtFailure = 'malformed' | 'unsupported-alg' | 'unknown-key' | 'bad-signature';

export interface SigningKeys {
  /** Signs `payload` with the named key (created on first use); adds `alg`, `typ`, `kid`, `x5t` to the header. */
  sign(payload: Record<string, unknown>, keyName?: string): string;
  /** The JWKS document of one key name (`{keys:[…]}`). */
  jwks(keyName?: string): { keys: Jwk[] };
  /** Checks the signature against every key the emulator holds (no time or audience checks). */
  verify(token: string): VerifiedJwt | { error: JwtFailure };
  /** PKCS#8 PEM of every key, for persistence. */
  export(): Record<string, string>;
}

interface NamedKey {
  kid: string;
  privateKey: KeyObject;
  /** PKCS#8 PEM, exported once: the state is persisted after every change, and exporting costs more than signing. */
  pem: string;
  publicKey: KeyObject;
  jwk: Jwk;
}

export const DEFAULT_KEY = 'entra';

function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

function describe(name: string, privateKey: KeyObject): NamedKey {
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  // The thumbprint doubles as kid and x5t: stable for a persisted key, distinct across keys.
  const thumb = createHash('sha1').update(der).digest('base64url');
  const kid = `${name}-${thumb.slice(0, 16)}`;
  const exported = publicKey.export({ format: 'jwk' });
  return {
    kid,
    privateKey,
    pem: String(privateKey.export({ type: 'pkcs8', format: 'pem' })),
    publicKey,
    jwk: {
      kty: 'RSA',
      use: 'sig',
      alg: 'RS256',
      kid,
      x5t: thumb,
      n: String(exported.n),
      e: String(exported.e),
    },
  };
}

export function createSigningKeys(persisted: Record<string, string> = {}): SigningKeys {
  const keys = new Map<string, NamedKey>();
  for (const [name, pem] of Object.entries(persisted)) keys.set(name, describe(name, createPrivateKey(pem)));

  const get = (name: string): NamedKey => {
    let key = keys.get(name);
    if (!key) {
      key = describe(name, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
      keys.set(name, key);
    }
    return key;
  };

  return {
    sign(payload, keyName = DEFAULT_KEY) {
      const key = get(keyName);
      const header = { typ: 'JWT', alg: 'RS256', kid: key.kid, x5t: key.jwk.x5t };
      const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
      return `${input}.${base64url(sign('sha256', Buffer.from(input), key.privateKey))}`;
    },
    jwks(keyName = DEFAULT_KEY) {
      return { keys: [get(keyName).jwk] };
    },
    verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3) return { error: 'malformed' };
      let header: Record<string, unknown>;
      let payload: Record<string, unknown>;
      try {
        header = JSON.parse(Buffer.from(parts[0] ?? '', 'base64url').toString('utf8')) as Record<
          string,
          unknown
        >;
        payload = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as Record<
          string,
          unknown
        >;
      } catch {
        return { error: 'malformed' };
      }
      if (typeof header !== 'object' || header === null || typeof payload !== 'object' || payload === null) {
        return { error: 'malformed' };
      }
      if (header.alg !== 'RS256') return { error: 'unsupported-alg' };
      const entry = [...keys.entries()].find(([, k]) => k.kid === header.kid);
      if (!entry) return { error: 'unknown-key' };
      const [keyName, key] = entry;
      const ok = verify(
        'sha256',
        Buffer.from(`${parts[0]}.${parts[1]}`),
        key.publicKey,
        Buffer.from(parts[2] ?? '', 'base64url'),
      );
      return ok ? { header, payload, keyName } : { error: 'bad-signature' };
    },
    export() {
      return Object.fromEntries([...keys.entries()].map(([name, k]) => [name, k.pem]));
    },
  };
}

/** Time checks with Entra's 5-minute skew allowance. Returns the failure, or undefined when valid. */
export function checkTokenTimes(
  payload: Record<string, unknown>,
  nowSeconds: number,
  skewSeconds = 300,
): 'expired' | 'not-yet-valid' | undefined {
  if (typeof payload.exp === 'number' && nowSeconds > payload.exp + skewSeconds) return 'expired';
  if (typeof payload.nbf === 'number' && nowSeconds + skewSeconds < payload.nbf) return 'not-yet-valid';
  return undefined;
}

/** A string claim, or '' when it is absent or not a string. */
export function claim(payload: Record<string, unknown>, name: string): string {
  const value = payload[name];
  return typeof value === 'string' ? value : '';
}
