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
);
