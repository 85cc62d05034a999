import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { startJournalServer } from './journal-server.mjs';

/**
 * A municipality's managed policy, as IT deploys it: a real Chromium policy file. Chromium reads
 * it only from a root-owned directory, so the test runs as root (CI does) and is skipped otherwise.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `saksvakt-e2e-${process.pid}.json`);
const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const skip = runsAsRoot ? false : `needs root to write Chromium's managed policy (${POLICY_DIR}); run as root (CI does) to include it`;

/** A build of its own (mode "policy-e2e"), so the other end-to-end tests never see this policy. */
const EXTENSION = resolve('dist/extension-e2e/chrome-mv3-policy-e2e');

/**
 * Pins the build's id with a manifest `key` made for this run. Chromium derives the id from the
 * key: the first 32 hex digits of its SHA-256, written with the letters a–p.
 */
function pinExtensionId(dir) {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: der.toString('base64') }));
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Text of every Saksvakt badge on the page (badges live in open shadow roots). */
const badgeTexts = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('saksvakt-badge')].flatMap((host) => [...host.shadowRoot.querySelectorAll('.badge')].map((badge) => badge.textContent.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim())),
  );

describe('municipal policy in Chromium, on every launch of the same profile', { skip }, () => {
  let journal;
  let extensionId;
  const userDataDir = mkdtempSync(join(tmpdir(), 'saksvakt-policy-profile-'));

  before(async () => {
    execFileSync('npx', ['wxt', 'build', '-m', 'policy-e2e'], { env: { ...process.env, SAKSVAKT_TEST_HOSTS: 'http://127.0.0.1/*' }, stdio: 'pipe' });
    extensionId = pinExtensionId(EXTENSION);
    mkdirSync(POLICY_DIR, { recursive: true });
    // Removed in after(); this also covers a run that is interrupted before it gets there.
    process.once('exit', () => rmSync(POLICY_FILE, { force: true }));
    // Chrome's managed schema types: strings and an integer, under 3rdparty.extensions.<id>.
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: { packId: 'dk-vejle-voksen', lang: 'da', retentionDays: 90 } } } }));
    journal = await startJournalServer();
  });

  after(async () => {
    rmSync(POLICY_FILE, { force: true });
    await journal?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  for (const run of [1, 2, 3]) {
    it(`launch ${run}: the Profil page checks with the policy's Vejle pack, in Danish`, async () => {
      const { context, extensionId: loadedId } = await launchWithExtension(EXTENSION, userDataDir);
      try {
        assert.equal(loadedId, extensionId, 'the policy names the id the build was pinned to');
        const page = await context.newPage();
        await page.goto(`${journal.origin}/profil/vedtak`);
        // The Profil page is a nynorsk vekstbedrift case: Vejle's pack has no such service, and says so in Danish.
        try {
          await page.waitForFunction(() => [...document.querySelectorAll('saksvakt-badge')].some((host) => /ydelsen på denne side findes ikke i regelpakken/.test(host.shadowRoot?.textContent ?? '')), null, { timeout: 20_000 });
        } catch (error) {
          throw new Error(`launch ${run}: no Danish Vejle badge; badges: ${(await badgeTexts(page)).join(' | ')}`, { cause: error });
        }
        const texts = await badgeTexts(page);
        assert.ok(!texts.some((text) => /grunnlaget|Forfalle|tenesta/.test(text)), `no Alver pack, no nynorsk: ${texts.join(' | ')}`);

        // The options page says the same, and where it comes from.
        const options = await context.newPage();
        await options.goto(`chrome-extension://${extensionId}/options.html`);
        await options.waitForSelector('tr[data-setting="pack"]');
        const row = async (key) => (await options.textContent(`tr[data-setting="${key}"]`)).replace(/\s+/g, ' ');
        assert.match(await row('pack'), /Vejle.*Kommunen \(politik\)/);
        assert.match(await row('lang'), /Dansk.*Kommunen \(politik\)/);
        assert.match(await row('retentionDays'), /90 dage.*Kommunen \(politik\)/);
        assert.equal(await options.isDisabled('#import'), true, 'no import while the pack is locked');
      } finally {
        await context.close();
      }
    });
  }

  it('a broken policy value: shown to IT in the options page and the panel, in Danish, and the pack still holds', async () => {
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: { packId: 'dk-vejle-voksen', lang: 'da', customPack: '{"id": ' } } } }));
    const { context } = await launchWithExtension(EXTENSION, userDataDir);
    try {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const problem = await options.waitForSelector('[data-policy-key="customPack"]');
      assert.match(await problem.textContent(), /Politik »customPack«: ikke gyldig JSON – syntaksfejl i linje 1, kolonne 8/);
      assert.equal(await options.isDisabled('#import'), true);

      const page = await context.newPage();
      await page.goto(`${journal.origin}/profil/vedtak`);
      await page.waitForFunction(() => [...document.querySelectorAll('saksvakt-badge')].some((host) => /ydelsen på denne side findes ikke i regelpakken/.test(host.shadowRoot?.textContent ?? '')), null, { timeout: 20_000 });
      await page.evaluate(() => document.querySelector('saksvakt-panel-button').shadowRoot.querySelector('button').click());
      const frame = await (await page.waitForSelector('iframe[src*="panel.html"]')).contentFrame();
      await frame.waitForSelector('text=/Politik »customPack«: ikke gyldig JSON/');
    } finally {
      await context.close();
    }
  });
});
