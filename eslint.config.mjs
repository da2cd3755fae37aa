import fs from 'node:fs';
import path from 'node:path';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// apps/web/src: features never import each other; nothing below the app shell imports it.
const webSrc = path.join(import.meta.dirname, 'apps/web/src');
const webFeatures = fs
  .readdirSync(path.join(webSrc, 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// apps/api/src: features reach each other only through their public surface; shared infrastructure depends on no feature.
const apiSrc = path.join(import.meta.dirname, 'apps/api/src');
/** Shared infrastructure every feature may import (auth only for its context and decorators, see below). */
const apiShared = ['app', 'errors', 'database', 'access', 'auth', 'calendar', 'files', 'mail', 'people', 'rate-limits'];
/** Not features: tools that seed, measure or operate on data across every feature (the operator command). */
const apiTools = ['bench', 'demo', 'operations'];
const apiFeatures = fs
  .readdirSync(apiSrc, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !apiShared.includes(entry.name) && !apiTools.includes(entry.name))
  .map((entry) => entry.name);
/**
 * A feature's public surface: its Nest module and what that module exports (services, and repositories whose queries
 * another feature runs inside its own transaction; Nest refuses to inject a provider its module does not export), its
 * entities (tables relate to each other), its errors, and its *.rules.ts (pure rules other features apply to its rows).
 * Everything else (controllers, DTOs, helpers, subfolders) is internal.
 */
const apiPublicSurface = ['module', 'service', 'repository', 'entity', 'errors', 'rules'].map((kind) => `${apiSrc}/*/*.${kind}.ts`);
/** Invitations ask auth for one-time links to choose a password (AuthService), the one feature that may. */
const apiSetsPasswords = ['invitations'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'e2e-artifacts/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Tests read response bodies of every shape; typing each one would only restate the assertions.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.test.tsx', 'apps/api/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...webFeatures.map((feature) => ({
              target: path.join(webSrc, 'features', feature),
              from: path.join(webSrc, 'features'),
              except: [`./${feature}`],
              message: 'A feature must not import another feature: move what they share to src/components or src/lib.',
            })),
            {
              target: [path.join(webSrc, 'features'), path.join(webSrc, 'components'), path.join(webSrc, 'lib')],
              from: path.join(webSrc, 'app'),
              message: 'Only the app shell imports from src/app.',
            },
            {
              target: [path.join(webSrc, 'components'), path.join(webSrc, 'lib')],
              from: path.join(webSrc, 'features'),
              message: 'Shared code in src/components and src/lib must not depend on a feature.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and benchmarks build their world across features; the boundaries hold for the code that runs.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/bench/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...apiFeatures.map((feature) => ({
              target: path.join(apiSrc, feature),
              from: apiFeatures.filter((other) => other !== feature).map((other) => `${apiSrc}/${other}/**`),
              except: apiPublicSurface,
              message:
                'A feature imports another feature only through its public surface (*.module, *.service, *.repository, *.entity, *.errors, *.rules): move what both need to src/app, or export it from the owning module (CONTRIBUTING.md, Layout).',
            })),
            ...apiFeatures.map((feature) => ({
              target: path.join(apiSrc, feature),
              from: path.join(apiSrc, 'auth'),
              except: [
                './auth-context.ts',
                ...(apiSetsPasswords.includes(feature) ? ['./auth.module.ts', './auth.service.ts'] : []),
              ],
              message: 'Features use auth only through auth/auth-context.ts (AuthContext, @Auth, @Public).',
            })),
            {
              target: apiShared.filter((shared) => shared !== 'app').map((folder) => path.join(apiSrc, folder)),
              from: apiFeatures.map((feature) => `${apiSrc}/${feature}/**`),
              except: [`${apiSrc}/*/*.entity.ts`],
              message: 'Shared infrastructure must not depend on a feature (entities excepted: tables relate to each other).',
            },
          ],
        },
      ],
    },
  },
);
