/**
 * The main step of `token-type: entra`: validate -> the job's OIDC token -> the job identity's Entra access
 * token for Azure DevOps (masked in every form on arrival) -> save the mode (no secret) -> outputs, git
 * credentials, variable, summary. No bot user, no PAT, nothing for the post step to revoke.
 */
import { credentialContext } from '../credentials/context';
import { jobAzureDevOpsToken } from '../credentials/job-identity-token';
import type { Host } from '../host';
import { parseBearerSettings } from '../inputs/bearer-settings';
import { httpClientFor } from '../net/host-http';
import { interruptibleSleep, throwIfInterrupted } from '../safety/signals';
import { handToLaterSteps } from './later-steps';
import type { MintDependencies, MintResult } from './mint';
import { setMintOutputs } from './outputs';
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
  setMintOutputs(host, result);
  handToLaterSteps(
    host,
    deps.env ?? process.env,
    { ...settings, azureDevOpsUrl: settings.endpoints.azureDevOpsUrl },
    {
      value: token.accessToken,
      authorization: `Bearer ${token.accessToken}`,
      kind: ' with the bearer token',
    },
  );

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
