/** `GET /_emulator/state`: everything a test may assert on, and never a secret (no token, password or hash). */
import { allUsers } from '../entra/directory';
import type { EmulatorContext, RouteModule } from '../routes';

export function describeState(
  ctx: EmulatorContext,
  modules: readonly RouteModule[],
): Record<string, unknown> {
  const view: Record<string, unknown> = {
    now: new Date(ctx.clock.now()).toISOString(),
    clockOffsetMs: ctx.clock.offsetMs(),
    tenantId: ctx.config.tenantId,
    organization: { name: ctx.config.organization, id: ctx.config.organizationId },
    users: allUsers(ctx.config).map((u) => ({
      username: u.username,
      oid: u.oid,
      displayName: u.displayName,
      mfaRequired: u.mfaRequired,
    })),
    policy: ctx.state.data.policy,
    persisted: ctx.state.file !== null,
  };
  for (const m of modules) Object.assign(view, m.inspect?.(ctx) ?? {});
  return view;
}
