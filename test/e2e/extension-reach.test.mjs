import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { startJournalServer } from './journal-server.mjs';

const EXTENSION = resolve('dist/extension-e2e/chrome-mv3');

/** Text of every Saksvakt badge in a page or frame (badges live in open shadow roots). */
const badgeTexts = (target) =>
  target.evaluate(() =>
    [...document.querySelectorAll('saksvakt-badge')].flatMap((host) => [...host.shadowRoot.querySelectorAll('.badge')].map((badge) => badge.textContent.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim())),
  );

async function waitForBadge(target, pattern) {
  try {
    await target.waitForFunction(
      (source) => [...document.querySelectorAll('saksvakt-badge')].some((host) => new RegExp(source).test((host.shadowRoot?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '))),
      pattern.source,
      { timeout: 10_000 },
    );
  } catch (error) {
    throw new Error(`No badge matching ${pattern}; badges: ${(await badgeTexts(target)).join(' | ')}`, { cause: error });
  }
}

/** Badges inside open shadow roots of the page (a web-component journal puts its fields there). */
const deepBadgeTexts = (page) =>
  page.evaluate(() => {
    const texts = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'saksvakt-badge') texts.push(element.shadowRoot.textContent.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim());
        else if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return texts;
  });

async function waitForDeepBadge(page, pattern) {
  const deadline = Date.now() + 10_000;
  let texts = [];
  while (Date.now() < deadline) {
    texts = await deepBadgeTexts(page);
    if (texts.some((text) => pattern.test(text))) return texts;
    await page.waitForTimeout(100);
  }
  throw new Error(`No badge matching ${pattern}; badges: ${texts.join(' | ')}`);
}

async function openPanel(target) {
  await target.waitForSelector('saksvakt-panel-button', { state: 'attached', timeout: 10_000 });
  await target.evaluate(() => document.querySelector('saksvakt-panel-button').shadowRoot.querySelector('button').click());
  return (await target.waitForSelector('iframe[src*="panel.html"]')).contentFrame();
}

describe('the extension on journals it has no site profile for (built-in profiles only)', () => {
  let journal;
  let context;
  const userDataDir = mkdtempSync(join(tmpdir(), 'saksvakt-reach-'));
  const requests = [];

  before(async () => {
    execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, SAKSVAKT_TEST_HOSTS: 'http://127.0.0.1/*' }, stdio: 'pipe' });
    journal = await startJournalServer();
    ({ context } = await launchWithExtension(EXTENSION, userDataDir));
    context.on('request', (request) => requests.push(request.url()));
  });

  after(async () => {
    await context?.close();
    await journal?.close();
  });

  it('frameset shell: the checks run in the content frame (kr 22 317,-, 14. februar 2024), the shell stays clean', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/ramme`);
    const frame = await (await page.waitForSelector('frame[name="innhald"]')).contentFrame();
    await waitForBadge(frame, /Månadleg kostnad 22 317 avvik frå grunnlaget for 2023 på 23 500,50/);
    await waitForBadge(frame, /Forfalle sidan 14\.02\.2025: Årleg evalueringsrapport/);
    // The menu frame and the frameset document get neither badges nor a panel button.
    const menu = await (await page.waitForSelector('frame[name="topp"]')).contentFrame();
    assert.equal(await menu.evaluate(() => document.querySelectorAll('saksvakt-badge, saksvakt-panel-button').length), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('saksvakt-badge, saksvakt-panel-button').length), 0);
    // The panel works in the frame and lists each field as read.
    const panel = await openPanel(frame);
    await panel.waitForSelector('tr[data-field="monthlyCost"][data-status="read"]');
    assert.match(await panel.textContent('tr[data-field="monthlyCost"]'), /Månadleg kostnad\s*22\s317/);
    assert.match(await panel.textContent('tr[data-field="lastEvaluationReport"]'), /14\.02\.2024/);
    assert.match(await panel.textContent('tr[data-field="noticeGiven"]'), /ikkje funne/);
    await page.close();
  });

  it('iframe shell: the same page in a same-origin iframe is checked there', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/iframe`);
    const frame = await (await page.waitForSelector('iframe#innhald')).contentFrame();
    await waitForBadge(frame, /Månadleg kostnad 22 317 avvik frå grunnlaget for 2023/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('saksvakt-panel-button').length), 0, 'the shell page adds no second button');
    await page.close();
  });

  it('bokmål legacy layout: span pairs, dl, ARIA ties and read-only text are read', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/bokmal/vedtak`);
    await waitForBadge(page, /Månedlig kostnad 22 317 avviker fra grunnlaget for 2023 på 23 500,50/);
    const texts = await badgeTexts(page);
    assert.ok(texts.some((text) => /Forfalt siden 15\.03\.2025/.test(text)) || texts.some((text) => /evalueringsrapport/i.test(text)), texts.join('\n'));
    await page.close();
  });

  it('bokmål: a cost it cannot read says so on the badge, with the raw text, and nothing is computed', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/bokmal/vedtak`);
    await waitForBadge(page, /avviker fra grunnlaget/);
    await page.evaluate(() => {
      const dd = [...document.querySelectorAll('dd')].find((element) => /kr\./.test(element.textContent));
      dd.textContent = 'ca. 22 000';
    });
    await waitForBadge(page, /Kunne ikke lese Månedlig kostnad: «ca\. 22 000» – ikke kontrollert/);
    const texts = await badgeTexts(page);
    assert.ok(!texts.some((text) => /grunnlaget|Grunnlag/.test(text)), texts.join('\n'));
    await page.close();
  });

  it('bokmål: a date it cannot read says so on the badge, and no deadline is counted from another date', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/bokmal/vedtak`);
    await waitForBadge(page, /avviker fra grunnlaget/);
    await page.evaluate(() => {
      document.querySelector('[aria-labelledby="lbl_evaluert"]').textContent = 'mars 2024';
    });
    await waitForBadge(page, /Kunne ikke lese Siste evalueringsrapport: «mars 2024» – ikke kontrollert/);
    const texts = await badgeTexts(page);
    assert.ok(!texts.some((text) => /Forfalt|Neste|forfaller/i.test(text)), texts.join('\n'));
    // The panel says which field and what it showed.
    const panel = await openPanel(page);
    await panel.waitForSelector('tr[data-field="lastEvaluationReport"][data-status="unreadable"]');
    assert.match(await panel.textContent('tr[data-field="lastEvaluationReport"]'), /kunne ikke lese «mars 2024»/);
    await page.close();
  });

  it('shadow-DOM app: fields in nested open shadow roots, late rendering, pushState navigation', async () => {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${journal.origin}/nx/forloeb/85`);
    await waitForDeepBadge(page, /Trin 3 passer til 4 indsatser/);
    await waitForDeepBadge(page, /Overskredet siden 22\.10\.2025/);
    await page.evaluate(() => document.querySelector('nx-shell').shadowRoot.querySelector('a[data-route="/nx/forloeb/104"]').click());
    await waitForDeepBadge(page, /60 % – 3 dage om ugen/);
    const texts = await waitForDeepBadge(page, /Overskredet siden 01\.09\.2025/);
    assert.ok(!texts.some((text) => /Trin 3/.test(text)), 'badges of the previous view are gone');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a page no profile recognises: the panel says so and how to map its fields', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/nx/oversigt`);
    await page.waitForTimeout(800);
    const panel = await openPanel(page);
    await panel.waitForSelector('text=Ingen profil til denne side');
    await panel.waitForSelector('text=/Peg på hvert felt herunder én gang/');
    await page.close();
  });

  it('recycled ARIA grid: scrolling never shows a badge with another case\'s result; the panel says 30 of 2 000', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/sagsliste/virtuel`);
    await page.waitForFunction(() => document.querySelectorAll('saksvakt-badge').length >= 30, null, { timeout: 15_000 });
    // Watch every painted frame: each badge must belong to the case its row shows, and say
    // overdue exactly when that case's last follow-up is more than a year old.
    await page.evaluate(() => {
      window.__violations = [];
      window.__framesChecked = 0;
      const parse = (text) => {
        const [d, m, y] = text.split('.').map(Number);
        return new Date(y, m - 1, d);
      };
      const check = () => {
        for (const host of document.querySelectorAll('saksvakt-badge')) {
          const row = host.closest('[role="row"]');
          const shown = row.querySelector('[aria-colindex="1"]').firstChild.data;
          const last = row.querySelector('[aria-colindex="5"]').firstChild.data;
          const overdue = (Date.now() - parse(last).getTime()) / 86_400_000 > 366;
          const tone = host.shadowRoot.querySelector('.badge')?.dataset.tone;
          if (host.dataset.case !== shown) window.__violations.push(`badge of ${host.dataset.case} on row ${shown}`);
          else if (tone && (tone === 'alert') !== overdue) window.__violations.push(`${shown}: ${tone} for last follow-up ${last}`);
        }
        window.__framesChecked += 1;
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    for (let step = 0; step < 12; step += 1) {
      await page.evaluate(() => {
        document.getElementById('viewport').scrollTop += 24 * 7;
      });
      await page.waitForTimeout(120);
    }
    await page.evaluate(() => {
      document.getElementById('viewport').scrollTop = 24 * 1500;
    });
    await page.waitForTimeout(600);
    const { violations, frames } = await page.evaluate(() => ({ violations: window.__violations, frames: window.__framesChecked }));
    assert.ok(frames > 10, `frames checked: ${frames}`);
    assert.deepEqual(violations, []);
    // After the list settles, every rendered row has its own badge again.
    await page.waitForFunction(() => [...document.querySelectorAll('#rows [role="row"]')].every((row) => row.querySelector('saksvakt-badge')?.dataset.case === row.querySelector('[aria-colindex="1"]').firstChild.data), null, { timeout: 5_000 });
    const panel = await openPanel(page);
    await panel.waitForSelector('text=/Tjekkede 30 af 2\\.000 sager/');
    await page.close();
  });

  it('badges in the dense grid stay inside their row', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/sagsliste/virtuel`);
    await page.waitForFunction(() => document.querySelectorAll('saksvakt-badge').length >= 30, null, { timeout: 15_000 });
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('saksvakt-badge')].filter((host) => {
        const row = host.closest('[role="row"]').getBoundingClientRect();
        const badge = host.getBoundingClientRect();
        return badge.top < row.top - 0.5 || badge.bottom > row.bottom + 0.5;
      }).length,
    );
    assert.equal(outside, 0);
    await page.close();
  });

  // Last: it saves a profile for the journal host, which later pages would then use.
  it('the picker works inside a frame: a field pointed at there is read from then on', async () => {
    const page = await context.newPage();
    await page.goto(`${journal.origin}/profil/ramme`);
    const frame = await (await page.waitForSelector('frame[name="innhald"]')).contentFrame();
    await waitForBadge(frame, /avvik frå grunnlaget/);
    const panel = await openPanel(frame);
    await panel.waitForSelector('tr[data-field="decisionDate"][data-status="not-found"]');
    await panel.selectOption('#pick-field', 'decisionDate');
    await panel.click('button.pick');
    await frame.waitForSelector('saksvakt-picker', { state: 'attached' });
    await frame.click('input[name="F_FRADATO"]');
    await panel.waitForSelector('text=/Funne via "Frå dato: \\*"/');
    await panel.click('button.save');
    // Changed settings restart the checks; the panel stays open through it, says it saved, and reads the field.
    await panel.waitForSelector('[role="status"] .confirm >> text=/Lagra/');
    await panel.waitForSelector('tr[data-field="decisionDate"][data-status="read"]', { timeout: 10_000 });
    assert.match(await panel.textContent('tr[data-field="decisionDate"]'), /01\.03\.2023/);
    assert.equal(await frame.evaluate(() => document.querySelectorAll('iframe[src*="panel.html"]').length), 1);
    await page.close();
  });

  it('no request leaves the browser', () => {
    const outside = requests.filter((url) => !url.startsWith(journal.origin) && !url.startsWith('chrome-extension://'));
    assert.deepEqual(outside, []);
  });
});
