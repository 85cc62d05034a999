import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { initJournalChecks, MAX_LIST_ROWS, readPage, type ListCoverage } from './journal-checks.js';
import { profilesFor } from './profiles-for.js';

const profiles = profilesFor('http://127.0.0.1/', []);
const dom = (body: string) => parseHTML(`<!DOCTYPE html><html lang="nn"><body>${body}</body></html>`).document as unknown as Document;

/** A caseload list: a header row, then one case per row. */
const listPage = (rows: number) =>
  dom(`<table><thead><tr><th>Saksnummer</th><th>Teneste</th><th>Startdato</th><th>Siste oppfølging</th></tr></thead><tbody>${Array.from(
    { length: rows },
    (_, index) => `<tr><td>2023/${index}</td><td>Varig tilrettelagt arbeid</td><td>01.03.2023</td><td>0${1 + (index % 9)}.02.2024</td></tr>`,
  ).join('')}</tbody></table>`);

/** A case page drowned in labelled rows (the shape of the fuzzed "huge page" in the e2e suite), and a deep nesting. */
const LABELS = ['Saksnummer', 'Teneste', 'Startdato', 'Månadleg kostnad', 'Omfang', 'Støttenivå', 'Prosent', 'Siste oppfølging', 'Målgruppe', 'Notat'];
const labelledPage = (rows: number) =>
  dom(`<table>${Array.from({ length: rows }, (_, index) => `<tr><td>${LABELS[index % LABELS.length]}</td><td>${index % 7 === 0 ? '01.03.2023' : index}</td></tr>`).join('')}</table>${'<div>'.repeat(200)}Startdato 01.03.2023${'</div>'.repeat(200)}`);

/**
 * Runs `read` counting the element queries that search a whole page or table (rather than one row
 * or cell): the work that, repeated per row or per field, makes reading a big page quadratic.
 */
function wholePageQueries(document: Document, read: () => void): number {
  let count = 0;
  const restore: (() => void)[] = [];
  const patched = new Set<unknown>();
  for (const start of [document, document.body]) {
    for (const name of ['querySelectorAll', 'querySelector'] as const) {
      let owner: object | null = start;
      while (owner && !Object.prototype.hasOwnProperty.call(owner, name)) owner = Object.getPrototypeOf(owner);
      const target = owner as Record<string, (selector: string) => unknown> | null;
      const original = target?.[name];
      if (!target || !original || patched.has(original)) continue;
      patched.add(original);
      target[name] = function (this: Node, selector: string) {
        if (this.nodeType === 9 || ['html', 'body', 'table', 'thead', 'tbody'].includes((this as Element).localName)) count += 1;
        return original!.call(this, selector);
      };
      restore.push(() => (target[name] = original));
    }
  }
  try {
    read();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return count;
}

const globals = globalThis as unknown as Record<string, unknown>;
const saved = { document: globals.document, MutationObserver: globals.MutationObserver };
afterEach(() => Object.assign(globals, saved));
const ctx = { onInvalidated: () => () => undefined, options: {} } as unknown as ContentScriptContext;

describe('a huge journal page is read in work that grows with its size, not its square', () => {
  it('a list of 5 000 rows: the whole table is searched as often as for a list of 50', () => {
    const small = listPage(50);
    const big = listPage(5_000);
    let bigRead: ReturnType<typeof readPage>;
    const smallScans = wholePageQueries(small, () => void readPage(small, profiles));
    const bigScans = wholePageQueries(big, () => void (bigRead = readPage(big, profiles)));
    expect(smallScans).toBeGreaterThan(0);
    expect(bigScans).toBe(smallScans);
    expect(bigRead!.page.kind).toBe('list');
    // Read up to the bound, in the list's order.
    expect(bigRead!.entries).toHaveLength(MAX_LIST_ROWS);
    expect(bigRead!.entries[1]!.extracted.fields.lastFollowUp?.value).toBe('2024-02-02');
  });

  it('a case page of 5 000 labelled rows: the page is searched as often as with 50', () => {
    const small = labelledPage(50);
    const big = labelledPage(5_000);
    let bigRead: ReturnType<typeof readPage>;
    const smallScans = wholePageQueries(small, () => void readPage(small, profiles));
    const bigScans = wholePageQueries(big, () => void (bigRead = readPage(big, profiles)));
    expect(bigScans).toBe(smallScans);
    expect(bigRead!.page.id).toBe('generic-case');
    // The first label of each field counts (its value cell is the next one).
    expect(bigRead!.entries[0]!.extracted.fields.service?.value).toBe('1');
  });

  describe('edge cases', () => {
    it('a list longer than the bound says how many of how many rows were checked', () => {
      const document = listPage(MAX_LIST_ROWS + 250);
      Object.assign(globals, { document, MutationObserver: parseHTML('').MutationObserver });
      let list: ListCoverage | undefined;
      const controller = new AbortController();
      // Aborted at once: only the reading and its report are looked at here, not the badges.
      initJournalChecks(ctx, controller.signal, { profiles, lang: 'nn', onChecked: (_checks, _page, _profile, read) => ((list = read.list), controller.abort()) });
      expect(list).toEqual({ checked: MAX_LIST_ROWS, total: MAX_LIST_ROWS + 250, capped: true });
    });

    it('a list within the bound is checked whole, with no total of its own', () => {
      const document = listPage(20);
      Object.assign(globals, { document, MutationObserver: parseHTML('').MutationObserver });
      let list: ListCoverage | undefined;
      const controller = new AbortController();
      initJournalChecks(ctx, controller.signal, { profiles, lang: 'nn', onChecked: (_checks, _page, _profile, read) => ((list = read.list), controller.abort()) });
      expect(list).toEqual({ checked: 20 });
    });
  });
});
