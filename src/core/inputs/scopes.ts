/**
 * The Azure DevOps PAT scope catalogue (from Microsoft's OAuth scope documentation,
 * 2025-07-14) and the rules for turning a user's scope list into the minimal set sent on create.
 */
import { InputError } from '../errors';
import { inputRef } from './names';
import { findScopeLabels, scopeLabelOf, type ScopeLabel } from './scope-labels';
import { quoteInput } from '../safety/log-safety';

export interface ScopeInfo {
  /** Full id, e.g. 'vso.code_write'. */
  id: string;
  /** Microsoft labels the scope "high privilege": allowed, with a warning. */
  highPrivilege: boolean;
  /** Direct implications, full ids ('vso.code_write' includes 'vso.code'). */
  includes: string[];
  /** The catalogue area, for documentation. */
  area: string;
}

/** Where users find what each scope grants. */
export const SCOPES_DOCUMENTATION_URL =
  'https://learn.microsoft.com/azure/devops/integrate/get-started/authentication/oauth#scopes';

/** The scope of a full-access PAT. Never requested by this product. */
export const FULL_ACCESS_SCOPE = 'app_token';

/** Scopes that only exist for Entra tokens; a PAT cannot carry them. `vso.pats_manage` includes `vso.pats`. */
export const ENTRA_ONLY_SCOPES: ReadonlyMap<string, ScopeInfo> = new Map([
  ['user_impersonation', { id: 'user_impersonation', highPrivilege: true, includes: [], area: 'Entra' }],
  ['vso.pats', { id: 'vso.pats', highPrivilege: false, includes: [], area: 'Entra' }],
  ['vso.pats_manage', { id: 'vso.pats_manage', highPrivilege: false, includes: ['vso.pats'], area: 'Entra' }],
]);

/**
 * Compact catalogue: `name` or `name★` (high privilege), optionally `→implied` (one direct implication).
 * Names are without the `vso.` prefix. Transcribed from Microsoft's scope table, row by row.
 */
const TABLE: ReadonlyArray<readonly [area: string, scopes: string]> = [
  ['Advanced security', 'advsec★ advsec_write★→advsec advsec_manage★→advsec_write'],
  ['Agent pools', 'agentpools agentpools_manage★→agentpools environment_manage★→agentpools_manage'],
  ['Analytics', 'analytics'],
  ['Audit', 'auditlog auditstreams_manage★→auditlog'],
  ['Build', 'build→hooks_write build_execute★→build'],
  ['Code', 'code→hooks_write code_write★→code code_manage★→code_write code_full★→code_manage code_status'],
  ['Connected server', 'connected_server'],
  [
    'Entitlements',
    'entitlements memberentitlementmanagement memberentitlementmanagement_write★→memberentitlementmanagement',
  ],
  [
    'Extensions',
    'extension→profile extension_manage★→extension extension.data→profile extension.data_write→extension.data',
  ],
  ['GitHub connections', 'githubconnections githubconnections_manage★→githubconnections'],
  ['Graph and identity', 'graph graph_manage★→graph identity identity_manage★→identity'],
  ['Deployment groups', 'machinegroup_manage★→agentpools_manage'],
  [
    'Marketplace',
    'gallery→profile gallery_acquire→gallery gallery_publish★→gallery gallery_manage★→gallery_publish',
  ],
  [
    'Notifications',
    'notification→profile notification_write→notification notification_manage→notification_write notification_diagnostics→notification',
  ],
  ['Packaging', 'packaging→profile packaging_write★→packaging packaging_manage★→packaging_write'],
  ['Pipeline resources', 'pipelineresources_use★ pipelineresources_manage★→pipelineresources_use'],
  ['Project and team', 'project project_write→project project_manage★→project_write'],
  ['Release', 'release→profile release_execute★→release release_manage★→release_execute'],
  [
    'Secure files',
    'securefiles_read★ securefiles_write★→securefiles_read securefiles_manage★→securefiles_write',
  ],
  ['Security', 'security_manage★'],
  [
    'Service connections',
    'serviceendpoint→profile serviceendpoint_query→serviceendpoint serviceendpoint_manage★→serviceendpoint_query',
  ],
  ['Service hooks', 'hooks→profile hooks_write→hooks hooks_interact→profile'],
  ['Settings', 'settings settings_write→settings'],
  ['Symbols', 'symbols→profile symbols_write→symbols symbols_manage→symbols_write'],
  ['Task groups', 'taskgroups_read taskgroups_write→taskgroups_read taskgroups_manage★→taskgroups_write'],
  ['Dashboards', 'dashboards dashboards_manage→dashboards'],
  ['Test', 'test→profile test_write→test'],
  ['PR threads', 'threads_full'],
  ['Tokens', 'tokens★ tokenadministration★'],
  ['Profile', 'profile profile_write→profile'],
  [
    'Variable groups',
    'variablegroups_read variablegroups_write→variablegroups_read variablegroups_manage★→variablegroups_write',
  ],
  ['Wiki', 'wiki wiki_write→wiki'],
  ['Work items', 'work→hooks_write work_write→work work_full→work_write'],
  // Accepted by Microsoft's AzureAuth CLI (src/AdoPat/Scopes.cs), absent from the OAuth page; the
  // read < write < manage chain is inferred from the naming convention. The retired load-test scopes are not.
  ['Drops (AzureAuth)', 'drop drop_write→drop drop_manage→drop_write'],
];

