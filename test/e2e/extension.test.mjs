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

async function waitForBadge(page, pattern) {
  try {
    await page.waitForFunction(
      (source) => [...document.querySelectorAll('saksvakt-badge')].some((host) => new RegExp(source).test((host.shadowRoot?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '))),
      pattern.source,
      { timeout: 10_000 },
    );
  } catch (error) {
    // Say what was there instead.
    const frames = await page.evaluate(() => document.querySelectorAll('iframe').length);
    throw new Error(`No badge matching ${pattern}; badges: ${(await badgeTexts(page)).join(' | ')}; panel frames: ${frames}`, { cause: error });
  }
}

const launch = (userDataDir) => launchWithExtension(EXTENSION, userDataDir);

async function storedCaseCount(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const text = await page.waitForFunction(() => /(\d+) case\(s\) stored/.exec(document.body.textContent ?? '')?.[1]).then((handle) => handle.jsonValue());
  await page.close();
  return Number(text);
}

describe('browser extension in Chromium', () => {
  let journal;
  let context;
  let extensionId;
  const userDataDir = mkdtempSync(join(tmpdir(), 'saksvakt-profile-'));
  const requests = [];

  before(async () => {
    // The test build grants the local journal host up front: headless Chromium cannot answer the
    // permission prompt a caseworker would see. Everything else is the shipped extension.
    execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, SAKSVAKT_TEST_HOSTS: 'http://127.0.0.1/*' }, stdio: 'pipe' });
    journal = await startJournalServer();
    ({ context, extensionId } = await launch(userDataDir));
    context.on('request', (request) => requests.push(request.url()));
  });

  after(async () => {
    await context?.close();
    await journal?.close();
  });

  it('Profil page: the 2023 cost mismatch, too few conversations, the overdue evaluation report', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/vedtak`);
    await waitForBadge(page, /Månadleg kostnad 22 317 avvik frå grunnlaget for 2023 på 23 500,50/);
    const texts = await badgeTexts(page);
    assert.ok(texts.some((text) => /For få dei siste 12 månadene \(1 registrert\)/.test(text)), texts.join('\n'));
    assert.ok(texts.some((text) => /Forfalle sidan 20\.03\.2025: Årleg evalueringsrapport/.test(text)), texts.join('\n'));
    // The badge sits right after the journal's own cost field.
    const next = await page.evaluate(() => document.querySelector('[name="ctl00$MainContent$txtKostnad"]').nextElementSibling?.localName);
    assert.equal(next, 'saksvakt-badge');
    await page.close();
  });

  it('Profil page: typing a value updates the check live', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/vedtak`);
    await waitForBadge(page, /avvik frå grunnlaget/);
    await page.fill('[name="ctl00$MainContent$txtKostnad"]', '23 500,50');
    await waitForBadge(page, /Månadleg kostnad stemmer med grunnlaget for 2023/);
    await page.fill('[name="ctl00$MainContent$txtEvaluering"]', '01.10.2026');
    await page.waitForFunction(() => ![...document.querySelectorAll('saksvakt-badge')].some((host) => /Forfalle sidan 20\.03\.2025/.test(host.shadowRoot?.textContent ?? '')));
    await page.close();
  });

  it('Nexus page: renders late, and single-page navigation re-checks the new view', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/forloeb/85`);
    await waitForBadge(page, /Overskredet siden 22\.10\.2025: Opfølgning ved fremmøde eller Teams/);
    await waitForBadge(page, /Trin 3 passer til 4 indsatser/);
    await page.click('a[data-route="/forloeb/104"]');
    await waitForBadge(page, /60 % – 3 dage om ugen · Tilbydes ikke om fredagen/);
    await waitForBadge(page, /Overskredet siden 01\.09\.2025/);
    const texts = await badgeTexts(page);
    assert.ok(!texts.some((text) => /Trin 3/.test(text)), 'badges of the previous view are gone');
    await page.close();
  });

  it('caseload list: a badge on every row', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/saksliste`);
    await page.waitForFunction(() => document.querySelectorAll('saksvakt-badge').length >= 60, null, { timeout: 15_000 });
    assert.equal(await page.evaluate(() => document.querySelectorAll('#caseload tbody tr').length), 60);
    await page.close();
  });

  it('does not break the host page and leaks no styles', async () => {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${journal.origin}/profil/vedtak`);
    await waitForBadge(page, /avvik/);
    const fontOfLabel = await page.evaluate(() => getComputedStyle(document.querySelector('td.lbl')).fontFamily);
    assert.match(fontOfLabel, /Tahoma/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a field the journal moved: "field not found" in the panel, then pointed at once and found again', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/vedtak`);
    await waitForBadge(page, /avvik frå grunnlaget/);
    // A journal update renames the label and the control: the profile's locators no longer match.
    await page.evaluate(() => {
      const input = document.querySelector('[name="ctl00$MainContent$txtKostnad"]');
      input.closest('tr').querySelector('td.lbl').textContent = 'Kostnad per månad';
      input.setAttribute('name', 'kostnad_ny');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => ![...document.querySelectorAll('saksvakt-badge')].some((host) => /avvik frå grunnlaget/.test(host.shadowRoot?.textContent ?? '')));
    await page.evaluate(() => document.querySelector('saksvakt-panel-button').shadowRoot.querySelector('button').click());
    const frame = await (await page.waitForSelector('iframe[src*="panel.html"]')).contentFrame();
    await frame.waitForSelector('text=/Fann ikkje feltet på sida: .*Månadleg kostnad/');
    await frame.selectOption('#pick-field', 'monthlyCost');
    await frame.click('button.pick');
    await page.waitForSelector('saksvakt-picker', { state: 'attached' });
    await page.click('[name="kostnad_ny"]');
    await frame.waitForSelector('text=/Funne via "Kostnad per månad"/');
    await frame.click('button.save');
    await waitForBadge(page, /Månadleg kostnad 22 317 avvik frå grunnlaget for 2023/);
    await page.close();
  });

  it('no request leaves the browser: only the journal pages and the extension itself', () => {
    const outside = requests.filter((url) => !url.startsWith(journal.origin) && !url.startsWith('chrome-extension://'));
    assert.deepEqual(outside, []);
  });

  it('the local caseload survives a browser restart and an extension update', async () => {
    // The Profil page and the two Nexus views were opened above: three cases.
    assert.equal(await storedCaseCount(context, extensionId), 3);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const stored = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open('saksvakt-caseload');
          request.onsuccess = () => {
            // Every record as stored (one per day: the day's cases as JSON text; the day's keys).
            const transaction = request.result.transaction(['days', 'keys']);
            const days = transaction.objectStore('days').getAll();
            const keys = transaction.objectStore('keys').getAll();
            transaction.oncomplete = () => resolve({ raw: JSON.stringify([days.result, keys.result]), cases: JSON.stringify(days.result.flatMap((day) => JSON.parse(day.cases))) });
            transaction.onerror = () => reject(transaction.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.close();
    // Dates, services and pseudonymous keys only: no name, national id or case number.
    for (const personal of ['Testbrukar', 'Testborger', '010180', '2023/1187']) assert.ok(!stored.raw.includes(personal), personal);
    // Each case is a row: key, pack, service, opened, …
    assert.match(stored.cases, /\["[0-9a-f]{32}","[\w-]+","vekstbedrift","\d{4}-\d\d-\d\dT/);
    await context.close();
    execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, SAKSVAKT_TEST_HOSTS: 'http://127.0.0.1/*' }, stdio: 'pipe' });
    ({ context, extensionId } = await launch(userDataDir));
    assert.equal(await storedCaseCount(context, extensionId), 3);
  });

  it('the options page imports a caseload file case by case: refused cases named, the rest merged', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForFunction(() => /3 case\(s\) stored/.test(document.body.textContent ?? ''));
    const valid = { key: 'e2e0import0000000000000000000001', packId: 'dk-vejle-voksen', service: 'sel85', start: '2025-01-15', followUps: [], openedAt: new Date().toISOString(), schemaVersion: 2 };
    const file = JSON.stringify({ exportedAt: new Date().toISOString(), cases: [valid, { ...valid, key: 'e2e0import0000000000000000000002', name: 'Testborger, Jens' }] });
    await page.setInputFiles('#caseload-import', { name: 'caseload.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForFunction(() => /4 case\(s\) stored/.test(document.body.textContent ?? ''));
    const text = (await page.textContent('section[aria-labelledby="caseload"]')).replace(/\s+/g, ' ');
    assert.match(text, /Imported: 1 new case\(s\), 0 updated, 0 left as they were/);
    assert.match(text, /Case 2: “name” is not something the caseload may hold\./);
    await page.close();
  });

  it('cases the background could not store are reported on the options page', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForFunction(() => /case\(s\) stored/.test(document.body.textContent ?? ''));
    // What the background records when a batch fails (extension/storage/caseload-problem.ts).
    await page.evaluate(() => chrome.storage.local.set({ caseloadProblem: { kind: 'quota', cases: 3, since: '2025-11-20T10:00:00.000Z' } }));
    await page.reload();
    await page.waitForFunction(() => /3 case\(s\) opened since \S+ could not be stored: the browser's storage space for Saksvakt is full\. Nothing was half-written, and the cases stored before are kept\./.test(document.body.textContent ?? ''));
    await page.evaluate(() => chrome.storage.local.remove('caseloadProblem'));
    await page.close();
  });

  it('without IndexedDB the options page says the caseload is unavailable and shows everything else', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForFunction(() => /not available in this browser window/.test(document.body.textContent ?? ''));
    assert.ok(await page.isVisible('#lang'));
    assert.ok(await page.isDisabled('#caseload-import'));
    await page.close();
  });
});
