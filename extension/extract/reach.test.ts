import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { journalFixture } from '../../test/journal-fixtures.js';
import { runChecks } from '../checks/run-checks.js';
import { GENERIC_PROFILE } from '../site-profiles/generic-profile.js';
import type { PageProfile } from '../site-profiles/schema.js';
import { candidatePages, extractCase, extractRows, hasRequiredFields, listTotal, pageScope, type ExtractedCase } from './extract-case.js';
import { normalizeLabel } from './locate.js';

const genericCase = GENERIC_PROFILE.pages.find((page) => page.id === 'generic-case')!;
const genericList = GENERIC_PROFILE.pages.find((page) => page.id === 'generic-list')!;
const values = (extracted: ExtractedCase) => Object.fromEntries(Object.entries(extracted.fields).map(([name, field]) => [name, field!.value]));

/** The case the generic profile reads on a page, as the content script picks it. */
function readGeneric(document: Document): { page: PageProfile; extracted: ExtractedCase } | undefined {
  for (const page of candidatePages(document, GENERIC_PROFILE)) {
    if (page.kind === 'list') {
      const rows = extractRows(document, page, GENERIC_PROFILE);
      if (rows.some(({ extracted }) => hasRequiredFields(extracted, page))) return { page, extracted: rows[0]!.extracted };
      continue;
    }
    const extracted = extractCase(pageScope(document, page), page, GENERIC_PROFILE);
    if (hasRequiredFields(extracted, page)) return { page, extracted };
  }
  return undefined;
}

const dom = (html: string) => parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as Document;

describe('the generic profile on pages no site profile knows', () => {
  it('nynorsk Profil content frame: th labels with colon and required mark, kr 22 317,-, month names', () => {
    const read = readGeneric(journalFixture('profil-ramme-vedtak.html'))!;
    expect(read.page.id).toBe('generic-case');
    expect(values(read.extracted)).toMatchObject({
      caseNumber: '2022/0412',
      service: 'VTA – plass hjå vekstbedrift',
      start: '2023-03-01',
      places: 1,
      monthlyCost: 22317,
      lastEvaluationReport: '2024-02-14',
      lastCollaborationMeeting: '2024-03-03',
      conversationsLast12Months: 2,
    });
    expect(read.extracted.unreadable).toEqual([]);
    expect(read.extracted.fields.start!.element.getAttribute('name')).toBe('F_FRADATO');
  });

  it('nynorsk: the 2022 price differs from the 2023 base, and the evaluation report is due a year after 14 February 2024', () => {
    const read = readGeneric(journalFixture('profil-ramme-vedtak.html'))!;
    const checks = runChecks(read.extracted, read.page, GENERIC_PROFILE, { lang: 'nn', today: '2025-06-01' });
    expect(checks.packId).toBe('no-alver-vekstbedrift');
    const texts = checks.badges.map((badge) => badge.text.replace(/[\u00a0\u202f]/g, ' '));
    expect(texts).toContain('Månadleg kostnad 22 317 avvik frå grunnlaget for 2023 på 23 500,50');
    expect(texts.some((text) => /Forfalle sidan 14\.02\.2025: Årleg evalueringsrapport/.test(text))).toBe(true);
    const cost = checks.badges.find((badge) => badge.check === 'funding')!;
    expect(cost.fields).toEqual(['service', 'start', 'places', 'monthlyCost']);
  });

  it('bokmål legacy layout: span pairs, read-only text after <b>, dl, aria-labelledby, aria-describedby', () => {
    const read = readGeneric(journalFixture('profil-bokmal-vedtak.html'))!;
    expect(values(read.extracted)).toMatchObject({
      caseNumber: '2021/0733',
      service: 'Arbeid i vekstbedrift (VTA)',
      start: '2023-03-01',
      places: 1,
      monthlyCost: 22317,
      planReceived: '2023-04-15',
      lastEvaluationReport: '2024-03-15',
      lastCollaborationMeeting: '2024-02-12',
      conversationsLast12Months: 3,
    });
    const checks = runChecks(read.extracted, read.page, GENERIC_PROFILE, { lang: 'nb', today: '2024-06-01' });
    expect(checks.badges.map((badge) => badge.text.replace(/[\u00a0\u202f]/g, ' '))).toContain('Månedlig kostnad 22 317 avviker fra grunnlaget for 2023 på 23 500,50');
  });

  it('never reads the national identity number or the name', () => {
    for (const name of ['profil-ramme-vedtak.html', 'profil-bokmal-vedtak.html']) {
      const read = readGeneric(journalFixture(name))!;
      const texts = Object.values(read.extracted.fields).map((field) => field!.text).join(' ');
      expect(texts).not.toMatch(/020290|150375|Testbrukar|Testbruker/);
    }
  });

  it('a frameset shell and a page without case fields are no case', () => {
    expect(readGeneric(journalFixture('profil-ramme-skal.html'))).toBeUndefined();
    expect(readGeneric(journalFixture('profil-ramme-meny.html'))).toBeUndefined();
  });
});

