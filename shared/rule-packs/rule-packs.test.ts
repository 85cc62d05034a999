import { describe, expect, it } from 'vitest';
import { builtInPacks, parseRulePack } from '../index.js';

const alver = builtInPacks['no-alver-vekstbedrift'];
const vejle = builtInPacks['dk-vejle-voksen'];
const molde = builtInPacks['no-molde-arbeid-aktivitet'];

describe('built-in rule packs', () => {
  it('each passes parseRulePack, the validation custom packs go through', () => {
    for (const pack of Object.values(builtInPacks)) expect(parseRulePack(pack).errors).toEqual([]);
  });

  it('every source cites a section that exists in its document\'s list of sections', () => {
    const citesSection = (section: string, sections: readonly string[]) =>
      sections.some((heading) => section === heading || [' – ', ': ', ', ', ' ('].some((separator) => section.startsWith(heading + separator)));
    for (const pack of Object.values(builtInPacks)) {
      const cited: { path: string; document: string; section: string }[] = [];
      const visit = (node: unknown, path: string): void => {
        if (Array.isArray(node)) node.forEach((child, index) => visit(child, `${path}[${index}]`));
        else if (node && typeof node === 'object') {
          for (const [key, child] of Object.entries(node)) {
            if (key === 'documents') continue;
            const ref = child as { document?: unknown; section?: unknown };
            if (ref && typeof ref === 'object' && typeof ref.document === 'string' && typeof ref.section === 'string') cited.push({ path: `${path}.${key}`, document: ref.document, section: ref.section });
            visit(child, `${path}.${key}`);
          }
        }
      };
      visit(pack, pack.id);
      expect(cited.length).toBeGreaterThan(0);
      const wrong = cited.filter(({ document, section }) => !citesSection(section, (pack.documents as Record<string, { sections?: string[] }>)[document]?.sections ?? []));
      expect(wrong).toEqual([]);
    }
  });

  it('the section check fails for a section the document does not have', () => {
    const sections = builtInPacks['dk-vejle-voksen'].documents['vejle-kvalitetsstandard-2023']!.sections!;
    expect(sections).toContain('Bilag 4 – Opfølgningskadence');
    expect(sections.some((heading) => 'Bilag 9 – Opfølgningskadence'.startsWith(heading))).toBe(false);
  });

  it('are all present under their ids', () => {
    expect(Object.keys(builtInPacks).sort()).toEqual(['dk-vejle-voksen', 'no-alver-vekstbedrift', 'no-molde-arbeid-aktivitet']);
    for (const [id, pack] of Object.entries(builtInPacks)) expect(pack.id).toBe(id);
  });

  describe('Alver (seed 000, 001, 002 and NAV rates)', () => {
    const vekstbedrift = alver.funding!.vekstbedrift!;
    const rate = (year: number) => vekstbedrift.stateRate.rates.find((entry) => entry.year === year);

    it('holds the VTA rates of the reference, 2022 from the guideline itself', () => {
      expect(rate(2016)?.amount).toBe(12532);
      expect(rate(2018)?.amount).toBe(13231);
      expect(rate(2022)?.amount).toBe(14878);
      expect(rate(2022)?.source).toMatchObject({ document: 'alver-retningslinje', section: '8. Økonomi' });
      expect(rate(2025)?.amount).toBe(16848);
      expect(rate(2026)?.amount).toBe(17455);
    });

    it('keeps the 2023 revision for the whole year, with the first announcement superseded', () => {
      expect(rate(2023)?.amount).toBe(15667);
      expect(rate(2023)?.supersedes?.map((entry) => entry.amount)).toEqual([15324]);
      expect(rate(2023)?.source.note?.en).toMatch(/whole year/);
    });

    it('leaves the years without a published rate missing, never interpolated', () => {
      for (const year of [2017, 2019, 2020, 2021, 2024]) expect(rate(year)).toBeUndefined();
    });

    it('holds the supplement, staffing, decision date, notice, budget frame and co-financing', () => {
      expect(vekstbedrift.supplementPercent.value).toBe(50);
      expect(vekstbedrift.staffing).toMatchObject({ staff: 1, participants: 5 });
      expect(vekstbedrift.guidelineFrom.date).toBe('2022-11-24');
      expect(vekstbedrift.noticePeriod).toMatchObject({ amount: 3, unit: 'months' });
      expect(vekstbedrift.budgetFrames).toEqual([expect.objectContaining({ year: 2022, amount: 6934000, persons: 24 })]);
      expect(vekstbedrift.navCoFinancing.minimumPercent).toBe(25);
    });

    it('holds the 13-step ladder with its category ranges as data, the ambiguity noted', () => {
      const ladder = alver.tiers!.ladder!;
      expect(ladder.steps.map((step) => step.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
      expect(ladder.categories.map((category) => [category.fromStep, category.toStep])).toEqual([[1, 3], [4, 7], [8, 11], [12, 13]]);
      expect(ladder.source.note?.en).toMatch(/one reading/);
      expect(ladder.placements).toEqual([expect.objectContaining({ service: 'vekstbedrift', step: 4 })]);
    });
  });

  describe('Vejle (seed 004)', () => {
    const levels = vejle.tiers!.sel85!.levels;
    const level = (id: string) => levels.find((entry) => entry.id === id)!;

    it('holds Bilag 1: gross and face-to-face time per tier as written', () => {
      expect(level('trin-3').grossPerWeek).toEqual({ hours: 4.1, asWritten: '4 t og 6 min' });
      expect(level('trin-3').faceToFacePerWeek).toEqual({ hours: 2.8, asWritten: '2 t og 48 min' });
      expect(level('trin-1').grossPerWeek).toEqual({ hours: 1.06, asWritten: '1 t og 2 min' });
      expect(level('trin-5').faceToFacePerWeek.hours).toBe(5.6);
      expect(levels.map((entry) => [entry.supportAreas.min, entry.supportAreas.max])).toEqual([[1, 2], [2, 3], [3, 4], [4, 5], [5, 6]]);
    });

    it('holds the Bilag 2 multipliers', () => {
      const multipliers = vejle.funding!.sel85!.multipliers.map((entry) => [entry.tier, entry.daysPerWeek]);
      expect(multipliers).toEqual([['trin-1', 3.5], ['trin-2', 7], ['trin-3', 14], ['trin-4', 21], ['trin-5', 28]]);
      expect(vejle.funding!.sel85!.weeksPerYear.value).toBe(52);
    });

    it('holds Bilag 3: § 104 80 % is 4 days and full time, no Fridays; § 103 50/100 %', () => {
      const sel104 = vejle.tiers!.dayServices!.find((service) => service.id === 'sel104')!;
      expect(sel104.options.find((option) => option.percent === 80)).toMatchObject({ daysPerWeek: 4, fullTime: true, offeredOnFridays: false });
      expect(sel104.options.map((option) => option.percent)).toEqual([40, 50, 60, 70, 80]);
      const sel103 = vejle.tiers!.dayServices!.find((service) => service.id === 'sel103')!;
      expect(sel103.options.map((option) => [option.percent, option.daysPerWeek])).toEqual([[50, 2.5], [100, 5]]);
    });

    it('holds § 97 and § 109 amounts, with the § 97 conflict visible', () => {
      const sel97 = vejle.funding!.sel97!;
      expect(sel97.hoursPerMonth.value).toBe(15);
      expect(sel97.savedHoursLapseAfter).toMatchObject({ amount: 6, unit: 'months' });
      const municipal = sel97.expenseAmounts.find((entry) => entry.basis === 'municipal')!;
      expect(municipal).toMatchObject({ year: 2022, amount: 974 });
      expect(municipal.source.note?.en).toMatch(/948/);
      expect(vejle.funding!.sel109!.ownPaymentPerDay.find((entry) => entry.year === 2023)?.amount).toBe(93.38);
    });

    it('covers every row of Bilag 4, the § 103 assessment module and the § 109 complaint deadlines', () => {
      const ids = vejle.cadence!.services.map((service) => service.id);
      expect(ids).toEqual(['sel82ab', 'sel84', 'sel85', 'sel97', 'sel100', 'sel102', 'sel103', 'sel103-assessment', 'sel104', 'sel107', 'sel108-dd-own', 'sel108-dd-other', 'sel108-asf-abi', 'sel108-psych', 'sel109', 'sel109-complaint', 'sel110']);
    });

    it('holds the support-area catalogue of Del 3', () => {
      expect(vejle.tiers!.supportAreas!.length).toBe(16);
    });
  });

  it('Molde: written answer to a complaint within 2 weeks', () => {
    const rule = molde.cadence!.services[0]!.obligations[0]!;
    expect(rule).toMatchObject({ kind: 'deadline', after: { amount: 2, unit: 'weeks' } });
  });

  it('every figure names a document the pack lists, with a section', () => {
    for (const pack of Object.values(builtInPacks)) {
      const sources: { document: string; section: string }[] = [];
      JSON.stringify(pack, (key, value) => {
        if (key === 'source') sources.push(value);
        return value;
      });
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect(pack.documents).toHaveProperty(source.document);
        expect(source.section.length).toBeGreaterThan(0);
      }
    }
  });
});
