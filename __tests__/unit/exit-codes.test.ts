/** Exit code 2 means what docs/cli.md and the help say it means, for every error the CLI maps to it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exitCodeFor, EXIT } from '../../src/cli/exit-codes';
import { COMMON_HELP } from '../../src/cli/inputs';
import { topHelp } from '../../src/cli/main';
import { patTokenError } from '../../src/core/azure-devops/pat-errors';
import { InputError } from '../../src/core/errors';

const docs = readFileSync(path.join(__dirname, '..', '..', 'docs', 'cli.md'), 'utf8');
const documented = (code: number) => new RegExp(`^\\| ${code} +\\| (.*?) *\\|$`, 'm').exec(docs)?.[1] ?? '';

describe('exit code 2', () => {
  const beforeAnyRequest = new InputError('scopes', 'Input `scopes` is required.', 'Set it.');
  // Azure DevOps itself refused an input: a request was sent, and the CLI still exits 2.
  const refusedByServer = patTokenError('invalidScope', undefined, 'create a PAT');

  test('covers inputs found before any request and inputs the server refused', () => {
    expect(exitCodeFor(beforeAnyRequest)).toBe(EXIT.usage);
    expect(exitCodeFor(refusedByServer)).toBe(EXIT.usage);
    expect(refusedByServer.notApplied).toBe(true);
  });

  test('the docs and the help describe both, and promise only what holds for both', () => {
    const meaning = documented(2);
    expect(meaning).toContain('before any request');
    expect(meaning).toContain('Azure DevOps or Entra ID refused');
    expect(meaning).toContain('No token was created or revoked');
    expect(meaning).not.toMatch(/nothing was sent/i);
    for (const help of [COMMON_HELP, topHelp()]) {
      expect(help.replace(/\s+/g, ' ')).toContain('2 usage or input error (no token created or revoked)');
    }
  });
});
