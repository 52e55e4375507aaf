/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/jest.transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
  globalSetup: '<rootDir>/__tests__/helpers/global-setup.ts',
  testTimeout: 60000,
  // One and a half workers per core, not jest's cores - 1: most suites wait on child processes and sockets,
  // so a third worker on two cores fills the waits of the slowest files (sorted first) with the rest.
  maxWorkers: '150%',
  reporters: ['default', '<rootDir>/jest.summary-reporter.cjs'],
};
