import fc from 'fast-check';
import {
  DISPLAY_NAME_PREFIX,
  buildDisplayName,
  htmlEncode,
  isOwnDisplayName,
} from '../../src/core/azure-devops/display-name';
import { htmlEncode as serverEncode } from '../../emulator/pats/format';
import { anyInput } from './arbitraries';

describe('display name properties', () => {
  const suffix = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 8, maxLength: 8 });
  const long = fc.string({
    unit: fc.constantFrom('&', '"', "'", '<', '>', 'é', 'ж', '中', '…', '\u00a0', '😀', 'x', ' ', '\n'),
    maxLength: 400,
  });
  const text = fc.oneof(anyInput, long);
  const ctx = fc.record(
    { source: text, runId: text, attempt: text, job: text, organization: text },
    { requiredKeys: [] },
  );

  // The emulator's encoder stands for the server's: a client that counted by its own could agree with itself.
  it('is at most 256 characters once the server encodes it, starts with the prefix and ends with the suffix', () => {
    fc.assert(
      fc.property(fc.option(text, { nil: undefined }), ctx, suffix, (requested, context, s) => {
        const name = buildDisplayName(requested, context, s);
        expect(serverEncode(name).length).toBeLessThanOrEqual(256);
        expect(name.startsWith(`${DISPLAY_NAME_PREFIX}: `)).toBe(true);
        expect(name.endsWith(` [${s}]`)).toBe(true);
        expect(isOwnDisplayName(name)).toBe(true);
        expect(isOwnDisplayName(htmlEncode(name))).toBe(true);
        expect(name).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
      }),
      { numRuns: 2000 },
    );
  });
});
