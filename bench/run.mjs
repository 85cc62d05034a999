#!/usr/bin/env node
// npm run bench: measures engines, components, storage, bundle sizes and the extension's overhead
// on a heavy journal page, and writes bench/report.json, bench/report.md and the README table.
// It never fails the tests; targets missed are listed as missed.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromePath, CHROME_ARGS } from '../test/chrome-path.mjs';
import { heavyJournalHtml } from './heavy-journal.mjs';
import { launchWithExtension } from '../test/e2e/browser.mjs';
import { packageSizes, scriptTagFirstLoad } from './package-size.mjs';
import { writeReport } from './report.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
mkdirSync(OUT, { recursive: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const log = (text) => console.log(`[bench] ${text}`);

async function bundle(entry, platform) {
  const outfile = join(OUT, `${entry.replace(/\W+/g, '-')}.mjs`);
  await build({ entryPoints: [join(ROOT, entry)], bundle: true, format: 'esm', platform, outfile, target: 'es2022', tsconfig: join(ROOT, 'tsconfig.json'), logLevel: 'error' });
  return outfile;
}

/** The package as vendors' bundlers ship it (bench/package-size.mjs), the script-tag bundle, the content script. */
async function sizes() {
  return {
    measured: new Date().toISOString().slice(0, 10),
    package: await packageSizes(),
    scriptTagGzipBytes: scriptTagFirstLoad(),
    contentScriptGzipBytes: gzipSync(readFileSync(join(ROOT, 'dist/extension/chrome-mv3/content-scripts/journal.js'))).length,
  };
}

function serve(routes) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes[path];
    if (!route) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': route.type });
    response.end(route.body());
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

async function browserBench(origin) {
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
  const page = await browser.newPage();
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction(() => typeof window.runBrowserBench === 'function');
  const result = await page.evaluate(() => window.runBrowserBench());
  await browser.close();
  return result;
}

/** Loads the heavy journal N times in a context and returns what each load measured. */
async function loadJournal(context, url, runs) {
  const results = [];
  for (let index = 0; index < runs; index += 1) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    // Load to idle: the first idle period after the load event, from navigation start.
    const measured = await page.evaluate(
      () =>
        new Promise((done) => {
          setTimeout(() => {
            requestIdleCallback(() => done({ idleAt: performance.now(), longTasks: window.__longTasks }), { timeout: 5000 });
          }, 1200);
        }),
    );
    results.push({ page, ...measured });
  }
  return results;
}

async function overlayBench(origin) {
  const extension = join(ROOT, 'dist/extension-e2e/chrome-mv3');
  const url = `${origin}/heavy`;
  const runs = 5;
  const plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bench-plain-')), { executablePath: chromePath(), headless: true, args: CHROME_ARGS });
  const { context: withExtension } = await launchWithExtension(extension, mkdtempSync(join(tmpdir(), 'bench-ext-')));
  // Alternate so that warm-up and machine noise fall on both sides alike.
  const without = [];
  const withExt = [];
  for (let index = 0; index < runs; index += 1) {
    without.push(...(await loadJournal(plain, url, 1)));
    withExt.push(...(await loadJournal(withExtension, url, 1)));
  }
  const longOver50 = (entry) => entry.longTasks.filter((task) => task.duration > 50).length;

  // Field change to updated inline check, in one page with the extension.
  const page = withExt.at(-1).page;
  await page.waitForFunction(() => [...document.querySelectorAll('saksvakt-badge')].some((host) => /avvik|differs/.test(host.shadowRoot?.textContent ?? '')), null, { timeout: 10_000 });
  const updates = [];
  for (let index = 0; index < 20; index += 1) {
    const value = index % 2 === 0 ? '23 500,50' : '22 317';
    updates.push(
      await page.evaluate(
        (next) =>
          new Promise((done) => {
            const input = document.querySelector('[name="ctl00$MainContent$txtKostnad"]');
            const host = input.nextElementSibling;
            const before = host.shadowRoot.textContent;
            const observer = new MutationObserver(() => {
              if (host.shadowRoot.textContent !== before) {
                observer.disconnect();
                done(performance.now() - start);
              }
            });
            observer.observe(host.shadowRoot, { subtree: true, childList: true, characterData: true });
            const start = performance.now();
            input.value = next;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        value,
      ),
    );
  }
  await plain.close();
  await withExtension.close();
  const idleWithout = median(without.map((entry) => entry.idleAt));
  const idleWith = median(withExt.map((entry) => entry.idleAt));
  const addedLongTasks = median(withExt.map(longOver50)) - median(without.map(longOver50));
  return {
    runs,
    loadToIdleMsWithout: idleWithout,
    loadToIdleMsWith: idleWith,
    loadToIdleRatio: idleWith / idleWithout,
    loadToIdleTarget: 1.05,
    loadToIdleMet: idleWith / idleWithout <= 1.05,
    longTasksOver50msAdded: Math.max(0, addedLongTasks),
    longTasksTarget: 0,
    longTasksMet: addedLongTasks <= 0,
    fieldChangeToCheckMs: median(updates),
    fieldChangeTargetMs: 16,
    fieldChangeMet: median(updates) <= 16,
  };
}

log('building the vendor bundle and the extension');
execFileSync('npm', ['run', 'build:components', '--silent'], { cwd: ROOT, stdio: 'ignore' });
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, SAKSVAKT_TEST_HOSTS: 'http://127.0.0.1/*' } });

log('engines');
const enginesModule = await import(pathToFileURL(await bundle('bench/engines.bench.ts', 'node')).href);
const engines = enginesModule.runEngineBench();

log('components and storage in Chromium');
const browserBundle = await bundle('bench/browser.bench.ts', 'browser');
const { server, origin } = await serve({
  '/bench.html': { type: 'text/html', body: () => '<!doctype html><html lang="en"><body><script type="module" src="/bench.js"></script></body></html>' },
  '/bench.js': { type: 'text/javascript', body: () => readFileSync(browserBundle) },
  '/heavy': { type: 'text/html; charset=utf-8', body: heavyJournalHtml },
});
const browser = await browserBench(origin);

log('extension overhead on a heavy journal page');
const overlay = await overlayBench(origin);
server.close();

const report = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    browser: execFileSync(chromePath(), ['--version'], { encoding: 'utf8' }).trim(),
  },
  engines,
  browser,
  sizes: await sizes(),
  overlay,
};
writeReport(report);
