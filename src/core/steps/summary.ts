/** The job summary: what was minted, never the token itself. */
export interface SummaryFacts {
  displayName: string;
  organization: string;
  scopes: string;
  expiresAt: string;
  authorizationId: string;
  revoke: boolean;
}

function cell(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/[`\r\n]/g, ' ');
}

export interface BearerSummaryFacts {
  organization: string;
  clientId: string;
  scopes: string;
  expiresAt: string;
}

/** `token-type: entra`: whose token it is and until when; there is nothing to revoke. */
export function bearerSummary(facts: BearerSummaryFacts): string {
  return table('### Azure DevOps bearer token issued', [
    ['Identity (app)', facts.clientId],
    ['Organization', facts.organization],
    ['Scopes', facts.scopes],
    ['Expires at', facts.expiresAt],
    ['Revoked at job end', 'no (an Entra access token cannot be revoked; it expires)'],
  ]);
}

function table(title: string, rows: [string, string][]): string {
  return [
    title,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${cell(value)} |`),
    '',
  ].join('\n');
}

export function mintSummary(facts: SummaryFacts): string {
  const rows: [string, string][] = [
    ['Display name', facts.displayName],
    ['Organization', facts.organization],
    ['Scopes', facts.scopes],
    ['Expires at', facts.expiresAt],
    ['Authorization id', facts.authorizationId],
    ['Revoked at job end', facts.revoke ? 'yes' : 'no (revoke: false)'],
  ];
  return table('### Azure DevOps PAT minted', rows);
}
