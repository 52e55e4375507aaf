/**
 * OpenID discovery documents for the emulator's CI issuers. Entra (and @azure/identity, and any verifier)
 * fetches `<issuer>/.well-known/openid-configuration`, then `jwks_uri`, to check a client assertion.
 */
export function discoveryDocument(
  issuer: string,
  jwksPath: string,
  claims: readonly string[],
): Record<string, unknown> {
  return {
    issuer,
    jwks_uri: `${issuer}${jwksPath}`,
    subject_types_supported: ['public', 'pairwise'],
    response_types_supported: ['id_token'],
    claims_supported: claims,
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid'],
  };
}

/** Claims GitHub's issuer lists in its own discovery document. */
export const GITHUB_CLAIMS = [
  'sub',
  'aud',
  'exp',
  'iat',
  'iss',
  'jti',
  'nbf',
  'ref',
  'sha',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'run_id',
  'run_number',
  'run_attempt',
  'actor',
  'actor_id',
  'workflow',
  'workflow_ref',
  'event_name',
  'ref_type',
  'job_workflow_ref',
  'runner_environment',
] as const;

export const AZURE_PIPELINES_CLAIMS = ['sub', 'aud', 'exp', 'iat', 'iss', 'nbf', 'jti'] as const;