function buildCatalogue(): ReadonlyMap<string, ScopeInfo> {
  const catalogue = new Map<string, ScopeInfo>();
  for (const [area, scopes] of TABLE) {
    for (const entry of scopes.split(' ')) {
      const [nameAndFlag = '', implied] = entry.split('→');
      const highPrivilege = nameAndFlag.endsWith('★');
      const id = `vso.${nameAndFlag.replace('★', '')}`;
      catalogue.set(id, {
        id,
        highPrivilege,
        includes: implied === undefined ? [] : [`vso.${implied}`],
        area,
      });
    }
  }
  return catalogue;
}

export const SCOPE_CATALOGUE: ReadonlyMap<string, ScopeInfo> = buildCatalogue();

function directIncludes(scope: string): readonly string[] {
  return (SCOPE_CATALOGUE.get(scope) ?? ENTRA_ONLY_SCOPES.get(scope))?.includes ?? [];
}

/** Every scope that `scope` grants, itself included (transitive closure). */
export function scopeClosure(scope: string): Set<string> {
  const seen = new Set<string>();
  const pending = [scope];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...directIncludes(next));
  }
  return seen;
}

/**
 * True when a token granted `granted` may do what `required` allows. Transitive; `app_token` (full-access
 * PAT) and `user_impersonation` (full-access Entra token) include everything. Ids are compared exactly
 * (servers send canonical lower-case ids).
 */
export function scopeIncludes(granted: readonly string[], required: string): boolean {
  return granted.some(
    (scope) =>
      scope === FULL_ACCESS_SCOPE || scope === 'user_impersonation' || scopeClosure(scope).has(required),
  );
}

/** Separators: whitespace (space, tab, CR, LF) and commas, in any mix and number. */
const SEPARATORS = /[\s,]+/;

/** `VSO.Code_Write` and `code_write` both become `vso.code_write`. */
function canonicalId(token: string): string {
  const lower = token.toLowerCase();
  return lower.startsWith('vso.') ? lower : `vso.${lower}`;
}

/** Ways users ask for everything; each is refused with the least-privilege fix. */
const FULL_ACCESS_ALIASES: ReadonlySet<string> = new Set([
  FULL_ACCESS_SCOPE,
  'user_impersonation',
  '*',
  'all',
  'full',
  'full_access',
]);

const LEAST_PRIVILEGE_FIX =
  'List only the scopes the job needs, in `scopes`, e.g. `vso.code` to clone or `vso.code_write` to push ' +
  `(least privilege: a leaked token can do only what its scopes allow). Scopes: ${SCOPES_DOCUMENTATION_URL}`;

/** The opt-in that lets a PAT carry the token scopes. */
export const ALLOW_TOKEN_SCOPES = 'allow-token-scopes';

/**
 * Scopes that let a PAT mint or manage tokens (`vso.tokens`: the user's own PATs and sessions;
 * `vso.tokenadministration`: the organization's): such a token could outlive the job that this product
 * revokes at its end. Refused unless `allow-token-scopes` is on.
 */
export const TOKEN_SCOPES: ReadonlySet<string> = new Set(['vso.tokens', 'vso.tokenadministration']);

/** The code of the refusal of a token scope without the opt-in. */
export const TOKEN_SCOPE_NOT_ALLOWED = 'token_scope_not_allowed';

/**
 * The one place a scope is refused for what it would let the PAT do: full access, the Entra-only PAT
 * scopes, and the token scopes without their opt-in.
 */
