/** One doctor check's result, and the one line it prints: ok, FAIL (with the fix) or -- (not checked). */
import { ActionableError, describeError } from '../../errors';
import type { Platform } from '../../host';

export type CheckStatus = 'ok' | 'fail' | 'skip';

export interface CheckResult {
  /** Stable id, for `--json` and tests. */
  id: string;
  status: CheckStatus;
  /** What was checked, e.g. "sign-in". */
  title: string;
  detail: string;
  /** What to do about a failure. */
  fix?: string;
}

// ASCII marks: CI logs do not always render ✓/✗, and a fixed width keeps the lines aligned.
const MARKS: Readonly<Record<CheckStatus, string>> = { ok: 'ok  ', fail: 'FAIL', skip: '--  ' };

export function checkLine(check: CheckResult): string {
  const fix = check.status === 'fail' && check.fix ? ` Fix: ${check.fix}` : '';
  return `${MARKS[check.status]} ${check.title}: ${check.detail}${fix}`;
}

export function ok(id: string, title: string, detail: string): CheckResult {
  return { id, status: 'ok', title, detail };
}

export function skip(id: string, title: string, detail: string): CheckResult {
  return { id, status: 'skip', title, detail };
}

export function fail(id: string, title: string, detail: string, fix: string): CheckResult {
  return { id, status: 'fail', title, detail, fix };
}

/** A thrown error as a failed check: an ActionableError keeps its message and fix apart. */
export function failed(id: string, title: string, error: unknown, platform: Platform): CheckResult {
  if (error instanceof ActionableError) return fail(id, title, error.message, error.fixOn(platform));
  return { id, status: 'fail', title, detail: describeError(error, platform) };
}
