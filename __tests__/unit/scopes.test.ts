import { InputError } from '../../src/core/errors';
import {
  ENTRA_ONLY_SCOPES,
  SCOPE_CATALOGUE,
  editDistance,
  parseScopes,
  scopeClosure,
  scopeIncludes,
  suggestScopes,
} from '../../src/core/inputs/scopes';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('SCOPE_CATALOGUE', () => {
  it('holds every scope of the reference table (spot checks per area) and nothing unprefixed', () => {
    const expected = [
      'vso.advsec_manage',
      'vso.environment_manage',
      'vso.analytics',
      'vso.auditstreams_manage',
      'vso.build_execute',
      'vso.code_full',
      'vso.code_status',
      'vso.connected_server',
      'vso.memberentitlementmanagement_write',
      'vso.extension.data_write',
      'vso.githubconnections_manage',
      'vso.identity_manage',
      'vso.machinegroup_manage',
      'vso.gallery_acquire',
      'vso.notification_diagnostics',
      'vso.packaging_manage',
      'vso.pipelineresources_manage',
      'vso.project_manage',
      'vso.release_manage',
      'vso.securefiles_manage',
      'vso.security_manage',
      'vso.serviceendpoint_manage',
      'vso.hooks_interact',
      'vso.settings_write',
      'vso.symbols_manage',
      'vso.taskgroups_manage',
      'vso.dashboards_manage',
      'vso.test_write',
      'vso.threads_full',
      'vso.tokenadministration',
      'vso.profile_write',
      'vso.variablegroups_manage',
      'vso.wiki_write',
      'vso.work_full',
      'vso.drop_manage',
    ];
    for (const id of expected) expect(SCOPE_CATALOGUE.get(id)?.id).toBe(id);
    expect(SCOPE_CATALOGUE.size).toBe(88); // 85 from the reference table + 3 drop scopes
    for (const [key, info] of SCOPE_CATALOGUE) {
      expect(info.id).toBe(key);
      expect(key).toMatch(/^vso\.[a-z_.]+$/);
    }
  });

  it('has no dangling implication and no cycle', () => {
    for (const info of SCOPE_CATALOGUE.values()) {
      for (const implied of info.includes) expect(SCOPE_CATALOGUE.has(implied)).toBe(true);
      for (const implied of info.includes) expect(scopeClosure(implied).has(info.id)).toBe(false);
    }
  });

  it('flags exactly the high-privilege scopes of the reference', () => {
    const flagged = [...SCOPE_CATALOGUE.values()].filter((s) => s.highPrivilege).map((s) => s.id);
    expect(flagged).toHaveLength(34);
    expect(flagged).toEqual(
      expect.arrayContaining([
        'vso.code_write',
        'vso.advsec',
        'vso.securefiles_read',
        'vso.tokens',
        'vso.security_manage',
      ]),
    );
    for (const id of [
      'vso.code',
      'vso.work_full',
      'vso.notification_manage',
      'vso.symbols_manage',
      'vso.drop_manage',
    ])
      expect(SCOPE_CATALOGUE.get(id)?.highPrivilege).toBe(false);
  });

  it('never lets a plain scope imply a high-privilege one (the warning would be skipped)', () => {
    for (const info of SCOPE_CATALOGUE.values()) {
      if (info.highPrivilege) continue;
      for (const implied of scopeClosure(info.id))
        expect(SCOPE_CATALOGUE.get(implied)?.highPrivilege).toBe(false);
    }
  });

  it('keeps Entra-only scopes out of the PAT catalogue', () => {
    for (const id of ENTRA_ONLY_SCOPES.keys()) expect(SCOPE_CATALOGUE.has(id)).toBe(false);
  });
});

