/**
 * Fault injection, per route id (and optionally method), armed through `POST /_emulator/faults`:
 * - `status`: answer `status` (default 503) with the route family's error body (or `body`) without running it;
 * - `throttle`: answer 429 with `Retry-After` and the `X-RateLimit-*` headers;
 * - `delay`: read the request, wait `delayMs`, then handle it, even if the client left (any fault may carry it);
 * - `drop-before`: close the connection without handling the request;
 * - `reset-before`: send a TCP RST without handling the request;
 * - `drop-after`: run the handler (the action is committed), then close the connection instead of answering
 *   — the lost-response case;
 * - `commit-late`: answer `status` (default 503) at once, then run the handler `commitAfterMs` later with its
 *   answer discarded — a backend that fails the request and still completes it after the client moved on.
 * Each fault fires `times` times (default 1; 0 = until cleared).
 */
export type FaultAction =
  'status' | 'throttle' | 'delay' | 'drop-before' | 'reset-before' | 'drop-after' | 'commit-late';

export const FAULT_ACTIONS: readonly FaultAction[] = [
  'status',
  'throttle',
  'delay',
  'drop-before',
  'reset-before',
  'drop-after',
  'commit-late',
];

export interface FaultSpec {
  route: string;
  method?: string;
  action: FaultAction;
  status?: number;
  body?: unknown;
  delayMs?: number;
  /** `commit-late`: how long after its error answer the request is completed (default 1000). */
  commitAfterMs?: number;
  retryAfterSeconds?: number;
  times?: number;
}

export interface ArmedFault extends FaultSpec {
  id: number;
  /** Remaining firings; Infinity when `times` was 0. */
  remaining: number;
  fired: number;
}

export class FaultSpecError extends Error {}

export function parseFaultSpec(input: unknown): FaultSpec {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FaultSpecError('a fault must be a JSON object');
  }
  const f = input as Record<string, unknown>;
  if (typeof f.route !== 'string' || f.route === '')
    throw new FaultSpecError('fault.route must be a route id');
  if (!FAULT_ACTIONS.includes(f.action as FaultAction)) {
    throw new FaultSpecError(`fault.action must be one of ${FAULT_ACTIONS.join(', ')}`);
  }
  const int = (name: string, min: number, max: number): number | undefined => {
    const v = f[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw new FaultSpecError(`fault.${name} must be an integer from ${min} to ${max}`);
    }
    return v;
  };
  if (f.method !== undefined && typeof f.method !== 'string')
    throw new FaultSpecError('fault.method must be a string');
  const spec: FaultSpec = { route: f.route, action: f.action as FaultAction };
  if (typeof f.method === 'string') spec.method = f.method.toUpperCase();
  const status = int('status', 100, 599);
  const delayMs = int('delayMs', 0, 120_000);
  const commitAfterMs = int('commitAfterMs', 0, 120_000);
  const retryAfterSeconds = int('retryAfterSeconds', 0, 86_400);
  const times = int('times', 0, 1_000_000);
  if (status !== undefined) spec.status = status;
  if (delayMs !== undefined) spec.delayMs = delayMs;
  if (commitAfterMs !== undefined) spec.commitAfterMs = commitAfterMs;
  if (retryAfterSeconds !== undefined) spec.retryAfterSeconds = retryAfterSeconds;
  if (times !== undefined) spec.times = times;
  if (f.body !== undefined) spec.body = f.body;
  if (spec.action === 'delay' && spec.delayMs === undefined)
    throw new FaultSpecError('a delay fault needs delayMs');
  return spec;
}

export interface FaultTable {
  arm(spec: FaultSpec): ArmedFault;
  /** Takes the first armed fault for this route and method, consuming one firing. */
  take(routeId: string, method: string): ArmedFault | undefined;
  list(): ArmedFault[];
  clear(): void;
  /** Runs `commit` after `ms` (a `commit-late` fault's deferred request), unless a reset comes first. */
  later(commit: () => void, ms: number): void;
  /** Drops the deferred commits still waiting: a reset must not let one land in the next scenario. */
  cancelLater(): void;
}

export function createFaultTable(): FaultTable {
  let faults: ArmedFault[] = [];
  let nextId = 1;
  const waiting = new Set<NodeJS.Timeout>();
  return {
    arm(spec) {
      const fault: ArmedFault = {
        ...spec,
        id: nextId++,
        remaining: spec.times === 0 ? Infinity : (spec.times ?? 1),
        fired: 0,
      };
      faults.push(fault);
      return fault;
    },
    take(routeId, method) {
      const fault = faults.find((f) => f.route === routeId && (!f.method || f.method === method));
      if (!fault) return undefined;
      fault.remaining -= 1;
      fault.fired += 1;
      if (fault.remaining <= 0) faults = faults.filter((f) => f !== fault);
      return fault;
    },
    list: () => faults.map((f) => ({ ...f })),
    clear() {
      faults = [];
    },
    later(commit, ms) {
      const timer = setTimeout(() => {
        waiting.delete(timer);
        commit();
      }, ms);
      timer.unref();
      waiting.add(timer);
    },
    cancelLater() {
      for (const timer of waiting) clearTimeout(timer);
      waiting.clear();
    },
  };
}
