#!/usr/bin/env node
// Runs every suite and ends with the grand total alone on the last line: "N passed, N failed".
// The suites' own summaries stay above it for people; CI reads only the last line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = 'test/.results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

function hasFiles(dir, pattern) {
  if (!existsSync(dir)) return false;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory() ? hasFiles(path, pattern) : pattern.test(name)) return true;
  }
  return false;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const suites = [
  {
    name: 'type check (tsc --noEmit)',
    enabled: true,
    run: () => run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
    // One check: the whole program type-checks or it does not.
    counts: function () {
      return this.lastStatus === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
    },
  },
  {
    name: 'unit (vitest)',
    enabled: true,
    run: () => run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/unit.json`]),
    counts: () => {
      const report = readCounts(`${RESULTS}/unit.json`);
      if (!report) return undefined;
      // Files that fail to load have no tests but must not pass silently.
      const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
      return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
    },
  },
  {
    name: 'components in Chromium (@web/test-runner)',
    enabled: hasFiles('components', /\.test\.ts$/),
    run: () => run('npx', ['web-test-runner']),
    counts: () => readCounts(`${RESULTS}/browser.json`),
  },
  {
    name: 'end to end in Chromium',
    enabled: hasFiles('test/e2e', /\.test\.mjs$/),
    run: () => run('node', ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=./test/node-counts-reporter.mjs', `--test-reporter-destination=${RESULTS}/e2e.json`, 'test/e2e/']),
    counts: () => readCounts(`${RESULTS}/e2e.json`),
  },
];

let passed = 0;
let failed = 0;
for (const suite of suites.filter((candidate) => candidate.enabled)) {
  console.log(`\n=== ${suite.name} ===`);
  const status = suite.run();
  suite.lastStatus = status;
  const counts = suite.counts();
  if (!counts) {
    console.log(`${suite.name}: no results were written (exit ${status}); counted as 1 failure.`);
    failed += 1;
    continue;
  }
  passed += counts.passed;
  failed += counts.failed;
  if (status !== 0 && counts.failed === 0) {
    console.log(`${suite.name}: exited ${status} with no failed test; counted as 1 failure.`);
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
