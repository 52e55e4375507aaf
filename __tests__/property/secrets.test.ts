import fc from 'fast-check';
import { basicAuth, maskForms } from '../../src/core/safety/secrets';

const b64 = (bytes: Buffer): string => bytes.toString('base64');
const b64url = (bytes: Buffer): string => bytes.toString('base64url');

describe('mask form properties', () => {
  // At least 8 characters: shorter secrets give aligned forms below the masking minimum.
  const secret = fc.oneof(
    fc.string({ minLength: 8, maxLength: 100 }),
    fc.string({ unit: 'binary', minLength: 8, maxLength: 60 }),
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz234567'), minLength: 52, maxLength: 84 }),
  );
  const bytes = fc.uint8Array({ maxLength: 40 }).map((array) => Buffer.from(array));

  it('base64 of any bytes around the secret contains one of its forms', () => {
    fc.assert(
      fc.property(secret, bytes, bytes, (value, prefix, suffix) => {
        const forms = maskForms(value);
        const blob = Buffer.concat([prefix, Buffer.from(value, 'utf8'), suffix]);
        expect(forms.some((form) => b64(blob).includes(form))).toBe(true);
        expect(forms.some((form) => b64url(blob).includes(form))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('covers Basic auth with any user name, the raw value, and skips short forms', () => {
    fc.assert(
      fc.property(secret, fc.string({ maxLength: 20 }), (value, user) => {
        const forms = maskForms(value);
        expect(forms[0]).toBe(value);
        expect(forms).toContain(basicAuth(value));
        const header = Buffer.from(`${user}:${value}`, 'utf8').toString('base64');
        expect(forms.some((form) => header.includes(form))).toBe(true);
        for (const form of forms.slice(1)) expect(form.length).toBeGreaterThanOrEqual(8);
        expect(new Set(forms).size).toBe(forms.length);
      }),
      { numRuns: 2000 },
    );
  });
});
