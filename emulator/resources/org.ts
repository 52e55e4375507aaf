/**
 * The organization, project and repository names in a URL, matched case-insensitively against the seed
 * (Azure DevOps names are), with the real 404 bodies for the ones that do not exist.
 */
import { createHash } from 'node:crypto';
import { azureDevOpsError } from '../errors';
import type { EmulatorContext } from '../routes';

export function checkOrganization(ctx: EmulatorContext, org: string): void {
  if (org.toLowerCase() !== ctx.config.organization.toLowerCase()) {
    // Choice (no public body found): the service answers an unknown organization with a 404.
    throw azureDevOpsError(404, `VS800075: The organization '${org}' does not exist.`, {
      typeKey: 'HostDoesNotExistException',
    });
  }
}

export function checkProject(ctx: EmulatorContext, project: string): void {
  if (project.toLowerCase() !== ctx.config.project.toLowerCase() && project !== projectId(ctx)) {
    throw azureDevOpsError(
      404,
      `TF200016: The following project does not exist: ${project}. Verify that the name of the project is correct and that the project exists on the specified Azure DevOps Server.`,
      { typeKey: 'ProjectDoesNotExistWithNameException', eventId: 3000 },
    );
  }
}

export function checkRepository(ctx: EmulatorContext, repo: string): void {
  if (repo.toLowerCase() !== ctx.config.repository.toLowerCase()) {
    throw azureDevOpsError(
      404,
      `TF401019: The Git repository with name or identifier ${repo} does not exist or you do not have permissions for the operation you are attempting.`,
      {
        typeKey: 'GitRepositoryNotFoundException',
        typeName:
          'Microsoft.TeamFoundation.Git.Server.GitRepositoryNotFoundException, Microsoft.TeamFoundation.Git.Server',
        errorCode: 0,
      },
    );
  }
}

/** A stable GUID derived from a name, so ids survive restarts without being stored. */
export function stableGuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function projectId(ctx: EmulatorContext): string {
  return stableGuid('project', ctx.config.organizationId, ctx.config.project.toLowerCase());
}
