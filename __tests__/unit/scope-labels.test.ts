import { InputError } from '../../src/core/errors';
import { findScopeLabels, labelledScopes, scopeLabelOf } from '../../src/core/inputs/scope-labels';
import { parseScopes, SCOPE_CATALOGUE } from '../../src/core/inputs/scopes';

function refusal(raw: string): InputError {
  try {
    parseScopes(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`${raw} was accepted`);
}

describe("the web page's scope labels", () => {
  it('name only scopes of the catalogue', () => {
    const labelled = labelledScopes();
    expect(labelled.size).toBeGreaterThan(60);
    for (const scope of labelled) expect(SCOPE_CATALOGUE.has(scope)).toBe(true);
  });

  it.each([
    ['Code (Read)', 'vso.code'],
    ['Code (Read & write)', 'vso.code_write'],
    ['Code (Read, write, & manage)', 'vso.code_manage'],
    ['Code (Full)', 'vso.code_full'],
    ['Work Items (Read)', 'vso.work'],
    ['Work Items (Read & write)', 'vso.work_write'],
    ['Build (Read & execute)', 'vso.build_execute'],
    ['Packaging (Read)', 'vso.packaging'],
    ['Project and Team (Read)', 'vso.project'],
    ['Release (Read, write, execute, & manage)', 'vso.release_manage'],
    ['Variable Groups (Read & create)', 'vso.variablegroups_write'],
    ['Extension Data (Read & write)', 'vso.extension.data_write'],
  ])('%j is refused: did you mean `%s`?', (raw, scope) => {
    const error = refusal(raw);
    expect(error.message).toBe(`Scope "${raw}" is a label of the Azure DevOps web page, not a scope id.`);
    expect(error.fix).toMatch(new RegExp(`^Did you mean \`${scope.replace(/\./g, '\\.')}\`\\? `));
    expect(error.code).toBe('invalid_input');
  });

  it.each([
    ['Code:Read', 'vso.code'],
    ['code:write', 'vso.code_write'],
    ['WorkItems.Read', 'vso.work'],
    ['work_items:read_write', 'vso.work_write'],
    ['Build:Execute', 'vso.build_execute'],
    ['ProjectAndTeam.Read', 'vso.project'],
  ])('%j is refused: did you mean `%s`?', (raw, scope) => {
    const error = refusal(raw);
    expect(error.message).toBe(`Scope "${raw}" is a label of the Azure DevOps web page, not a scope id.`);
    expect(error.fix).toMatch(new RegExp(`^Did you mean \`${scope.replace(/\./g, '\\.')}\`\\? `));
  });

  it('a list copied from the page names every label, among valid ids', () => {
    const error = refusal('Code (Read & write), Work Items (Read)\nvso.build');
    expect(error.message).toBe(
      'Scopes "Code (Read & write)", "Work Items (Read)" are labels of the Azure DevOps web page, not scope ids.',
    );
    expect(error.fix).toMatch(/^Did you mean `vso\.code_write` or `vso\.work`\? /);
  });

  it('an area with an unknown permission, or alone, suggests each scope of the area', () => {
    expect(findScopeLabels('Work Items (Admin)')).toEqual([
      { label: 'Work Items (Admin)', scopes: ['vso.work', 'vso.work_write', 'vso.work_full'] },
    ]);
    expect(refusal('WorkItems').fix).toMatch(
      /^Did you mean `vso\.work`, `vso\.work_write` or `vso\.work_full`\? /,
    );
  });

  it('leaves ids and other mistakes alone', () => {
    expect(parseScopes('vso.code, code_write vso.extension.data').scopes).toEqual([
      'vso.code_write',
      'vso.extension.data',
    ]);
    expect(scopeLabelOf('vso.cod')).toBeUndefined();
    expect(scopeLabelOf('extension.data_read')).toBeUndefined();
    expect(findScopeLabels('vso.code (to clone)')).toEqual([]);
    expect(refusal('vso.code (to clone)').message).toBe('Unknown Azure DevOps scope "(to".');
  });
});
