/**
 * What later steps of the job receive besides the outputs, in PAT and bearer mode alike: git credentials
 * (through git's environment configuration) and the token under a variable name of the user's choice.
 */
import { gitAuthorizationVariables } from '../git/credentials';
import type { Host } from '../host';

export interface LaterSteps {
  azureDevOpsUrl: string;
  organization: string;
  gitCredentials: boolean;
  exportVariable: string | undefined;
}

export function handToLaterSteps(
  host: Host,
  env: Record<string, string | undefined>,
  settings: LaterSteps,
  token: { value: string; authorization: string; kind: string },
): void {
  if (settings.gitCredentials) {
    const variables = gitAuthorizationVariables(
      env,
      settings.azureDevOpsUrl,
      settings.organization,
      token.authorization,
    );
    // Not secret variables: the token inside is already masked, and secret variables would not reach later
    // steps' environment on Azure Pipelines.
    for (const [name, value] of Object.entries(variables))
      host.exportVariable(name, value, { secret: false });
    host.info(
      `Later steps' git commands authenticate to ${settings.azureDevOpsUrl}/${settings.organization}/${token.kind}.`,
    );
  }
  if (settings.exportVariable) {
    host.exportVariable(settings.exportVariable, token.value, { secret: true });
    host.info(`Exported the token to later steps as ${settings.exportVariable}.`);
  }
}
