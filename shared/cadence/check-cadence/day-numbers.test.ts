import { describe, expect, it } from 'vitest';
import { addPeriod, type Period } from '../../calendar/add-period/index.js';
import { daysBetween, toIsoDate } from '../../calendar/iso-date.js';
import { HELD_RECORDS, ANCHORS } from '../../rule-pack/vocabulary.js';
import { addCalendarPeriod, dayOfIso, isoOfDay } from './day-numbers.js';
import { ANCHORS_READ_BY_NAME, HELD_RECORDS_READ_BY_NAME, RULE_KEYS } from './index.js';
import { obligationRuleSchema } from '../../rule-pack/schema.js';

const PERIODS: Period[] = [
  { amount: 1, unit: 'days' },
  { amount: 30, unit: 'days' },
  { amount: 2, unit: 'weeks' },
  { amount: 1, unit: 'months' },
  { amount: 3, unit: 'months' },
  { amount: 6, unit: 'months' },
  { amount: 13, unit: 'months' },
  { amount: 1, unit: 'years' },
  { amount: 3, unit: 'years' },
];

/** Every day from `from` for `count` days, as ISO dates. */
function days(from: string, count: number): string[] {
  const start = new Date(`${from}T00:00:00Z`).getTime();
  return Array.from({ length: count }, (_, index) => new Date(start + index * 86_400_000).toISOString().slice(0, 10));
}

describe('day numbers', () => {
  it('count days as daysBetween does, and write them back as toIsoDate does (1999–2041, every day)', () => {
    for (const iso of days('1999-01-01', 43 * 366)) {
      expect(dayOfIso(iso)).toBe(daysBetween('1970-01-01', iso));
      expect(isoOfDay(dayOfIso(iso))).toBe(iso);
    }
  });

  it('add calendar periods as addPeriod does (2015–2032, every day, each period)', () => {
    for (const iso of days('2015-01-01', 18 * 366)) {
      for (const period of PERIODS) expect(isoOfDay(addCalendarPeriod(iso, period)!), `${iso} + ${period.amount} ${period.unit}`).toBe(addPeriod(iso, period));
    }
  });

  it('leave working days to addPeriod (they need the holidays)', () => {
    expect(addCalendarPeriod('2025-01-01', { amount: 5, unit: 'workingDays' })).toBeUndefined();
  });

  describe('edge cases', () => {
    it('leap days, month ends and the turn of a century', () => {
      for (const iso of ['2024-02-29', '2023-01-31', '2100-02-28', '2000-02-29', '1900-02-28', '2099-12-31']) {
        for (const period of PERIODS) expect(isoOfDay(addCalendarPeriod(iso, period)!), `${iso} + ${period.amount} ${period.unit}`).toBe(addPeriod(iso, period));
      }
    });

    it('years before 1900 and after 2199 (outside the table of strings) and below 100', () => {
      for (const iso of ['0005-03-31', '0099-12-31', '0400-02-29', '1582-10-10', '1899-12-31', '2200-01-01', '9999-11-30']) {
        for (const period of PERIODS) expect(isoOfDay(addCalendarPeriod(iso, period)!), `${iso} + ${period.amount} ${period.unit}`).toBe(addPeriod(iso, period));
      }
      expect(isoOfDay(dayOfIso('9999-12-31') + 1)).toBe(toIsoDate(new Date(10_000, 0, 1)));
    });

    it('the caseload checker reads every field of the vocabulary by name, and every field of a rule', () => {
      expect([...ANCHORS_READ_BY_NAME].sort()).toEqual([...ANCHORS].sort());
      // Every field a rule of any kind may have is copied into the uniform shape the checks read.
      const ruleFields = new Set(obligationRuleSchema.options.flatMap((option) => Object.keys(option.shape)));
      expect([...RULE_KEYS].sort()).toEqual([...ruleFields].sort());
      expect([...HELD_RECORDS_READ_BY_NAME].sort()).toEqual([...HELD_RECORDS].sort());
    });
  });
});
