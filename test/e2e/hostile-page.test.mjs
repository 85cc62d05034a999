import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { startJournalServer } from './journal-server.mjs';

const EXTENSION = resolve('dist/extension-e2e/chrome-mv3');

/**
 * What a hostile journal page can try, from its own scripts (the main world): it forges every
 * message kind the panel and the content script ever used, by every way a page has (postMessage
 * to our frame and to itself, synthetic MessageEvents carrying the extension's origin, custom
 * events, MessageChannel ports handed to the frame), and it listens for ours (message listeners
 * on the window, a patched postMessage). Everything it sees is kept in `window.__hostile`.
 */
function hostileScript(extensionId) {
  // Playwright runs init scripts in every frame; the attacker is the journal page, not our panel.
  if (!/^https?:$/.test(location.protocol)) return;
  const MARK = 'forged-by-the-page';
  const seen = [];
  const forgedSent = [];
  const ownTexts = new Set();
  window.__hostile = { seen, forgedSent };
  const textOf = (data) => {
    try {
      return typeof data === 'string' ? data : JSON.stringify(data);
    } catch {
      return String(data);
    }
  };
  const record = (how, data) => {
    const text = textOf(data);
    if (text && !text.includes(MARK) && !ownTexts.has(text)) seen.push(`${how}: ${text}`);
  };
  window.addEventListener('message', (event) => record('message', event.data), true);
  document.addEventListener('message', (event) => record('document message', event.data), true);
  const ownPostMessage = window.postMessage.bind(window);
  window.postMessage = (data, ...rest) => {
    record('postMessage', data);
    return ownPostMessage(data, ...rest);
  };
  const portPost = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (data, ...rest) {
    record('port postMessage', data);
    return portPost.call(this, data, ...rest);
  };

  const forgedCase = {
    type: 'saksvakt:case',
    lang: 'en',
    status: 'checked',
    origin: location.origin,
    cases: [{ packId: 'no-vekstbedrift', badges: [{ check: 'funding', anchor: 'monthlyCost', tone: 'ok', text: 'SPOOFED by the page: all in order', fields: [] }], notFound: [], unreadable: [] }],
    notFound: [],
    unreadable: [],
    note: MARK,
  };
  const forgedAnswer = { type: 'saksvakt:picked', field: 'start', locators: [{ by: 'css', selector: '.updated' }], text: '01-01-2099', note: MARK };
  const forged = [
    forgedCase,
    forgedAnswer,
    { type: 'saksvakt:pick-cancelled', field: 'start', note: MARK },
    { type: 'saksvakt:start-picker', field: 'monthlyCost', note: MARK },
    { type: 'saksvakt:close-panel', note: MARK },
  ];
  // Also without the mark: our guards must not let a message through because it looks exact.
  const exact = forged.map(({ note, ...message }) => message);
  for (const message of exact) ownTexts.add(textOf(message));
  // A published extension's id is public: the page also tries WXT's own start-up event, which
  // tells an older copy of a content script to stop.
  const started = { contentScriptName: 'journal', messageId: 'forged' };

  const forgeOnce = () => {
    const frames = [...document.querySelectorAll('iframe')];
    for (const frame of frames) {
      const extensionOrigin = (() => {
        try {
          return new URL(frame.src).origin;
        } catch {
          return 'null';
        }
      })();
      for (const message of [...forged, ...exact]) {
        try {
          frame.contentWindow?.postMessage(message, '*');
          // The panel's own address as target: only delivered if the frame shows that origin.
          frame.contentWindow?.postMessage(message, extensionOrigin);
          forgedSent.push(`frame ${message.type}`);
        } catch (error) {
          forgedSent.push(`frame refused ${message.type}: ${error.message}`);
        }
        // A synthetic event claiming the extension's origin and the frame as source, on the page's window.
        window.dispatchEvent(new MessageEvent('message', { data: message, origin: extensionOrigin, source: frame.contentWindow }));
      }
      // A port handed to the frame, then used to post every kind.
      const channel = new MessageChannel();
      try {
        frame.contentWindow?.postMessage({ type: 'saksvakt:port', note: MARK }, '*', [channel.port2]);
        for (const message of exact) channel.port1.postMessage(message);
      } catch {
        // a detached frame
      }
    }
    for (const message of exact) {
      window.postMessage(message, '*');
      window.dispatchEvent(new MessageEvent('message', { data: message, origin: location.origin, source: window }));
      window.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true, composed: true }));
      document.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true, composed: true }));
    }
    document.dispatchEvent(new CustomEvent(`${extensionId}:journal:wxt:content-script-started`, { detail: started }));
    ownTexts.add(textOf({ type: `${extensionId}:journal:wxt:content-script-started`, ...started }));
    window.postMessage({ type: `${extensionId}:journal:wxt:content-script-started`, ...started }, '*');
    // Extension messaging is out of a page's reach; record it if it ever were not.
    if (globalThis.chrome?.runtime?.sendMessage) forgedSent.push('chrome.runtime.sendMessage is reachable');
  };
  setInterval(forgeOnce, 40);
}

