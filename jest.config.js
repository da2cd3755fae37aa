const api = require('./apps/api/jest.config.js');

/** One jest run for the whole repository: the API's unit and integration projects and the web app's. */
module.exports = {
  // A global option: jest ignores it inside a project. Integration specs boot the app and a database per file.
  testTimeout: 30000,
  projects: [...api.projects, '<rootDir>/apps/web/jest.config.cjs'],
};
