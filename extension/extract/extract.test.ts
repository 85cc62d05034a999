import { describe, expect, it } from 'vitest';
import { journalFixture } from '../../test/journal-fixtures.js';
import { BUILT_IN_PROFILES } from '../site-profiles/built-in-profiles.js';
import { countMatches } from './locate.js';
import { detectPage, extractCase, extractRows } from './extract-case.js';
import { readDate, readNumber } from './read-values.js';

const profile = (id: string) => BUILT_IN_PROFILES.find((entry) => entry.id === id)!;

describe('reading the Profil decision page', () => {
  const document = journalFixture('profil-vedtak-vekstbedrift.html');
  const profil = profile('profil-vedtak');
  const page = detectPage(document, profil)!;

  it('detects the page kind', () => {
    expect(page.id).toBe('vedtak-vekstbedrift');
    expect(detectPage(document, profile('nexus-forloeb'))).toBeUndefined();
  });

  it('reads every field by its label, with the journal\'s date and number formats', () => {
    const extracted = extractCase(document, page, profil);
    const values = Object.fromEntries(Object.entries(extracted.fields).map(([name, field]) => [name, field!.value]));
    expect(values).toEqual({
      caseNumber: '2023/1187',
      service: 'Velferds- og arbeidsrelatert oppgåve – plass hjå vekstbedrift',
      decisionDate: '2023-02-01',
      start: '2023-03-01',
      end: undefined,
      places: 1,
      monthlyCost: 22317,
      planReceived: '2023-04-15',
      lastEvaluationReport: '2024-03-20',
      lastCollaborationMeeting: '2024-02-12',
      conversationsLast12Months: 1,
    });
    expect(extracted.notFound).toEqual([]);
    expect(extracted.unreadable).toEqual([]);
    expect(extracted.fields.monthlyCost!.element.getAttribute('name')).toBe('ctl00$MainContent$txtKostnad');
  });

  it('each locator finds exactly one element on the saved page', () => {
    for (const [name, spec] of Object.entries(page.fields)) {
      for (const locator of spec!.locators) {
        expect(countMatches(document, locator), `${name} ${JSON.stringify(locator)}`).toBe(1);
      }
    }
  });

  it('never reads the national identity number or the name (no locator for them)', () => {
    const extracted = extractCase(document, page, profil);
    const texts = Object.values(extracted.fields).map((field) => field!.text).join(' ');
    expect(texts).not.toContain('010180 99887');
    expect(texts).not.toContain('Testbrukar');
  });
});

describe('reading the caseload list', () => {
  const document = journalFixture('caseload.html');
  const caseload = profile('caseload-list');
  const page = detectPage(document, caseload)!;
  const rows = extractRows(document, page, caseload);

  it('reads all 60 rows', () => {
    expect(page.id).toBe('caseload');
    expect(rows).toHaveLength(60);
    expect(rows.every(({ extracted }) => extracted.notFound.length === 0)).toBe(true);
  });

  it('reads dates and leaves an empty last follow-up empty', () => {
    const first = rows[0]!.extracted.fields;
    expect(first.caseNumber!.value).toBe('2019/1000');
    expect(first.start!.value).toBe('2020-07-19');
    expect(first.lastFollowUp!.value).toBe('2021-09-03');
    const empty = rows.find(({ extracted }) => extracted.fields.caseNumber!.value === '2023/1018')!;
    expect(empty.extracted.fields.lastFollowUp!.value).toBeUndefined();
    expect(rows.some(({ extracted }) => extracted.unreadable.length > 0)).toBe(false);
  });

  it('column locators match one cell per row', () => {
    for (const { row } of rows.slice(0, 5)) {
      for (const spec of Object.values(page.fields)) expect(countMatches(row, spec!.locators[0]!)).toBe(1);
    }
  });
});

describe('read-values', () => {
  const profil = profile('profil-vedtak');
  const nexus = profile('nexus-forloeb');
  it('numbers as journals write them', () => {
    expect(readNumber('22 317', profil)).toBe(22317);
    expect(readNumber('23 500,50', profil)).toBe(23500.5);
    expect(readNumber('22.317', nexus)).toBe(22317);
    expect(readNumber('60 %', nexus)).toBe(60);
  });

  describe('edge cases', () => {
    it('empty placeholders are empty; text that is no number or date is unreadable (null)', () => {
      expect(readNumber('—', profil)).toBeUndefined();
      expect(readNumber('to', profil)).toBeNull();
      expect(readDate('', profil)).toBeUndefined();
      expect(readDate('—', nexus)).toBeUndefined();
      expect(readDate('31.02.2023', profil)).toBeNull();
    });
  });
});
