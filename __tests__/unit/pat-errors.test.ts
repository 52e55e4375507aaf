import { onPlatform } from '../../src/core/platform-text';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ENTRA_ERROR_RULES, ENTRA_FALLBACK } from '../../src/core/entra/errors';
import { ActionableError } from '../../src/core/errors';
import { HTTP_CLIENT_FAILURES } from '../../src/core/net/failures';
import { HttpClient } from '../../src/core/net/http';
import {
  PAT_HTTP_FAILURES,
  PAT_TOKEN_ERROR_VALUES,
  PAT_TOKEN_ERRORS,
  patTokenError,
} from '../../src/core/azure-devops/pat-errors';
import type { PatErrorEntry } from '../../src/core/azure-devops/pat-errors';
import { PatClient } from '../../src/core/azure-devops/pat-client';
import { fakeJwt, StubServer, userClaims } from '../helpers/stub-server';

const ERROR_VALUES = PAT_TOKEN_ERROR_VALUES.filter((value) => value !== 'none');
const LEAKED = fakeJwt(userClaims());
const DOC = path.join(__dirname, '..', '..', 'docs', 'troubleshooting.md');

describe('the patTokenError table', () => {
  it('has 37 unique values, starting with none', () => {
    expect(PAT_TOKEN_ERROR_VALUES[0]).toBe('none');
    expect(new Set(PAT_TOKEN_ERROR_VALUES).size).toBe(37);
    expect(Object.keys(PAT_TOKEN_ERRORS).sort()).toEqual([...ERROR_VALUES].sort());
  });

  it('gives every entry a cause that ends a sentence and a fix', () => {
    for (const value of ERROR_VALUES) {
      const entry = PAT_TOKEN_ERRORS[value];
      expect(entry.cause).toMatch(/\.$/);
      expect(entry.fix.length).toBeGreaterThan(10);
    }
  });

  it('classes the policy refusals as policy, pointing at the admin or the request', () => {
    const policy = ERROR_VALUES.filter((value) => PAT_TOKEN_ERRORS[value].kind === 'policy');
    expect(policy).toEqual(
      expect.arrayContaining([
        'globalPatPolicyViolation',
        'fullScopePatPolicyViolation',
        'patLifespanPolicyViolation',
        'disablePatCreationPolicyViolation',
        'globalPATCreationBlocked',
      ]),
    );
    expect(PAT_TOKEN_ERRORS.patLifespanPolicyViolation.fix).toContain('lifetime');
    expect(PAT_TOKEN_ERRORS.disablePatCreationPolicyViolation.fix).toContain('allow-list');
    expect(PAT_TOKEN_ERRORS.fullScopePatPolicyViolation.fix).toContain('scopes');
    expect(PAT_TOKEN_ERRORS.invalidScope.kind).toBe('input');
    expect(PAT_TOKEN_ERRORS.accessDenied.kind).toBe('auth');
  });

  it('reports an unknown value as a server error that names it', () => {
    const error = patTokenError('brandNewError', undefined, 'create a PAT');
    expect(error).toMatchObject({ kind: 'server', code: 'brandNewError' });
    expect(error.message).toContain('"brandNewError"');
  });

  it('never prints or keys on a value that is not an enum name', () => {
    expect(patTokenError('x y\n::error::z', undefined, 'op').code).toBe('unrecognised');
    expect(patTokenError('toString', undefined, 'op').kind).toBe('server');
  });
});

describe('the HTTP failure table', () => {
  it('answers a refused api-version, which no input sets, with an update and a report', () => {
    const entry = PAT_HTTP_FAILURES.api_version;
    expect(entry.kind).toBe('server');
    expect(entry.fix).toMatch(/^Update ado-ephemeral-pat\b/);
    expect(entry.fix).toContain('https://github.com/ado-ephemeral-pat/ado-ephemeral-pat/issues');
    expect(entry.fix).not.toMatch(/api-version such as/);
  });
});

