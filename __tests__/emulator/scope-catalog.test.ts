/**
 * The product's scope catalogue and the emulator's were written separately from Microsoft's scope list; any
 * difference means one of them is wrong, and tests run against the emulator could not see it otherwise.
 */
import * as product from '../../src/core/inputs/scopes';
import * as emulator from '../../emulator/scope-catalog';

type Table = ReadonlyMap<string, readonly string[]>;

function fromProduct(catalogue: ReadonlyMap<string, product.ScopeInfo>): Table {
  return new Map([...catalogue].map(([id, info]) => [id, info.includes]));
}

function fromEmulator(table: Readonly<Record<string, readonly string[]>>): Table {
  return new Map(Object.entries(table));
}

/** One line per entry that differs, naming it; empty when the tables agree. */
function differences(productTable: Table, emulatorTable: Table): string[] {
  const found: string[] = [];
  for (const [id, includes] of productTable) {
    const other = emulatorTable.get(id);
    if (other === undefined) found.push(`${id}: in the product's catalogue only`);
    else if ([...includes].sort().join(' ') !== [...other].sort().join(' '))
      found.push(`${id}: product includes [${includes.join(', ')}], emulator includes [${other.join(', ')}]`);
  }
  for (const id of emulatorTable.keys())
    if (!productTable.has(id)) found.push(`${id}: in the emulator's catalogue only`);
  return found;
}

describe('scope catalogue: product vs emulator', () => {
  it('PAT scopes: the same ids, each with the same direct implications', () => {
    expect(differences(fromProduct(product.SCOPE_CATALOGUE), fromEmulator(emulator.PAT_SCOPES))).toEqual([]);
  });

  it('Entra-only scopes: the same ids and implications', () => {
    expect(
      differences(fromProduct(product.ENTRA_ONLY_SCOPES), fromEmulator(emulator.ENTRA_ONLY_SCOPES)),
    ).toEqual([]);
  });

  it('the full-access scope has the same name', () => {
    expect(emulator.FULL_ACCESS_SCOPE).toBe(product.FULL_ACCESS_SCOPE);
  });

  it('the comparison names a missing entry, an extra entry and a wrong implication', () => {
    const base: Table = new Map([
      ['vso.code', ['vso.hooks_write']],
      ['vso.code_write', ['vso.code']],
    ]);
    const changed: Table = new Map([
      ['vso.code', []],
      ['vso.wiki', []],
    ]);
    expect(differences(base, changed)).toEqual([
      'vso.code: product includes [vso.hooks_write], emulator includes []',
      "vso.code_write: in the product's catalogue only",
      "vso.wiki: in the emulator's catalogue only",
    ]);
  });

  it('both resolve implications transitively and treat full access alike', () => {
    const cases: Array<[string[], string]> = [
      [['vso.code_full'], 'vso.hooks'],
      [['vso.code_full'], 'vso.profile'],
      [['vso.environment_manage'], 'vso.agentpools'],
      [['vso.code'], 'vso.code_write'],
      [['vso.pats_manage'], 'vso.pats'],
      [['vso.pats'], 'vso.pats_manage'],
      [['app_token'], 'vso.work_full'],
      [['user_impersonation'], 'vso.pats_manage'],
      [[], 'vso.code'],
    ];
    for (const [granted, required] of cases) {
      expect([granted, required, emulator.grants(granted, required)]).toEqual([
        granted,
        required,
        product.scopeIncludes(granted, required),
      ]);
    }
  });
});
