import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { launchChromium, startDemoServer } from './browser.mjs';

// Screenshots of the demo's sections in every language at a phone and a desktop width, compared
// with committed baselines so a layout regression fails. Baselines come from the same headless
// Chromium the tests use (Debian's /usr/bin/chromium and its DejaVu fonts): after an intended
// change, regenerate them with `UPDATE_BASELINES=1 node --test test/e2e/demo-screenshots.test.mjs`
// and look at the new images before committing them.
const BASELINES = resolve(import.meta.dirname, '../baselines/demo');
const RESULTS = resolve(import.meta.dirname, '../.results/screenshots');
const UPDATE = process.env.UPDATE_BASELINES === '1';
const LOCALES = ['nn', 'nb', 'da', 'en'];
const WIDTHS = [375, 1280];
const SECTIONS = ['intro', 'scenarios', 'preview', 'training', 'playground', 'pack-editor', 'theming'];
// Anti-aliasing differs by a few pixels between runs; a moved or clipped box changes far more.
const MAX_DIFFERENT_PIXELS = 0.005;

// One font for the page and, through the token, for the elements' shadow roots; no motion, no caret.
const STABLE_CSS = `
  :root { --sv-font-family: 'DejaVu Sans', sans-serif !important; --ds-font-family: 'DejaVu Sans', sans-serif !important; }
  *, *::before, *::after { font-family: 'DejaVu Sans', sans-serif !important; animation: none !important; transition: none !important; caret-color: transparent !important; }
  code, pre, textarea { font-family: 'DejaVu Sans Mono', monospace !important; }
`;

/** The top-left width × height pixels of an image, as RGBA bytes. */
function crop(image, width, height) {
  if (image.width === width && image.height === height) return image.data;
  const data = Buffer.alloc(width * height * 4);
  for (let row = 0; row < height; row += 1) image.data.copy(data, row * width * 4, row * image.width * 4, (row * image.width + width) * 4);
  return data;
}

function compare(actualBuffer, name) {
  const file = join(BASELINES, `${name}.png`);
  if (UPDATE) {
    writeFileSync(file, actualBuffer);
    return;
  }
  assert.ok(existsSync(file), `no baseline ${file}: generate it with UPDATE_BASELINES=1`);
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(actualBuffer);
  mkdirSync(RESULTS, { recursive: true });
  // A section that starts at a fractional offset can round to one pixel more or less.
  if (Math.abs(expected.width - actual.width) > 1 || Math.abs(expected.height - actual.height) > 1) {
    writeFileSync(join(RESULTS, `${name}.actual.png`), actualBuffer);
    assert.fail(`${name}: ${actual.width}×${actual.height} px, baseline ${expected.width}×${expected.height} px`);
  }
  const width = Math.min(expected.width, actual.width);
  const height = Math.min(expected.height, actual.height);
  const diff = new PNG({ width, height });
  const different = pixelmatch(crop(expected, width, height), crop(actual, width, height), diff.data, width, height, { threshold: 0.1 });
  if (different > width * height * MAX_DIFFERENT_PIXELS) {
    writeFileSync(join(RESULTS, `${name}.actual.png`), actualBuffer);
    writeFileSync(join(RESULTS, `${name}.diff.png`), PNG.sync.write(diff));
    assert.fail(`${name}: ${different} pixels differ from the baseline (diff in ${RESULTS})`);
  }
}

describe('demo screenshots against baselines', () => {
  let server;
  let url;
  let browser;

  before(async () => {
    ({ server, url } = await startDemoServer());
    browser = await launchChromium();
    if (UPDATE) mkdirSync(BASELINES, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of WIDTHS) {
    for (const locale of LOCALES) {
      it(`${locale} at ${width} px: every section as in its baseline`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'Europe/Oslo' });
        // Deadlines are relative to today: a fixed today keeps the pictures the same every day.
        await context.clock.setFixedTime(new Date('2025-11-22T10:00:00+01:00'));
        const page = await context.newPage();
        await page.goto(`${url}?lang=${locale}`);
        await page.addStyleTag({ content: STABLE_CSS });
        await page.waitForFunction(() => document.querySelector('#funding')?.shadowRoot?.querySelector('[part=amount]') && document.querySelector('#cadence')?.shadowRoot?.querySelector('[part=next]'));
        const frame = await (await page.waitForSelector('iframe.journal-preview')).contentFrame();
        await frame.waitForFunction(() => document.querySelectorAll('saksvakt-badge').length >= 3);
        await frame.addStyleTag({ content: STABLE_CSS });
        // The pack editor's preview renders once the validator has loaded.
        await page.waitForFunction(() => document.querySelector('#pack-editor-funding')?.shadowRoot?.querySelector('[part=amount]') && document.querySelector('#pack-editor-cadence')?.shadowRoot?.querySelector('h2'));
        await page.evaluate(() => document.fonts.ready);
        for (const section of SECTIONS) {
          const shot = await page.locator(`#${section}`).screenshot({ animations: 'disabled', caret: 'hide' });
          compare(shot, `${section}-${locale}-${width}`);
        }
        await context.close();
      });
    }
  }
});
