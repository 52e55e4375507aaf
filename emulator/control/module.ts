/**
 * The control API under `/_emulator/`, for tests and demos (documented with curl examples in
 * docs/emulator.md). It reaches framework internals (faults, request log, throttling), so the server builds
 * it from `ControlInternals` instead of listing it in modules.ts. Its routes are `internal`: never logged,
 * never faulted, never throttled.
 */
import { ConfigError, deepMerge, validatePolicy } from '../config-load';
import type { PolicyConfig } from '../config';
import { approveDeviceCode } from '../entra/device-code';
import { findApp, findUser } from '../entra/directory';
import { issueRefreshToken } from '../entra/refresh-tokens';
import { HttpError, sendJson } from '../errors';
import { FaultSpecError, parseFaultSpec, type FaultTable } from '../faults';
import type { RequestLog } from '../request-log';
import type { EmulatorContext, EmulatorRequest, Route, RouteHandler, RouteModule } from '../routes';
import type { Throttle } from '../throttle';
import { describeState } from './state-view';

export interface ControlInternals {
  faults: FaultTable;
  requestLog: RequestLog;
  throttle: Throttle;
  /** Every module but this one (for inspect/reset and the route list). */
  modules: () => readonly RouteModule[];
}

function badRequest(message: string): HttpError {
  return new HttpError(400, { error: 'bad_request', message });
}

async function jsonBody(req: EmulatorRequest): Promise<Record<string, unknown>> {
  const text = (await req.body()).toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('the body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null) throw badRequest('the body must be a JSON object');
  return parsed as Record<string, unknown>;
}

function str(body: Record<string, unknown>, name: string): string | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw badRequest(`${name} must be a string`);
  return v;
}

