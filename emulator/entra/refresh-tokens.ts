/**
 * Refresh tokens: opaque, stored only as hashes, rotating on every redemption. Each redemption supersedes
 * the presented token and issues the next generation of the same family. Presenting a superseded one is
 * handled per `entra.refreshTokenReuse`: 'allow' (default, like Entra, which does not revoke rotated tokens),
 * 'revoke-family' (reuse detection: the whole family is revoked and the caller gets AADSTS50173) or 'reject'
 * (AADSTS50173, family untouched).
 */
import { randomUUID } from 'node:crypto';
import type { HttpError } from '../errors';
import type { EmulatorContext } from '../routes';
import { hashSecret, randomSecret, type RefreshTokenRecord } from '../state';
import { aad } from './errors';

export function newRefreshTokenValue(): string {
  return `1.emu.${randomSecret(48)}`;
}

/** Registers `value` (or a new random value) as a refresh token; returns the value. */
export function issueRefreshToken(
  ctx: EmulatorContext,
  init: {
    username: string;
    clientId: string;
    scope: string;
    familyId?: string;
    generation?: number;
    value?: string;
  },
): string {
  const value = init.value ?? newRefreshTokenValue();
  const now = ctx.clock.now();
  const record: RefreshTokenRecord = {
    hash: hashSecret(value),
    familyId: init.familyId ?? randomUUID(),
    generation: init.generation ?? 0,
    username: init.username,
    clientId: init.clientId,
    scope: init.scope,
    issuedAt: now,
    expiresAt: now + ctx.config.entra.refreshTokenLifetimeSeconds * 1000,
    status: 'active',
  };
  ctx.state.data.refreshTokens[record.hash] = record;
  return value;
}

/** Checks a presented refresh token for `clientId`; on success marks it superseded and returns its record. */
export function redeemRefreshToken(
  ctx: EmulatorContext,
  value: string,
  clientId: string,
): RefreshTokenRecord | HttpError {
  const now = ctx.clock.now();
  const record = ctx.state.data.refreshTokens[hashSecret(value)];
  if (!record) return aad.malformedGrant(now);
  if (record.clientId.toLowerCase() !== clientId.toLowerCase()) return aad.grantClientMismatch(now);
  if (record.status === 'revoked') return aad.refreshTokenRevoked(now, record.issuedAt);
  if (record.expiresAt <= now) return aad.refreshTokenExpired(now, record.issuedAt);
  if (record.status === 'superseded') {
    const mode = ctx.config.entra.refreshTokenReuse;
    if (mode === 'revoke-family') {
      for (const r of Object.values(ctx.state.data.refreshTokens))
        if (r.familyId === record.familyId) r.status = 'revoked';
      ctx.log.warn(
        `refresh token reuse detected (family ${record.familyId}, generation ${record.generation}): family revoked`,
      );
      ctx.persist();
      return aad.refreshTokenRevoked(now, record.issuedAt);
    }
    if (mode === 'reject') return aad.refreshTokenRevoked(now, record.issuedAt);
  }
  record.status = 'superseded';
  return record;
}

/** Issues the next generation of `previous`'s family. */
export function rotateRefreshToken(
  ctx: EmulatorContext,
  previous: RefreshTokenRecord,
  scope: string,
): string {
  const latest = Object.values(ctx.state.data.refreshTokens)
    .filter((r) => r.familyId === previous.familyId)
    .reduce((max, r) => Math.max(max, r.generation), previous.generation);
  return issueRefreshToken(ctx, {
    username: previous.username,
    clientId: previous.clientId,
    scope,
    familyId: previous.familyId,
    generation: latest + 1,
  });
}

/** Makes sure the bot's generation-0 token from the ready line is known (first start, or a new seed value). */
export function registerBotRefreshToken(ctx: EmulatorContext): void {
  const value = ctx.state.data.botRefreshToken;
  if (ctx.state.data.refreshTokens[hashSecret(value)]) return;
  issueRefreshToken(ctx, {
    username: ctx.config.bot.username,
    clientId: ctx.config.bot.clientId,
    scope: '499b84ac-1321-427f-aa17-267ca6975798/.default offline_access',
    value,
  });
}

export type RefreshTokenView = Omit<RefreshTokenRecord, 'hash' | 'issuedAt' | 'expiresAt'> & {
  issuedAt: string;
  expiresAt: string;
  expired: boolean;
};

/** The state view: generations per user and client, never the values or hashes. */
export function describeRefreshTokens(ctx: EmulatorContext): RefreshTokenView[] {
  const now = ctx.clock.now();
  return Object.values(ctx.state.data.refreshTokens)
    .sort((a, b) => a.issuedAt - b.issuedAt || a.generation - b.generation)
    .map(({ hash: _hash, issuedAt, expiresAt, ...rest }) => ({
      ...rest,
      issuedAt: new Date(issuedAt).toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
      expired: expiresAt <= now,
    }));
}
