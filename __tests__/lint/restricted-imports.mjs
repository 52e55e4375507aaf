// Lints one import statement per case as if it sat in the named file, with the project's ESLint config, and
// prints the `no-restricted-imports` messages of each case as JSON. A child process, because the config is an
// ES module that jest's module system cannot load.
import { ESLint } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const root = process.cwd();
const cases = JSON.parse(process.argv[2]);
// Import rules need no type information, and a file that does not exist has none.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [
    {
      ...tseslint.configs.disableTypeChecked,
      languageOptions: { parserOptions: { projectService: false, project: null, program: null } },
    },
  ],
});
const results = [];
for (const [file, specifier] of cases) {
  const code = `import { x } from '${specifier}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  results.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
}
process.stdout.write(JSON.stringify(results));
