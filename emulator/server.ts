/**
 * The request pipeline every route goes through: match → resolve the caller → fault injection → throttling →
 * handler → error rendering → request log. Nothing a client sends can crash it: every failure becomes an
 * answer in the route family's error shape (or, for faults, a deliberately dropped connection).
 */
import { ServerResponse, type IncomingMessage } from 'node:http';
import { azureDevOpsError, familyError, HttpError, sendHttpError } from './errors';
import type { ArmedFault, FaultTable } from './faults';
import { describeIdentity, resolveIdentity, throttleKey, type CallerIdentity } from './identity';
import { BodyTooLargeError, createEmulatorRequest } from './request';
import { redactQuery, type RequestLog } from './request-log';
import type { Router } from './router';
import type { EmulatorContext, Route, RouteFamily } from './routes';
import { throttledError, type Throttle } from './throttle';

export interface Pipeline {
  ctx: EmulatorContext;
  router: Router;
  faults: FaultTable;
  requestLog: RequestLog;
  throttle: Throttle;
}

const ENTRA_SEGMENTS = new Set([
  'oauth2',
  'discovery',
  'v2.0',
  '.well-known',
  'common',
  'organizations',
  'consumers',
]);

/** Which error shape an unmatched path gets: Entra's for tenant-looking paths, Azure DevOps' otherwise. */
export function familyForUnknownPath(pathname: string): RouteFamily {
  const segments = pathname.toLowerCase().split('/').filter(Boolean);
  if (segments[0] === '_emulator') return 'plain';
  if (segments.slice(0, 2).some((s) => ENTRA_SEGMENTS.has(s))) return 'entra';
  return 'azure-devops';
}