function refuseScope(token: string, id: string): never {
  if (id === 'vso.pats' || id === 'vso.pats_manage') {
    throw new InputError(
      'scopes',
      `Scope ${quoteInput(token)} exists only for Entra tokens: a PAT cannot carry it (and a PAT that manages PATs would defeat the purpose).`,
      LEAST_PRIVILEGE_FIX,
    );
  }
  if (TOKEN_SCOPES.has(id)) {
    throw new InputError(
      'scopes',
      `Scope ${quoteInput(token)} lets the PAT mint or manage tokens, which could outlive the job that revokes it.`,
      `${LEAST_PRIVILEGE_FIX} If the job must manage tokens, turn on ${inputRef(ALLOW_TOKEN_SCOPES)}.`,
      TOKEN_SCOPE_NOT_ALLOWED,
    );
  }
  throw new InputError(
    'scopes',
    `Scope ${quoteInput(token)} asks for a full-access token, which this product never mints.`,
    LEAST_PRIVILEGE_FIX,
  );
}

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Up to three catalogue ids close to `id`: by edit distance, or sharing its area prefix (`code_` → code*). */
export function suggestScopes(id: string): string[] {
  const name = id.slice('vso.'.length);
  if (name.length > 64) return []; // no scope is that long; spare the quadratic distance on hostile input
  const stem = name.split(/[_.]/)[0] ?? name;
  const threshold = Math.max(2, Math.floor(name.length / 3));
  return [...SCOPE_CATALOGUE.keys()]
    .map((candidate) => {
      const candidateName = candidate.slice('vso.'.length);
      const distance = editDistance(name, candidateName);
      const prefix = stem.length >= 3 && candidateName.startsWith(stem);
      return { candidate, score: prefix ? Math.min(distance, threshold) : distance };
    })
    .filter(({ score }) => score <= threshold)
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

/** "Did you mean `vso.code`?", "Did you mean `vso.work`, `vso.work_write` or `vso.work_full`?" */
function didYouMean(scopes: readonly string[]): string {
  const quoted = scopes.map((scope) => `\`${scope}\``);
  const last = quoted.pop() ?? '';
  return `Did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}?`;
}

const CATALOGUE_HINT = `Use a scope id from the catalogue (with or without the \`vso.\` prefix): ${SCOPES_DOCUMENTATION_URL}`;

/** Labels of the web page are refused with the ids they stand for: a guess must not grant anything silently. */
function refuseLabels(labels: readonly ScopeLabel[]): never {
  const names = labels.map((label) => quoteInput(label.label));
  const many = labels.length > 1;
  throw new InputError(
    'scopes',
    `${many ? 'Scopes' : 'Scope'} ${names.join(', ')} ${many ? 'are labels' : 'is a label'} of the Azure DevOps ` +
      `web page, not ${many ? 'scope ids' : 'a scope id'}.`,
    `${didYouMean(labels.flatMap((label) => label.scopes))} ${CATALOGUE_HINT}`,
  );
}

function refuseUnknown(token: string, id: string): never {
  const label = scopeLabelOf(token);
  if (label !== undefined) refuseLabels([label]);
  const suggestions = suggestScopes(id);
  const hint = suggestions.length > 0 ? `${didYouMean(suggestions)} ` : '';
  throw new InputError(
    'scopes',
    `Unknown Azure DevOps scope ${quoteInput(token)}.`,
    `${hint}${CATALOGUE_HINT}`,
  );
}

/**
 * Parses the `scopes` input into the minimal sorted list of canonical ids, refusing unknown, full-access,
 * Entra-only and empty scopes, and the token scopes unless `allowTokenScopes`. Implied scopes are folded
 * away (`code code_write` → `vso.code_write`).
 */
export function parseScopes(
  raw: string,
  options: { allowTokenScopes?: boolean } = {},
): { scopes: string[]; highPrivilege: string[] } {
  const tokens = raw.split(SEPARATORS).filter((token) => token !== '');
  if (tokens.length === 0) {
    throw new InputError(
      'scopes',
      'No scope given: Azure DevOps would turn an empty scope into a full-access token.',
      LEAST_PRIVILEGE_FIX,
    );
  }
  const labels = findScopeLabels(raw);
  if (labels.length > 0) refuseLabels(labels);
  const requested = new Set<string>();
  for (const token of tokens) {
    const id = canonicalId(token);
    if (FULL_ACCESS_ALIASES.has(id.slice('vso.'.length))) refuseScope(token, id);
    if (ENTRA_ONLY_SCOPES.has(id)) refuseScope(token, id);
    if (TOKEN_SCOPES.has(id) && options.allowTokenScopes !== true) refuseScope(token, id);
    if (!SCOPE_CATALOGUE.has(id)) refuseUnknown(token, id);
    requested.add(id);
  }
  const implied = new Set<string>();
  for (const id of requested) for (const other of scopeClosure(id)) if (other !== id) implied.add(other);
  const scopes = [...requested].filter((id) => !implied.has(id)).sort();
  const highPrivilege = scopes.filter((id) => SCOPE_CATALOGUE.get(id)?.highPrivilege === true);
  return { scopes, highPrivilege };
}
