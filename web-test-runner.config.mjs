import { writeFileSync, mkdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { chromePath, CHROME_ARGS } from './test/chrome-path.mjs';

/** Writes the pass/fail counts where test/run-all.mjs reads them for the grand total. */
function countsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load counts as one failure, never as silence.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += session.errors?.length || 1;
      }
      mkdirSync('test/.results', { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}

export default {
  files: ['components/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromePath(), headless: true, args: CHROME_ARGS },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The attribute property suites try 3 334 generated cases each in one test file.
  testsFinishTimeout: 600_000,
  reporters: [defaultReporter(), countsReporter('test/.results/browser.json')],
};
