/**
 * The route-module interface: every part of the emulator (Entra ID, the PAT API, git, REST resources, Key
 * Vault, OIDC issuers) is a `RouteModule`, a list of `Route`s registered in `emulator/modules.ts`.
 *
 * A route is `{ id, family, method, path, handler }`:
 * - `id` is stable ('pats.create', 'entra.token', 'git.upload-pack'…). Fault injection (`POST /_emulator/faults`)
 *   and the request log (`GET /_emulator/requests`) address routes by this id, so never rename one lightly.
 * - `family` picks the error shape the framework uses for this route (faults, body too large, crashes):
 *   'azure-devops' → the Azure DevOps JSON error body, 'entra' → Entra's OAuth error JSON, 'plain' → a small
 *   JSON `{error, message}`. Routes of the 'azure-devops' family also count against the throttling budget
 *   unless `throttled: false`.
 * - `method` is one method, a list, or '*'.
 * - `path` is a pattern: literal segments match case-insensitively (Azure DevOps paths are), `:name` captures
 *   one segment into `req.params.name` (URL-decoded), and a last segment `*name` captures the rest of the path
 *   (possibly empty, slashes kept). The most specific pattern wins (literal > `:param` > `*rest`, left to right).
 * - `when(url)` (optional) narrows a match, e.g. GET …/pats with `authorizationId` is 'pats.get', without it 'pats.list'.
 * - `handler(req, res, ctx)` answers on the raw Node `ServerResponse` (so git can stream CGI output) or throws
 *   an `HttpError` (see errors.ts) that the framework renders. Any other exception becomes a 500 in the
 *   route's family shape; the process never crashes.
 *
 * The framework has already resolved `req.identity` (bearer JWT / Basic PAT / none) before the handler runs,
 * applied faults and throttling, and will log the request. The body is read only when asked: `req.body()`
 * (capped at `config.limits.maxBodyBytes`, 413 beyond), `req.json()` (400 with the real `JsonReaderException`
 * shape when malformed), `req.form()`; or stream `req.raw` yourself (git push).
 *
 * Module state that must survive a restart lives in `ctx.state.moduleData(name, init)` and is saved by
 * `ctx.persist()`. `inspect(ctx)` adds fields to `GET /_emulator/state`; `reset(ctx)` runs on `POST /_emulator/reset`.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from './clock';
import type { EmulatorConfig } from './config';
import type { CallerIdentity } from './identity';
import type { SigningKeys } from './jwt';
import type { Logger } from './logger';
import type { StateStore } from './state';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** Which real service's error shape a route speaks. */
export type RouteFamily = 'azure-devops' | 'entra' | 'plain';

export interface EmulatorRequest {
  readonly method: string;
  /** The full request URL, resolved against the emulator's origin. */
  readonly url: URL;
  /** `url.pathname`, not decoded. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Captured `:name` and `*name` segments of the route's path pattern. */
  readonly params: Readonly<Record<string, string>>;
  /** Who is calling, resolved from the Authorization header. */
  readonly identity: CallerIdentity;
  /** The stable id of the matched route. */
  readonly routeId: string;
  /** The Node request, for streaming bodies (do not call body()/json()/form() too). */
  readonly raw: IncomingMessage;
  /** The whole body (cached); throws HttpError 413 beyond `config.limits.maxBodyBytes`. */
  body(): Promise<Buffer>;
  /** The body parsed as JSON; throws the real 400 `JsonReaderException` shape when it is malformed or empty. */
  json(): Promise<unknown>;
  /** The body as `application/x-www-form-urlencoded`. */
  form(): Promise<URLSearchParams>;
}

export interface EmulatorContext {
  /** The emulator's origin, e.g. `https://127.0.0.1:51234` (Entra, vssps and dev.azure.com all live here). */
  readonly url: string;
  readonly config: EmulatorConfig;
  readonly state: StateStore;
  readonly clock: Clock;
  readonly keys: SigningKeys;
  readonly log: Logger;
  /** Saves the state (atomically) when the emulator has a data dir; a no-op in memory. Call after mutating. */
  persist(): void;
}

export type RouteHandler = (
  req: EmulatorRequest,
  res: ServerResponse,
  ctx: EmulatorContext,
) => Promise<void> | void;

export interface Route {
  id: string;
  family: RouteFamily;
  method: HttpMethod | readonly HttpMethod[] | '*';
  path: string;
  handler: RouteHandler;
  /** Extra condition on the URL (e.g. a query parameter present); when false the next route is tried. */
  when?: (url: URL) => boolean;
  /** Counts against the per-identity throttling budget. Default: true for 'azure-devops', else false. */
  throttled?: boolean;
  /** Hidden from the request log and immune to faults (the control API itself). */
  internal?: boolean;
}

export interface RouteModule {
  /** Unique module name; also the key of its persisted `moduleData`. */
  name: string;
  routes: readonly Route[];
  /** Extra top-level fields for `GET /_emulator/state` (never secrets). */
  inspect?(ctx: EmulatorContext): Record<string, unknown>;
  /** Called by `POST /_emulator/reset` after the framework has cleared its own state and module data. */
  reset?(ctx: EmulatorContext): void;
  /** Called once when the emulator starts, after the state was loaded. */
  start?(ctx: EmulatorContext): Promise<void> | void;
  /** Called once when the emulator closes. */
  stop?(ctx: EmulatorContext): Promise<void> | void;
}
