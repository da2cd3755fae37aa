import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pagePreloads } from './vite/page-preloads';
import { precompress } from './vite/precompress';

/**
 * The web app compiles the shared lib from source: its package exports point
 * at a CommonJS build meant for the API.
 */
const sharedSrc = fileURLToPath(new URL('../../libs/shared/src/', import.meta.url));

/**
 * react-router's package exports name only its development build, with its warnings and checks, whatever the mode
 * (remix-run/react-router#14102): a production build takes the production build it ships beside it.
 */
const reactRouterDist = path.join(path.dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist/production');
const reactRouterProduction = [
  { find: /^react-router$/, replacement: path.join(reactRouterDist, 'index.mjs') },
  { find: /^react-router\/dom$/, replacement: path.join(reactRouterDist, 'dom-export.mjs') },
];

export default defineConfig(({ mode }) => ({
  plugins: [react(), pagePreloads(), precompress()],
  resolve: {
    alias: [{ find: /^@koers\/shared\/(.*)$/, replacement: `${sharedSrc}$1` }, ...(mode === 'production' ? reactRouterProduction : [])],
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Everything the app's first screen runs is one file. Left to itself the bundler splits out each module that a
    // page shares with the app (the JSX runtime, React Query's hooks, …) into a chunk of 1–6 KB; a phone then opens a
    // connection apiece for them, all needed before the first paint, and they share the line with the app's script.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
}));
