/** Jest project for the web app: React components in jsdom, compiled by SWC. */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  // jsdom, plus Request/AbortSignal/TextEncoder from Node (see the file).
  testEnvironment: '<rootDir>/test/jsdom-environment.cjs',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '<rootDir>/test/vite-glob-transform.cjs',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@koers/shared/(.*)$': '<rootDir>/../../libs/shared/src/$1',
    '\\.css$': '<rootDir>/test/style-mock.cjs',
  },
  // jest-dom extends `expect`, so it must load after the test framework is installed.
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
};
