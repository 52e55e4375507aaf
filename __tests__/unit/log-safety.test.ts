import { neutralizeCommands, quote, quoteInput, scrubSecrets } from '../../src/core/safety/log-safety';

describe('quoteInput', () => {
  it('shows a value that fits whole, quoted and escaped like quote', () => {
    expect(quoteInput('abc')).toBe('"abc"');
    expect(quoteInput('x'.repeat(80))).toBe(quote('x'.repeat(80)));
    expect(quoteInput('##vso[x', 10)).toBe(quote('##vso[x'));
    expect(quoteInput('😀😀', 2)).toBe('"😀😀"');
  });

  it('shows no part of a value too long to show whole, only its length in code points', () => {
    expect(quoteInput('x'.repeat(81))).toBe('[a 81-character value, not shown]');
    expect(quoteInput('😀😀😀', 2)).toBe('[a 3-character value, not shown]');
    expect(quoteInput('abcdef', 200)).toBe('"abcdef"');
  });
});

describe('quote', () => {
  it.each([
    ['abc', '"abc"'],
    ['', '""'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['line\nbreak\r\ttab', '"line\\nbreak\\r\\ttab"'],
    ['\u001b[31mred', '"\\u001b[31mred"'],
    ['del\u007f', '"del\\u007f"'],
    ['nel\u0085', '"nel\\u0085"'],
    ['ls\u2028ps\u2029', '"ls\\u2028ps\\u2029"'],
    ['bidi\u202eevil', '"bidi\\u202eevil"'],
    ['zw\u200bsp', '"zw\\u200bsp"'],
    ['lone\ud800', '"lone\\ud800"'],
    ['##vso[task.setvariable]x', '"\\u0023#vso[task.setvariable]x"'],
    ['##[error]x', '"\\u0023#[error]x"'],
    ['##VSO[x', '"\\u0023#VSO[x"'],
    ['::add-mask::x', '"::add-mask::x"'], // harmless: the quote never starts a line
    ['é😀', '"é😀"'],
  ])('%j → %s', (value, expected) => {
    expect(quote(value)).toBe(expected);
    expect(JSON.parse(quote(value))).toBe(value);
  });

  it('truncates by code points, never splitting a surrogate pair', () => {
    expect(quote('abcdef', 3)).toBe('"abc…"');
    expect(quote('😀😀😀', 2)).toBe('"😀😀…"');
    expect(quote('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`);
    expect(quote('x'.repeat(81))).toBe(`"${'x'.repeat(80)}…"`);
  });
});

describe('neutralizeCommands', () => {
  const ZW = '\u200b';
  it.each([
    ['plain text', 'plain text'],
    ['::add-mask::secret', `:${ZW}:add-mask::secret`],
    ['   ::set-output name=x::y', `   :${ZW}:set-output name=x::y`],
    ['\t\u00a0\u3000::stop-commands::tok', `\t\u00a0\u3000:${ZW}:stop-commands::tok`],
    ['text ::not-a-command::', 'text ::not-a-command::'],
    ['a ##vso[task.setvariable variable=x]y', `a #${ZW}#vso[task.setvariable variable=x]y`],
    ['##VsO[task.complete]', `#${ZW}#VsO[task.complete]`],
    ['##[error]boom', `#${ZW}#[error]boom`],
    ['###vso[x', `##${ZW}#vso[x`],
    ['##notacommand', '##notacommand'],
    [
      'one\n::error::two\r::warning::three\r\n##vso[x',
      `one\n:${ZW}:error::two\n:${ZW}:warning::three\n#${ZW}#vso[x`,
    ],
    ['ansi \u001b[2K erase\u0000', 'ansi \\u001b[2K erase\\u0000'],
    ['tab\tstays', 'tab\tstays'],
  ])('%j → %j', (text, expected) => {
    expect(neutralizeCommands(text)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = neutralizeCommands('::a::\n##vso[b\n ##[c');
    expect(neutralizeCommands(once)).toBe(once);
  });
});

describe('scrubSecrets', () => {
  const jwt =
    'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
  const legacyPat = 'dip55dwf4vpitomw63jzvomefmi2jluguprzwwqwuc6xq4fhocwq';
  const newPat = `${'A1b2C3d4'.repeat(9)}b2C3AZDOx9Y8`;

  it.each([
    [`token ${jwt} end`, 'token *** end'],
    [`{"patToken":{"token":"${legacyPat}"}}`, '{"patToken":{"token":"***"}}'],
    [`pat ${legacyPat}.`, 'pat ***.'],
    [`pat ${newPat}`, 'pat ***'],
    [
      'grant_type=refresh_token&refresh_token=0.AXkA-abc_def&client_id=1',
      'grant_type=refresh_token&refresh_token=***&client_id=1',
    ],
    ['{"password": "hunter2", "user": "bot"}', '{"password": "***", "user": "bot"}'],
    ['Authorization: Bearer abc.def.ghi\nnext', 'Authorization: Bearer ***\nnext'],
    ['authorization: Basic OmFiYw==', 'authorization: Basic ***'],
    ['"Authorization":"Basic OmFiYw=="', '"Authorization":"Basic ***"'],
    ['Cookie: session=abc; other=def', 'Cookie: ***'],
    ['https://user:s3cret@example.com/path', 'https://user:***@example.com/path'],
    ['hex 0123456789abcdef0123456789abcdef01234567', 'hex ***'],
    ['b64 QWxhZGRpbjpvcGVuIHNlc2FtZQ+/QWxhZGRpbjpvcGVu==', 'b64 ***'],
  ])('%j → %j', (text, expected) => {
    expect(scrubSecrets(text)).toBe(expected);
  });

  it.each([
    'activity id 4ab5764f-4193-4f1d-b995-64144880b7d7 and 3d3aca0c-1111-2222-3333-444444444444',
    'TF400813: The user is not authorized to access this resource.',
    '/home/runner/work/repository/repository/node_modules/package',
    'Microsoft.VisualStudio.Services.DelegatedAuthorization.SessionTokenNotFoundException',
    'short abc123 tokens like AADSTS700082 stay',
  ])('keeps the useful text %j', (text) => {
    expect(scrubSecrets(text)).toBe(text);
  });
});

describe('quote: astral format characters', () => {
  // Found by the property test: an escape must keep both halves of a surrogate pair.
  it('escapes U+E0020 (a tag character, category Cf) whole, so it parses back unchanged', () => {
    const quoted = quote('\u{E0020}', 1);
    expect(quoted).toBe('"\\udb40\\udc20"');
    expect(JSON.parse(quoted)).toBe('\u{E0020}');
  });
});
