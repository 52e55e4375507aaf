/**
 * Azure DevOps-style throttling: each identity has a budget of TSTUs over a sliding window;
 * every throttled request costs `costPerRequest`. Over budget → 429 `TF400733` with `Retry-After` (seconds until
 * enough usage leaves the window) and `X-RateLimit-Resource/-Limit/-Remaining/-Reset`.
 */
import { azureDevOpsError, type HttpError } from './errors';

export interface ThrottleSettings {
  enabled: boolean;
  budget: number;
  windowSeconds: number;
  costPerRequest: number;
}

export const RATE_LIMIT_RESOURCE = 'ATCPU';

export interface Throttle {
  /** Records one request for `key`; returns the 429 to send when it is over budget. */
  charge(key: string, nowMs: number): HttpError | undefined;
  clear(): void;
}

export function throttledError(
  retryAfterSeconds: number,
  limit: number,
  remaining: number,
  resetEpochSeconds: number,
): HttpError {
  return azureDevOpsError(
    429,
    `TF400733: The request has been canceled: Request was blocked due to exceeding usage of resource '${RATE_LIMIT_RESOURCE}' in namespace 'User'.`,
    { typeKey: 'ClientRequestThrottledException', eventId: 3000 },
    {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-resource': RATE_LIMIT_RESOURCE,
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(resetEpochSeconds),
    },
  );
}

export function createThrottle(settings: () => ThrottleSettings): Throttle {
  const usage = new Map<string, { at: number; cost: number }[]>();
  return {
    charge(key, nowMs) {
      const s = settings();
      if (!s.enabled) return undefined;
      const windowMs = s.windowSeconds * 1000;
      const recent = (usage.get(key) ?? []).filter((u) => u.at > nowMs - windowMs);
      const used = recent.reduce((sum, u) => sum + u.cost, 0);
      if (used + s.costPerRequest > s.budget) {
        usage.set(key, recent);
        // The next request fits as the oldest usage ages out; usage is back to 0 (X-RateLimit-Reset, as
        // Microsoft defines it) when the newest one has.
        const oldest = recent[0]?.at ?? nowMs;
        const newest = recent.at(-1)?.at ?? nowMs;
        const retryAfter = Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000));
        return throttledError(
          retryAfter,
          s.budget,
          Math.max(0, s.budget - used),
          Math.ceil((newest + windowMs) / 1000),
        );
      }
      recent.push({ at: nowMs, cost: s.costPerRequest });
      usage.set(key, recent);
      return undefined;
    },
    clear: () => usage.clear(),
  };
}
