/**
 * The main step of `token-type: entra`: validate -> the job's OIDC token -> the job identity's Entra access
 * token for Azure DevOps (masked in every form on arrival) -> save the mode (no secret) -> outputs, git
 * credentials, variable, summary. No bot user, no PAT, nothing for the post step to revoke.
 */
import { credentialContext } from '../credentials/context';
import { jobAzureDevOpsToken } from '../credentials/job-identity-token';
import { gitAuthorizationVariables } from '../git/credentials';
import type { Host } from '../host';
import { parseBearerSettings } from '../inputs/bearer-settings';
import { httpClientFor } from '../net/host-http';
import { interruptibleSleep, throwIfInterrupted } from '../safety/signals';
import type { MintDependencies, MintResult } from './mint';
import { saveBearer } from './state';
import { bearerSummary } from './summary';

export async function mintBearer(host: Host, deps: MintDependencies = {}): Promise<MintResult> {
  const { settings, warnings } = parseBearerSettings((name) => host.getInput(name), {
    organization: host.runContext().organization,
  });
  for (const warning of warnings) host.warning(warning);

  const http = deps.http ?? httpClientFor(host, { sleep: interruptibleSleep });
  const context = credentialContext(host, http, settings.endpoints);
  host.info(
    `Requesting an Entra access token for Azure DevOps as the job identity (app ${settings.identity.clientId}).`,
  );
  const token = await jobAzureDevOpsToken(context, settings.identity);
  throwIfInterrupted();
  const expiresAt = token.expiresOn.toISOString();
  saveBearer(host, expiresAt);

  // A bearer token goes in `Authorization: Bearer`; there is no Basic form, no PAT id and no display name.
  const result: MintResult = {
    token: token.accessToken,
    basicAuth: '',
    authorizationId: '',
    expiresAt,
    scopes: token.scope,
    displayName: '',
  };
  host.setOutput('token', result.token, { secret: true });
  host.setOutput('basic-auth', '', { secret: false });
  host.setOutput('authorization-id', '', { secret: false });
  host.setOutput('expires-at', expiresAt, { secret: false });
  host.setOutput('scopes', result.scopes, { secret: false });
  host.setOutput('display-name', '', { secret: false });

  if (settings.gitCredentials) {
    const variables = gitAuthorizationVariables(
      deps.env ?? process.env,
      settings.endpoints.azureDevOpsUrl,
      settings.organization,
      `Bearer ${token.accessToken}`,
    );
    // Not secret variables, as in PAT mode: the token inside is masked, and secret variables would not reach
    // later steps' environment on Azure Pipelines.
    for (const [name, value] of Object.entries(variables))
      host.exportVariable(name, value, { secret: false });
    host.info(
      `Later steps' git commands authenticate to ${settings.endpoints.azureDevOpsUrl}/${settings.organization}/ with the bearer token.`,
    );
  }
  if (settings.exportVariable) {
    host.exportVariable(settings.exportVariable, token.accessToken, { secret: true });
    host.info(`Exported the token to later steps as ${settings.exportVariable}.`);
  }

  host.addSummary(
    bearerSummary({
      organization: settings.organization,
      clientId: settings.identity.clientId,
      scopes: result.scopes,
      expiresAt,
    }),
  );
  host.info(
    `Issued an Entra access token for Azure DevOps (app ${settings.identity.clientId}), scopes ${result.scopes}, ` +
      `expires ${expiresAt}. Use it as "Authorization: Bearer"; it is not revoked at the end of the job.`,
  );
  return result;
}