describe('open shadow roots (Danish)', () => {
  it('finds fields inside nested open shadow roots tied by aria-labelledby', () => {
    const document = dom('<nx-shell></nx-shell>');
    const shell = document.querySelector('nx-shell')!.attachShadow({ mode: 'open' });
    shell.innerHTML = '<main><nx-card></nx-card></main>';
    const card = shell.querySelector('nx-card')!.attachShadow({ mode: 'open' });
    for (const [label, value] of [['Paragraf', 'Serviceloven § 85'], ['Støtteniveau', 'Trin 3'], ['Antal indsatser', '4'], ['Bevilget fra', '15-01-2025'], ['Seneste opfølgning', '22. april 2025']]) {
      const field = document.createElement('nx-field');
      card.append(field);
      const root = field.attachShadow({ mode: 'open' });
      root.innerHTML = `<div><span id="k">${label}</span><span aria-labelledby="k">${value}</span></div>`;
    }
    const read = readGeneric(document)!;
    expect(values(read.extracted)).toMatchObject({ service: 'Serviceloven § 85', tier: 'Trin 3', supportAreaCount: 4, start: '2025-01-15', lastFollowUp: '2025-04-22' });
    const checks = runChecks(read.extracted, read.page, GENERIC_PROFILE, { lang: 'da', today: '2025-11-22' });
    expect(checks.packId).toBe('dk-vejle-voksen');
    expect(checks.badges.map((badge) => badge.text)).toContain('Trin 3 passer til 4 indsatser (3–4)');
  });
});

describe('ARIA grids (English labels)', () => {
  const grid = (rows: string[][]) =>
    dom(`<div role="grid" aria-rowcount="501">
      <div role="row"><span role="columnheader" aria-colindex="1">Case</span><span role="columnheader" aria-colindex="2">Legal basis</span><span role="columnheader" aria-colindex="4">Start date:</span><span role="columnheader" aria-colindex="5">Last follow-up *</span></div>
      ${rows.map((cells) => `<div role="row">${cells.map((text, i) => `<span role="gridcell" aria-colindex="${[1, 2, 4, 5][i]}">${text}</span>`).reverse().join('')}</div>`).join('')}
    </div>`);

  it('reads columns by header text and aria-colindex, whatever the cells\' order', () => {
    const document = grid([
      ['2025/1', 'Serviceloven § 97', '1 March 2023', 'February 14, 2025'],
      ['2025/2', 'Serviceloven § 97', '2023-03-01', '14 Feb 2025'],
    ]);
    const rows = extractRows(document, genericList, GENERIC_PROFILE);
    expect(rows).toHaveLength(2);
    expect(rows.map(({ extracted }) => values(extracted))).toEqual([
      { caseNumber: '2025/1', service: 'Serviceloven § 97', start: '2023-03-01', lastFollowUp: '2025-02-14' },
      { caseNumber: '2025/2', service: 'Serviceloven § 97', start: '2023-03-01', lastFollowUp: '2025-02-14' },
    ]);
    expect(listTotal(rows[0]!.row)).toBe(500);
  });
});

