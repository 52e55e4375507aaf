/**
 * The main step: validate -> mask secret inputs -> Entra token -> save the display name -> create the PAT
 * -> mask every form of it -> save state (no secret) -> outputs, git credentials, variable, summary.
 */
import { createReconciled } from './create-pat';
import { mintBearer } from './mint-bearer';
import { connectBot } from '../credentials/context';
import {
  DISPLAY_NAME_MAX_ENCODED_LENGTH,
  DISPLAY_NAME_PREFIX,
  planDisplayName,
  randomSuffix,
} from '../azure-devops/display-name';
import { exportForConsumers } from '../consumers/export';
import type { Host } from '../host';
import { httpClientFor } from '../net/host-http';
import { testRetryScale, type HttpClient } from '../net/http';
import { basicAuth, maskSecret, maskSecretInputs } from '../safety/secrets';
import { inputRef } from '../inputs/names';
import { parseSettings } from '../inputs/settings';
import { readTokenType } from '../inputs/token-type';
import { quoteInput } from '../safety/log-safety';
import { interruptibleSleep, throwIfInterrupted } from '../safety/signals';
import { handToLaterSteps } from './later-steps';
import { setMintOutputs } from './outputs';
import { saveCreateAnswerLost, saveMinted, savePending, settleFailedCreate, untilCreated } from './state';
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
  // `token-type: entra` hands out the job identity's own token instead: a flow of its own.
  if (readTokenType((name) => host.getInput(name)) === 'entra') return mintBearer(host, deps);
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

  const { name: displayName, shortened } = planDisplayName(
    settings.displayName,
    host.runContext(),
    (deps.suffix ?? randomSuffix)(),
  );
  if (shortened) {
    host.warning(
      `The token's display name was shortened to fit Azure DevOps' limit of ${DISPLAY_NAME_MAX_ENCODED_LENGTH} ` +
        `characters after HTML encoding (the "${DISPLAY_NAME_PREFIX}: " prefix and the unique suffix included); ` +
        `kept: ${quoteInput(displayName, DISPLAY_NAME_MAX_ENCODED_LENGTH)}. Give a shorter ${inputRef('display-name')} ` +
        'to choose what it says.',
    );
  }
  savePending(host, settings.organization, settings.endpoints, displayName);

  const now = deps.now ?? (() => new Date());
  const validTo = new Date(now().getTime() + settings.lifetime.milliseconds);
  const scopeText = settings.scopes.join(' ');
  host.info(
    `Minting a PAT in ${settings.organization} with ${scopeText}, valid for ${settings.lifetime.text}.`,
  );
  throwIfInterrupted();
  // The waits between creates are retry waits too: the test-only scale shortens them likewise (net/http.ts).
  const scale = testRetryScale(settings.endpoints.vsspsUrl);
  let answerLost = false;
  const pat = await untilCreated(host, () =>
    createReconciled(pats, { displayName, scope: settings.scopes, validTo }, host, {
      sleep: (ms) => interruptibleSleep(ms * scale),
      onAnswerLost: () => {
        answerLost = true;
        saveCreateAnswerLost(host);
      },
    }),
  ).catch((error: unknown) => {
    settleFailedCreate(host, error, answerLost);
    throw error;
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

  handToLaterSteps(
    host,
    deps.env ?? process.env,
    { ...settings, azureDevOpsUrl: settings.endpoints.azureDevOpsUrl },
    { value: pat.token, authorization: `Basic ${basic}`, kind: '' },
  );
  exportForConsumers(host, settings.exportFor, {
    token: pat.token,
    organization: settings.organization,
    azureDevOpsUrl: settings.endpoints.azureDevOpsUrl,
    feeds: settings.feeds,
  });

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
