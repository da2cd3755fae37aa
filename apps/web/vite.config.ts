import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite/precompress';

/**
 * The web app compiles the shared lib from source: its package exports point
 * at a CommonJS build meant for the API.
 */
const sharedSrc = fileURLToPath(new URL('../../libs/shared/src/', import.meta.url));

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    alias: [{ find: /^@koers\/shared\/(.*)$/, replacement: `${sharedSrc}$1` }],
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
  },
});
