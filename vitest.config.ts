import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Engine tests import engine modules directly, so every language's messages and every funding scheme are provided first,
// as `shared/index.ts` does for the demo and the extension.
const setupFiles = ['shared/i18n/messages/all.ts', 'shared/funding/compute-funding/all-schemes.ts'];

// Two projects: pure code in Node, and the extension's code with WXT's environment (fakeBrowser,
// its aliases). Components run in real Chromium under @web/test-runner (web-test-runner.config.mjs).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['shared/**/*.test.ts', 'test/*.test.ts'], environment: 'node', setupFiles } },
      { plugins: [WxtVitest()], test: { name: 'extension', include: ['extension/**/*.test.ts'], environment: 'node', setupFiles } },
    ],
  },
});
