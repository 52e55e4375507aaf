/**
 * PAT scope normalization against the emulator's own scope catalogue: an empty scope is
 * `app_token` (full access), unknown scopes are `invalidScope`, Entra-only scopes cannot go on a PAT.
 */
import { FULL_ACCESS_SCOPE, isPatScope } from '../scope-catalog';

export type ScopeCheck = { ok: true; scope: string; scopes: string[] } | { ok: false };

export function normalizePatScope(raw: unknown): ScopeCheck {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return { ok: false };
  const items = [
    ...new Set(
      String(raw ?? '')
        .split(/\s+/)
        .filter(Boolean),
    ),
  ];
  if (items.length === 0) return { ok: true, scope: FULL_ACCESS_SCOPE, scopes: [FULL_ACCESS_SCOPE] };
  if (items.includes(FULL_ACCESS_SCOPE)) {
    return items.length === 1
      ? { ok: true, scope: FULL_ACCESS_SCOPE, scopes: [FULL_ACCESS_SCOPE] }
      : { ok: false };
  }
  if (!items.every(isPatScope)) return { ok: false };
  return { ok: true, scope: items.join(' '), scopes: items };
}

const PACKAGING_SCOPES = new Set(['vso.packaging', 'vso.packaging_write', 'vso.packaging_manage']);

export function isPackagingOnly(scopes: string[]): boolean {
  return scopes.length > 0 && scopes.every((s) => PACKAGING_SCOPES.has(s));
}
