import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ENTRIES_BAN = {
  group: ['**/entries', '**/entries/**'],
  message: 'Entry points sit on top of everything: import the module they use instead.',
};
const CORE_BANS = [
  {
    group: ['**/hosts', '**/hosts/**', '**/cli', '**/cli/**'],
    message: 'The core is platform-free: a host or the CLI calls the core, never the other way round.',
  },
  ENTRIES_BAN,
  {
    group: ['@actions/*', 'azure-pipelines-task-lib', 'azure-pipelines-task-lib/*'],
    message: 'The core never talks to a runner; the runner libraries are dev dependencies for tests only.',
  },
];
const NET_BAN = {
  group: ['**/net', '**/net/**'],
  message: 'Input parsing happens before any request: it must not depend on the network layer.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.build/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  // The layers' direction. The core is platform-free: it never reaches up to a host, the CLI or an entry point,
  // nor to the runner libraries (dev dependencies, kept only to check the hand-written protocols against).
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_BANS] }] },
  },
  // Input parsing is pure: it runs before any request and never needs the network layer.
  {
    files: ['src/core/inputs/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...CORE_BANS, NET_BAN] }] },
  },
  // A host adapts one platform; entry points wire hosts to steps, never the other way round.
  {
    files: ['src/hosts/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ENTRIES_BAN] }] },
  },
  {
    // The emulator is the product's test oracle: if it borrowed the product's code (its scope catalogue,
    // say), a mistake there would agree with itself and no test could fail.
    files: ['emulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src(/|$)',
              message: 'The emulator must not import the product (src/): write its own version instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      parserOptions: { projectService: false, project: null, program: null },
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      'no-console': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['__tests__/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'emulator/main.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
);
