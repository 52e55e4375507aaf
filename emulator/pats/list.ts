/**
 * `GET /{org}/_apis/tokens/pats`: list the caller's PATs (filter, sort, `$top`, continuation token), or with
 * `authorizationId` get one. Defaults: `active`, `displayName`, ascending, `$top=20` (max 100, larger values
 * are clamped). The continuation token is base64("{nextRow}-patapitoken") with 1-based rows; "" at the end.
 * `displayDate` sorts by `validTo` (the date the UI lists); ties break on authorizationId.
 */
import type { ServerResponse } from 'node:http';
import { azureDevOpsError, sendJson } from '../errors';
import { patStatus, type PatStatus } from '../identity';
import type { EmulatorContext, EmulatorRequest } from '../routes';
import type { PatRecord } from '../state';
import { isGuid } from './format';
import { guardPatApi } from './guard';
import { errorResult, patTokenView, successResult } from './results';

const FILTERS = ['active', 'revoked', 'expired', 'all'] as const;
const SORTS = ['displayName', 'displayDate', 'status'] as const;
const STATUS_ORDER: Record<PatStatus, number> = { active: 0, expired: 1, revoked: 2 };

function badArgument(name: string, value: string): Error {
  return azureDevOpsError(400, `The value '${value}' is not valid for ${name}.\r\nParameter name: ${name}`, {
    typeKey: 'ArgumentException',
    typeName: 'System.ArgumentException, mscorlib',
    eventId: 0,
  });
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T, name: string): T {
  if (value === null || value === '') return fallback;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!found) throw badArgument(name, value);
  return found;
}

export function encodeContinuation(nextRow: number): string {
  return Buffer.from(`${nextRow}-patapitoken`, 'utf8').toString('base64');
}

function decodeContinuation(token: string | null): number {
  if (!token) return 1;
  const match = /^(\d+)-patapitoken$/.exec(Buffer.from(token, 'base64').toString('utf8'));
  const row = Number(match?.[1]);
  if (!match || !Number.isSafeInteger(row) || row < 1) throw badArgument('continuationToken', token);
  return row;
}

function parseTop(raw: string | null): number {
  if (raw === null || raw === '') return 20;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1) throw badArgument('$top', raw);
  return Math.min(top, 100);
}

function compare(sort: (typeof SORTS)[number], now: number): (a: PatRecord, b: PatRecord) => number {
  return (a, b) => {
    let d = 0;
    if (sort === 'displayName') d = a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' });
    if (sort === 'displayDate') d = Date.parse(a.validTo) - Date.parse(b.validTo);
    if (sort === 'status') d = STATUS_ORDER[patStatus(a, now)] - STATUS_ORDER[patStatus(b, now)];
    return d !== 0 ? d : a.authorizationId.localeCompare(b.authorizationId);
  };
}

export function listPats(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext): void {
  const user = guardPatApi(req, ctx, 'read');
  const now = ctx.clock.now();
  const filter = oneOf(req.query.get('displayFilterOption'), FILTERS, 'active', 'displayFilterOption');
  const sort = oneOf(req.query.get('sortByOption'), SORTS, 'displayName', 'sortByOption');
  const ascending = (req.query.get('isSortAscending') ?? 'true').toLowerCase() !== 'false';
  const top = parseTop(req.query.get('$top'));
  const startRow = decodeContinuation(req.query.get('continuationToken'));

  const mine = Object.values(ctx.state.data.pats)
    .filter((p) => p.ownerOid === user.oid)
    .filter((p) => filter === 'all' || patStatus(p, now) === filter)
    .sort(compare(sort, now));
  if (!ascending) mine.reverse();
  const page = mine.slice(startRow - 1, startRow - 1 + top);
  const nextRow = startRow + page.length;
  sendJson(res, 200, {
    continuationToken: nextRow <= mine.length ? encodeContinuation(nextRow) : '',
    patTokens: page.map((p) => patTokenView(ctx, p, null)),
  });
}

export function getPat(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext): void {
  const user = guardPatApi(req, ctx, 'read');
  const id = req.query.get('authorizationId') ?? '';
  const pat = isGuid(id)
    ? Object.values(ctx.state.data.pats).find(
        (p) => p.authorizationId.toLowerCase() === id.toLowerCase() && p.ownerOid === user.oid,
      )
    : undefined;
  sendJson(res, 200, pat ? successResult(ctx, pat, null) : errorResult('tokenNotFound'));
}
