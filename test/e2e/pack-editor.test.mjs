import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium, startDemoServer } from './browser.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** 1-based line and column of the first occurrence of `needle` (plus `shift` characters). */
function lineColumn(text, needle, shift = 0) {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in the text`);
  const before = text.slice(0, offset + shift).split('\n');
  return { offset: offset + shift, line: before.length, column: before.at(-1).length + 1 };
}

describe('rule-pack editor on the demo page', () => {
  let server;
  let url;
  let browser;
  let context;
  let page;
  let original;
  const pageErrors = [];

  const setText = async (text) => {
    await page.fill('#pack-editor-text', text);
  };
  const problems = () => page.$$eval('#pack-editor-problems li', (items) => items.map((item) => item.textContent.replace(/[\u00a0\u202f]/g, ' ')));
  const waitForProblems = (pattern) => page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#pack-editor-problems').textContent), pattern.source);

  before(async () => {
    ({ server, url } = await startDemoServer());
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${url}?lang=nb`);
    await waitForProblems(/Ingen feil/);
    original = await page.inputValue('#pack-editor-text');
    // A calculator input the reader can change: the 2023 rate, so the figures do not depend on today.
    await page.evaluate(() => {
      const calculator = document.querySelector('#pack-editor-funding');
      calculator.setAttribute('date', '2023-03-01');
      calculator.setAttribute('months', '10');
    });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('starts from a built-in pack, valid, with the elements previewing it', async () => {
    assert.match(original, /"id": "no-alver-vekstbedrift"/);
    assert.match(original, /"\$schema": "\.\/node_modules\/saksvakt\/dist\/components\/rule-pack\.schema\.json"/);
    assert.match(await page.textContent('#pack-editor-origin'), /Startet fra: Alver kommune – plass hos vekstbedrift\./);
    await page.waitForFunction(() => document.querySelector('#pack-editor-funding').result?.amounts?.monthlyPerPlace === 23500.5);
    assert.match(await page.textContent('#pack-editor-comparison'), /ingen tall er ulike/);
  });

  it('a broken pack shows each error at its path and line, in the chosen language; choosing one moves the cursor there', async () => {
    const broken = original.replace('"municipality": "Alver kommune",\n', '').replace('"supplementPercent": {\n        "value": 50', '"supplementPercent": {\n        "value": "50"');
    assert.notEqual(broken, original);
    await setText(broken);
    await waitForProblems(/2 feil/);
    const shown = await problems();
    const value = lineColumn(broken, '"value": "50"');
    assert.ok(shown.some((text) => text === `Ved funding.vekstbedrift.supplementPercent.value: forventet et tall, fant tekst ("50"). (linje ${value.line}, kolonne ${value.column})`), shown.join('\n'));
    // A missing field is shown where it belongs: the start of the pack.
    assert.ok(shown.some((text) => /^Ved municipality: .*mangler\. \(linje 1, kolonne 1\)$/.test(text)), shown.join('\n'));
    await page.click(`#pack-editor-problems a[data-offset="${value.offset}"]`);
    assert.deepEqual(await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart]), ['pack-editor-text', value.offset]);
    assert.equal(await page.textContent('#pack-editor-position'), `Linje ${value.line}, kolonne ${value.column}`);
    // The preview stays on the last valid draft and says so.
    assert.match(await page.textContent('#pack-editor-preview-status'), /Teksten har feil: forhåndsvisningen viser det siste gyldige utkastet\./);
    assert.equal(await page.evaluate(() => document.querySelector('#pack-editor-funding').result?.amounts?.monthlyPerPlace), 23500.5);
  });

  it('a JSON syntax error is shown at its line and column, and follows a change of language', async () => {
    const broken = original.replace('"currency": "NOK",', '"currency": "NOK"');
    await setText(broken);
    await waitForProblems(/bryter av her/);
    const where = lineColumn(broken, '"language": "nn"');
    assert.deepEqual(await problems(), [`JSON-teksten bryter av her: se etter et komma, anførselstegn eller parentestegn som mangler eller er for mye her eller rett før (linje ${where.line}, kolonne ${where.column})`]);
    await page.selectOption('#language', 'da');
    await waitForProblems(/bryder af her/);
    assert.match((await problems())[0], new RegExp(`\\(linje ${where.line}, kolonne ${where.column}\\)$`));
    await page.selectOption('#language', 'en');
    await waitForProblems(/breaks here/);
    assert.match((await problems())[0], new RegExp(`^The JSON text breaks here: .*\\(line ${where.line}, column ${where.column}\\)$`));
    await page.selectOption('#language', 'nb');
  });

  it('fixed, the draft previews: a changed rate gives a changed price, and the comparison lists it with its source', async () => {
    assert.equal(original.split('"amount": 15667').length, 2, 'the 2023 rate appears once');
    await setText(original.replace('"amount": 15667', '"amount": 16000'));
    await waitForProblems(/Ingen feil/);
    // 16 000 kr + 50 % supplement
    await page.waitForFunction(() => document.querySelector('#pack-editor-funding').result?.amounts?.monthlyPerPlace === 24000);
    assert.match(plain(await page.textContent('#pack-editor-preview-status')), /Forhåndsvisningen viser utkastet slik det er nå\./);
    const row = await page.$$eval('#pack-editor-comparison tbody tr', (rows) => rows.map((entry) => ({ key: entry.dataset.key, cells: [...entry.cells].map((cell) => cell.textContent.replace(/[\u00a0\u202f]/g, ' ')) })));
    assert.equal(row.length, 1, JSON.stringify(row));
    assert.equal(row[0].key, 'funding.vekstbedrift.stateRate[2023]');
    assert.equal(row[0].cells[0], 'endret');
    assert.match(row[0].cells[1], /2023$/);
    assert.deepEqual(row[0].cells.slice(2, 4), ['15 667 kr', '16 000 kr']);
    assert.match(row[0].cells[4], /^NAV: .*\(Arbeids- og velferdsetaten \(NAV\).*\), Revidert nasjonalbudsjett mai 2023/);
  });

  it('axe finds nothing in the editor with errors and a comparison shown, at 375 and 1280 px', async () => {
    await setText(original.replace('"amount": 15667', '"amount": 16000').replace('"currency": "NOK",\n', ''));
    await waitForProblems(/1 feil/);
    await page.addScriptTag({ content: AXE });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const violations = await page.evaluate(async () => (await window.axe.run('#pack-editor', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
      assert.deepEqual(violations, [], `${width}px`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, `no horizontal scrolling at ${width}px`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await setText(original.replace('"amount": 15667', '"amount": 16000'));
    await waitForProblems(/Ingen feil/);
  });

  it('a broken draft reloaded keeps its preview on the last valid text', async () => {
    const valid = await page.inputValue('#pack-editor-text');
    await setText(valid.replace('"municipality": "Alver kommune",\n', ''));
    await waitForProblems(/1 feil/);
    await page.reload();
    await waitForProblems(/1 feil/);
    assert.match(await page.textContent('#pack-editor-preview-status'), /siste gyldige utkastet/);
    await page.evaluate(() => document.querySelector('#pack-editor-funding').setAttribute('date', '2023-03-01'));
    await page.waitForFunction(() => document.querySelector('#pack-editor-funding').result?.amounts?.monthlyPerPlace === 24000);
    await setText(valid);
    await waitForProblems(/Ingen feil/);
  });

  it('the draft survives a reload and a change of language', async () => {
    const edited = await page.inputValue('#pack-editor-text');
    assert.match(edited, /"amount": 16000/);
    await page.goto(`${url}?lang=da`);
    await page.waitForSelector('#pack-editor-text');
    assert.equal(await page.inputValue('#pack-editor-text'), edited);
    assert.match(await page.textContent('#pack-editor-storage'), /^Dit udkast fra .+ er hentet frem igen\.$/);
    await page.waitForFunction(() => document.querySelector('#pack-editor-comparison tbody tr')?.dataset.change === 'changed');
    assert.equal(await page.$eval('#pack-editor-comparison tbody tr td', (cell) => cell.textContent), 'ændret');
  });

  it('downloads the draft under the pack\'s id and version, with the text as typed', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#pack-editor-download')]);
    assert.equal(download.suggestedFilename(), 'no-alver-vekstbedrift-1.1.0.json');
    assert.equal(readFileSync(await download.path(), 'utf8'), await page.inputValue('#pack-editor-text'));
    assert.match(await page.textContent('#pack-editor-storage'), /Downloadet som no-alver-vekstbedrift-1\.1\.0\.json\./);
  });

  it('starting from another pack keeps the replaced text, which comes back on request', async () => {
    const edited = await page.inputValue('#pack-editor-text');
    await page.selectOption('#pack-editor-start', 'dk-vejle-voksen');
    await page.click('#pack-editor-start-button');
    assert.match(await page.inputValue('#pack-editor-text'), /"id": "dk-vejle-voksen"/);
    await page.waitForFunction(() => document.querySelector('#pack-editor-cadence').result);
    await page.click('#pack-editor-restore');
    assert.equal(await page.inputValue('#pack-editor-text'), edited);
  });

  it('compares two pack files', async () => {
    const older = original;
    const newer = original.replace('"value": 50', '"value": 55');
    await page.click('.pack-editor-files summary');
    await page.setInputFiles('#pack-editor-older', { name: 'alver-2025.json', mimeType: 'application/json', buffer: Buffer.from(older) });
    await page.setInputFiles('#pack-editor-newer', { name: 'alver-2026.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    await page.waitForSelector('#pack-editor-files-comparison tbody tr');
    const cells = await page.$$eval('#pack-editor-files-comparison tbody tr', (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent.replace(/[\u00a0\u202f]/g, ' '))));
    assert.equal(cells.length, 1);
    assert.deepEqual(cells[0].slice(0, 4), ['ændret', 'Plads i en vekstbedrift: tillæg til grundlaget', '50 %', '55 %']);
    assert.match(cells[0][4], /8\. Økonomi$/);
    assert.match(await page.textContent('#pack-editor-files-comparison caption'), /alver-2026\.json mod alver-2025\.json/);
  });

  it('no page errors', () => {
    assert.deepEqual(pageErrors, []);
  });
});
