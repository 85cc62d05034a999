import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium, shadowText, startDemoServer } from './browser.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('demo page (npm start)', () => {
  let server;
  let url;
  let browser;
  let page;
  const pageErrors = [];

  before(async () => {
    ({ server, url } = await startDemoServer());
    browser = await launchChromium();
    // A nynorsk browser: the demo follows the browser's language.
    page = await (await browser.newContext({ locale: 'nn-NO' })).newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('funding-calculator') && document.querySelector('#funding')?.shadowRoot?.querySelector('[part=amount]'));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the three elements with the built-in packs and no page errors', async () => {
    assert.equal(await shadowText(page, '#funding', '[part=amount]'), '22 317 kr');
    assert.ok((await shadowText(page, '#cadence', '[part=next]')).length > 0);
    assert.ok(await page.$('tier-selector'));
    assert.deepEqual(pageErrors, []);
  });

  const scenarios = [
    ['alver-2023', '#funding', '[part=amount]', '23 500,50 kr'],
    ['alver-2022', '#funding', '[part=amount]', '22 317 kr'],
    ['vejle-shelter-easter', '#cadence', '[part=timeline]', '04.04.2024'],
    ['molde-complaint', '#cadence', '[part=next]', '17.03.2025'],
    ['vejle-asf-3-years', '#cadence', '[part=next]', '10.01.2026'],
  ];
  for (const [id, host, selector, expected] of scenarios) {
    it(`scenario ${id} shows ${expected}`, async () => {
      await page.click(`button[data-scenario="${id}"]`);
      await page.waitForFunction(([h, s, e]) => (document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').includes(e), [host, selector, expected]);
      assert.ok((await shadowText(page, host, selector)).includes(expected));
    });
  }

  it('scenario alver-grandfathered applies no new base', async () => {
    await page.click('button[data-scenario="alver-grandfathered"]');
    await page.waitForFunction(() => !document.querySelector('#funding').shadowRoot.querySelector('[part=amount]'));
    assert.match(await shadowText(page, '#funding', '[part=lines]'), /før retningslinja tok til å gjelde 24\.11\.2022/);
  });

  // Seed 001 (KO 150/22): "brutto kr. 6.934.000,- og omfatter pt 24 personar" — persons, not "25 places".
  it('scenario alver-budget: the 2022 frame covers 24 persons, with a place\'s share of it', async () => {
    await page.click('button[data-scenario="alver-budget"]');
    await page.waitForFunction(() => /Ramma omfattar p\.t\. 24 personar/.test(document.querySelector('#funding').shadowRoot.querySelector('[part=lines]')?.textContent ?? ''));
    assert.doesNotMatch(await shadowText(page, '#funding', '[part=lines]'), /Heile plassar/);
  });

  it('scenario vejle-trin-2-3 proposes Trin 3 and, through for=, prices it', async () => {
    await page.click('button[data-scenario="vejle-trin-2-3"]');
    await page.waitForFunction(() => document.querySelector('#tiers').result?.tier?.id === 'trin-3');
    // The scenario sets attributes (not user input), so the price follows only when the user acts.
    await page.evaluate(() => {
      const input = document.querySelector('#tiers').shadowRoot.querySelector('#weeklyNeedHours');
      input.value = '2,6';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await page.waitForFunction(() => document.querySelector('#funding-vejle').result?.amounts.weekly === 14000);
  });

  it('journal preview: the extension\'s checks on the Profil page, following what is typed', async () => {
    const frame = await (await page.waitForSelector('iframe.journal-preview')).contentFrame();
    const badges = () => frame.evaluate(() => [...document.querySelectorAll('saksvakt-badge')].map((host) => host.shadowRoot.textContent.replace(/[\u00a0\u202f]/g, ' ')).join(' | '));
    await frame.waitForFunction(() => document.querySelectorAll('saksvakt-badge').length >= 3);
    assert.match(await badges(), /Månadleg kostnad 22 317 avvik frå grunnlaget for 2023 på 23 500,50/);
    await frame.fill('[name="ctl00$MainContent$txtKostnad"]', '23 500,50');
    await frame.waitForFunction(() => [...document.querySelectorAll('saksvakt-badge')].some((host) => /stemmer med grunnlaget/.test(host.shadowRoot.textContent)));
  });

  it('training: answer first, then the element reveals and explains', async () => {
    await page.fill('#answer-sel85-next-follow-up', '22.10.2025');
    await page.click('[data-exercise="sel85-next-follow-up"] button');
    await page.waitForFunction(() => document.querySelector('[data-exercise="sel85-next-follow-up"] [role=status]').textContent === 'Rett.');
    await page.waitForFunction(() => document.querySelector('[data-exercise="sel85-next-follow-up"] cadence-checker')?.shadowRoot?.querySelector('[part=next]'));
    await page.fill('#answer-alver-2023-base', '22317');
    await page.click('[data-exercise="alver-2023-base"] button');
    await page.waitForFunction(() => /^Ikkje heilt: svaret er 23 500,50 kr\.$/.test(document.querySelector('[data-exercise="alver-2023-base"] [role=status]').textContent.replace(/[\u00a0\u202f]/g, ' ')));
    assert.match(await page.textContent('.training'), /Case 1a/);
  });

  it('playground: edit an attribute, see the result, get a working snippet', async () => {
    await page.fill('#playground-places', '3');
    await page.waitForFunction(() => document.querySelector('#playground-element-under-test').result?.amounts?.total === 23500.5 * 3 * 10);
    const snippet = await page.inputValue('#playground-snippet');
    assert.match(snippet, /<script type="module" src="http:\/\/[^"]+\/vendor\/saksvakt\.js"><\/script>/);
    assert.match(snippet, /<funding-calculator pack="no-alver-vekstbedrift" date="01\.03\.2023" places="3" months="10"><\/funding-calculator>/);
    assert.match(await page.textContent('.playground-result'), /"monthlyPerPlace": 23500\.5/);
  });

  it('axe finds no accessibility violations on the page, shadow roots included', async () => {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => (await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
    assert.deepEqual(violations, []);
  });

  it('layout at 1280 px and 360 px: no horizontal scrolling; side by side when wide, stacked when narrow', async () => {
    for (const [width, columns] of [[1280, 2], [360, 1]]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(200);
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        columns: new Set([...document.querySelectorAll('.grid > *')].map((element) => Math.round(element.getBoundingClientRect().left))).size,
      }));
      assert.equal(layout.overflow, 0, `horizontal overflow at ${width}px`);
      assert.equal(layout.columns, columns, `columns at ${width}px`);
      await page.screenshot({ path: `test/.results/demo-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('switches every element to the chosen language', async () => {
    await page.selectOption('#language', 'da');
    await page.waitForFunction(() => document.querySelector('#cadence').shadowRoot.querySelector('h2')?.textContent?.includes('Opfølgning'));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
    await page.selectOption('#language', 'nn');
  });
});