describe('forgiving labels', () => {
  it.each([
    ['Frå dato:', 'frå dato'],
    ['  FRA   DATO *', 'fra dato'],
    ['* Bevilget fra', 'bevilget fra'],
    ['Start date (required)', 'start date'],
    ['Månadleg\u00a0kostnad :', 'månadleg kostnad'],
  ])('%j → %j', (text, expected) => expect(normalizeLabel(text)).toBe(expected));

  describe('edge cases', () => {
    it('a label with no value beside it is not found, and a wrapper holding only the label is not taken for it', () => {
      const document = dom('<div><div><span>Teneste</span></div></div><p>Frå dato</p>');
      const extracted = extractCase(document, genericCase, GENERIC_PROFILE);
      expect(extracted.fields.service).toBeUndefined();
      expect(extracted.fields.start).toBeUndefined();
      expect(extracted.notFound).toContain('start');
    });
  });
});

describe('never silently wrong: a check whose input could not be read says so and computes nothing', () => {
  const page = (cost: string, evaluation: string, lang: string) =>
    dom(`<div lang="${lang}"><dl>
      <dt>Tjeneste</dt><dd>Arbeid i vekstbedrift</dd>
      <dt>Fra dato</dt><dd>01.03.2023</dd>
      <dt>Månedlig kostnad</dt><dd>${cost}</dd>
      <dt>Siste evalueringsrapport</dt><dd>${evaluation}</dd>
    </dl></div>`);

  it.each([
    ['nb', 'ca. 22 000', 'Kunne ikke lese Månedlig kostnad: «ca. 22 000» – ikke kontrollert'],
    ['nn', '22 317 / 23 500', 'Kunne ikkje lese Månadleg kostnad: «22 317 / 23 500» – ikkje kontrollert'],
    ['da', '22.317 eller 23.500', 'Kunne ikke læse Månedlig udgift: »22.317 eller 23.500« – ikke tjekket'],
    ['en', 'see note', 'Could not read Monthly cost: “see note” – not checked'],
  ] as const)('%s: an unreadable cost (%j) gives no base or comparison', (lang, cost, message) => {
    const read = readGeneric(page(cost, '20.03.2024', lang))!;
    expect(read.extracted.unreadable).toEqual(['monthlyCost']);
    const checks = runChecks(read.extracted, read.page, GENERIC_PROFILE, { lang, today: '2024-06-01' });
    const funding = checks.badges.filter((badge) => badge.check === 'funding');
    expect(funding).toEqual([{ check: 'funding', anchor: 'monthlyCost', tone: 'warn', text: message, fields: ['monthlyCost'] }]);
  });

  it.each([
    ['nb', 'februar 2023', 'Kunne ikke lese Siste evalueringsrapport: «februar 2023» – ikke kontrollert'],
    ['nn', '14.02', 'Kunne ikkje lese Siste evalueringsrapport: «14.02» – ikkje kontrollert'],
    ['da', '31.02.2023', 'Kunne ikke læse Seneste evalueringsrapport: »31.02.2023« – ikke tjekket'],
    ['en', 'Q1 2023', 'Could not read Last evaluation report: “Q1 2023” – not checked'],
  ] as const)('%s: an unreadable date (%j) gives no deadline from another date', (lang, evaluation, message) => {
    const read = readGeneric(page('23 500,50', evaluation, lang))!;
    const checks = runChecks(read.extracted, read.page, GENERIC_PROFILE, { lang, today: '2024-06-01' });
    const cadence = checks.badges.filter((badge) => badge.check === 'cadence');
    expect(cadence).toEqual([{ check: 'cadence', anchor: 'lastEvaluationReport', tone: 'warn', text: message, fields: ['lastEvaluationReport'] }]);
    expect(checks.caseInput).toBeUndefined();
  });
});
