const path = require('node:path');
const api = require('./apps/api/jest.config.js');

const { transform, transformIgnorePatterns } = api.projects[0];

/**
 * Browser journeys (`npm run test:e2e`): real Chromium against the production build, one server for the run.
 * Kept apart from `npm run test:jest`: they need the build and a browser, and take minutes, not seconds.
 */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  transform,
  transformIgnorePatterns,
  moduleNameMapper: { '^@koers/shared/(.*)$': path.join(__dirname, 'libs/shared/src/$1') },
  // Takes a screenshot of every open page when a test fails (see the file).
  testEnvironment: '<rootDir>/e2e/support/environment.cjs',
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  // One browser and one server on a 2-core machine: spec files run one after another.
  maxWorkers: 1,
  testTimeout: 120_000,
  slowTestThreshold: 60,
};
