import { defineConfig } from 'vite';

/** `npm run profile:check`: a repository tool (not in the package), so linkedom stays a devDependency. */
export default defineConfig({
  build: {
    ssr: 'cli/profile-check-bin.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'profile-check.js' } },
  },
});
