import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath, CHROME_ARGS } from '../chrome-path.mjs';

const SITE = resolve(import.meta.dirname, '../../dist/demo');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.webmanifest': 'application/manifest+json' };

describe('built demo site (npm run build)', () => {
  let server;
  let origin;
  let browser;

  before(async () => {
    execFileSync('npm', ['run', 'build:demo', '--silent'], { stdio: 'pipe' });
    // Any static web server will do: this one knows nothing about the app.
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = join(SITE, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(SITE) || !existsSync(file)) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('works from a plain static server, and offline once loaded', async () => {
    // A nynorsk browser: the demo follows the browser's language.
    const context = await browser.newContext({ locale: 'nn-NO' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.querySelector('#funding')?.shadowRoot?.querySelector('[part=amount]'));
    // The service worker has precached the site.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await page.waitForFunction(() => document.querySelector('#funding')?.shadowRoot?.querySelector('[part=amount]')?.textContent.replace(/[\u00a0\u202f]/g, ' ').includes('22 317 kr'));
    // The playground's snippet copies with no network.
    await page.click('#playground-copy');
    await page.waitForFunction(() => document.querySelector('.playground-copy-status').textContent === 'Kopiert.');
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/vendor\/saksvakt\.js"><\/script>/);
    await context.close();
  });
});
