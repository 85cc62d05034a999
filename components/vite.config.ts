import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The vendor bundle: one ES module per element plus one with all three, Lit included, so a plain
// <script type="module"> works from any web server or CDN.
export default defineConfig({
  build: {
    outDir: resolve(import.meta.dirname, '../dist/components'),
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: {
        'saksvakt': resolve(import.meta.dirname, 'index.ts'),
        'funding-calculator': resolve(import.meta.dirname, 'funding-calculator/funding-calculator.ts'),
        'cadence-checker': resolve(import.meta.dirname, 'cadence-checker/cadence-checker.ts'),
        'tier-selector': resolve(import.meta.dirname, 'tier-selector/tier-selector.ts'),
      },
      formats: ['es'],
    },
  },
});
