import { defineConfig } from 'vitest/config';

// Pure code (shared/) runs in Node. Components run in real Chromium under @web/test-runner
// (web-test-runner.config.mjs); the extension gets its own WXT-aware project when it lands.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'test/*.test.ts'],
    environment: 'node',
  },
});
