import { describe, expect, it } from 'vitest';
import { addPeriod } from './index.js';

describe('addPeriod', () => {
  it('adds calendar months, keeping the day', () => {
    expect(addPeriod('2025-01-15', { amount: 3, unit: 'months' })).toBe('2025-04-15');
  });

  it('adds weeks, days and years', () => {
    expect(addPeriod('2025-01-15', { amount: 12, unit: 'weeks' })).toBe('2025-04-09');
    expect(addPeriod('2025-01-15', { amount: 14, unit: 'days' })).toBe('2025-01-29');
    expect(addPeriod('2023-03-01', { amount: 2, unit: 'years' })).toBe('2025-03-01');
  });

  it('counts working days in the given country', () => {
    expect(addPeriod('2024-03-27', { amount: 3, unit: 'workingDays' }, 'DK')).toBe('2024-04-04');
  });

  describe('edge cases', () => {
    it('clamps to the end of a shorter month: 31 January + 1 month', () => {
      expect(addPeriod('2023-01-31', { amount: 1, unit: 'months' })).toBe('2023-02-28');
      expect(addPeriod('2024-01-31', { amount: 1, unit: 'months' })).toBe('2024-02-29');
      expect(addPeriod('2025-08-31', { amount: 6, unit: 'months' })).toBe('2026-02-28');
    });

    it('leap day + 1 year is 28 February', () => {
      expect(addPeriod('2024-02-29', { amount: 1, unit: 'years' })).toBe('2025-02-28');
      expect(addPeriod('2024-02-29', { amount: 12, unit: 'months' })).toBe('2025-02-28');
    });

    it('does not drift across daylight-saving changes', () => {
      expect(addPeriod('2025-03-29', { amount: 1, unit: 'days' })).toBe('2025-03-30');
      expect(addPeriod('2025-03-30', { amount: 1, unit: 'days' })).toBe('2025-03-31');
      expect(addPeriod('2025-10-25', { amount: 14, unit: 'days' })).toBe('2025-11-08');
    });

    it('refuses an invalid date', () => {
      expect(() => addPeriod('2025-13-01', { amount: 1, unit: 'days' })).toThrow(RangeError);
    });
  });
});
