/**
 * Every input parser, fed anything: it either returns a value that satisfies its contract, or throws an
 * InputError (never another type) whose message and fix, as logged, cannot inject a runner command.
 */
import fc from 'fast-check';
import { parseEndpointUrl } from '../../src/core/inputs/endpoints';
import { InputError } from '../../src/core/errors';
import { INPUT_NAMES } from '../../src/core/inputs/names';
import { MAX_LIFETIME_MS, MIN_LIFETIME_MS, parseLifetime } from '../../src/core/inputs/lifetime';
import { neutralizeCommands } from '../../src/core/safety/log-safety';
import { isOrganizationName, parseOrganization } from '../../src/core/inputs/organization';
import { SCOPE_CATALOGUE, parseScopes, scopeClosure } from '../../src/core/inputs/scopes';
import { parseSettings } from '../../src/core/inputs/settings';
import {
  parseBoolean,
  parseExportVariable,
  parseGuid,
  parseKeyVaultSecretName,
  parseTenant,
} from '../../src/core/inputs/validate';
import { DANGEROUS_FRAGMENTS, anyInput, looksLikeCommand, runnerLines } from './arbitraries';

/** Runs `parse`; a failure must be a safe InputError. Returns the value, or undefined on failure. */
function outcome<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const logged = neutralizeCommands(`${error.message} Fix: ${error.fix}`);
    for (const line of runnerLines(logged)) expect(looksLikeCommand(line)).toBe(false);
    expect(error.message).not.toMatch(/[\r\n]/);
    return undefined;
  }
}

const RUNS = { numRuns: 1000 };

