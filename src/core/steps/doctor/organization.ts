/**
 * Whether the organization exists and lets the bot user in: `GET {azure-devops-url}/{org}/_apis/connectionData`
 * with the bot's Entra token, a call any member can make. 404: no such organization; 401, 203 or a sign-in
 * page: the bot user is not a member, or the organization does not accept the token.
 */
import { isHtml } from '../../azure-devops/pat-errors';
import { endsSentence, serverText } from '../../safety/server-text';
import type { Platform } from '../../host';
import { inputRef } from '../../inputs/names';
import type { HttpClient, HttpResponse } from '../../net/http';
import { failed, fail, ok, type CheckResult } from './checks';

const ID = 'organization';
const TITLE = 'organization';

function errorMessage(response: HttpResponse): string {
  try {
    const body: unknown = JSON.parse(response.body);
    const message =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>).message : '';
    return typeof message === 'string' && message.trim()
      ? ` Azure DevOps said: ${endsSentence(serverText(message))}`
      : '';
  } catch {
    return '';
  }
}

export async function checkOrganization(input: {
  http: HttpClient;
  azureDevOpsUrl: string;
  organization: string;
  accessToken: string;
  /** The bot user's sign-in name, for the messages. */
  user: string;
  platform: Platform;
}): Promise<CheckResult> {
  const { organization, user } = input;
  const url = `${input.azureDevOpsUrl}/${encodeURIComponent(organization)}/_apis/connectionData`;
  let response: HttpResponse;
  try {
    response = await input.http.send({
      method: 'GET',
      url,
      headers: {
        Authorization: `Bearer ${input.accessToken}`,
        Accept: 'application/json',
        // A 401 rather than a redirect to the sign-in page.
        'X-TFS-FedAuthRedirect': 'Suppress',
      },
    });
  } catch (error) {
    return failed(ID, TITLE, error, input.platform);
  }
  const { status } = response;
  if (status === 200 && !isHtml(response)) {
    return ok(ID, TITLE, `${organization} exists and the bot user ${user} is a member.`);
  }
  if (status === 404) {
    return fail(
      ID,
      TITLE,
      `Azure DevOps found no organization ${organization} at ${input.azureDevOpsUrl} (HTTP 404).${errorMessage(response)}`,
      `Check ${inputRef('organization')} (the name in https://dev.azure.com/<name>) and ${inputRef('azure-devops-url')}.`,
    );
  }
  if (status === 401 || status === 203 || (status >= 300 && status < 400) || isHtml(response)) {
    return fail(
      ID,
      TITLE,
      `${organization} did not let the bot user ${user} in (HTTP ${status}): the user is not a member of the ` +
        `organization, or the organization does not accept its token.${errorMessage(response)}`,
      `Add ${user} to ${organization} (Organization settings > Users > Add users, access level Basic or ` +
        "Stakeholder). If it is a member, check that the organization is connected to the bot user's Microsoft " +
        'Entra tenant (Organization settings > Microsoft Entra).',
    );
  }
  return fail(
    ID,
    TITLE,
    `Azure DevOps answered HTTP ${status} for ${organization}.${errorMessage(response)}`,
    'Run the check again later; if it persists, check the status of Azure DevOps and any proxy in between.',
  );
}
