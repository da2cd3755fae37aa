const api = require('./apps/api/jest.config.js');

/** One jest run for the whole repository: the API's unit and integration projects and the web app's. */
module.exports = {
  projects: [...api.projects, '<rootDir>/apps/web/jest.config.cjs'],
};
