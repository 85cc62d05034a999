import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { init as lexerReady, parse as parseModule } from 'es-module-lexer';
import { launchChromium } from './browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves the repository read-only: the single-file bundle and the plain-HTML example, as a vendor's web server would. React and Vue: package.test.mjs. */
async function serveRepository() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/blank') return response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body></body></html>');
    const file = join(ROOT, path);
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
    ({ server, origin } = await serveRepository());
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('the script-tag bundle needs no bundler: it imports only its own chunks, beside it', async () => {
    await lexerReady;
    const files = [join(ROOT, 'dist/components/saksvakt.js'), ...readdirSync(join(ROOT, 'dist/components/cdn')).map((name) => join(ROOT, 'dist/components/cdn', name))];
    for (const file of files) {
      const specifiers = parseModule(readFileSync(file, 'utf8'))[0].map((entry) => entry.n);
      assert.deepEqual(specifiers.filter((specifier) => !specifier.startsWith('./')), [], file);
    }
  });

  it('ships types and the manifest beside the modules', () => {
    for (const file of ['saksvakt.js', 'index.js', 'index.d.ts', 'funding-calculator.js', 'funding-calculator.d.ts', 'cadence-checker.js', 'tier-selector.js', 'engines.js', 'engines.d.ts', 'custom-elements.json', 'types/components/index.d.ts']) {
      assert.ok(existsSync(join(ROOT, 'dist/components', file)), file);
    }
  });

  it('the plain-HTML snippet renders each element and its result', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/demo/examples/plain-html/index.html`);
    await page.waitForFunction(() => ['#funding', '#cadence', '#tiers'].every((id) => document.querySelector(id)?.shadowRoot?.querySelector('[part=base]')));
    // Each element computes once its language's messages and its pack have loaded (on demand).
    await page.waitForFunction(() => document.querySelector('#funding').result?.amounts && document.querySelector('#cadence').result?.next && document.querySelector('#tiers').result?.tier);
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
      return { globals: Object.getOwnPropertyNames(window).filter((name) => !before.has(name)), defined: ['funding-calculator', 'cadence-checker', 'tier-selector'].every((tag) => customElements.get(tag)) };
    }, origin);
    // Lit keeps its shared bookkeeping in well-known globals (versions, property metadata); nothing of ours.
    const LIBRARIES = new Set(['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions', 'litPropertyMetadata']);
    assert.deepEqual(added.globals.filter((name) => !LIBRARIES.has(name)), []);
    assert.equal(added.defined, true);
    await page.close();
  });
});
