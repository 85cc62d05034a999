import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/** Type entry points beside each bundle file, pointing at the declarations tsc emits into types/. */
function typeEntries(): Plugin {
  const entries: Record<string, string> = {
    saksvakt: 'index.js',
    'funding-calculator': 'funding-calculator/funding-calculator.js',
    'cadence-checker': 'cadence-checker/cadence-checker.js',
    'tier-selector': 'tier-selector/tier-selector.js',
  };
  return {
    name: 'saksvakt-type-entries',
    writeBundle(options) {
      for (const [name, target] of Object.entries(entries)) {
        writeFileSync(resolve(options.dir!, `${name}.d.ts`), `export * from './types/components/${target}';\n`);
      }
    },
  };
}

// The vendor bundle: one ES module per element plus one with all three, Lit included, so a plain
// <script type="module"> works from any web server or CDN.
export default defineConfig({
  plugins: [typeEntries()],
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
