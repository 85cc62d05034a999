import { resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Under `npm start`, serves the vendor bundle the playground's snippet loads (`vendor/saksvakt.js`,
 * which `npm run build:demo` copies from dist/components), bundled fresh from the components entry
 * on each request, so a snippet pasted into any page works during development too.
 */
function vendorBundleInDev(): Plugin {
  return {
    name: 'saksvakt-vendor-bundle-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/vendor/saksvakt.js', (_request, response, next) => {
        esbuild({ entryPoints: [resolve(ROOT, 'components/index.ts')], bundle: true, format: 'esm', target: 'es2022', write: false, tsconfig: resolve(ROOT, 'tsconfig.json'), logLevel: 'silent' })
          .then((result) => {
            // A vendor's test page on another origin loads it, as it would the built file.
            response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
            response.end(result.outputFiles[0]!.text);
          })
          .catch(next);
      });
    },
  };
}

// The demo page: `npm start` serves it, `npm run build` writes a static site to dist/demo that
// works from any web server (relative paths) and, once loaded, offline (a precaching service
// worker, for training rooms with poor network).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  plugins: [
    vendorBundleInDev(),
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
