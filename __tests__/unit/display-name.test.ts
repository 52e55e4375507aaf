import {
  DISPLAY_NAME_PREFIX,
  buildDisplayName,
  htmlEncode,
  htmlEncodedLength,
  isOwnDisplayName,
  planDisplayName,
  randomSuffix,
  sameDisplayName,
} from '../../src/core/azure-devops/display-name';
import { htmlEncode as serverEncode } from '../../emulator/pats/format';

const SUFFIX = '0a1b2c3d';

describe('buildDisplayName', () => {
  it.each([
    [
      undefined,
      { source: 'octo/repo', runId: '42', attempt: '2', job: 'build' },
      'octo/repo run 42.2 job build',
    ],
    [undefined, { source: 'Proj/Pipeline', runId: '7' }, 'Proj/Pipeline run 7'],
    [undefined, { job: 'deploy' }, 'job deploy'],
    [undefined, {}, 'ci job'],
    ['', { job: 'deploy' }, 'job deploy'],
    ['  \t ', { job: 'deploy' }, 'job deploy'],
    ['sync to Exalate', { job: 'ignored' }, 'sync to Exalate'],
    ['line\r\nbreak\u0000and\u202ebidi', {}, 'line break and bidi'],
  ])('requested %j with %j → base %j', (requested, ctx, base) => {
    expect(buildDisplayName(requested, ctx, SUFFIX)).toBe(`${DISPLAY_NAME_PREFIX}: ${base} [${SUFFIX}]`);
  });

  it('truncates the base so the HTML-encoded name fits in 256 characters, keeping the suffix', () => {
    const name = buildDisplayName('&'.repeat(300), {}, SUFFIX);
    expect(serverEncode(name).length).toBeLessThanOrEqual(256);
    expect(name.endsWith('... [0a1b2c3d]')).toBe(true);
    expect(name).toMatch(/^ado-ephemeral-pat: &+\.\.\. \[0a1b2c3d\]$/);
    // A base that fits exactly is kept whole.
    const budget = 256 - 'ado-ephemeral-pat: '.length - ' [0a1b2c3d]'.length;
    expect(buildDisplayName('x'.repeat(budget), {}, SUFFIX)).toHaveLength(256);
    expect(buildDisplayName('x'.repeat(budget + 1), {}, SUFFIX)).toContain('...');
  });

  it.each([
    ['a long ASCII name', 'x'.repeat(300)],
    ['60 Cyrillic letters', 'ж'.repeat(60)],
    ['Latin-1 and CJK', 'é中'.repeat(100)],
    ['an ellipsis of its own', '…'.repeat(40)],
  ])('fits %s into 256 characters as the server encodes it', (_what, requested) => {
    const name = buildDisplayName(requested, {}, SUFFIX);
    expect(serverEncode(name).length).toBeLessThanOrEqual(256);
    expect(serverEncode(name).length).toBeGreaterThan(240); // truncated, not emptied
  });

  it('says when it cut the base, so that the step can warn', () => {
    const budget = 256 - 'ado-ephemeral-pat: '.length - ' [0a1b2c3d]'.length;
    expect(planDisplayName('x'.repeat(budget), {}, SUFFIX).shortened).toBe(false);
    expect(planDisplayName('&'.repeat(budget / 5), {}, SUFFIX).shortened).toBe(false);
    const cut = planDisplayName('x'.repeat(budget + 1), {}, SUFFIX);
    expect(cut).toEqual({ name: buildDisplayName('x'.repeat(budget + 1), {}, SUFFIX), shortened: true });
    expect(planDisplayName('&'.repeat(budget / 5 + 1), {}, SUFFIX).shortened).toBe(true);
    expect(planDisplayName(undefined, { source: 'o/r'.repeat(100) }, SUFFIX).shortened).toBe(true);
  });

  it('never splits a surrogate pair when truncating', () => {
    const name = buildDisplayName('😀'.repeat(200), {}, SUFFIX);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(htmlEncodedLength(name)).toBeLessThanOrEqual(256);
  });

  it.each(['', 'DEADBEEF', '0a1b2c3', 'zzzzzzzz', '0a1b2c3d]'])('refuses the invalid suffix %j', (suffix) => {
    expect(() => buildDisplayName('x', {}, suffix)).toThrow(TypeError);
  });
});

describe('randomSuffix', () => {
  it('is 8 lower-case hex characters and differs between calls', () => {
    const suffixes = new Set(Array.from({ length: 50 }, randomSuffix));
    for (const suffix of suffixes) expect(suffix).toMatch(/^[0-9a-f]{8}$/);
    expect(suffixes.size).toBe(50);
  });
});

describe('isOwnDisplayName / sameDisplayName', () => {
  const ours = buildDisplayName('a & b', {}, SUFFIX);
  it.each([
    [ours, true],
    [htmlEncode(ours), true],
    ['ado-ephemeral-pat: x [0a1b2c3]', false],
    ['ado-ephemeral-pat: x', false],
    ['my token [0a1b2c3d]', false],
    ['ado-ephemeral-pat x [0a1b2c3d]', false],
  ])('%j → %s', (name, expected) => {
    expect(isOwnDisplayName(name)).toBe(expected);
  });

  it('matches the server form, encoded or not, and nothing else', () => {
    expect(sameDisplayName(ours, ours)).toBe(true);
    expect(sameDisplayName('ado-ephemeral-pat: a &amp; b [0a1b2c3d]', ours)).toBe(true);
    expect(sameDisplayName(buildDisplayName('a & b', {}, 'ffffffff'), ours)).toBe(false);
  });
});

describe('htmlEncodedLength', () => {
  it.each([
    ['abc', 3],
    [`&<>"'`, 5 + 4 + 4 + 6 + 5],
    ['é', 6],
    ['😀', 9],
    ['中', 8],
    ['ж', 7],
    ['…', 7],
    ['\u00a0', 6],
  ])('%j → %d, as the emulator (AntiXssEncoder) encodes it', (text, length) => {
    expect(htmlEncodedLength(text)).toBe(length);
    expect(htmlEncode(text)).toBe(serverEncode(text));
  });
});
