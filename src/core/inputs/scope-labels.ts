/**
 * The labels the Azure DevOps web page shows when a PAT is created by hand (`Code (Read & write)`), and the
 * spellings people derive from them (`Code:Read`, `WorkItems.Read`), mapped to scope ids. They are never
 * accepted as scopes (a label is not what the API takes, and guessing silently could grant the wrong thing):
 * they only let a refusal say which id was meant.
 */

/**
 * Area (alternatives separated by `|`) → `Permission=scope` entries separated by `;` (permission labels may
 * hold commas). Scope names are without the `vso.` prefix. Written from the page's sections, one row each.
 */
const TABLE: ReadonlyArray<readonly [areas: string, permissions: string]> = [
  ['Agent Pools', 'Read=agentpools; Read & manage=agentpools_manage'],
  ['Analytics', 'Read=analytics'],
  ['Auditing|Audit Log', 'Read Audit Log|Read=auditlog; Manage Audit Streams|Manage=auditstreams_manage'],
  ['Build', 'Read=build; Read & execute=build_execute'],
  [
    'Code|Repos',
    'Read=code; Read & write=code_write; Read, write, & manage=code_manage; Full=code_full; Status=code_status',
  ],
  ['Connected Server', 'Connected Server|Read=connected_server'],
  ['Deployment Groups', 'Read & manage=machinegroup_manage'],
  ['Entitlements', 'Read=entitlements'],
  ['Environment', 'Read & manage=environment_manage'],
  ['Extension Data', 'Read=extension.data; Read & write=extension.data_write'],
  ['Extensions', 'Read=extension; Read & manage=extension_manage'],
  ['GitHub Connections', 'Read=githubconnections; Read & manage=githubconnections_manage'],
  ['Graph', 'Read=graph; Read & manage=graph_manage'],
  ['Identity', 'Read=identity; Read & manage=identity_manage'],
  ['Marketplace', 'Read=gallery; Acquire=gallery_acquire; Publish=gallery_publish; Manage=gallery_manage'],
  [
    'Member Entitlement Management',
    'Read=memberentitlementmanagement; Read & write=memberentitlementmanagement_write',
  ],
  [
    'Notifications',
    'Read=notification; Write=notification_write; Manage=notification_manage; Diagnostics=notification_diagnostics',
  ],
  [
    'Packaging|Packages|Artifacts',
    'Read=packaging; Read & write=packaging_write; Read, write, & manage=packaging_manage',
  ],
  ['Pipeline Resources', 'Use=pipelineresources_use; Use & manage=pipelineresources_manage'],
  ['Project and Team', 'Read=project; Read & write=project_write; Read, write, & manage=project_manage'],
  ['Pull Request Threads', 'Read & write=threads_full'],
  [
    'Release',
    'Read=release; Read, write, & execute=release_execute; Read, write, execute, & manage=release_manage',
  ],
  [
    'Secure Files',
    'Read=securefiles_read; Read & create=securefiles_write; Read, create, & manage=securefiles_manage',
  ],
  ['Security', 'Manage=security_manage'],
  [
    'Service Connections',
    'Read=serviceendpoint; Read & query=serviceendpoint_query; Read, query, & manage=serviceendpoint_manage',
  ],
  ['Symbols', 'Read=symbols; Read & write=symbols_write; Read, write, & manage=symbols_manage'],
  [
    'Task Groups',
    'Read=taskgroups_read; Read & create=taskgroups_write; Read, create, & manage=taskgroups_manage',
  ],
  ['Team Dashboard|Dashboards', 'Read=dashboards; Read & manage=dashboards_manage'],
  ['Test Management|Test Plans', 'Read=test; Read & write=test_write'],
  ['Tokens', 'Read & manage=tokens'],
  ['Token Administration', 'Read & manage=tokenadministration'],
  ['User Profile|Profile', 'Read=profile; Read & write=profile_write'],
  [
    'Variable Groups',
    'Read=variablegroups_read; Read & create=variablegroups_write; Read, create, & manage=variablegroups_manage',
  ],
  ['Wiki', 'Read=wiki; Read & write=wiki_write'],
  ['Work Items|Work Item|Boards', 'Read=work; Read & write=work_write; Read, write, & manage=work_full'],
];

/** Letters only, lower case, without "and": `Read, write, & manage` and `read_write_manage` meet. */
function permissionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/and/g, '');
}

/** Areas also ignore a plural `s`: `WorkItems`, `work_item`, `Builds`. */
function areaKey(text: string): string {
  return permissionKey(text).replace(/s$/, '');
}

