import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { startJournalServer } from './journal-server.mjs';

const EXTENSION = resolve('dist/extension-e2e/chrome-mv3');

/** Text of every Saksvakt badge on the page (badges live in open shadow roots). */
const badgeTexts = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('saksvakt-badge')].flatMap((host) => [...host.shadowRoot.querySelectorAll('.badge')].map((badge) => badge.textContent.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim())),
  );

async function waitForBadge(page, pattern, present = true) {
  try {
    await page.waitForFunction(
      ([source, wanted]) => [...document.querySelectorAll('saksvakt-badge')].some((host) => new RegExp(source).test((host.shadowRoot?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '))) === wanted,
      [pattern.source, present],
      { timeout: 10_000 },
    );
  } catch (error) {
    throw new Error(`${present ? 'No' : 'Still a'} badge matching ${pattern}; badges: ${(await badgeTexts(page)).join(' | ')}`, { cause: error });
  }
}

const openPanel = async (page) => {
  await page.waitForSelector('saksvakt-panel-button', { state: 'attached' });
  await page.evaluate(() => document.querySelector('saksvakt-panel-button').shadowRoot.querySelector('button').click());
  return (await page.waitForSelector('iframe[src*="panel.html"]')).contentFrame();
};

/** Points at `target` on the journal page for `field` through the panel, and waits for the answer. */
async function pick(page, frame, field, target) {
  await frame.selectOption('#pick-field', field);
  await frame.click('button.pick');
  await page.waitForSelector('saksvakt-picker', { state: 'attached' });
  await page.click(target);
  await frame.waitForSelector('.pick-status >> text=/Funnet via/');
}

describe('mapping an unknown journal page with the picker (Chromium)', () => {
  let journal;
  let context;
  const userDataDir = mkdtempSync(join(tmpdir(), 'saksvakt-picker-'));

  before(async () => {
    // As in extension.test.mjs: the test build grants the local journal host up front.
    execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, SAKSVAKT_TEST_HOSTS: 'http://127.0.0.1/*' }, stdio: 'pipe' });
    journal = await startJournalServer();
    ({ context } = await launchWithExtension(EXTENSION, userDataDir));
  });

  after(async () => {
    await context?.close();
    await journal?.close();
  });

  it('maps each field (aria-labelledby, open shadow root, form field, table column), refuses a citizen name, undoes, and the checks use the fields after a reload', async () => {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${journal.origin}/kommune/vedtak`);
    let frame = await openPanel(page);
    await frame.waitForSelector('text=Ingen profil for denne siden');

    // The service: a value tied to its label by aria-labelledby.
    await pick(page, frame, 'service', 'span[aria-labelledby="l-tiltak"]');
    const service = await frame.textContent('.pick-status');
    assert.match(service, /Funnet via "Tiltakstype"/);
    assert.match(service, /merkelappen det er knyttet til \(aria-labelledby\)|etiketten det er knyttet til \(aria-labelledby\)/);
    assert.match(service, /forstått som Arbeidstrening – plass i vekstbedrift/);
    await frame.click('button.save');
    await frame.waitForSelector('.pick-status .confirm >> text=/Lagret: «Tjeneste»/');

    // The start date, inside a web component's open shadow root: shown as understood with the profile's formats.
    await pick(page, frame, 'start', 'sak-dato .v');
    assert.match(await frame.textContent('.pick-status'), /Funnet via "Iverksatt".*Leser «01\.03\.2023», forstått som 01\.03\.2023/s);
    await frame.click('button.save');
    await frame.waitForSelector('.pick-status .confirm >> text=/Lagret: «Fra dato»/');

    // The monthly cost: an input with a label; the label first, its form name offered too.
    await pick(page, frame, 'monthlyCost', '[name="belopMnd"]');
    const cost = await frame.textContent('.pick-status');
    assert.match(cost, /Funnet via "Beløp pr\. mnd\."/);
    assert.match(cost, /name=belopMnd\s+— skjemanavn/);
    assert.match(cost, /forstått som 22\s317/);
    await frame.click('button.save');
    await frame.waitForSelector('.pick-status .confirm >> text=/Lagret/');
    await waitForBadge(page, /Månedlig kostnad 22 317 avviker fra grunnlaget for 2023/);

    // Undo takes the last save back: the cost is no longer read, so its check goes; the panel stays open.
    await frame.click('button.undo');
    await frame.waitForSelector('.pick-status .confirm >> text=/Angret/');
    await waitForBadge(page, /Månedlig kostnad 22 317/, false);
    await pick(page, frame, 'monthlyCost', '[name="belopMnd"]');
    await frame.click('button.save');
    await frame.waitForSelector('.pick-status .confirm >> text=/Lagret/');

    // The last follow-up: a table cell, named by its column header, not by the cell beside it.
    await pick(page, frame, 'lastFollowUp', 'tbody tr:first-child td:first-child');
    assert.match(await frame.textContent('.pick-status'), /Funnet via "Dato".*kolonneoverskrift/s);
    await frame.click('button.save');
    await frame.waitForSelector('.pick-status .confirm >> text=/Lagret/');

    // A mis-click while mapping the case number proposes the citizen's name as the label: refused, nothing stored.
    await pick(page, frame, 'caseNumber', '.fnr');
    // The name is offered last, marked; choosing it anyway is refused at save.
    const named = frame.locator('.suggestions label', { hasText: '"Testborger, Mette"' });
    assert.match(await named.textContent(), /ligner navnet på en person/);
    assert.doesNotMatch(await frame.textContent('.pick-status > p:first-child'), /Testborger/);
    await named.locator('input[type="radio"]').check();
    await frame.click('button.save');
    const refusal = await frame.waitForSelector('[role="status"] .refused');
    assert.match(await refusal.textContent(), /Ikke lagret: etiketten for «Saksnummer» ligner navnet på en person/);
    const [worker] = context.serviceWorkers();
    const stored = JSON.stringify(await worker.evaluate(() => chrome.storage.local.get(null)));
    for (const personal of ['Testborger', 'Mette', '010180', '2024/0519']) assert.ok(!stored.includes(personal), personal);
    assert.match(stored, /Tiltakstype/);

    // After a reload the saved profile reads the page: the checks use the mapped fields.
    await page.reload();
    await waitForBadge(page, /Månedlig kostnad 22 317 avviker fra grunnlaget for 2023 på 23 500,50/);
    frame = await openPanel(page);
    await frame.waitForSelector('.fields tr[data-field="start"][data-status="read"]');
    await frame.waitForSelector('.fields tr[data-field="lastFollowUp"][data-status="read"]');
    assert.equal(await frame.$('text=Ingen profil for denne siden'), null);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('options page: the profile check reads a saved page with the mapped profile; an import with a citizen name is refused', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(context.serviceWorkers()[0].url()).host}/options.html`);
    await page.waitForSelector('#check-profile');
    const own = await page.$eval('#check-profile', (select) => [...select.options].map((option) => option.value).find((value) => value.startsWith('site-127-0-0-1')));
    assert.ok(own, 'the profile made with the picker is offered');
    await page.selectOption('#check-profile', own);
    await page.setInputFiles('#check-page', resolve('test/fixtures/journal/kommune-komponent-vedtak.html'));
    await page.waitForSelector('.profile-check');
    const found = await page.$$eval('.profile-check tr[data-found="true"]', (rows) => rows.map((row) => row.dataset.field));
    for (const field of ['service', 'monthlyCost', 'lastFollowUp']) assert.ok(found.includes(field), `${field} in ${found}`);
    assert.match(await page.textContent('.profile-check tr[data-field="monthlyCost"]'), /input#belop-x91\[name="belopMnd"\].*22 317/s);
    // A saved page is an inert document: the web component never renders, so its field is reported missing, not guessed.
    assert.match(await page.textContent('.profile-check tr[data-field="start"]'), /not found|ikke funnet|ikkje funne|ikke fundet/);

    const named = { id: 'med-navn', name: 'Testborger, Mette', matches: ['http://127.0.0.1/*'], pack: 'no-alver-vekstbedrift', dateFormats: ['dd.MM.yyyy'], thousandsSeparator: ' ', decimalSeparator: ',', pages: [{ id: 'vedtak', detect: { selector: 'body' }, kind: 'case', fields: {}, mounts: {} }] };
    await page.setInputFiles('#import-profiles', { name: 'profil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(named)) });
    await page.waitForSelector('.import-result .error');
    assert.match(await page.textContent('.import-result'), /person/);
    const [worker] = context.serviceWorkers();
    assert.ok(!JSON.stringify(await worker.evaluate(() => chrome.storage.local.get(null))).includes('Testborger'));
    await page.close();
  });
});
