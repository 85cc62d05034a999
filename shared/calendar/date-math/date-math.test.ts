import * as dateFns from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWeeks, addYears, differenceInCalendarDays, differenceInCalendarMonths } from './index.js';

// Local-midnight dates over the range the packs cover and beyond, leap days and month ends included.
const localDate = fc.date({ min: new Date(1990, 0, 1), max: new Date(2060, 11, 31), noInvalidDate: true }).map((date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()));
const amount = fc.integer({ min: -800, max: 800 });

describe('date-math: the same answers as date-fns', () => {
  for (const [name, ours, theirs] of [
    ['addDays', addDays, dateFns.addDays],
    ['addWeeks', addWeeks, dateFns.addWeeks],
    ['addMonths', addMonths, dateFns.addMonths],
    ['addYears', addYears, dateFns.addYears],
  ] as const) {
    it(name, () => {
      fc.assert(fc.property(localDate, amount, (date, count) => ours(date, count).getTime() === theirs(date, count).getTime()));
    });
  }
  it('differenceInCalendarDays and differenceInCalendarMonths', () => {
    fc.assert(
      fc.property(localDate, localDate, (a, b) => differenceInCalendarDays(a, b) === dateFns.differenceInCalendarDays(a, b) && differenceInCalendarMonths(a, b) === dateFns.differenceInCalendarMonths(a, b)),
    );
  });
});

describe('edge cases', () => {
  it('a day the target month lacks becomes its last day', () => {
    expect(addMonths(new Date(2024, 0, 31), 1)).toEqual(new Date(2024, 1, 29));
    expect(addMonths(new Date(2023, 0, 31), 1)).toEqual(new Date(2023, 1, 28));
    expect(addYears(new Date(2024, 1, 29), 1)).toEqual(new Date(2025, 1, 28));
    expect(addMonths(new Date(2024, 2, 31), -1)).toEqual(new Date(2024, 1, 29));
  });
  it('counts calendar days across a daylight-saving change and a year end', () => {
    expect(differenceInCalendarDays(new Date(2024, 2, 31), new Date(2024, 2, 30))).toBe(1);
    expect(differenceInCalendarDays(new Date(2024, 0, 1), new Date(2023, 11, 31))).toBe(1);
    expect(differenceInCalendarMonths(new Date(2024, 0, 1), new Date(2023, 11, 31))).toBe(1);
  });
  it('an amount that is not a number gives Invalid Date, and the input is never changed', () => {
    const date = new Date(2024, 4, 17);
    expect(Number.isNaN(addDays(date, NaN).getTime())).toBe(true);
    expect(Number.isNaN(addMonths(date, NaN).getTime())).toBe(true);
    addMonths(date, 3);
    addDays(date, 3);
    expect(date).toEqual(new Date(2024, 4, 17));
  });
});
