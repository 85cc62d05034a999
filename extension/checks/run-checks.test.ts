import { describe, expect, it } from 'vitest';
import { journalFixture, nexusView } from '../../test/journal-fixtures.js';
import { BUILT_IN_PROFILES } from '../site-profiles/built-in-profiles.js';
import { detectPage, extractCase, extractRows } from '../extract/extract-case.js';
import { runChecks } from './run-checks.js';

const profile = (id: string) => BUILT_IN_PROFILES.find((entry) => entry.id === id)!;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('checks on the Profil decision page', () => {
  const document = journalFixture('profil-vedtak-vekstbedrift.html');
  const profil = profile('profil-vedtak');
  const page = detectPage(document, profil)!;
  const checks = runChecks(extractCase(document, page, profil), page, profil, { lang: 'en', today: '2025-11-22' });
  const texts = checks.badges.map((badge) => plain(badge.text));

  it('flags the 2023 cost mismatch at the cost field', () => {
    expect(checks.serviceId).toBe('vekstbedrift');
    // The page has a Til dato, so the period (and with it the end date) is part of the price.
    expect(checks.badges).toContainEqual({ check: 'funding', anchor: 'monthlyCost', tone: 'alert', text: expect.any(String), fields: ['service', 'start', 'end', 'places', 'monthlyCost'] });
    expect(texts).toContain('Monthly cost 22,317 differs from 2023 base 23,500.50');
  });

  it('flags the overdue evaluation report, the missing collaboration meeting and too few conversations, each at its field', () => {
    const byAnchor = Object.fromEntries(checks.badges.filter((badge) => badge.check === 'cadence').map((badge) => [badge.anchor, plain(badge.text)]));
    expect(byAnchor.lastEvaluationReport).toBe('Overdue since 20/03/2025: Yearly evaluation report to the allocation office');
    expect(byAnchor.lastCollaborationMeeting).toBe('Overdue since 12/02/2025: At least 1 collaboration meeting a year');
    expect(byAnchor.conversationsLast12Months).toMatch(/^Too few in the last 12 months \(1 recorded\)/);
  });

  it('speaks nynorsk when asked', () => {
    const nn = runChecks(extractCase(document, page, profil), page, profil, { lang: 'nn', today: '2025-11-22' });
    expect(plain(nn.badges.find((badge) => badge.check === 'funding')!.text)).toBe('Månadleg kostnad 22 317 avvik frå grunnlaget for 2023 på 23 500,50');
  });

  it('a value typed into the journal changes the check', () => {
    const input = document.querySelector<HTMLInputElement>('[name="ctl00$MainContent$txtKostnad"]')!;
    input.setAttribute('value', '23 500,50');
    const updated = runChecks(extractCase(document, page, profil), page, profil, { lang: 'en', today: '2025-11-22' });
    expect(updated.badges.find((badge) => badge.check === 'funding')!.tone).toBe('ok');
    input.setAttribute('value', '22 317');
  });
});

// Seed 000 § 8: "Kommunen nyttar her grunnfinansiering med til ei kvar tid gjeldand VTA sats + 50% tillegg."
describe('a vekstbedrift period that crosses a year ("til ei kvar tid gjeldand VTA sats")', () => {
  const profil = profile('profil-vedtak');
  const withPeriod = (from: string, to: string) => {
    const document = journalFixture('profil-vedtak-vekstbedrift.html');
    document.querySelector('[name="ctl00$MainContent$txtFraDato"]')!.setAttribute('value', from);
    document.querySelector('#ctl00_MainContent_txtTilDato')!.setAttribute('value', to);
    const page = detectPage(document, profil)!;
    return runChecks(extractCase(document, page, profil), page, profil, { lang: 'en', today: '2025-11-22' }).badges.filter((badge) => badge.check === 'funding');
  };

  it('shows each year\'s monthly base: December 2022 at 22 317, 2023 at 23 500,50', () => {
    const badges = withPeriod('01.12.2022', '31.03.2023');
    expect(badges.map((badge) => plain(badge.text))).toEqual([
      'The period crosses a year; each month at its own year\'s base: 2022: 22,317 · 2023: 23,500.50',
      'Monthly cost matches the 2022 base 22,317',
    ]);
  });

  it('a month in a year without a rate: no base at all, and the badge names that year', () => {
    const badges = withPeriod('01.03.2023', '29.02.2024');
    expect(badges).toEqual([expect.objectContaining({ tone: 'warn', text: 'No state rate for 2024 in the rule pack: enter it in the options' })]);
  });
});