interface Area {
  /** Full scope ids, by permission key: the whole label and its last word (`readwrite`, `write`). */
  permissions: Map<string, string>;
  /** Every scope of the area, in the page's order. */
  scopes: string[];
}

function buildAreas(): ReadonlyMap<string, Area> {
  const areas = new Map<string, Area>();
  for (const [names, permissions] of TABLE) {
    const area: Area = { permissions: new Map(), scopes: [] };
    for (const entry of permissions.split(';')) {
      const [labels = '', name = ''] = entry.split('=');
      const scope = `vso.${name.trim()}`;
      area.scopes.push(scope);
      for (const label of labels.split('|')) {
        const lastWord =
          label
            .trim()
            .split(/[\s,&]+/)
            .at(-1) ?? '';
        for (const key of [permissionKey(label), permissionKey(lastWord)]) {
          if (!area.permissions.has(key)) area.permissions.set(key, scope);
        }
      }
    }
    for (const name of names.split('|')) areas.set(areaKey(name), area);
  }
  return areas;
}

// Built on the first label looked up: only a `scopes` input with a parenthesis or an unknown scope needs it,
// so a step with valid scopes never pays for the table.
let areas: ReadonlyMap<string, Area> | undefined;

function allAreas(): ReadonlyMap<string, Area> {
  return (areas ??= buildAreas());
}

/** Every scope id the table names, for the test that keeps it inside the catalogue. */
export function labelledScopes(): ReadonlySet<string> {
  return new Set([...allAreas().values()].flatMap((area) => area.scopes));
}

/** A label found in the `scopes` input, with the scope ids it most likely means (one when exact). */
export interface ScopeLabel {
  label: string;
  scopes: string[];
}

function lookUp(label: string, area: string, permission: string | undefined): ScopeLabel | undefined {
  const found = allAreas().get(areaKey(area));
  if (found === undefined) return undefined;
  const exact = permission === undefined ? undefined : found.permissions.get(permissionKey(permission));
  return { label, scopes: exact === undefined ? [...found.scopes] : [exact] };
}

/** Area names have at most this many words (`Member Entitlement Management`). */
const MAX_AREA_WORDS = 3;

/**
 * The `Area (Permission)` labels in a whole `scopes` input, as copied from the page: `Code (Read & write),
 * Work Items (Read)`. An area's name is the longest run of words before the parenthesis that names one.
 */
export function findScopeLabels(raw: string): ScopeLabel[] {
  const found: ScopeLabel[] = [];
  for (const { before, inside } of parenthesized(raw)) {
    const words = before.trim().split(/\s+/);
    const permission = inside.trim();
    for (let count = Math.min(MAX_AREA_WORDS, words.length); count > 0; count--) {
      const area = words.slice(-count).join(' ');
      const label = lookUp(`${area} (${permission})`, area, permission);
      if (label !== undefined) {
        found.push(label);
        break;
      }
    }
  }
  return found;
}

const ENDS_BEFORE = new Set(['(', ')', ',', ';', '\r', '\n']);
const ENDS_INSIDE = new Set(['(', ')', '\r', '\n']);

/**
 * Each `text (text)` of the input: the text before a parenthesis back to the last `(),;` or line break, and
 * the text inside it on the same line. One pass (a regex would rescan the rest of the input from every
 * character that is not a parenthesis: quadratic on a long input).
 */
function* parenthesized(raw: string): Generator<{ before: string; inside: string }> {
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '(') {
      if (ENDS_BEFORE.has(raw[i] ?? '')) start = i + 1;
      continue;
    }
    let close = i + 1;
    while (close < raw.length && !ENDS_INSIDE.has(raw[close] ?? '')) close++;
    if (raw[close] === ')') {
      yield { before: raw.slice(start, i), inside: raw.slice(i + 1, close) };
      i = close;
    }
    start = i + 1;
  }
}

/** One unknown token written after a label: `Code:Read`, `code:write`, `WorkItems.Read`, or an area alone. */
export function scopeLabelOf(token: string): ScopeLabel | undefined {
  const pair = /^([A-Za-z][A-Za-z_-]*)[:./]([A-Za-z_&,-]+)$/.exec(token);
  if (pair !== null) {
    const label = lookUp(token, pair[1] ?? '', pair[2] ?? '');
    return label?.scopes.length === 1 ? label : undefined;
  }
  return /^[A-Za-z][A-Za-z_-]*$/.test(token) ? lookUp(token, token, undefined) : undefined;
}
