import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate, toDate, toIsoDate } from './iso-date.js';

describe('ISO calendar dates', () => {
  it('round-trips', () => {
    for (const iso of ['2024-02-29', '2023-01-31', '1999-12-31', '2100-01-01']) expect(toIsoDate(toDate(iso))).toBe(iso);
  });

  describe('edge cases', () => {
    it.each(['2023-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2023-4-1', '01.03.2023', '', '2023-03-01T00:00'])('%j is not an ISO date', (value) => {
      expect(isIsoDate(value)).toBe(false);
    });
    it('days between dates of the first century are counted in that century, not in 19xx', () => {
      expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
      expect(daysBetween('0001-01-01', '1970-01-01')).toBe(719_162);
      expect(daysBetween('1999-12-31', '2000-01-01')).toBe(1);
    });
    it('non-strings are not dates', () => {
      expect(isIsoDate(20230301)).toBe(false);
      expect(isIsoDate(null)).toBe(false);
    });
  });
});