/** In our extension pages: every Content-Security-Policy violation (Trusted Types included). */
function cspRecorder() {
  if (location.protocol !== 'chrome-extension:') return;
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => window.__csp.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
}

/** Trusted Types are enforced: a plain string into an HTML sink, or a policy we did not list, is refused. */
const trustedTypesEnforced = (target) =>
  target.evaluate(() => {
    const refused = (attempt) => {
      try {
        attempt();
        return false;
      } catch {
        return true;
      }
    };
    return {
      innerHTML: refused(() => {
        document.createElement('div').innerHTML = '<b>x</b>';
      }),
      otherPolicy: refused(() => trustedTypes.createPolicy('not-listed', { createHTML: (text) => text })),
    };
  });

const openPanel = async (page) => {
  try {
    await page.waitForFunction(() => document.querySelector('saksvakt-panel-button')?.shadowRoot?.querySelector('button'), null, { timeout: 15_000 });
  } catch (error) {
    // Say what the page held instead.
    const state = await page.evaluate(() => ({ badges: document.querySelectorAll('saksvakt-badge').length, buttons: document.querySelectorAll('saksvakt-panel-button').length }));
    throw new Error(`no panel button: ${JSON.stringify(state)}`, { cause: error });
  }
  await page.evaluate(() => document.querySelector('saksvakt-panel-button').shadowRoot.querySelector('button').click());
  const frame = await (await page.waitForSelector('iframe[src*="panel.html"]')).contentFrame();
  return frame;
};

/** The caseworker's settings and the profiles in force (the read time of the settings is not a setting). */
const settingsSnapshot = (worker) =>
  worker.evaluate(() => chrome.storage.local.get(['settings', 'settingsInForce']).then((all) => JSON.stringify([all.settings ?? null, all.settingsInForce?.profiles ?? null])));

