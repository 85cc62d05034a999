import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { JOURNAL_FIXTURES, journalFixture, nexusView } from '../../test/journal-fixtures.js';
import { unmatchedPageHtml, heavyJournalHtml } from '../../bench/heavy-journal.mjs';
import { readdirSync } from 'node:fs';
import { readPage } from './journal-checks.js';
import { labelWords, mightBeOurs, pageFacts, quickPageFacts } from './might-be-ours.js';
import { profilesFor } from './profiles-for.js';

const URL = 'http://127.0.0.1:4321/journal';
const profiles = profilesFor(URL, []);
const dom = (html: string) => parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as Document;
const loaderSays = (document: Document) => mightBeOurs(pageFacts(document, profiles), profiles);
const checksRead = (document: Document) => readPage(document, profiles) !== undefined;

describe('the journal loader decides "not ours" without the checks', () => {
  it('never refuses a saved journal page the checks read (every stand-in, and the Nexus views)', () => {
    const pages = readdirSync(JOURNAL_FIXTURES).filter((name) => name.endsWith('.html')).map((name) => [name, journalFixture(name)] as const);
    for (const route of ['/forloeb/85', '/forloeb/104', '/borger/oversigt']) pages.push([`nexus ${route}`, nexusView(route)]);
    const recognised = pages.filter(([, document]) => checksRead(document));
    // The stand-ins with a case in their saved markup (the frame shells and the menu have none; the
    // virtual grid and the web-component app render theirs by script: end-to-end tests cover them).
    expect(recognised.map(([name]) => name)).toEqual(expect.arrayContaining(['caseload.html', 'profil-vedtak-vekstbedrift.html', 'profil-ramme-vedtak.html', 'profil-bokmal-vedtak.html', 'nexus /forloeb/85', 'nexus /forloeb/104']));
    for (const [name, document] of recognised) expect(loaderSays(document), name).toBe(true);
  });

  it('a site profile that knows the page by its selector decides without walking the text', () => {
    expect(mightBeOurs(quickPageFacts(journalFixture('profil-vedtak-vekstbedrift.html'), labelWords(profiles)), profiles)).toBe(true);
    // The generic profile needs the labels: the quick look alone never says yes to a label page.
    expect(mightBeOurs(quickPageFacts(journalFixture('profil-bokmal-vedtak.html'), labelWords(profiles)), profiles)).toBe(false);
    expect(loaderSays(journalFixture('profil-bokmal-vedtak.html'))).toBe(true);
  });

  it('the heavy benchmark journal is ours; the same weight on an intranet page is not', () => {
    expect(loaderSays(parseHTML(heavyJournalHtml()).document as unknown as Document)).toBe(true);
    const intranet = parseHTML(unmatchedPageHtml()).document as unknown as Document;
    expect(loaderSays(intranet)).toBe(false);
    // And the checks agree: a table of case numbers and legal bases with no date to check is no caseload.
    expect(readPage(intranet, profiles)).toBeUndefined();
  });

  describe('edge cases', () => {
    it('a service named only as a column header, or inside other words, is no label', () => {
      expect(loaderSays(dom('<table><thead><tr><th>Paragraf</th><th>Sak</th></tr></thead><tbody><tr><td>Serviceloven § 85</td><td>1</td></tr></tbody></table>'))).toBe(false);
      expect(loaderSays(dom('<p>Service</p><p>Frå dato: 01.03.2023</p>'))).toBe(true);
      expect(loaderSays(dom('<p>Serviceavtale</p>'))).toBe(false);
    });

    it('a list needs a column a check computes from, besides the case and its service', () => {
      const list = (headers: string[]) => dom(`<table><thead><tr>${headers.map((text) => `<th>${text}</th>`).join('')}</tr></thead><tbody><tr>${headers.map(() => '<td>x</td>').join('')}</tr></tbody></table>`);
      expect(loaderSays(list(['Sag', 'Paragraf', 'Målgruppe']))).toBe(false);
      expect(loaderSays(list(['Sag', 'Paragraf', 'Seneste opfølgning']))).toBe(true);
    });

    it('a label split over elements, as the readers read it, and only where they would', () => {
      const split = [
        '<label><b>Ten</b>este <input value="VTA"></label><label><b>Frå</b> dato: <input value="01.03.2023"></label>',
        '<dl><dt><span>Ten</span><span>este</span></dt><dd>VTA</dd><dt><span>Frå</span> <span>dato</span></dt><dd>01.03.2023</dd></dl>',
      ];
      for (const html of split) {
        const document = dom(html);
        expect([...pageFacts(document, profiles).labels].sort(), html).toEqual(['frå dato', 'teneste']);
        expect(checksRead(document), html).toBe(true);
        expect(loaderSays(document), html).toBe(true);
      }
      // The same words as the beginning of a longer text are no label.
      expect(pageFacts(dom('<p><b>Frå</b> dato og klokkeslett for møtet</p>'), profiles).labels.size).toBe(0);
    });

    it('labels as the readers compare them: case, spacing, a colon, a required mark, aria-label', () => {
      expect(loaderSays(dom('<span>*  TENESTE :</span><span>VTA</span>'))).toBe(true);
      expect(loaderSays(dom('<div aria-label="Legal basis">§ 85</div>'))).toBe(true);
    });

    it('looks into open shadow roots, not into our own elements', () => {
      const document = dom('<nx-field></nx-field><saksvakt-panel-button></saksvakt-panel-button>');
      document.querySelector('saksvakt-panel-button')!.attachShadow({ mode: 'open' }).innerHTML = '<span>Teneste</span><span>x</span>';
      expect(loaderSays(document)).toBe(false);
      document.querySelector('nx-field')!.attachShadow({ mode: 'open' }).innerHTML = '<span>Ydelse</span><span>§ 85</span>';
      expect(loaderSays(document)).toBe(true);
    });

    it("a page no profile's URL matches is not looked at", () => {
      expect(mightBeOurs(pageFacts(dom('<span>Teneste</span>'), []), [])).toBe(false);
    });
  });
});
