/**
 * The main step: validate -> mask secret inputs -> Entra token -> save the display name -> create the PAT
 * -> mask every form of it -> save state (no secret) -> outputs, git credentials, variable, summary.
 */
import { createReconciled } from './create-pat';
import { connectBot } from '../credentials/context';
import { buildDisplayName, randomSuffix } from '../azure-devops/display-name';
import { gitCredentialVariables } from '../git/credentials';
import type { Host } from '../host';
import { httpClientFor } from '../net/host-http';
import type { HttpClient } from '../net/http';
import { maskSecret, maskSecretInputs } from '../safety/secrets';
import { basicAuth } from '../safety/secrets';
import { parseSettings } from '../inputs/settings';
import { interruptibleSleep, throwIfInterrupted } from '../safety/signals';
import { setMintOutputs } from './outputs';
import { saveCreateAnswerLost, saveMinted, savePending } from './state';
import { mintSummary } from './summary';

export interface MintResult {
  token: string;
  basicAuth: string;
  authorizationId: string;
  expiresAt: string;
  scopes: string;
  displayName: string;
}

export interface MintDependencies {
  http?: HttpClient;
  now?: () => Date;
  suffix?: () => string;
  env?: Record<string, string | undefined>;
}

/** A server that grants less than this much short of the request is worth a warning. */
const LIFETIME_TOLERANCE_MS = 60_000;

export async function mint(host: Host, deps: MintDependencies = {}): Promise<MintResult> {
  maskSecretInputs(host);
  const { settings, warnings } = parseSettings((name) => host.getInput(name), {
    organization: host.runContext().organization,
  });
  for (const warning of warnings) host.warning(warning);

  // After SIGINT/SIGTERM no retry wait ends in a new request (see signals.ts).
  const http = deps.http ?? httpClientFor(host, { sleep: interruptibleSleep });
  const { credential, pats } = connectBot(host, http, settings, settings.credential);
  // A credential failure must leave no pending state: nothing was sent to Azure DevOps yet. Its
  // connection opens meanwhile, so the PAT request does not wait for a handshake.
  const accessToken = credential.getAccessToken();
  pats.preconnect();
  await accessToken;

  const displayName = buildDisplayName(
    settings.displayName,
    host.runContext(),
    (deps.suffix ?? randomSuffix)(),
  );
  savePending(host, settings.organization, settings.endpoints, displayName);

  const now = deps.now ?? (() => new Date());
  const validTo = new Date(now().getTime() + settings.lifetime.milliseconds);
  const scopeText = settings.scopes.join(' ');
  host.info(
    `Minting a PAT in ${settings.organization} with ${scopeText}, valid for ${settings.lifetime.text}.`,
  );
  throwIfInterrupted();
  const pat = await createReconciled(pats, { displayName, scope: settings.scopes, validTo }, host, {
    sleep: interruptibleSleep,
    onAnswerLost: () => saveCreateAnswerLost(host),
  });

  // The client masked the token itself as soon as it parsed the answer.
  const basic = basicAuth(pat.token);
  maskSecret(host, basic);
  const expiresAt = new Date(pat.validTo).toISOString();
  saveMinted(host, pat.authorizationId, expiresAt);

  if (Date.parse(pat.validTo) < validTo.getTime() - LIFETIME_TOLERANCE_MS) {
    host.warning(
      `Azure DevOps granted the token until ${expiresAt}, earlier than the ${settings.lifetime.text} asked for: ` +
        'an organization policy caps PAT lifetimes. Steps that use the token must finish before then.',
    );
  }

  const grantedScopes = pat.scope.split(/\s+/).filter(Boolean).join(' ');
  const result: MintResult = {
    token: pat.token,
    basicAuth: basic,
    authorizationId: pat.authorizationId,
    expiresAt,
    scopes: grantedScopes,
    displayName,
  };
  setMintOutputs(host, result);

  if (settings.gitCredentials) {
    const variables = gitCredentialVariables(
      deps.env ?? process.env,
      settings.endpoints.azureDevOpsUrl,
      settings.organization,
      basic,
    );
    // Not secret variables: the Basic value inside is already masked, and secret variables would not
    // reach later steps' environment on Azure Pipelines.
    for (const [name, value] of Object.entries(variables))
      host.exportVariable(name, value, { secret: false });
    host.info(
      `Later steps' git commands authenticate to ${settings.endpoints.azureDevOpsUrl}/${settings.organization}/.`,
    );
  }
  if (settings.exportVariable) {
    host.exportVariable(settings.exportVariable, pat.token, { secret: true });
    host.info(`Exported the token to later steps as ${settings.exportVariable}.`);
  }

  host.addSummary(
    mintSummary({
      ...result,
      scopes: grantedScopes,
      organization: settings.organization,
      revoke: settings.revoke,
    }),
  );
  host.info(
    `Minted "${displayName}" (authorization id ${pat.authorizationId}), scopes ${grantedScopes}, expires ${expiresAt}.`,
  );
  return result;
}
