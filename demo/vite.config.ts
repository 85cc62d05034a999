import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The demo page: `npm start` serves it, `npm run build` writes a static site to dist/demo that
// works from any web server (relative paths) and, once loaded, offline (a precaching service
// worker, for training rooms with poor network).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  plugins: [
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'Saksvakt – demo',
        short_name: 'Saksvakt',
        description: 'Municipal rules for funding, support levels and follow-up, with a source for every figure.',
        theme_color: '#0b3c5d',
        background_color: '#eef2f6',
        display: 'standalone',
        icons: [],
      },
      workbox: { globPatterns: ['**/*.{js,css,html}'], navigateFallback: 'index.html', maximumFileSizeToCacheInBytes: 4 * 1024 * 1024 },
    }),
  ],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
  },
});