export function createControlModule(internals: ControlInternals): RouteModule {
  const route = (id: string, method: Route['method'], path: string, handler: RouteHandler): Route => ({
    id: `control.${id}`,
    family: 'plain',
    method,
    path: `/_emulator/${path}`,
    handler,
    internal: true,
    throttled: false,
  });

  const reset = (ctx: EmulatorContext): void => {
    const data = ctx.state.data;
    data.pats = {};
    data.refreshTokens = {};
    data.deviceCodes = {};
    data.modules = {};
    data.policy = structuredClone(ctx.config.policy);
    ctx.clock.setOffset(0);
    internals.faults.clear();
    internals.faults.cancelLater();
    internals.requestLog.clear();
    internals.throttle.clear();
    for (const m of internals.modules()) m.reset?.(ctx);
    ctx.persist();
  };

  const setPolicy: RouteHandler = async (req, res, ctx) => {
    const body = await jsonBody(req);
    const next = deepMerge(ctx.state.data.policy, body) as PolicyConfig;
    try {
      validatePolicy(next, 'policy');
    } catch (e) {
      if (e instanceof ConfigError) throw badRequest(e.message);
      throw e;
    }
    ctx.state.data.policy = next;
    ctx.persist();
    sendJson(res, 200, { policy: next });
  };

  const addFaults: RouteHandler = async (req, res) => {
    const text = (await req.body()).toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw badRequest('the body is not valid JSON');
    }
    const list = Array.isArray(parsed) ? parsed : ((parsed as { faults?: unknown }).faults ?? [parsed]);
    if (!Array.isArray(list)) throw badRequest('faults must be an array');
    const known = new Set(internals.modules().flatMap((m) => m.routes.map((r) => r.id)));
    try {
      const specs = list.map(parseFaultSpec);
      const unknown = specs.find((s) => !known.has(s.route));
      if (unknown) throw badRequest(`unknown route id ${unknown.route}; GET /_emulator/routes lists them`);
      sendJson(res, 200, { faults: specs.map((s) => internals.faults.arm(s)) });
    } catch (e) {
      if (e instanceof FaultSpecError) throw badRequest(e.message);
      throw e;
    }
  };

  const moveClock: RouteHandler = async (req, res, ctx) => {
    const body = await jsonBody(req);
    const seconds = body.advanceSeconds ?? 0;
    const ms = body.advanceMs ?? 0;
    if (
      typeof seconds !== 'number' ||
      typeof ms !== 'number' ||
      !Number.isFinite(seconds) ||
      !Number.isFinite(ms)
    ) {
      throw badRequest('advanceSeconds and advanceMs must be numbers');
    }
    if (seconds < 0 || ms < 0) throw badRequest('the clock only moves forward');
    ctx.clock.advance(seconds * 1000 + ms);
    ctx.persist();
    sendJson(res, 200, clockView(ctx));
  };

  const approve: RouteHandler = async (req, res, ctx) => {
    const body = await jsonBody(req);
    const userCode = str(body, 'userCode');
    if (!userCode) throw badRequest('userCode is required');
    const result = approveDeviceCode(
      ctx,
      userCode,
      str(body, 'username') ?? ctx.config.bot.username,
      body.deny === true,
    );
    if (!result.ok) throw new HttpError(result.status, { error: 'device_code', message: result.message });
    sendJson(res, 200, {
      userCode: result.record.userCode,
      status: result.record.status,
      username: result.record.username,
    });
  };

  const mintRefreshToken: RouteHandler = async (req, res, ctx) => {
    const body = await jsonBody(req);
    const username = str(body, 'username') ?? ctx.config.bot.username;
    const clientId = str(body, 'clientId') ?? ctx.config.bot.clientId;
    const user = findUser(ctx.config, username);
    if (!user) throw badRequest(`no user ${username}`);
    if (!findApp(ctx.config, clientId)) throw badRequest(`no app ${clientId}`);
    const scope = str(body, 'scope') ?? '499b84ac-1321-427f-aa17-267ca6975798/.default offline_access';
    const refreshToken = issueRefreshToken(ctx, { username: user.username, clientId, scope });
    ctx.persist();
    sendJson(res, 200, { refreshToken, username: user.username, clientId });
  };

  const module: RouteModule = {
    name: 'control',
    routes: [
      route('state', 'GET', 'state', (_req, res, ctx) =>
        sendJson(res, 200, describeState(ctx, internals.modules())),
      ),
      route('requests', 'GET', 'requests', (_req, res) =>
        sendJson(res, 200, { requests: internals.requestLog.list() }),
      ),
      route('requests.clear', 'DELETE', 'requests', (_req, res) => {
        internals.requestLog.clear();
        sendJson(res, 200, { requests: [] });
      }),
      route('policy', 'GET', 'policy', (_req, res, ctx) =>
        sendJson(res, 200, { policy: ctx.state.data.policy }),
      ),
      route('policy.set', 'POST', 'policy', setPolicy),
      route('faults', 'GET', 'faults', (_req, res) =>
        sendJson(res, 200, { faults: internals.faults.list() }),
      ),
      route('faults.add', 'POST', 'faults', addFaults),
      route('faults.clear', 'DELETE', 'faults', (_req, res) => {
        internals.faults.clear();
        sendJson(res, 200, { faults: [] });
      }),
      route('clock', 'GET', 'clock', (_req, res, ctx) => sendJson(res, 200, clockView(ctx))),
      route('clock.advance', 'POST', 'clock', moveClock),
      route('reset', 'POST', 'reset', (_req, res, ctx) => {
        reset(ctx);
        sendJson(res, 200, { reset: true });
      }),
      route('devicecode.approve', 'POST', 'devicecode/approve', approve),
      route('refresh-tokens.mint', 'POST', 'refresh-tokens', mintRefreshToken),
      route('routes', 'GET', 'routes', (_req, res) =>
        sendJson(res, 200, {
          routes: internals
            .modules()
            .flatMap((m) =>
              m.routes
                .filter((r) => !r.internal)
                .map((r) => ({ id: r.id, module: m.name, method: r.method, path: r.path })),
            ),
        }),
      ),
    ],
  };
  return module;
}

function clockView(ctx: EmulatorContext): Record<string, unknown> {
  return { now: new Date(ctx.clock.now()).toISOString(), offsetMs: ctx.clock.offsetMs() };
}
