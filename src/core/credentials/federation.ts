/**
 * Workload identity federation, shared by every path that signs the job's own identity in: the audience its
 * OIDC token is asked for, and the message when no federated credential of the app matches that token.
 */
import { ActionableError } from '../errors';
import { decodeJwtUnverified } from '../entra/jwt';
import { quote } from '../safety/log-safety';

export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

/** AADSTS codes for "no federated credential matches the presented OIDC token" (issuer/subject/audience). */
export const FEDERATION_MISMATCH = [70021, 700211, 700212, 700213];

const ADD_FEDERATED_CREDENTIAL =
  'Add a federated credential to that app registration (Certificates & secrets > Federated credentials) ' +
  'with exactly this issuer and subject and the audience api://AzureADTokenExchange.';

export function federationMismatch(
  clientId: string,
  oidcToken: string | undefined,
  cause: ActionableError,
): ActionableError {
  const claims = oidcToken ? decodeJwtUnverified(oidcToken)?.payload : undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const presented =
    typeof claims?.sub === 'string'
      ? ` The job presented issuer ${quote(text(claims.iss), 120)}, subject ${quote(claims.sub, 200)}, audience ${quote(text(claims.aud), 80)}.`
      : '';
  return new ActionableError(
    'auth',
    `No federated credential of the app ${clientId} matches this job's OIDC token.${presented} (${cause.message})`,
    {
      github:
        `${ADD_FEDERATED_CREDENTIAL} Issuer https://token.actions.githubusercontent.com, subject ` +
        'repo:OWNER/REPO:ref:refs/heads/BRANCH or repo:OWNER/REPO:environment:NAME. See docs/credentials.md.',
      'azure-pipelines':
        'Use the app registration of the azureSubscription service connection: a service connection with ' +
        'workload identity federation creates the matching federated credential. ' +
        `Otherwise: ${ADD_FEDERATED_CREDENTIAL} See docs/credentials.md.`,
      cli: `${ADD_FEDERATED_CREDENTIAL} See docs/credentials.md.`,
    },
    { code: 'federated_credential_mismatch', cause },
  );
}
