/** Path-pattern matching for routes (syntax documented in routes.ts). */
import type { Route } from './routes';

type Segment =
  { kind: 'literal'; text: string } | { kind: 'param'; name: string } | { kind: 'rest'; name: string };

interface CompiledRoute {
  route: Route;
  segments: Segment[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

function compile(pattern: string): Segment[] {
  const parts = pattern.split('/').filter((p, i) => i > 0 || p !== '');
  return parts.map((part, i) => {
    if (part.startsWith(':')) return { kind: 'param', name: part.slice(1) };
    if (part.startsWith('*')) {
      if (i !== parts.length - 1) throw new Error(`route pattern ${pattern}: *rest must be the last segment`);
      return { kind: 'rest', name: part.slice(1) };
    }
    return { kind: 'literal', text: part.toLowerCase() };
  });
}

const RANK = { literal: 0, param: 1, rest: 2 } as const;

/** Literal beats :param beats *rest, compared left to right; then longer patterns first. */
function bySpecificity(a: CompiledRoute, b: CompiledRoute): number {
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const d = RANK[a.segments[i]!.kind] - RANK[b.segments[i]!.kind];
    if (d !== 0) return d;
  }
  return b.segments.length - a.segments.length;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.kind === 'rest') {
      params[seg.name] = parts.slice(i).map(decode).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (seg.kind === 'literal' && decode(part).toLowerCase() !== seg.text) return undefined;
    if (seg.kind === 'param') {
      if (part === '') return undefined;
      params[seg.name] = decode(part);
    }
  }
  return parts.length === segments.length ? params : undefined;
}

function methodAllowed(route: Route, method: string): boolean {
  if (route.method === '*') return true;
  if (typeof route.method === 'string')
    return route.method === method || (route.method === 'GET' && method === 'HEAD');
  return route.method.includes(method as never);
}

export interface Router {
  /** The route for this method and path; `methodMismatch` when only the method was wrong (→ 405). */
  match(method: string, url: URL): RouteMatch | { methodMismatch: Route } | undefined;
  routes(): readonly Route[];
}

export function createRouter(routes: readonly Route[]): Router {
  const seen = new Set<string>();
  for (const r of routes) {
    if (seen.has(r.id)) throw new Error(`duplicate route id ${r.id}`);
    seen.add(r.id);
  }
  const compiled = routes.map((route) => ({ route, segments: compile(route.path) })).sort(bySpecificity);
  return {
    match(method, url) {
      const parts = url.pathname.split('/').slice(1);
      let mismatch: Route | undefined;
      for (const c of compiled) {
        const params = matchSegments(c.segments, parts);
        if (!params || (c.route.when && !c.route.when(url))) continue;
        if (methodAllowed(c.route, method)) return { route: c.route, params };
        mismatch ??= c.route;
      }
      return mismatch ? { methodMismatch: mismatch } : undefined;
    },
    routes: () => routes,
  };
}