describe('hostile journal page', () => {
  let journal;
  let context;
  let worker;
  let extension;
  const requests = [];
  const userDataDir = mkdtempSync(join(tmpdir(), 'saksvakt-hostile-'));

  before(async () => {
    execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, SAKSVAKT_TEST_HOSTS: 'http://127.0.0.1/*' }, stdio: 'pipe' });
    journal = await startJournalServer();
    let extensionId;
    ({ context, extensionId } = await launchWithExtension(EXTENSION, userDataDir));
    [worker] = context.serviceWorkers();
    context.on('request', (request) => requests.push(request.url()));
    await context.addInitScript(hostileScript, extensionId);
    await context.addInitScript(cspRecorder);
    extension = extensionId;
  });

  after(async () => {
    await context?.close();
    await journal?.close();
  });

  it('forged cases and pick answers are never shown or saved; forged requests start nothing; the page receives none of ours', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/vedtak`);
    const frame = await openPanel(page);
    // The real case arrives over the extension port despite the forgeries around it.
    await frame.waitForSelector('tr[data-field="monthlyCost"][data-status="read"]');
    const before = await settingsSnapshot(worker);
    // Let the page forge for a while, then start a real pick while it keeps forging answers.
    await page.waitForTimeout(500);
    await frame.selectOption('#pick-field', 'start');
    await frame.click('button.pick');
    await page.waitForSelector('saksvakt-picker', { state: 'attached' });
    await page.waitForTimeout(500);
    // The caseworker points at the real field: the panel shows that answer, not the page's.
    await page.click('[name="ctl00$MainContent$txtKostnad"]');
    await frame.waitForSelector('text=/Funne via/');
    await page.waitForTimeout(500);

    // The panel rendered its case and components under the strict policy, with no violation.
    assert.deepEqual(await frame.evaluate(() => window.__csp), []);
    assert.deepEqual(await trustedTypesEnforced(frame), { innerHTML: true, otherPolicy: true });
    const panelText = await frame.evaluate(() => document.body.textContent);
    assert.doesNotMatch(panelText, /SPOOFED|2099|\.updated/);
    assert.match(panelText, /22 317/);
    assert.equal(await frame.locator('button.save').count(), 1, 'one answer offered for saving: ours');
    // The forged start-picker and close-panel requests did nothing: one picker (ours, gone), panel open.
    assert.equal(await page.locator('saksvakt-picker').count(), 0);
    assert.equal(await page.locator('iframe[src*="panel.html"]').count(), 1);
    const after = await settingsSnapshot(worker);
    assert.equal(after, before, 'nothing saved in settings');
    assert.doesNotMatch(after, /updated|2099/);

    const { seen, forgedSent } = await page.evaluate(() => window.__hostile);
    assert.ok(forgedSent.length > 100, `the page forged ${forgedSent.length} messages`);
    assert.ok(!forgedSent.includes('chrome.runtime.sendMessage is reachable'));
    assert.deepEqual(seen, [], 'the page received none of our messages');

    // The checks are still alive after all of it (the forged WXT start-up event included): the
    // panel button is still there, and typing a value still updates its badge.
    assert.equal(await page.locator('saksvakt-panel-button').count(), 1);
    await page.fill('[name="ctl00$MainContent$txtKostnad"]', '23 500,50');
    await page.waitForFunction(() => [...document.querySelectorAll('saksvakt-badge')].some((host) => /stemmer med grunnlaget/.test(host.shadowRoot?.textContent ?? '')));

    // Our own close button still works, and its request is not seen by the page either.
    await frame.click('header button');
    await page.waitForFunction(() => !document.querySelector('iframe[src*="panel.html"]'));
    assert.deepEqual(await page.evaluate(() => window.__hostile.seen), []);
    await page.close();
  });

  it('markup the page puts in a field is shown as text, in the badge and in the panel', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/vedtak`);
    await page.waitForFunction(() => document.querySelectorAll('saksvakt-badge').length > 0);
    const markup = '<img src="/x-injected" onerror="window.__injected=1"><b>22 317</b>';
    await page.fill('[name="ctl00$MainContent$txtKostnad"]', markup);
    await page.waitForFunction((text) => [...document.querySelectorAll('saksvakt-badge')].some((host) => host.shadowRoot.textContent.includes(text)), markup);
    const frame = await openPanel(page);
    await frame.waitForSelector('tr[data-field="monthlyCost"][data-status="unreadable"]');
    // The row says it could not read the text, and shows the text as the journal holds it.
    const row = await frame.locator('tr[data-field="monthlyCost"]').textContent();
    assert.ok(row.includes(markup), row);
    assert.equal(await frame.locator('tr[data-field="monthlyCost"] td.shown').textContent(), markup);
    assert.equal(await frame.locator('img, b').count(), 0, 'no element made from the text in the panel');
    const badgeElements = await page.evaluate(() => [...document.querySelectorAll('saksvakt-badge')].flatMap((host) => [...host.shadowRoot.querySelectorAll('img, b')]).length);
    assert.equal(badgeElements, 0, 'no element made from the text in a badge');
    assert.equal(await page.evaluate(() => window.__injected), undefined);
    await page.close();
  });

  it('the options page renders under the strict policy (Trusted Types), with no violation', async () => {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`chrome-extension://${extension}/options.html`);
    await page.waitForFunction(() => /(\d+) case\(s\) stored/.test(document.body.textContent ?? ''));
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(errors, []);
    // Last: these two attempts are refused, and reported, on purpose.
    assert.deepEqual(await trustedTypesEnforced(page), { innerHTML: true, otherPolicy: true });
    await page.close();
  });

  it('no page or other extension can reach ours: no externally_connectable, no runtime on the journal page', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
    assert.equal(manifest.externally_connectable, undefined);
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/vedtak`);
    // Without externally_connectable Chromium gives web pages no chrome.runtime to message us with.
    assert.equal(await page.evaluate((id) => typeof globalThis.chrome?.runtime?.sendMessage === 'function' ? 'reachable' : 'unreachable', extension), 'unreachable');
    await page.close();
  });

  it('no request leaves the browser: only the journal pages and the extension itself', () => {
    assert.ok(requests.length > 0);
    const outside = requests.filter((url) => !url.startsWith(journal.origin) && !url.startsWith('chrome-extension://'));
    assert.deepEqual(outside, []);
    assert.ok(!requests.some((url) => url.includes('x-injected')), 'the injected image was never requested');
  });
});