function notFound(family: RouteFamily, pathname: string, nowMs: number): HttpError {
  if (family === 'azure-devops') {
    return azureDevOpsError(404, `The resource cannot be found. Path: ${pathname}`, {
      typeKey: 'VssResourceNotFoundException',
      typeName:
        'Microsoft.VisualStudio.Services.WebApi.VssResourceNotFoundException, Microsoft.VisualStudio.Services.WebApi',
    });
  }
  return familyError(family, 404, `The requested path ${pathname} does not exist.`, nowMs);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function dropConnection(req: IncomingMessage, reset: boolean): void {
  const socket = req.socket as IncomingMessage['socket'] & { resetAndDestroy?: () => void };
  if (reset && typeof socket.resetAndDestroy === 'function') {
    try {
      socket.resetAndDestroy();
      return;
    } catch {
      // TLS sockets may refuse an RST; a plain close is the next best thing.
    }
  }
  socket.destroy();
}

/** Lets the handler run to completion but swallows its answer, then drops the connection. */
function swallowResponse(res: ServerResponse, onEnd: () => void): ServerResponse {
  const r = res as unknown as Record<string, unknown>;
  r.writeHead = (status: number) => {
    res.statusCode = status;
    return res;
  };
  r.flushHeaders = () => undefined;
  r.write = () => true;
  r.end = () => {
    onEnd();
    return res;
  };
  return res;
}

export function createRequestListener(p: Pipeline): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(p, req, res).catch((error: unknown) => {
      p.ctx.log.error(`unhandled failure: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent && !res.destroyed)
        sendHttpError(res, familyError('plain', 500, 'internal error', p.ctx.clock.now()));
      else res.destroy();
    });
  };
}

async function handle(p: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { ctx } = p;
  const started = Date.now();
  req.on('error', () => undefined);
  let url: URL;
  try {
    url = new URL(req.url ?? '/', ctx.url);
  } catch {
    sendHttpError(res, familyError('azure-devops', 400, 'The request URL is invalid.', ctx.clock.now()));
    return;
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const matched = p.router.match(method, url);
  let identity: CallerIdentity = { kind: 'anonymous' };
  try {
    identity = resolveIdentity(req.headers, ctx.keys, ctx.clock, ctx.state.data);
  } catch {
    identity = { kind: 'invalid', scheme: 'unknown', reason: 'unreadable' };
  }

  let route: Route | undefined;
  let fault: ArmedFault | undefined;
  let dropped = false;
  const logIt = (): void => {
    if (route?.internal) return;
    p.requestLog.add({
      time: new Date(ctx.clock.now()).toISOString(),
      method,
      path: url.pathname,
      query: redactQuery(url.searchParams),
      route: route?.id ?? 'unknown',
      status: dropped ? 0 : res.statusCode,
      identity: describeIdentity(identity),
      durationMs: Date.now() - started,
      ...(fault ? { fault: fault.action } : {}),
    });
  };
  let logged = false;
  const logOnce = (): void => {
    if (!logged) {
      logged = true;
      logIt();
    }
  };
  res.once('finish', logOnce);
  res.once('close', logOnce);

  if (!matched) {
    sendHttpError(res, notFound(familyForUnknownPath(url.pathname), url.pathname, ctx.clock.now()));
    return;
  }
  if ('methodMismatch' in matched) {
    route = undefined;
    const family = matched.methodMismatch.family;
    const error =
      family === 'azure-devops'
        ? azureDevOpsError(405, `The requested resource does not support http method '${method}'.`, {
            typeKey: 'HttpMethodNotAllowedException',
          })
        : familyError(family, 405, `The method ${method} is not allowed here.`, ctx.clock.now());
    sendHttpError(res, error);
    return;
  }
  route = matched.route;
  const emuReq = createEmulatorRequest({
    raw: req,
    url,
    params: matched.params,
    identity,
    routeId: route.id,
    family: route.family,
    maxBodyBytes: ctx.config.limits.maxBodyBytes,
    now: () => ctx.clock.now(),
  });

  let target = res;
  if (!route.internal) {
    fault = p.faults.take(route.id, method);
    if (fault) {
      ctx.log.debug(`fault ${fault.action} on ${route.id}`);
      if (fault.delayMs) {
        // The request arrives whole before the server stalls: a client that gives up waiting (a cancelled
        // job) leaves a request the server still completes, as a real one does.
        await emuReq.body().catch(() => undefined);
        await sleep(fault.delayMs);
      }
      switch (fault.action) {
        case 'drop-before':
        case 'reset-before':
          dropped = true;
          dropConnection(req, fault.action === 'reset-before');
          logOnce();
          return;
        case 'status': {
          const status = fault.status ?? 503;
          const error =
            fault.body === undefined
              ? familyError(route.family, status, `Injected fault: HTTP ${status}.`, ctx.clock.now())
              : new HttpError(status, fault.body);
          sendHttpError(res, error);
          return;
        }
        case 'throttle': {
          const retryAfter = fault.retryAfterSeconds ?? 1;
          const resetAt = Math.ceil(ctx.clock.now() / 1000) + retryAfter;
          sendHttpError(res, throttledError(retryAfter, ctx.config.throttling.budget, 0, resetAt));
          return;
        }
        case 'commit-late': {
          // The body is read now: the client may close the connection once it has its error.
          await emuReq.body().catch(() => undefined);
          const status = fault.status ?? 503;
          sendHttpError(
            res,
            familyError(route.family, status, `Injected fault: HTTP ${status}.`, ctx.clock.now()),
          );
          p.faults.later(() => {
            const sink = swallowResponse(new ServerResponse(req), () => undefined);
            Promise.resolve()
              .then(() => route.handler(emuReq, sink, ctx))
              .catch((error: unknown) => {
                ctx.log.error(
                  `late commit of ${route.id} failed: ${error instanceof Error ? error.message : String(error)}`,
                );
              });
          }, fault.commitAfterMs ?? 1000);
          return;
        }
        case 'drop-after':
          target = swallowResponse(res, () => {
            dropped = true;
            dropConnection(req, false);
          });
          break;
        case 'delay':
          break;
      }
    }
  }

  if (route.throttled ?? route.family === 'azure-devops') {
    const refused = p.throttle.charge(throttleKey(identity, req.socket.remoteAddress ?? ''), ctx.clock.now());
    if (refused) {
      sendHttpError(target, refused);
      return;
    }
  }

  try {
    await route.handler(emuReq, target, ctx);
  } catch (error) {
    if (error instanceof HttpError) {
      sendHttpError(target, error);
    } else if (error instanceof BodyTooLargeError) {
      const tooLarge = familyError(
        route.family,
        413,
        `The request body exceeds ${error.limit} bytes.`,
        ctx.clock.now(),
      );
      sendHttpError(target, new HttpError(413, tooLarge.body, { connection: 'close' }));
    } else {
      ctx.log.error(`route ${route.id} failed: ${error instanceof Error ? error.message : String(error)}`);
      sendHttpError(
        target,
        familyError(route.family, 500, 'TF400898: An Internal Error Occurred.', ctx.clock.now()),
      );
    }
  }
  if (fault?.action === 'drop-after' && !dropped) {
    dropped = true;
    dropConnection(req, false);
  }
}
