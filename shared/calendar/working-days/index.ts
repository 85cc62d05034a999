import { addDays } from '../date-math/index.js';
import { toDate, toIsoDate, isIsoDate, type IsoDate } from '../iso-date.js';
import { HOLIDAY_CALENDARS, type Country, type HolidayRule } from './holiday-calendars.js';

export { HOLIDAY_CALENDARS, type Country, type HolidayRule } from './holiday-calendars.js';

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 *
 * @example easterSunday(2024) //=> '2024-03-31'
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<string, Map<IsoDate, HolidayRule>>();

/** The public holidays of one year in one country, by date. */
export function publicHolidays(year: number, country: Country): Map<IsoDate, HolidayRule> {
  const key = `${country}${year}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;
  const easter = toDate(easterSunday(year));
  const byDate = new Map<IsoDate, HolidayRule>();
  for (const rule of HOLIDAY_CALENDARS[country].holidays) {
    if (rule.fromYear !== undefined && year < rule.fromYear) continue;
    if (rule.untilYear !== undefined && year > rule.untilYear) continue;
    const date = rule.fixed
      ? toIsoDate(new Date(year, rule.fixed.month - 1, rule.fixed.day))
      : toIsoDate(addDays(easter, rule.easterOffset ?? 0));
    byDate.set(date, rule);
  }
  holidayCache.set(key, byDate);
  return byDate;
}

/** True for Monday–Friday days that are not public holidays in `country`. */
export function isWorkingDay(iso: IsoDate, country: Country): boolean {
  const weekday = toDate(iso).getDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(Number(iso.slice(0, 4)), country).has(iso);
}

/**
 * The date `count` working days after `iso` ("within 3 hverdage" of a Wednesday arrival before
 * Easter ends on the Tuesday after it in Denmark). The start day itself is not counted.
 * Invalid-input policy: an invalid date or a negative or fractional count throws a RangeError;
 * callers validate user input before they get here.
 *
 * @example addWorkingDays('2024-03-27', 3, 'DK') //=> '2024-04-04'
 */
export function addWorkingDays(iso: IsoDate, count: number, country: Country): IsoDate {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a working-day count: ${count}`);
  let date = toDate(iso);
  let remaining = count;
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(toIsoDate(date), country)) remaining -= 1;
  }
  return toIsoDate(date);
}
