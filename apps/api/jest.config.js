const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// NestJS 12 ships only ES modules; Node 20's require(esm) loads them in production, but jest's own
// module loader cannot (before Node 24.9), so jest compiles those packages to CommonJS as well.
const ESM_PACKAGES = [
  '@nestjs', 'content-disposition', 'cookie', 'file-type', 'uint8array-extras', 'token-types', 'strtok3', '@tokenizer', 'load-esm',
  // Single sign-on, and the OpenID Provider the tests run.
  'openid-client', 'oauth4webapi', 'jose', 'oidc-provider',
];

const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.ts$': swc, '^.+\\.js$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper: { '^@koers/shared/(.*)$': path.join(__dirname, '../../libs/shared/src/$1') },
  testEnvironment: 'node',
};

/** Unit specs of pure rules next to the code; integration specs against a real embedded PostgreSQL. */
module.exports = {
  projects: [
    { ...shared, displayName: 'api-unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'api-int',
      testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