describe('scopeIncludes', () => {
  it.each([
    [['vso.code_full'], 'vso.code', true],
    [['vso.code_full'], 'vso.profile', true], // code_full → … → code → hooks_write → hooks → profile
    [['vso.code'], 'vso.code_write', false],
    [['vso.code_write'], 'vso.code_write', true],
    [['vso.work_write'], 'vso.hooks', true],
    [['vso.environment_manage'], 'vso.agentpools', true],
    [['vso.machinegroup_manage'], 'vso.agentpools', true],
    [['vso.build', 'vso.wiki'], 'vso.wiki', true],
    [['vso.build', 'vso.wiki'], 'vso.wiki_write', false],
    [['app_token'], 'vso.security_manage', true],
    [['user_impersonation'], 'vso.pats_manage', true],
    [['vso.pats_manage'], 'vso.pats', true],
    [['vso.pats'], 'vso.pats_manage', false],
    [[], 'vso.profile', false],
    [['vso.unknown'], 'vso.unknown', true],
    [['vso.unknown'], 'vso.profile', false],
  ])('%j includes %s: %s', (granted, required, expected) => {
    expect(scopeIncludes(granted, required)).toBe(expected);
  });
});

describe('parseScopes', () => {
  it.each([
    ['vso.code', ['vso.code']],
    ['code', ['vso.code']],
    ['VSO.Code_Write', ['vso.code_write']],
    ['code code_write', ['vso.code_write']],
    ['code_write,code', ['vso.code_write']],
    ['  work_write ,, \n\n build\r\n,vso.code  \t', ['vso.build', 'vso.code', 'vso.work_write']],
    ['code code CODE vso.code', ['vso.code']],
    ['code profile hooks hooks_write', ['vso.code']],
    ['extension.data_write EXTENSION.DATA', ['vso.extension.data_write']],
    ['code_full work', ['vso.code_full', 'vso.work']],
    ['packaging_manage packaging_write packaging', ['vso.packaging_manage']],
  ])('%j → %j', (raw, scopes) => {
    expect(parseScopes(raw).scopes).toEqual(scopes);
  });

  it('returns the high-privilege scopes among the folded result', () => {
    expect(parseScopes('code_write work build_execute')).toEqual({
      scopes: ['vso.build_execute', 'vso.code_write', 'vso.work'],
      highPrivilege: ['vso.build_execute', 'vso.code_write'],
    });
    expect(parseScopes('code').highPrivilege).toEqual([]);
  });

  it.each(['', '   ', ',', ' , \n '])('refuses an empty scope list %j with a least-privilege fix', (raw) => {
    const error = inputError(() => parseScopes(raw));
    expect(error.input).toBe('scopes');
    expect(error.message).toMatch(/full-access/);
    expect(error.fix).toMatch(/least privilege/);
  });

  it.each(['app_token', 'APP_TOKEN', 'vso.app_token', 'user_impersonation', '*', 'all', 'code app_token'])(
    'refuses full access %j',
    (raw) => {
      const error = inputError(() => parseScopes(raw));
      expect(error.message).toMatch(/full-access token/);
      expect(error.fix).toMatch(/least privilege/);
    },
  );

  it.each(['vso.pats', 'pats_manage'])('refuses the Entra-only scope %j', (raw) => {
    expect(inputError(() => parseScopes(raw)).message).toMatch(/only for Entra tokens/);
  });

  it('refuses an unknown scope, naming it and suggesting the nearest ones', () => {
    const error = inputError(() => parseScopes('code cod_write'));
    expect(error.message).toBe('Unknown Azure DevOps scope "cod_write".');
    expect(error.fix).toMatch(/^Did you mean `vso\.code_write`/);
    expect(error.fix).toContain('learn.microsoft.com');
  });

  it('suggests by prefix when the edit distance is large', () => {
    expect(suggestScopes('vso.variablegroups')).toContain('vso.variablegroups_read');
    expect(suggestScopes('vso.packages_write')).toContain('vso.packaging_write');
    expect(suggestScopes('vso.zzzzzzzzzzzzz')).toEqual([]);
  });

  it('quotes a hostile unknown scope safely', () => {
    const error = inputError(() => parseScopes('"::add-mask::x"'));
    expect(error.message).toContain('"\\"::add-mask::x\\""');
    const long = inputError(() => parseScopes('x'.repeat(500)));
    expect(long.message.length).toBeLessThan(150);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['code_write', 'code_wirte', 2],
  ])('%j vs %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
