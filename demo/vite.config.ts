import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The demo page: `npm start` serves it, `npm run build` writes a static site to dist/demo that
// works from any web server (relative paths).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: {
    outDir: resolve(import.meta.dirname, '../dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
