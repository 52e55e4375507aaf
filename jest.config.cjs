/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__', '<rootDir>/emulator'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/jest.transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
  globalSetup: '<rootDir>/__tests__/helpers/global-setup.ts',
  testTimeout: 60000,
  // One worker per core, not jest's cores - 1: most suites wait on child processes and sockets, and the
  // slowest files (sorted first) then overlap the rest instead of running after it.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/jest.summary-reporter.cjs'],
};
