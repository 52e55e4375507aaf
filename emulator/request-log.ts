/**
 * The request log behind `GET /_emulator/requests`. It records what a test needs to assert on (method, path,
 * route id, status, who called) and never a secret: query values are dropped (only the parameter names are
 * kept, except a few known-harmless ones) and identities are labels, never credentials.
 */
export interface RequestLogEntry {
  time: string;
  method: string;
  path: string;
  /** Query parameter names; values only for SAFE_QUERY_PARAMS. */
  query: Record<string, string | null>;
  /** The route id ('pats.create', 'unknown' when nothing matched). */
  route: string;
  status: number;
  identity: string;
  durationMs: number;
  /** The fault that fired, if any. */
  fault?: string;
}

const SAFE_QUERY_PARAMS = new Set([
  'api-version',
  'authorizationid',
  'displayfilteroption',
  'sortbyoption',
  'issortascending',
  '$top',
  'service',
]);

export function redactQuery(query: URLSearchParams): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, value] of query) out[name] = SAFE_QUERY_PARAMS.has(name.toLowerCase()) ? value : null;
  return out;
}

export interface RequestLog {
  add(entry: RequestLogEntry): void;
  list(): RequestLogEntry[];
  clear(): void;
}

export function createRequestLog(capacity: number): RequestLog {
  let entries: RequestLogEntry[] = [];
  return {
    add(entry) {
      entries.push(entry);
      if (entries.length > capacity) entries = entries.slice(entries.length - capacity);
    },
    list: () => [...entries],
    clear() {
      entries = [];
    },
  };
}