describe('every patTokenError from a real response', () => {
  let stub: StubServer;
  beforeAll(async () => {
    stub = await StubServer.start();
  });
  afterAll(async () => {
    await stub.close();
  });

  it.each(ERROR_VALUES)('%s', async (value) => {
    const message = `Refused for a reason. Bearer ${LEAKED}`;
    stub.reply({ body: { patToken: null, patTokenError: value, patTokenErrorMessage: message } });
    const pats = new PatClient({
      vsspsUrl: stub.url,
      organization: 'contoso',
      getAccessToken: () => Promise.resolve('opaque-access-token'),
      http: new HttpClient(),
    });
    let error: unknown;
    try {
      await pats.create({ displayName: 'n', scope: ['vso.code'], validTo: new Date() });
    } catch (caught) {
      error = caught;
    }
    const entry: PatErrorEntry = PAT_TOKEN_ERRORS[value];
    expect(error).toBeInstanceOf(ActionableError);
    expect(error).toMatchObject({
      code: value,
      kind: entry.kind,
      status: 200,
      retryable: entry.retryable ?? false,
    });
    const { message: text, fix } = error as ActionableError;
    expect(text).toContain(`"${value}"`);
    expect(text).toContain(entry.cause);
    expect(text).toContain('Refused for a reason. Bearer ***');
    expect(text).not.toContain(LEAKED);
    expect(fix).toBe(entry.fix);
  });
});

// docs/troubleshooting.md holds tables generated from the tables above. Run with UPDATE_DOCS=1 to rewrite.
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function renderSections(): Record<string, string> {
  const patRows = PAT_TOKEN_ERROR_VALUES.map((value) => {
    if (value === 'none') return ['`none`', '-', 'Success.', '-'];
    const entry = PAT_TOKEN_ERRORS[value];
    return [`\`${value}\``, entry.kind + (entry.retryable ? ' (retryable)' : ''), entry.cause, entry.fix];
  });
  const httpRows = [
    ...Object.entries(PAT_HTTP_FAILURES).map(([id, entry]) => [
      entry.seen,
      `\`${id}\``,
      entry.kind,
      entry.cause,
      entry.fix,
    ]),
    ...Object.entries(HTTP_CLIENT_FAILURES).map(([id, entry]) => [
      entry.seen,
      `\`${id}\``,
      entry.kind,
      entry.cause,
      onPlatform(entry.fix),
    ]),
  ];
  const entraRows = [
    ...ENTRA_ERROR_RULES.map((rule) => [
      [
        ...rule.codes.map((code) => `AADSTS${code}`),
        ...(rule.errors ?? []).map((error) => `\`${error}\``),
      ].join(', '),
      `\`${rule.id}\``,
      rule.kind,
      rule.cause,
      rule.fix,
    ]),
    ['any other', '`AADSTS<n>`', ENTRA_FALLBACK.kind, ENTRA_FALLBACK.cause, ENTRA_FALLBACK.fix],
  ];
  return {
    'pat-token-errors': table(['`patTokenError`', 'Kind', 'Cause', 'Fix'], patRows),
    'http-failures': table(['What came back', 'Code', 'Kind', 'Cause', 'Fix'], httpRows),
    'entra-errors': table(['Entra error', 'Code', 'Kind', 'Cause', 'Fix'], entraRows),
  };
}

function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/troubleshooting.md lacks the markers for ${name}`);
  return `${doc.slice(0, from + start.length)}\n${body}\n${doc.slice(to)}`;
}

/** Table rows as trimmed cells, so the comparison ignores Prettier's column padding. */
function rowsOf(section: string): string[][] {
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-{3,}/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((text) => text.trim()),
    );
}

function sectionOf(doc: string, name: string): string {
  return doc.split(`<!-- generated:${name}:start -->`)[1]?.split(`<!-- generated:${name}:end -->`)[0] ?? '';
}

describe('docs/troubleshooting.md', () => {
  it('holds the generated tables, in step with the code (UPDATE_DOCS=1 rewrites them)', () => {
    const doc = fs.readFileSync(DOC, 'utf8');
    const sections = renderSections();
    if (process.env.UPDATE_DOCS === '1') {
      let updated = doc;
      for (const [name, body] of Object.entries(sections)) updated = replaceSection(updated, name, body);
      fs.writeFileSync(DOC, updated);
      const prettier = path.join(__dirname, '..', '..', 'node_modules', 'prettier', 'bin', 'prettier.cjs');
      execFileSync(process.execPath, [prettier, '--write', DOC]);
      return;
    }
    for (const [name, body] of Object.entries(sections)) {
      expect(rowsOf(sectionOf(doc, name))).toEqual(rowsOf(body));
    }
  });

  it('mentions every patTokenError value', () => {
    const doc = fs.readFileSync(DOC, 'utf8');
    for (const value of PAT_TOKEN_ERROR_VALUES) expect(doc).toContain(`\`${value}\``);
  });
});
