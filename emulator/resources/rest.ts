/**
 * REST resources a PAT can open: connectionData (any live credential), projects (`vso.project`) and work
 * items (`vso.work` to read, `vso.work_write` to edit with JSON Patch).
 */
import type { ServerResponse } from 'node:http';
import { azureDevOpsError, sendJson } from '../errors';
import type { EmulatorContext, EmulatorRequest, Route } from '../routes';
import { authenticate, authorize, withAuthErrors, type Caller } from './auth';
import { checkOrganization, checkProject, projectId, stableGuid } from './org';
import { applyPatch, parsePatchDocument, PatchError, seedWorkItems, type WorkItem } from './work-items';

export const RESOURCES_MODULE = 'resources';

interface ResourcesData {
  workItems: Record<string, WorkItem>;
}

function identityRef(ctx: EmulatorContext, caller: { oid: string; name: string }): Record<string, unknown> {
  return {
    displayName: caller.name,
    id: caller.oid,
    uniqueName: caller.name,
    descriptor: `aad.${Buffer.from(caller.oid).toString('base64url')}`,
    url: `${ctx.url}/${ctx.config.organization}/_apis/Identities/${caller.oid}`,
  };
}

export function resourcesData(ctx: EmulatorContext): ResourcesData {
  return ctx.state.moduleData<ResourcesData>(RESOURCES_MODULE, () => {
    const bot = { oid: ctx.config.bot.oid, name: ctx.config.bot.username };
    const items = seedWorkItems(ctx.config.project, identityRef(ctx, bot), new Date(ctx.clock.now()));
    return { workItems: Object.fromEntries(items.map((w) => [String(w.id), w])) };
  });
}

function identity(ctx: EmulatorContext, caller: Caller): Record<string, unknown> {
  return {
    id: caller.oid,
    descriptor: `Microsoft.IdentityModel.Claims.ClaimsIdentity;${ctx.config.tenantId}\\${caller.name}`,
    subjectDescriptor: `aad.${Buffer.from(caller.oid).toString('base64url')}`,
    providerDisplayName: caller.name,
    isActive: true,
    properties: { Account: { $type: 'System.String', $value: caller.name } },
    resourceVersion: 2,
    metaTypeId: 0,
  };
}

function connectionData(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext) {
  return withAuthErrors(res, () => {
    checkOrganization(ctx, req.params.org ?? '');
    const caller = authenticate(req, ctx);
    sendJson(res, 200, {
      authenticatedUser: identity(ctx, caller),
      authorizedUser: identity(ctx, caller),
      instanceId: ctx.config.organizationId,
      deploymentId: stableGuid('deployment', ctx.config.organizationId),
      deploymentType: 'hosted',
      locationServiceData: {
        serviceOwner: '00025394-6065-48ca-87d9-7f5672854ef7',
        defaultAccessMappingMoniker: 'PublicAccessMapping',
        lastChangeId: 1,
        lastChangeId64: 1,
      },
    });
  });
}

function projectBody(ctx: EmulatorContext): Record<string, unknown> {
  const id = projectId(ctx);
  return {
    id,
    name: ctx.config.project,
    url: `${ctx.url}/${ctx.config.organization}/_apis/projects/${id}`,
    state: 'wellFormed',
    revision: 1,
    visibility: 'private',
    lastUpdateTime: '2024-01-01T00:00:00Z',
  };
}

function projects(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext) {
  return withAuthErrors(res, () => {
    checkOrganization(ctx, req.params.org ?? '');
    authorize(req, ctx, 'vso.project');
    sendJson(res, 200, { count: 1, value: [projectBody(ctx)] });
  });
}

function workItemBody(ctx: EmulatorContext, item: WorkItem): Record<string, unknown> {
  const url = `${ctx.url}/${ctx.config.organization}/${projectId(ctx)}/_apis/wit/workItems/${item.id}`;
  return { id: item.id, rev: item.rev, fields: item.fields, _links: { self: { href: url } }, url };
}

function findWorkItem(ctx: EmulatorContext, id: string): WorkItem {
  const item = /^\d+$/.test(id) ? resourcesData(ctx).workItems[String(Number(id))] : undefined;
  if (!item) {
    throw azureDevOpsError(
      404,
      `TF401232: Work item ${id} does not exist, or you do not have permissions to read it.`,
      {
        typeKey: 'WorkItemUnauthorizedAccessException',
        typeName:
          'Microsoft.TeamFoundation.WorkItemTracking.Server.WorkItemUnauthorizedAccessException, Microsoft.TeamFoundation.WorkItemTracking.Server',
        errorCode: 600180,
        eventId: 3200,
      },
    );
  }
  return item;
}

function workItem(req: EmulatorRequest, res: ServerResponse, ctx: EmulatorContext) {
  return withAuthErrors(res, async () => {
    checkOrganization(ctx, req.params.org ?? '');
    checkProject(ctx, req.params.project ?? '');
    const writing = req.method === 'PATCH';
    const caller = authorize(req, ctx, writing ? 'vso.work_write' : 'vso.work');
    const item = findWorkItem(ctx, req.params.id ?? '');
    if (!writing) {
      sendJson(res, 200, workItemBody(ctx, item));
      return;
    }
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    if (type !== 'application/json-patch+json') {
      throw azureDevOpsError(
        415,
        `The request indicated a Content-Type of "${type ?? ''}" for method type "PATCH" which is not supported. Valid content types for this method are: application/json-patch+json.`,
        { typeKey: 'VssRequestContentTypeNotSupportedException' },
      );
    }
    try {
      const updated = applyPatch(
        item,
        parsePatchDocument(await req.json()),
        identityRef(ctx, caller),
        new Date(ctx.clock.now()),
      );
      resourcesData(ctx).workItems[String(item.id)] = updated;
      ctx.persist();
      sendJson(res, 200, workItemBody(ctx, updated));
    } catch (e) {
      if (e instanceof PatchError) throw azureDevOpsError(e.status, e.message, { typeKey: e.typeKey });
      throw e;
    }
  });
}

export const restRoutes: Route[] = [
  {
    id: 'resources.connection-data',
    family: 'azure-devops',
    method: 'GET',
    path: '/:org/_apis/connectionData',
    handler: connectionData,
  },
  {
    id: 'resources.projects',
    family: 'azure-devops',
    method: 'GET',
    path: '/:org/_apis/projects',
    handler: projects,
  },
  {
    id: 'resources.work-item',
    family: 'azure-devops',
    method: ['GET', 'PATCH'],
    path: '/:org/:project/_apis/wit/workitems/:id',
    handler: workItem,
  },
];
