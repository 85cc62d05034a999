import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { launchChromium, startDemoServer } from './browser.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LOCALES = ['nn', 'nb', 'da', 'en'];
// The dev server's root is demo/; the rest of the repository it serves under /@fs/.
const REPO = `/@fs${resolve(import.meta.dirname, '../..')}`;

// Every catalogue a demo reader can see text from: the demo's, the elements', the engines', the
// badges', the API reference and the built-in packs. Loaded through the dev server, as the page does.
const CATALOGUE_MODULES = {
  '/messages.ts': ['translateDemo'],
  // The elements' and the engines' messages load one language at a time: all four are loaded here.
  [`${REPO}/components/funding-calculator/funding-calculator.messages.ts`]: ['messages'],
  [`${REPO}/components/cadence-checker/cadence-checker.messages.ts`]: ['messages'],
  [`${REPO}/components/tier-selector/tier-selector.messages.ts`]: ['messages'],
  [`${REPO}/shared/i18n/messages/all.ts`]: ['sharedMessages:cadence,tiers,funding,input,validation'],
  [`${REPO}/extension/checks/messages.ts`]: ['translateOverlay'],
};

/**
 * For each language, the strings of the other languages that this one does not share: a text of
 * at least 12 characters that differs from this language's text for the same key and appears in
 * none of this language's texts. Finding one on the page means a reader sees another language.
 */
async function foreignStrings(page) {
  return page.evaluate(async ([modules, repo]) => {
    const locales = ['nn', 'nb', 'da', 'en'];
    const groups = []; // each: { nn: [...], nb: [...], … } aligned by key
    for (const [path, names] of Object.entries(modules)) {
      const module = await import(path);
      for (const entry of names) {
        const [name, parts] = entry.split(':');
        // A translator with every language at hand, or lazily loaded messages (one part per engine).
        const loaded = module[name].catalogues ?? Object.fromEntries(await Promise.all(locales.map(async (locale) => [locale, await module[name].load(locale)])));
        for (const catalogues of parts ? parts.split(',').map((part) => Object.fromEntries(locales.map((locale) => [locale, loaded[locale][part]]))) : [loaded]) {
          for (const key of Object.keys(catalogues.en)) {
            if (locales.every((locale) => typeof catalogues[locale][key] === 'string')) groups.push(Object.fromEntries(locales.map((locale) => [locale, catalogues[locale][key]])));
          }
        }
      }
    }
    const { API_DESCRIPTIONS } = await import('/api-descriptions.ts');
    for (const [en, translations] of Object.entries(API_DESCRIPTIONS)) groups.push({ en, ...translations });
    const { builtInPacks } = await import(`${repo}/shared/rule-packs/index.ts`);
    const walk = (value) => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      if (typeof value.en === 'string' && locales.every((locale) => typeof value[locale] === 'string')) return void groups.push(value);
      Object.values(value).forEach(walk);
    };
    walk(Object.values(builtInPacks));
    const result = {};
    for (const locale of locales) {
      const own = groups.map((group) => group[locale]);
      const ownText = own.join('\n');
      const foreign = new Set();
      for (const group of groups) {
        for (const other of locales) {
          const text = group[other];
          if (other === locale || text === group[locale] || text.length < 12 || text.includes('`')) continue;
          if (!ownText.includes(text)) foreign.add(text);
        }
      }
      result[locale] = [...foreign];
    }
    return result;
  }, [CATALOGUE_MODULES, REPO]);
}

/** Text a reader sees (shadow roots included; the journal page, code and other-language parts excluded). */
function visibleText(page) {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const parts = [];
    const skip = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEXTAREA', 'IFRAME', 'TEMPLATE']);
    const visit = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return void parts.push(node.textContent);
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (skip.has(node.tagName)) return;
        if (node.hasAttribute('lang') && node.getAttribute('lang') !== pageLang) return;
        for (const attribute of ['aria-label', 'title', 'placeholder']) if (node.hasAttribute(attribute)) parts.push(node.getAttribute(attribute));
        if (node.shadowRoot) visit(node.shadowRoot);
      }
      for (const child of node.childNodes) visit(child);
    };
    visit(document.body);
    parts.push(document.title);
    return parts.join('\n').replace(/[\u00a0\u202f]/g, ' ');
  });
}

async function waitForDemo(page) {
  await page.waitForFunction(() => document.querySelector('#funding')?.shadowRoot?.querySelector('[part=amount]') && document.querySelector('#cadence')?.shadowRoot?.querySelector('[part=next]'));
  const frame = await (await page.waitForSelector('iframe.journal-preview')).contentFrame();
  await frame.waitForFunction(() => document.querySelectorAll('saksvakt-badge').length >= 3);
}

