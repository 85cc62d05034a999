import { describe, expect, it } from 'vitest';
import { builtInPacks } from '../../index.js';
import type { RulePack } from '../schema.js';
import { comparePacks } from './compare-packs.js';

const alver = builtInPacks['no-alver-vekstbedrift'];
const vejle = builtInPacks['dk-vejle-voksen'];
const copy = (pack: RulePack): RulePack => structuredClone(pack);
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('comparePacks', () => {
  it('finds nothing between a pack and its copy', () => {
    for (const pack of Object.values(builtInPacks)) expect(comparePacks(pack, copy(pack)).changes).toEqual([]);
  });

  it('the documented example: a changed percentage with both values and the source', () => {
    const newer = copy(alver);
    newer.funding!.vekstbedrift!.supplementPercent.value = 55;
    const { changes, counts } = comparePacks(alver, newer, { lang: 'nb' });
    expect(counts).toEqual({ changed: 1, added: 0, removed: 0, 'source-changed': 0 });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      key: 'funding.vekstbedrift.supplementPercent',
      kind: 'percent',
      change: 'changed',
      label: 'Plass hos vekstbedrift: påslag på grunnlaget',
      before: { value: 50, text: '50 %', pathText: 'funding.vekstbedrift.supplementPercent.value', source: { document: 'alver-retningslinje', section: '8. Økonomi' } },
      after: { value: 55, text: '55 %' },
    });
    expect(changes[0]!.after!.sourceText).toMatch(/^Kommunal retningslinje: .* \(Alver kommune\), 8\. Økonomi$/);
  });

  it('a new year\'s rate is added, a dropped one removed, a changed one changed — matched by year, not position', () => {
    const newer = copy(alver);
    const rates = newer.funding!.vekstbedrift!.stateRate.rates;
    const year2023 = rates.find((rate) => rate.year === 2023)!;
    year2023.amount = 15700;
    rates.splice(rates.findIndex((rate) => rate.year === 2016), 1);
    rates.unshift({ year: 2027, amount: 18000, source: { document: 'nav-vta-satser', section: 'Tilskotssatsar 2026 (+3,6 %)' } });
    const { changes } = comparePacks(alver, newer, { lang: 'en', kinds: ['rate'] });
    expect(changes.map((change) => [change.key, change.change, plain(change.before?.text), plain(change.after?.text)])).toEqual([
      ['funding.vekstbedrift.stateRate[2027]', 'added', undefined, 'NOK 18,000'],
      ['funding.vekstbedrift.stateRate[2016]', 'removed', 'NOK 12,532', undefined],
      ['funding.vekstbedrift.stateRate[2023]', 'changed', 'NOK 15,667', 'NOK 15,700'],
    ]);
    expect(changes[0]!.after!.pathText).toBe('funding.vekstbedrift.stateRate.rates[0].amount');
  });

  it('deadlines and cadences: a changed period in the reader\'s words', () => {
    const newer = copy(vejle);
    const service = newer.cadence!.services.find((entry) => entry.id === 'sel85')!;
    const rule = service.obligations.find((entry) => entry.kind === 'recurring')!;
    if (rule.kind !== 'recurring') throw new Error('test pack changed');
    const every = rule.every;
    rule.every = { amount: every.amount + 1, unit: every.unit };
    const [change] = comparePacks(vejle, newer, { lang: 'da' }).changes;
    expect(change).toMatchObject({ kind: 'deadline', change: 'changed', key: `cadence[sel85][${rule.id}].every`, after: { value: { amount: every.amount + 1, unit: every.unit } } });
    expect(change!.label).toMatch(/: derefter hver$/);
    expect(change!.after!.text).toMatch(/^\d+ (dag\(e\)|arbejdsdag\(e\)|uge\(r\)|måned\(er\)|år)$/);
  });

  it('tiers: a tier\'s hours and its day-rate multiplier', () => {
    const newer = copy(vejle);
    newer.tiers!.sel85!.levels[1]!.faceToFacePerWeek.hours += 0.5;
    newer.funding!.sel85!.multipliers[1]!.daysPerWeek += 1;
    const changes = comparePacks(vejle, newer, { lang: 'en' }).changes;
    expect(changes.map((change) => [change.kind, change.change])).toEqual([
      ['tier', 'changed'],
      ['tier', 'changed'],
    ]);
    expect(changes.some((change) => /days of the day rate per week$/.test(change.label))).toBe(true);
  });

  describe('edge cases', () => {
    it('reordering a list changes nothing', () => {
      const newer = copy(vejle);
      newer.cadence!.services.reverse();
      newer.limits!.reverse();
      expect(comparePacks(vejle, newer).changes).toEqual([]);
    });

    it('the same figure with another source is reported as a changed source', () => {
      const newer = copy(alver);
      newer.funding!.vekstbedrift!.noticePeriod.source = { document: 'alver-ko-150-22', section: 'Økonomi' };
      const [change] = comparePacks(alver, newer).changes;
      expect(change).toMatchObject({ change: 'source-changed', kind: 'deadline', before: { text: '3 month(s)' }, after: { text: '3 month(s)', source: { document: 'alver-ko-150-22' } } });
    });

    it('a whole part dropped lists each of its figures as removed', () => {
      const newer = copy(vejle);
      delete newer.limits;
      const { changes, counts } = comparePacks(vejle, newer);
      expect(counts.removed).toBe(changes.length);
      expect(changes.every((change) => change.kind === 'limit' && change.after === undefined)).toBe(true);
      expect(changes.length).toBeGreaterThan(0);
    });

    it('an optional figure appearing is added', () => {
      const newer = copy(vejle);
      const limit = newer.limits!.find((entry) => entry.usualMax === undefined)!;
      limit.usualMax = 99;
      const [change] = comparePacks(vejle, newer).changes;
      expect(change).toMatchObject({ change: 'added', key: `limits[${limit.id}].usualMax`, after: { value: 99 } });
    });

    it('comparing two different packs does not throw and lists figures of both', () => {
      const { counts } = comparePacks(alver, vejle);
      expect(counts.added).toBeGreaterThan(0);
      expect(counts.removed).toBeGreaterThan(0);
    });
  });
});