describe('input properties', () => {
  it('scopes: canonical, known, sorted, unique, folded; or InputError', () => {
    const scopeWord = fc.oneof(
      fc.constantFrom(...SCOPE_CATALOGUE.keys()),
      fc.constantFrom(...[...SCOPE_CATALOGUE.keys()].map((id) => id.slice(4).toUpperCase())),
      fc.constantFrom('app_token', 'user_impersonation', 'vso.pats', '*', ''),
      anyInput,
    );
    const separator = fc.constantFrom(' ', ',', '\n', ' ,\r\n', '\t');
    const raw = fc
      .array(fc.tuple(scopeWord, separator), { maxLength: 6 })
      .map((pairs) => pairs.map(([word, sep]) => word + sep).join(''));
    fc.assert(
      fc.property(fc.oneof(raw, anyInput), (text) => {
        const result = outcome(() => parseScopes(text));
        if (result === undefined) return;
        expect(result.scopes.length).toBeGreaterThan(0);
        expect([...result.scopes].sort()).toEqual(result.scopes);
        expect(new Set(result.scopes).size).toBe(result.scopes.length);
        for (const id of result.scopes) {
          expect(SCOPE_CATALOGUE.has(id)).toBe(true);
          for (const other of result.scopes)
            if (other !== id) expect(scopeClosure(id).has(other)).toBe(false);
        }
        expect(result.highPrivilege.every((id) => result.scopes.includes(id))).toBe(true);
      }),
      RUNS,
    );
  });

  it('scopes: folding never loses a requested permission', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...SCOPE_CATALOGUE.keys()), { minLength: 1, maxLength: 8 }),
        (ids) => {
          const { scopes } = parseScopes(ids.join(' '), { allowTokenScopes: true });
          for (const id of ids) expect(scopes.some((kept) => scopeClosure(kept).has(id))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('lifetime: within 5 minutes … 7 days and round-trips through its text; or InputError', () => {
    const unit = fc.constantFrom('d', 'h', 'm', 's', 'D', 'H', 'M', 'S', 'W', 'T', 'P', ' ');
    const grammarish = fc
      .array(fc.oneof(fc.nat({ max: 20000 }).map(String), unit, fc.constantFrom(...DANGEROUS_FRAGMENTS)), {
        maxLength: 8,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(grammarish, anyInput), (raw) => {
        const result = outcome(() => parseLifetime(raw));
        if (result === undefined) return;
        expect(result.milliseconds).toBeGreaterThanOrEqual(MIN_LIFETIME_MS);
        expect(result.milliseconds).toBeLessThanOrEqual(MAX_LIFETIME_MS);
        expect(parseLifetime(result.text)).toEqual(result);
      }),
      RUNS,
    );
  });

  it('organization: a valid name (also inside a URL) or InputError', () => {
    const name = fc.string({ unit: fc.constantFrom(...'abcXYZ019-'), minLength: 1, maxLength: 55 });
    const url = fc
      .tuple(
        fc.constantFrom('https://dev.azure.com/', 'http://dev.azure.com/', 'https://', 'https://x/'),
        name,
        fc.constantFrom('', '/', '.visualstudio.com', '/p'),
      )
      .map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(fc.oneof(name, url, anyInput), (raw) => {
        const result = outcome(() => parseOrganization(raw));
        if (result === undefined) return;
        expect(isOrganizationName(result)).toBe(true);
        expect(result.length).toBeLessThanOrEqual(50);
      }),
      RUNS,
    );
  });

  it('endpoint URLs: https or loopback http, no credentials, query, fragment or trailing slash; or InputError', () => {
    const host = fc.constantFrom(
      'dev.azure.com',
      '127.0.0.1',
      '127.1',
      'localhost',
      '[::1]',
      'evil.example',
      '0x7f.1',
      'a@b',
    );
    const url = fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'HTTP://', 'ftp://', '//', 'https:'),
        host,
        fc.constantFrom('', ':8443', '/', '/x/', '?q', '#f'),
        anyInput,
      )
      .map(([scheme, h, tail, noise]) => scheme + h + tail + noise);
    fc.assert(
      fc.property(fc.oneof(url, anyInput), (raw) => {
        const result = outcome(() => parseEndpointUrl('vssps-url', raw));
        if (result === undefined) return;
        const parsed = new URL(result);
        expect(
          parsed.protocol === 'https:' ||
            ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname) ||
            /^127\./.test(parsed.hostname),
        ).toBe(true);
        expect(parsed.username + parsed.password + parsed.search + parsed.hash).toBe('');
        expect(result.endsWith('/')).toBe(false);
        expect(result).not.toMatch(/[\s?#]/);
        // Without the opt-in, only an Azure DevOps host or loopback.
        expect(
          parsed.hostname === 'dev.azure.com' || /^(127\.|localhost$|\[::1\]$)/.test(parsed.hostname),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('endpoint refusals never show the user info or the query of the URL', () => {
    const secretish = fc.string({
      unit: fc.constantFrom(...'SECRETsecret0123456789'),
      minLength: 8,
      maxLength: 16,
    });
    const url = fc
      .tuple(
        fc.constantFrom('https://', 'http://', '', 'ftp://'),
        secretish,
        fc.constantFrom('dev.azure.com', 'evil.example', '127.0.0.1', 'a b'),
        fc.constantFrom('', '/x', ':8443/y'),
        secretish,
        fc.constantFrom('?', '#', '?a=1&b='),
        fc.boolean(),
      )
      .map(([scheme, user, host, tail, secret, query, inUser]) =>
        inUser ? `${scheme}${user}:${secret}@${host}${tail}` : `${scheme}${host}${tail}${query}${secret}`,
      );
    fc.assert(
      fc.property(url, fc.boolean(), (raw, allowCustom) => {
        try {
          parseEndpointUrl('vssps-url', raw, allowCustom);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          const secret = /:([^@]*)@|[?#](?:a=1&b=)?(.*)$/.exec(raw);
          const hidden = secret?.[1] ?? secret?.[2] ?? '';
          expect(`${error.message}${error.fix}`).not.toContain(hidden);
          return;
        }
        throw new Error(`accepted ${raw}`);
      }),
      RUNS,
    );
  });

  it('booleans: exactly the six spellings, or InputError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'tRuE', 'yes', '1'),
          anyInput,
        ),
        (raw) => {
          const result = outcome(() => parseBoolean('revoke', raw, true));
          if (result === undefined)
            expect(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']).not.toContain(raw.trim());
          else expect(result).toBe(raw.trim().toLowerCase() === 'true');
        },
      ),
      RUNS,
    );
  });

  it('export-variable, ids and secret names: well-formed or InputError', () => {
    const envish = fc.string({ unit: fc.constantFrom(...'AZaz09_-$ ='), minLength: 0, maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(envish, anyInput), (raw) => {
        const name = outcome(() => parseExportVariable('export-variable', raw));
        if (name !== undefined) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        const guid = outcome(() => parseGuid('client-id', raw));
        if (guid !== undefined) expect(guid).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
        const tenant = outcome(() => parseTenant('tenant-id', raw));
        if (tenant !== undefined) expect(tenant).toMatch(/^[a-z0-9.-]+$/);
        const secret = outcome(() => parseKeyVaultSecretName('key-vault-secret', raw));
        if (secret !== undefined) expect(secret).toMatch(/^[0-9a-zA-Z-]{1,127}$/);
      }),
      RUNS,
    );
  });

  it('parseSettings over arbitrary inputs: Settings or InputError, and never echoes a secret input', () => {
    const names = [...INPUT_NAMES];
    const sensible: Record<string, string> = {
      organization: 'contoso',
      scopes: 'vso.code',
      'client-id': '11111111-2222-3333-4444-555555555555',
      'key-vault-url': 'https://v.vault.azure.net',
      'key-vault-secret': 'bot',
    };
    const inputs = fc.dictionary(
      fc.constantFrom(...names),
      fc.oneof(anyInput, fc.constantFrom(...Object.values(sensible))),
      {
        maxKeys: 8,
      },
    );
    const secretValue = fc.string({
      unit: fc.constantFrom(...'SECRETsecret0123456789'),
      minLength: 12,
      maxLength: 20,
    });
    fc.assert(
      fc.property(inputs, secretValue, fc.boolean(), (given, secret, withBase) => {
        const all: Record<string, string> = { ...(withBase ? sensible : {}), ...given };
        for (const key of ['refresh-token', 'access-token', 'password'])
          if (key in all) all[key] = `${secret}\n${key}`;
        try {
          const { settings } = parseSettings((name) => all[name]);
          expect(settings.scopes.length).toBeGreaterThan(0);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(`${error.message}${error.fix}`).not.toContain(secret);
        }
      }),
      RUNS,
    );
  });
});