describe('demo in every language', () => {
  let server;
  let url;
  let browser;
  let foreign;

  before(async () => {
    ({ server, url } = await startDemoServer());
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(url);
    foreign = await foreignStrings(page);
    await page.close();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('knows texts that differ between the languages (the check below can fail)', () => {
    for (const locale of LOCALES) assert.ok(foreign[locale].length > 200, `${locale}: ${foreign[locale].length} foreign strings`);
    assert.ok(foreign.nn.includes('Follow-up in person or by video; reassess the tier'));
    assert.ok(foreign.nn.includes('Oppfølging ved oppmøte eller Teams; trinnet vurderes'), 'bokmål is foreign to a nynorsk page');
  });

  for (const locale of LOCALES) {
    it(`${locale}: walking every example and exercise shows no text from another language`, async () => {
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${url}?lang=${locale}`);
      await waitForDemo(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
      const seen = [await visibleText(page)];
      for (const id of await page.$$eval('#scenario-buttons button', (buttons) => buttons.map((button) => button.dataset.scenario))) {
        await page.click(`button[data-scenario="${id}"]`);
        await page.waitForTimeout(50);
        seen.push(await visibleText(page));
      }
      for (const id of await page.$$eval('[data-exercise]', (items) => items.map((item) => item.dataset.exercise))) {
        await page.fill(`#answer-${id}`, '1');
        await page.click(`[data-exercise="${id}"] button`);
      }
      await page.waitForFunction(() => [...document.querySelectorAll('[data-exercise]')].every((item) => item.querySelector('[role=status]').textContent && item.querySelector('div > *')?.shadowRoot));
      await page.waitForTimeout(100);
      seen.push(await visibleText(page));
      for (const tag of ['cadence-checker', 'tier-selector']) {
        await page.selectOption('#playground-element', tag);
        await page.waitForTimeout(50);
        seen.push(await visibleText(page));
      }
      const text = seen.join('\n');
      const found = foreign[locale].filter((string) => text.includes(string));
      assert.deepEqual(found, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('follows the browser language, remembers the reader\'s choice and puts it in the address', async () => {
    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(url);
    await waitForDemo(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
    await page.selectOption('#language', 'en');
    assert.match(page.url(), /[?&]lang=en/);
    assert.equal(await page.textContent('#intro-heading'), 'What is Saksvakt?');
    await page.goto(url);
    await waitForDemo(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the choice is remembered');
    await page.goto(`${url}?lang=nb`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb', 'a shared link wins');
    await context.close();
  });

  it('links to an example and an exercise, and prints only the example', async () => {
    const context = await browser.newContext({ locale: 'nn-NO' });
    const page = await context.newPage();
    await page.goto(`${url}?lang=nn#scenario=molde-complaint`);
    await waitForDemo(page);
    await page.waitForFunction(() => document.querySelector('#cadence').getAttribute('service') === 'complaint');
    assert.equal(await page.getAttribute('#scenario-link', 'href'), `${url}?lang=nn#scenario=molde-complaint`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => [...document.querySelectorAll('.grid > *, main > section, .site-header')].filter((element) => getComputedStyle(element).display !== 'none').map((element) => element.id || element.className));
    assert.deepEqual(printed, ['scenarios', 'cadence']);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${url}?lang=nn#exercise=sel85-tier`);
    await page.waitForFunction(() => document.activeElement?.id === 'answer-sel85-tier');
    const link = await page.getAttribute('[data-exercise="sel85-tier"] .exercise-link', 'href');
    assert.equal(link, '?lang=nn#exercise=sel85-tier');
    await context.close();
  });

  it('the playground snippet works under npm start: vendor/saksvakt.js is the element bundle, usable from another page', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}?lang=en`);
    const snippet = await page.inputValue('#playground-snippet');
    const scriptUrl = /src="([^"]+)"/.exec(snippet)[1];
    const response = await page.request.get(scriptUrl);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /javascript/);
    // Pasted into a blank page: the element renders.
    await page.setContent(`<!doctype html><html lang="en"><body>${snippet}</body></html>`);
    await page.waitForFunction(() => document.querySelector('funding-calculator')?.shadowRoot?.querySelector('[part=amount]'));
    await page.close();
  });

  for (const width of [375, 1280]) {
    it(`axe finds nothing in any language at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const problems = [];
      for (const locale of LOCALES) {
        await page.goto(`${url}?lang=${locale}`);
        await waitForDemo(page);
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => (await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
        problems.push(...violations.map((violation) => `${locale}: ${violation}`));
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('from 320 px up: no horizontal scrolling, nothing overlapping in the header or cut off in the sections', async () => {
    const page = await browser.newPage();
    for (const locale of LOCALES) {
      await page.goto(`${url}?lang=${locale}`);
      await waitForDemo(page);
      for (const width of [320, 375, 768, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(50);
        const layout = await page.evaluate(() => {
          const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
          const boxes = [...document.querySelectorAll('.site-header h1, .site-header .brand p, .site-header .language, nav.sections li')].map((element) => element.getBoundingClientRect());
          const overlaps = boxes.some((a, i) => boxes.some((b, j) => j > i && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1));
          const cut = [...document.querySelectorAll('main > section > *:not(.journal-preview-viewport, #journal-preview)')].filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((element) => element.id || element.tagName);
          return { overflow, overlaps, cut };
        });
        assert.equal(layout.overflow, 0, `${locale} ${width}px: horizontal overflow`);
        assert.equal(layout.overlaps, false, `${locale} ${width}px: header items overlap`);
        assert.deepEqual(layout.cut, [], `${locale} ${width}px: cut off`);
      }
    }
    await page.close();
  });
});
