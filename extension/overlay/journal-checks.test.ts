import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { initJournalChecks, mutationMatters } from './journal-checks.js';
import { profilesFor } from './profiles-for.js';

const globals = globalThis as unknown as Record<string, unknown>;
const saved = { document: globals.document, MutationObserver: globals.MutationObserver };
afterEach(() => Object.assign(globals, saved));

/** A page in linkedom, installed as the global document the checks read. */
function install(body: string) {
  const { document, MutationObserver } = parseHTML(`<!DOCTYPE html><html lang="nn"><body>${body}</body></html>`);
  Object.assign(globals, { document, MutationObserver });
  return document as unknown as Document;
}

const ctx = { onInvalidated: () => () => undefined, options: {} } as unknown as ContentScriptContext;
const settle = (ms = 700) => new Promise((done) => setTimeout(done, ms));

describe('re-checking a page that keeps changing', () => {
  it('a page with no case stops after one pass, however often its text changes', async () => {
    const rows = Array.from({ length: 20 }, (_, index) => `<tr><td>2024/${index}</td><td>Serviceloven § 85</td><td>Socialpsykiatri</td></tr>`).join('');
    const document = install(`<div id="clock"></div><table><thead><tr><th>Sak</th><th>Paragraf</th><th>Målgruppe</th></tr></thead><tbody>${rows}</tbody></table>`);
    let noPage = 0;
    const controller = new AbortController();
    const checks = initJournalChecks(ctx, controller.signal, { profiles: profilesFor('http://127.0.0.1/', []), lang: 'nn', onNoPage: () => (noPage += 1) });
    expect(checks.passes()).toBe(1);
    for (let tick = 0; tick < 50; tick += 1) {
      document.getElementById('clock')!.textContent = `12:00:${tick}`;
      await settle(5);
    }
    await settle();
    expect(checks.passes()).toBe(1);
    expect(noPage).toBe(1);
    // A view the journal renders late is looked at.
    document.body.insertAdjacentHTML('beforeend', '<section><p>Ny melding</p></section>');
    await settle();
    expect(checks.passes()).toBe(2);
    controller.abort();
  });

  describe('edge cases', () => {
    const record = (init: Partial<MutationRecord>) => ({ addedNodes: [], removedNodes: [], ...init }) as unknown as MutationRecord;

    it('text changed inside what was read matters; elsewhere, or in our badges, it does not', () => {
      const document = install('<table><tr id="row"><td id="cell">2024/1</td></tr></table><div id="clock">1</div><saksvakt-badge></saksvakt-badge>');
      const row = document.getElementById('row')!;
      const read = new Set<Element>([row]);
      const cellText = document.getElementById('cell')!.firstChild!;
      const clockText = document.getElementById('clock')!.firstChild!;
      expect(mutationMatters(record({ type: 'characterData', target: cellText }), read)).toBe(true);
      expect(mutationMatters(record({ type: 'characterData', target: clockText }), read)).toBe(false);
      expect(mutationMatters(record({ type: 'childList', target: document.getElementById('clock')!, addedNodes: [clockText] as unknown as NodeList }), read)).toBe(false);
      expect(mutationMatters(record({ type: 'childList', target: document.getElementById('cell')!, addedNodes: [cellText] as unknown as NodeList }), read)).toBe(true);
      expect(mutationMatters(record({ type: 'childList', target: document.body, addedNodes: [document.querySelector('saksvakt-badge')!] as unknown as NodeList }), read)).toBe(false);
    });

    it('an element of the journal added or removed anywhere matters', () => {
      const document = install('<div id="clock"></div>');
      const added = document.createElement('section');
      expect(mutationMatters(record({ type: 'childList', target: document.body, addedNodes: [added] as unknown as NodeList }), new Set())).toBe(true);
      expect(mutationMatters(record({ type: 'childList', target: document.body, removedNodes: [added] as unknown as NodeList }), new Set())).toBe(true);
    });
  });
});
