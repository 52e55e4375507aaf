/**
 * The emulator is the oracle the product is tested against, so it may not import the product: the ESLint
 * configuration forbids `src/` imports under `emulator/`. These tests run the project's own configuration
 * on virtual files to show the rule fires there, and only there.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Finding {
  ruleId: string | null;
  line: number;
}

// ESLint and the configuration are ES modules, which jest's module system cannot load: run them in Node.
const LINT_SCRIPT = `
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
const { code, filePath } = JSON.parse(process.argv[1]);
// Virtual files are outside the TypeScript project: lint them without type information.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });
const [result] = await eslint.lintText(code, { filePath });
process.stdout.write(JSON.stringify(result.messages.map(({ ruleId, line }) => ({ ruleId, line }))));
`;

function lint(code: string, filePath: string): Finding[] {
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', LINT_SCRIPT, JSON.stringify({ code, filePath })],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(out) as Finding[];
}

function restrictedLines(findings: Finding[]): number[] {
  return findings.filter((f) => f.ruleId === 'no-restricted-imports').map((f) => f.line);
}

const SNIPPET = [
  "import { SCOPE_CATALOGUE } from '../../src/core/scopes';",
  "import type { Host } from '../src/hosts/host';",
  "import { AZURE_DEVOPS_RESOURCE } from '../config';",
  'export const all = [SCOPE_CATALOGUE, AZURE_DEVOPS_RESOURCE] as const;',
  'export type H = Host;',
  '',
].join('\n');

describe('ESLint: the emulator does not import the product', () => {
  it('flags value and type imports from src/ in emulator files, not imports within the emulator', () => {
    expect(restrictedLines(lint(SNIPPET, 'emulator/pats/virtual.ts'))).toEqual([1, 2]);
  });

  it('applies at the top of the emulator folder too', () => {
    expect(
      restrictedLines(
        lint("import { x } from '../src/core/json';\nexport const y = x;\n", 'emulator/virtual.ts'),
      ),
    ).toEqual([1]);
  });

  it('does not apply outside emulator/', () => {
    expect(restrictedLines(lint(SNIPPET, '__tests__/virtual.ts'))).toEqual([]);
  });
});
