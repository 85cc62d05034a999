import { defineConfig } from 'vite';

/**
 * The command line as one Node module in the package (`dist/components/cli.js`, the `saksvakt`
 * bin), so `npx saksvakt validate` works from an installed package. The package's dependencies
 * (zod) stay imports; the validators and messages are bundled in.
 */
export default defineConfig({
  build: {
    ssr: 'cli/bin.ts',
    outDir: 'dist/components',
    emptyOutDir: false,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'cli.js', banner: '#!/usr/bin/env node' } },
  },
});
