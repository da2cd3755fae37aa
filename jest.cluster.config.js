const path = require('node:path');
const api = require('./apps/api/jest.config.js');

const { transform, transformIgnorePatterns } = api.projects[0];

/**
 * The production topology (`npm run test:cluster`): Debian's PostgreSQL server and nginx, two replicas of the
 * production build and an SMTP server, all on 127.0.0.1. Each step is one test, printed with its duration.
 */
module.exports = {
  displayName: 'cluster',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/cluster/**/*.cluster.ts'],
  transform,
  transformIgnorePatterns,
  moduleNameMapper: { '^@koers/shared/(.*)$': path.join(__dirname, 'libs/shared/src/$1') },
  maxWorkers: 1,
  testTimeout: 180_000,
  verbose: true,
};
