/**
 * The delegated Entra scopes requested for the PAT API. `granular` (the default) asks for exactly the two
 * PAT-management scopes; `default` asks for `.default`, whatever the app already has consent for, which is
 * what a tenant that consented the app before those scopes existed (to `user_impersonation`) can give.
 */

/** The Azure DevOps resource (application) id. */
export const AZURE_DEVOPS_RESOURCE = '499b84ac-1321-427f-aa17-267ca6975798';

/** List/Get need vso.pats; Create/Revoke need vso.pats_manage; some tenants want both for create. */
export const PAT_MANAGEMENT_SCOPES: readonly string[] = [
  `${AZURE_DEVOPS_RESOURCE}/vso.pats`,
  `${AZURE_DEVOPS_RESOURCE}/vso.pats_manage`,
];

export const DEFAULT_RESOURCE_SCOPE = `${AZURE_DEVOPS_RESOURCE}/.default`;

export type EntraScopeSetting = 'granular' | 'default';

export const ENTRA_SCOPES: Readonly<Record<EntraScopeSetting, readonly string[]>> = {
  granular: PAT_MANAGEMENT_SCOPES,
  default: [DEFAULT_RESOURCE_SCOPE],
};

/** Which setting a requested scope list is, for advice after a refusal. */
export function scopeSettingOf(scopes: readonly string[]): EntraScopeSetting | undefined {
  for (const [setting, list] of Object.entries(ENTRA_SCOPES) as [EntraScopeSetting, readonly string[]][]) {
    if (list.length === scopes.length && list.every((scope) => scopes.includes(scope))) return setting;
  }
  return undefined;
}
