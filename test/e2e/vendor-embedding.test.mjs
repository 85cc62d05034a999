import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from './browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test/.results/examples');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves the repository read-only: the built bundle and the examples, as a vendor's web server would. */
async function serveRepository() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/blank') return response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body></body></html>');
    const file = path.startsWith('/examples-built/') ? join(OUT, path.slice('/examples-built/'.length)) : join(ROOT, path);
    if (!file.startsWith(ROOT) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

describe('embedding for vendors', () => {
  let server;
  let origin;
  let browser;

  before(async () => {
    execFileSync('npm', ['run', 'build:components', '--silent'], { cwd: ROOT, stdio: 'pipe' });
    for (const [name, entry] of [['react', 'demo/examples/react/app.tsx'], ['vue', 'demo/examples/vue/app.ts']]) {
      await build({ entryPoints: [join(ROOT, entry)], bundle: true, format: 'esm', outfile: join(OUT, name, 'app.js'), tsconfig: join(ROOT, 'tsconfig.json'), jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' }, logLevel: 'error' });
      execFileSync('cp', [join(ROOT, `demo/examples/${name}/index.html`), join(OUT, name, 'index.html')]);
    }
    ({ server, origin } = await serveRepository());
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('ships types and the manifest beside the bundle', () => {
    for (const file of ['saksvakt.js', 'saksvakt.d.ts', 'funding-calculator.js', 'funding-calculator.d.ts', 'cadence-checker.js', 'tier-selector.js', 'custom-elements.json', 'types/components/index.d.ts']) {
      assert.ok(existsSync(join(ROOT, 'dist/components', file)), file);
    }
  });

  it('the plain-HTML snippet renders each element and its result', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/demo/examples/plain-html/index.html`);
    await page.waitForFunction(() => ['#funding', '#cadence', '#tiers'].every((id) => document.querySelector(id)?.shadowRoot?.querySelector('[part=base]')));
    const results = await page.evaluate(() => ({
      monthly: document.querySelector('#funding').result.amounts.monthlyPerPlace,
      total: document.querySelector('#funding').result.amounts.total,
      next: document.querySelector('#cadence').result.next.dueDate,
      tier: document.querySelector('#tiers').result.tier.id,
    }));
    assert.deepEqual(results, { monthly: 23500.5, total: 23500.5 * 2 * 10, next: '2025-10-22', tier: 'trin-3' });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('loading the bundle twice is harmless, and it adds no globals besides the elements', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/blank`);
    const added = await page.evaluate(async (base) => {
      const before = new Set(Object.getOwnPropertyNames(window));
      await import(`${base}/dist/components/saksvakt.js`);
      await import(`${base}/dist/components/saksvakt.js?second-copy`);
      await import(`${base}/dist/components/funding-calculator.js?third-copy`);
      return { globals: Object.getOwnPropertyNames(window).filter((name) => !before.has(name)), defined: ['funding-calculator', 'cadence-checker', 'tier-selector'].every((tag) => customElements.get(tag)) };
    }, origin);
    // Lit keeps its shared bookkeeping in well-known globals (versions, property metadata); nothing of ours.
    const LIT = new Set(['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions', 'litPropertyMetadata']);
    assert.deepEqual(added.globals.filter((name) => !LIT.has(name)), []);
    assert.equal(added.defined, true);
    await page.close();
  });

  it('React: properties and events of the custom element', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/examples-built/react/index.html`);
    // June 2022 + 12 months: each month at its own year's rate (7 × 22 317 + 5 × 23 500,50).
    await page.waitForFunction(() => document.querySelector('#funding')?.result?.amounts?.total === 7 * 22317 + 5 * 23500.5);
    await page.click('#more');
    await page.waitForFunction(() => document.querySelector('#funding')?.result?.amounts?.total === 2 * (7 * 22317 + 5 * 23500.5));
    // The element's own input fires funding-change, which React hears.
    await page.evaluate(() => {
      const input = document.querySelector('#funding').shadowRoot.querySelector('#months');
      input.value = '6';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await page.waitForFunction(() => document.querySelector('#total').textContent === String(22317 * 2 * 6));
    await page.close();
  });

  it('Vue: properties and events of the custom element', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/examples-built/vue/index.html`);
    await page.waitForFunction(() => document.querySelector('#cadence')?.result?.next?.dueDate === '2025-10-22');
    await page.evaluate(() => {
      const input = document.querySelector('#cadence').shadowRoot.querySelector('#followUps');
      input.value = '22.04.2025, 01.11.2025';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await page.waitForFunction(() => /sparring/.test(document.querySelector('#next').textContent));
    await page.close();
  });
});