describe('checks on the caseload list', () => {
  const document = journalFixture('caseload.html');
  const caseload = profile('caseload-list');
  const page = detectPage(document, caseload)!;
  const rows = extractRows(document, page, caseload).map(({ extracted }) => runChecks(extracted, page, caseload, { lang: 'nn', today: '2025-11-22' }));

  it('finds a service for every row and picks the pack by country', () => {
    expect(rows.filter((row) => !row.serviceId)).toEqual([]);
    expect(new Set(rows.map((row) => row.packId))).toEqual(new Set(['dk-vejle-voksen', 'no-alver-vekstbedrift']));
  });

  // Del 4, § 108: "Som minimum efter 3 måneder fra indflytning og derefter hvert eller hvert andet år"
  it('§ 108 developmental disability with no follow-up yet: the first is due 3 months after moving in', () => {
    const fresh = journalFixture('caseload.html');
    const row = [...fresh.querySelectorAll('tr')].find((tr) => tr.querySelector('td')?.textContent === '2019/1049')!;
    row.querySelectorAll('td')[6]!.textContent = '';
    const page = detectPage(fresh, caseload)!;
    const checked = extractRows(fresh, page, caseload).map(({ extracted }) => runChecks(extracted, page, caseload, { lang: 'da', today: '2024-10-01' }));
    const badge = checked.find((entry) => entry.serviceId === 'sel108-dd-own' && entry.badges.some((b) => b.text.includes('24.12.2024')));
    expect(badge?.badges.find((b) => b.check === 'cadence')?.text).toMatch(/24\.12\.2024.*3 måneder efter indflytning/);
  });

  it('puts a cadence badge on every row\'s last follow-up cell', () => {
    expect(rows.every((row) => row.badges.some((badge) => badge.check === 'cadence'))).toBe(true);
    expect(rows.filter((row) => row.badges.some((badge) => badge.tone === 'alert')).length).toBeGreaterThan(20);
  });
});

describe('checks on the Nexus case view', () => {
  const nexus = profile('nexus-forloeb');

  it('§ 85: overdue follow-up and the tier against the number of support areas', () => {
    const document = nexusView('/forloeb/85');
    const page = detectPage(document, nexus)!;
    const extracted = extractCase(document, page, nexus);
    expect(extracted.notFound.sort()).toEqual(['percent']);
    const checks = runChecks(extracted, page, nexus, { lang: 'da', today: '2025-11-22' });
    expect(checks.serviceId).toBe('sel85');
    expect(checks.badges.map((badge) => [badge.check, badge.anchor, badge.text])).toEqual([
      ['cadence', 'lastFollowUp', 'Overskredet siden 22.10.2025: Opfølgning ved fremmøde eller Teams; trin vurderes'],
      ['tier', 'tier', 'Trin 3 passer til 4 indsatser (3–4)'],
    ]);
  });

  it('§ 104: percentage as days, and the first follow-up due two years after the grant', () => {
    const document = nexusView('/forloeb/104');
    const page = detectPage(document, nexus)!;
    const checks = runChecks(extractCase(document, page, nexus), page, nexus, { lang: 'da', today: '2025-11-22' });
    expect(checks.serviceId).toBe('sel104');
    expect(checks.badges.map((badge) => badge.text)).toEqual([
      'Overskredet siden 01.09.2025: Personlig opfølgning hvert 2. år ved fælles møde med botilbud og dagtilbud',
      '60 % – 3 dage om ugen · Tilbydes ikke om fredagen.',
    ]);
  });
});
