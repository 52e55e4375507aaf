import fc from 'fast-check';
import { neutralizeCommands, quote, scrubSecrets } from '../../src/core/safety/log-safety';
import { anyInput, looksLikeCommand, runnerLines } from './arbitraries';

describe('log safety properties', () => {
  it('neutralizeCommands leaves no line a runner would read as a command', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        for (const line of runnerLines(neutralizeCommands(text))) expect(looksLikeCommand(line)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('neutralizeCommands is idempotent and keeps the line count', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const once = neutralizeCommands(text);
        expect(neutralizeCommands(once)).toBe(once);
        expect(runnerLines(once)).toHaveLength(runnerLines(text).length);
      }),
    );
  });

  it('quote gives one line, JSON-parseable back to the input when not truncated', () => {
    fc.assert(
      fc.property(anyInput, fc.integer({ min: 1, max: 200 }), (value, max) => {
        const quoted = quote(value, max);
        expect(quoted).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
        expect(quoted).not.toMatch(/##vso\[|##\[/i);
        if (Array.from(value).length <= max) expect(JSON.parse(quoted)).toBe(value);
        else expect(quoted.endsWith('…"')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a quoted value inside any message, neutralized, can never inject a command or a line break', () => {
    fc.assert(
      fc.property(anyInput, anyInput, (value, prefix) => {
        const safePrefix = neutralizeCommands(prefix).replace(/\n/g, ' ');
        const logged = neutralizeCommands(`${safePrefix}Input x is invalid: ${quote(value)}.`);
        expect(logged).not.toMatch(/[\r\n]/);
        expect(looksLikeCommand(logged)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('scrubSecrets removes generated JWTs and PATs embedded in any text', () => {
    const b64url = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
      minLength: 10,
      maxLength: 60,
    });
    const jwt = fc.tuple(b64url, b64url, b64url).map(([h, p, s]) => `eyJ${h}.${p}.${s}`);
    const legacyPat = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz234567'),
      minLength: 52,
      maxLength: 52,
    });
    const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
    const newPat = fc
      .tuple(
        fc.string({ unit: alnum, minLength: 76, maxLength: 76 }),
        fc.string({ unit: alnum, minLength: 4, maxLength: 4 }),
      )
      .map(([head, tail]) => `${head}AZDO${tail}`);
    const text = fc.string({
      unit: fc.constantFrom(' ', ':', '"', '{', '}', '\n', 'x', '=', ','),
      maxLength: 10,
    });
    fc.assert(
      fc.property(text, fc.oneof(jwt, legacyPat, newPat), text, (before, secret, after) => {
        expect(scrubSecrets(`${before} ${secret} ${after}`)).not.toContain(secret);
      }),
      { numRuns: 1000 },
    );
  });
});
