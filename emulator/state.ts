/**
 * Everything the emulator remembers: PATs, refresh-token generations, device codes, the current policy, the
 * signing keys, the clock offset and each module's own data. In memory, or mirrored to `<dataDir>/state.json`
 * with atomic writes (write a temp file, then rename) so a crash never leaves a torn file.
 * Secrets are stored only as SHA-256 hashes, except the bot's generation-0 refresh token, which the ready
 * line must be able to print again after a restart.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PolicyConfig } from './config';

export interface PatRecord {
  authorizationId: string;
  ownerOid: string;
  ownerUpn: string;
  /** HTML-encoded, as stored by the service. */
  displayName: string;
  scope: string;
  /** ISO strings exactly as the API prints them. */
  validFrom: string;
  validTo: string;
  allOrgs: boolean;
  tokenHash: string;
  revokedAt: string | null;
}

export type RefreshTokenStatus = 'active' | 'superseded' | 'revoked';

export interface RefreshTokenRecord {
  hash: string;
  /** Every rotation of one sign-in shares a family; reuse detection revokes the whole family. */
  familyId: string;
  generation: number;
  username: string;
  clientId: string;
  /** The scope the sign-in asked for; a later redemption without `scope` gets the same. */
  scope: string;
  issuedAt: number;
  expiresAt: number;
  status: RefreshTokenStatus;
}

export type DeviceCodeStatus = 'pending' | 'approved' | 'declined' | 'redeemed';

export interface DeviceCodeRecord {
  hash: string;
  userCode: string;
  clientId: string;
  scope: string;
  createdAt: number;
  expiresAt: number;
  lastPolledAt: number | null;
  status: DeviceCodeStatus;
  username: string | null;
}

export interface EmulatorState {
  version: 1;
  clockOffsetMs: number;
  policy: PolicyConfig;
  botRefreshToken: string;
  pats: Record<string, PatRecord>;
  refreshTokens: Record<string, RefreshTokenRecord>;
  deviceCodes: Record<string, DeviceCodeRecord>;
  signingKeys: Record<string, string>;
  modules: Record<string, unknown>;
}

export interface StateStore {
  readonly data: EmulatorState;
  /** The data dir's state file, or null in memory. */
  readonly file: string | null;
  /** A module's own persisted slot, created by `init()` the first time (and after a reset). */
  moduleData<T>(name: string, init: () => T): T;
  /** Writes the state file now (no-op in memory). */
  save(): void;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function freshState(policy: PolicyConfig, botRefreshToken: string | null): EmulatorState {
  return {
    version: 1,
    clockOffsetMs: 0,
    policy: structuredClone(policy),
    botRefreshToken: botRefreshToken ?? `0.emu.${randomSecret()}`,
    pats: {},
    refreshTokens: {},
    deviceCodes: {},
    signingKeys: {},
    modules: {},
  };
}

export function createStateStore(dataDir: string | undefined, initial: () => EmulatorState): StateStore {
  const file = dataDir ? path.join(path.resolve(dataDir), 'state.json') : null;
  const data = (file && load(file)) || initial();
  const store: StateStore = {
    data,
    file,
    moduleData<T>(name: string, init: () => T): T {
      if (!(name in data.modules)) data.modules[name] = init();
      return data.modules[name] as T;
    },
    save() {
      if (!file) return;
      mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(tmp, JSON.stringify(data), { mode: 0o600 });
      renameSync(tmp, file);
    },
  };
  return store;
}

function load(file: string): EmulatorState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const parsed = JSON.parse(text) as EmulatorState;
  if (parsed.version !== 1) throw new Error(`unsupported state file version in ${file}`);
  return parsed;
}
