/** Shared fast-check generators: hostile text built from the fragments runners and parsers react to. */
import fc from 'fast-check';

/** Fragments that matter to runners, URL parsers, JSON and our own grammars. */
export const DANGEROUS_FRAGMENTS = [
  '::',
  '::add-mask::',
  '::stop-commands::',
  '::set-output name=x::',
  '##vso[task.setvariable variable=x]',
  '##VSO[',
  '##[error]',
  '##[',
  '#',
  ':',
  '[',
  ']',
  'vso',
  '\n',
  '\r',
  '\r\n',
  '\u0085',
  '\u2028',
  '\u2029',
  ' ',
  '\t',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u202e',
  '\u001b[2K',
  '\u0000',
  '%0A',
  '%0D',
  '"',
  "'",
  '\\',
  '/',
  '?',
  '@',
  '&',
  '<',
  '>',
  '\ud800',
  '😀',
  'é',
  'https://',
  'http://127.0.0.1',
  'dev.azure.com',
  'vso.code',
  'code_write',
  ',',
  '1h',
  'PT',
  'D',
  '-',
  '_',
  '.',
  'true',
  'TRUE',
];

/** Any UTF-16 string, lone surrogates included. */
export const anyUtf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
});

/** Hostile text: a mix of dangerous fragments and arbitrary characters. */
export const hostileText = fc
  .array(
    fc.oneof(fc.constantFrom(...DANGEROUS_FRAGMENTS), fc.string({ unit: 'binary', maxLength: 4 }), anyUtf16),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

/** Anything a user could type into an input: hostile text, or plain strings of every kind. */
export const anyInput = fc.oneof(hostileText, fc.string(), fc.string({ unit: 'binary' }), anyUtf16);

/** Lines as a runner sees them (.NET ReadLine), and whether one could be read as a command. */
export function runnerLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/);
}

export function looksLikeCommand(line: string): boolean {
  const trimmed = line.replace(/^[\s\u0085]+/, '');
  return trimmed.startsWith('::') || /##vso\[/i.test(line) || line.includes('##[');
}
