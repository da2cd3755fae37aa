const api = require('./apps/api/jest.config.js');

// Every test runs with the process's clock, and so the jsdom device's, on the Chatham Islands (UTC+12:45, +13:45 in
// their summer): a day ahead of Amsterdam for most of the day, so a date or time read off the process's or the
// device's clock instead of Amsterdam's fails. Jest gives each test file a copy of process.env: a `TZ` set in a test
// changes nothing. Set before the workers start, so they inherit it.
process.env.TZ = 'Pacific/Chatham';

/** One jest run for the whole repository: the API's unit and integration projects and the web app's. */
module.exports = {
  // A global option: jest ignores it inside a project. Integration specs boot the app and a database per file.
  testTimeout: 30000,
  // Two workers even on two cores: jest would otherwise run everything in one process, whose heap grows with every
  // app it boots until garbage collection costs more than the tests (measured: 77 s in band, 36 s on two workers
  // for the same 150 tests). A worker that outgrows the limit is replaced between files.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1536MB',
  projects: [...api.projects, '<rootDir>/apps/web/jest.config.cjs'],
};
