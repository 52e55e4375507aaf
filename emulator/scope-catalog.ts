/**
 * The Azure DevOps scopes the emulated service knows, written from Microsoft's OAuth scope list
 * (learn.microsoft.com/azure/devops/integrate/get-started/authentication/oauth#scopes) independently of the
 * product's own catalogue, so a test can compare the two and catch a wrong entry in either.
 *
 * Each key is a scope a PAT may carry; its value lists the scopes it directly includes
 * (`vso.code_write` includes `vso.code`, which includes `vso.hooks_write`).
 */
export const PAT_SCOPES: Readonly<Record<string, readonly string[]>> = {
  // Advanced security
  'vso.advsec': [],
  'vso.advsec_write': ['vso.advsec'],
  'vso.advsec_manage': ['vso.advsec_write'],
  // Agent pools and environments
  'vso.agentpools': [],
  'vso.agentpools_manage': ['vso.agentpools'],
  'vso.environment_manage': ['vso.agentpools_manage'],
  // Analytics
  'vso.analytics': [],
  // Auditing
  'vso.auditlog': [],
  'vso.auditstreams_manage': ['vso.auditlog'],
  // Build
  'vso.build': ['vso.hooks_write'],
  'vso.build_execute': ['vso.build'],
  // Code
  'vso.code': ['vso.hooks_write'],
  'vso.code_write': ['vso.code'],
  'vso.code_manage': ['vso.code_write'],
  'vso.code_full': ['vso.code_manage'],
  'vso.code_status': [],
  // Connected server
  'vso.connected_server': [],
  // Entitlements and member entitlement management
  'vso.entitlements': [],
  'vso.memberentitlementmanagement': [],
  'vso.memberentitlementmanagement_write': ['vso.memberentitlementmanagement'],
  // Extensions and extension data
  'vso.extension': ['vso.profile'],
  'vso.extension_manage': ['vso.extension'],
  'vso.extension.data': ['vso.profile'],
  'vso.extension.data_write': ['vso.extension.data'],
  // GitHub connections
  'vso.githubconnections': [],
  'vso.githubconnections_manage': ['vso.githubconnections'],
  // Graph and identity
  'vso.graph': [],
  'vso.graph_manage': ['vso.graph'],
  'vso.identity': [],
  'vso.identity_manage': ['vso.identity'],
  // Deployment groups
  'vso.machinegroup_manage': ['vso.agentpools_manage'],
  // Marketplace
  'vso.gallery': ['vso.profile'],
  'vso.gallery_acquire': ['vso.gallery'],
  'vso.gallery_publish': ['vso.gallery'],
  'vso.gallery_manage': ['vso.gallery_publish'],
  // Notifications
  'vso.notification': ['vso.profile'],
  'vso.notification_write': ['vso.notification'],
  'vso.notification_manage': ['vso.notification_write'],
  'vso.notification_diagnostics': ['vso.notification'],
  // Packaging
  'vso.packaging': ['vso.profile'],
  'vso.packaging_write': ['vso.packaging'],
  'vso.packaging_manage': ['vso.packaging_write'],
  // Pipeline resources
  'vso.pipelineresources_use': [],
  'vso.pipelineresources_manage': ['vso.pipelineresources_use'],
  // Project and team
  'vso.project': [],
  'vso.project_write': ['vso.project'],
  'vso.project_manage': ['vso.project_write'],
  // Release
  'vso.release': ['vso.profile'],
  'vso.release_execute': ['vso.release'],
  'vso.release_manage': ['vso.release_execute'],
  // Secure files
  'vso.securefiles_read': [],
  'vso.securefiles_write': ['vso.securefiles_read'],
  'vso.securefiles_manage': ['vso.securefiles_write'],
  // Security
  'vso.security_manage': [],
  // Service connections
  'vso.serviceendpoint': ['vso.profile'],
  'vso.serviceendpoint_query': ['vso.serviceendpoint'],
  'vso.serviceendpoint_manage': ['vso.serviceendpoint_query'],
  // Service hooks
  'vso.hooks': ['vso.profile'],
  'vso.hooks_write': ['vso.hooks'],
  'vso.hooks_interact': ['vso.profile'],
  // Settings
  'vso.settings': [],
  'vso.settings_write': ['vso.settings'],
  // Symbols
  'vso.symbols': ['vso.profile'],
  'vso.symbols_write': ['vso.symbols'],
  'vso.symbols_manage': ['vso.symbols_write'],
  // Task groups
  'vso.taskgroups_read': [],
  'vso.taskgroups_write': ['vso.taskgroups_read'],
  'vso.taskgroups_manage': ['vso.taskgroups_write'],
  // Team dashboards
  'vso.dashboards': [],
  'vso.dashboards_manage': ['vso.dashboards'],
  // Test management
  'vso.test': ['vso.profile'],
  'vso.test_write': ['vso.test'],
  // Pull request threads
  'vso.threads_full': [],
  // Tokens
  'vso.tokens': [],
  'vso.tokenadministration': [],
  // User profile
  'vso.profile': [],
  'vso.profile_write': ['vso.profile'],
  // Variable groups
  'vso.variablegroups_read': [],
  'vso.variablegroups_write': ['vso.variablegroups_read'],
  'vso.variablegroups_manage': ['vso.variablegroups_write'],
  // Wiki
  'vso.wiki': [],
  'vso.wiki_write': ['vso.wiki'],
  // Work items
  'vso.work': ['vso.hooks_write'],
  'vso.work_write': ['vso.work'],
  'vso.work_full': ['vso.work_write'],
  // Drops: not on the OAuth page but accepted by Microsoft's AzureAuth CLI; each level is taken to include
  // the one below, as for every other read/write/manage family.
  'vso.drop': [],
  'vso.drop_write': ['vso.drop'],
  'vso.drop_manage': ['vso.drop_write'],
};

/** Scopes only an Entra token carries (the PAT lifecycle API's own); never valid on a PAT. */
export const ENTRA_ONLY_SCOPES: Readonly<Record<string, readonly string[]>> = {
  user_impersonation: [],
  'vso.pats': [],
  'vso.pats_manage': ['vso.pats'],
};

/** The scope of a full-access PAT. */
export const FULL_ACCESS_SCOPE = 'app_token';

function isKnown(table: Readonly<Record<string, readonly string[]>>, scope: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, scope);
}

/** True when a PAT may carry `scope` (exact, canonical id). */
export function isPatScope(scope: string): boolean {
  return isKnown(PAT_SCOPES, scope);
}

function directlyIncluded(scope: string): readonly string[] {
  if (isKnown(PAT_SCOPES, scope)) return PAT_SCOPES[scope] ?? [];
  if (isKnown(ENTRA_ONLY_SCOPES, scope)) return ENTRA_ONLY_SCOPES[scope] ?? [];
  return [];
}

/**
 * True when a token granted `granted` may do what `required` allows, following implications to any depth.
 * `app_token` (full-access PAT) and `user_impersonation` (full-access Entra token) open everything.
 */
export function grants(granted: readonly string[], required: string): boolean {
  if (granted.includes(FULL_ACCESS_SCOPE) || granted.includes('user_impersonation')) return true;
  const seen = new Set<string>();
  const queue = [...granted];
  while (queue.length > 0) {
    const scope = queue.shift() as string;
    if (scope === required) return true;
    if (seen.has(scope)) continue;
    seen.add(scope);
    queue.push(...directlyIncluded(scope));
  }
  return false;
}
