import { describe, expect, it } from 'vitest';
import { addWorkingDays, easterSunday, isWorkingDay, publicHolidays } from './index.js';

describe('easterSunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, date) => expect(easterSunday(year)).toBe(date));
});

describe('publicHolidays', () => {
  it('Norway 2025: 1 and 17 May, the Easter-based days and Christmas', () => {
    expect([...publicHolidays(2025, 'NO').keys()].sort()).toEqual([
      '2025-01-01', '2025-04-17', '2025-04-18', '2025-04-20', '2025-04-21', '2025-05-01',
      '2025-05-17', '2025-05-29', '2025-06-08', '2025-06-09', '2025-12-25', '2025-12-26',
    ]);
  });

  it('Denmark keeps Store Bededag until 2023 and drops it from 2024', () => {
    expect(publicHolidays(2023, 'DK').get('2023-05-05')?.id).toBe('great-prayer-day');
    expect([...publicHolidays(2024, 'DK').values()].map((rule) => rule.id)).not.toContain('great-prayer-day');
  });

  it('Denmark has neither 1 May, 5 June nor 24 December as a holiday', () => {
    for (const date of ['2025-05-01', '2025-06-05', '2025-12-24']) expect(isWorkingDay(date, 'DK')).toBe(true);
    expect(isWorkingDay('2025-05-01', 'NO')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('skips a weekend', () => {
    expect(addWorkingDays('2025-01-09', 3, 'DK')).toBe('2025-01-14');
  });

  it('skips Easter in Denmark: a Wednesday arrival before Easter 2024 gives the Thursday after', () => {
    expect(addWorkingDays('2024-03-27', 3, 'DK')).toBe('2024-04-04');
  });

  it('Store Bededag 2023 was not a working day; the same Friday in 2024 is', () => {
    expect(addWorkingDays('2023-05-04', 1, 'DK')).toBe('2023-05-08');
    expect(addWorkingDays('2024-04-25', 1, 'DK')).toBe('2024-04-26');
  });

  it('counts Norway\'s 17 May and Ascension Day as holidays', () => {
    // 2023: 17 May is a Wednesday, Ascension 18 May.
    expect(addWorkingDays('2023-05-16', 1, 'NO')).toBe('2023-05-19');
    expect(addWorkingDays('2023-05-16', 1, 'DK')).toBe('2023-05-17');
  });

  describe('edge cases', () => {
    it('zero working days is the same date, even on a holiday', () => {
      expect(addWorkingDays('2025-12-25', 0, 'NO')).toBe('2025-12-25');
    });

    it('crosses a year end with its holidays', () => {
      expect(addWorkingDays('2025-12-23', 2, 'NO')).toBe('2025-12-29');
      expect(addWorkingDays('2025-12-31', 1, 'DK')).toBe('2026-01-02');
    });

    it('refuses an invalid date or count', () => {
      expect(() => addWorkingDays('2025-02-30', 1, 'NO')).toThrow(RangeError);
      expect(() => addWorkingDays('2025-02-03', -1, 'NO')).toThrow(RangeError);
      expect(() => addWorkingDays('2025-02-03', 1.5, 'NO')).toThrow(RangeError);
    });
  });
});
