import type { Host } from '../../src/core/host';
import { maskSecret } from '../../src/core/safety/secrets';
import { MIN_MASK_LENGTH, alignedBase64, basicAuth, maskForms } from '../../src/core/safety/secrets';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('basicAuth', () => {
  it('is base64 of ":" + token', () => {
    expect(basicAuth('abc')).toBe('OmFiYw==');
    expect(Buffer.from(basicAuth('pät'), 'base64').toString('utf8')).toBe(':pät');
  });
});

describe('alignedBase64', () => {
  it.each([
    // 'abcdefgh' at offset 0: YWJjZGVmZ2g= → the last char before padding mixes in zero bits.
    ['abcdefgh', 0, 'YWJjZGVmZ2'],
    ['abcdefgh', 1, b64('xabcdefgh').slice(2, 12)],
    ['abcdefgh', 2, b64('xyabcdefgh').slice(3, 13)],
    ['', 0, ''],
    ['a', 1, ''],
  ] as const)('%j at shift %d is %j', (value, shift, expected) => {
    expect(alignedBase64(value, shift)).toBe(expected);
  });

  it('does not depend on the bytes around the value', () => {
    const secret = 'dip55dwf4vpitomw63jzvomefmi2jluguprzwwqwuc6xq4fhocwq';
    for (const [prefix, shift] of [
      ['', 0],
      ['x', 1],
      ['xy', 2],
      ['abc', 0],
      ['\u00ff', 2], // two UTF-8 bytes
    ] as const) {
      for (const suffix of ['', '!', '~~', 'zzz']) {
        expect(b64(prefix + secret + suffix)).toContain(alignedBase64(secret, shift));
      }
    }
  });
});

describe('maskForms', () => {
  it('returns nothing for an empty secret, and always the raw value otherwise', () => {
    expect(maskForms('')).toEqual([]);
    expect(maskForms('ab')).toEqual(['ab']);
    expect(maskForms('x')[0]).toBe('x');
  });

  it('covers percent-encoded forms with lower-case hex too, as some tools print them', () => {
    const secret = 'a/b+c=d e?f&g';
    const forms = maskForms(secret);
    expect(forms).toContain(encodeURIComponent(secret));
    expect(forms).toContain('a%2fb%2bc%3dd%20e%3ff%26g');
    expect(forms).toContain('a%2fb%2bc%3dd+e%3ff%26g');
  });

  it('covers every form of a typical PAT, without duplicates', () => {
    const pat = 'dip55dwf4vpitomw63jzvomefmi2jluguprzwwqwuc6xq4fhocwq';
    const forms = maskForms(pat);
    expect(forms[0]).toBe(pat);
    expect(forms).toContain(b64(pat));
    expect(forms).toContain(basicAuth(pat));
    expect(forms).toContain(alignedBase64(pat, 1));
    expect(forms).toContain(alignedBase64(pat, 2));
    expect(new Set(forms).size).toBe(forms.length);
    // URL- and JSON-encoding leave a PAT unchanged: no extra forms for them.
    expect(forms.filter((form) => form.includes('%'))).toEqual([]);
  });

  it('adds URL-encoded, form-encoded and JSON-escaped forms when they differ', () => {
    const secret = 'p@ss word/"quoted"\\';
    const forms = maskForms(secret);
    expect(forms).toContain(encodeURIComponent(secret));
    expect(forms).toContain('p%40ss+word%2F%22quoted%22%5C');
    expect(forms).toContain(JSON.stringify(secret).slice(1, -1));
  });

  it('adds base64url forms when base64 uses + or /', () => {
    const secret = '\u00fb\u00ef\u00bf\u00fb\u00ef\u00bf\u00fb\u00ef\u00bf'; // encodes to many + and /
    const forms = maskForms(secret);
    expect(forms.some((form) => form.includes('-') || form.includes('_'))).toBe(true);
  });

  it('registers each line of a multi-line secret that is long enough', () => {
    const forms = maskForms('first-line-secret\r\nsecond-line-secret\nshort');
    expect(forms).toEqual(expect.arrayContaining(['first-line-secret', 'second-line-secret']));
    expect(forms).not.toContain('short');
  });

  it('skips forms shorter than the minimum, except the raw value', () => {
    for (const form of maskForms('abcd').slice(1))
      expect(form.length).toBeGreaterThanOrEqual(MIN_MASK_LENGTH);
    expect(maskForms('abcd')).toEqual(['abcd', b64('abcd'), basicAuth('abcd')]);
  });
});

describe('maskSecret', () => {
  const recordingHost = () => {
    const masked: string[] = [];
    return { masked, host: { setSecret: (value: string) => masked.push(value) } as unknown as Host };
  };

  it('registers every form of a secret once, however often it is handed over', () => {
    const { masked, host } = recordingHost();
    const secret = 'first-secret-value-0123456789';
    maskSecret(host, secret);
    maskSecret(host, secret);
    expect(masked).toEqual(maskForms(secret));
  });

  it('still registers all forms of a secret that was only a form (a line) of an earlier one', () => {
    const { masked, host } = recordingHost();
    maskSecret(host, 'line-one-of-a-key\nline-two-of-a-key');
    masked.length = 0;
    maskSecret(host, 'line-one-of-a-key');
    expect(masked).toEqual(maskForms('line-one-of-a-key').filter((form) => form !== 'line-one-of-a-key'));
  });

  it('keeps hosts apart', () => {
    const first = recordingHost();
    const second = recordingHost();
    maskSecret(first.host, 'shared-secret-value-xyz');
    maskSecret(second.host, 'shared-secret-value-xyz');
    expect(second.masked).toEqual(first.masked);
  });
});
