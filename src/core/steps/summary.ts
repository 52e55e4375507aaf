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

export function mintSummary(facts: SummaryFacts): string {
  const rows: [string, string][] = [
    ['Display name', facts.displayName],
    ['Organization', facts.organization],
    ['Scopes', facts.scopes],
    ['Expires at', facts.expiresAt],
    ['Authorization id', facts.authorizationId],
    ['Revoked at job end', facts.revoke ? 'yes' : 'no (revoke: false)'],
  ];
  return [
    '### Azure DevOps PAT minted',
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([name, value]) => `| ${name} | ${cell(value)} |`),
    '',
  ].join('\n');
}
