import type { Period } from '../../calendar/add-period/index.js';
import type { IsoDate } from '../../calendar/iso-date.js';

/*
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), for the
 * caseload's hot loop: integers and a table of ISO strings instead of `Date` objects, date-fns
 * calls and string-keyed caches. `addPeriod` stays the definition; the test beside this file
 * checks these against it day by day.
 */

/** Day number of a civil date (Howard Hinnant's `days_from_civil`). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Day number of a valid `YYYY-MM-DD` (checked by the caller), read from its characters. */
export function dayOfIso(iso: IsoDate): number {
  return dayFromCivil(yearOfIso(iso), monthOfIso(iso), dateOfIso(iso));
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const yearOfIso = (iso: IsoDate) => digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
const monthOfIso = (iso: IsoDate) => digit(iso, 5) * 10 + digit(iso, 6);
const dateOfIso = (iso: IsoDate) => digit(iso, 8) * 10 + digit(iso, 9);

/** The year of an ISO date, read from its characters. */
export { yearOfIso };

/** Days in a month of a year (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// ISO strings of day numbers 1900-01-01 … 2199-12-31, made when first asked for: due dates are
// shared strings, so caches keyed by them find their hash already computed.
const TABLE_FROM = dayFromCivil(1900, 1, 1);
const TABLE_TO = dayFromCivil(2199, 12, 31);
const isoTable: (IsoDate | undefined)[] = [];

/** The ISO form of a day number, as `toIsoDate` writes it (the year padded to four digits). */
export function isoOfDay(dayNumber: number): IsoDate {
  const inTable = dayNumber >= TABLE_FROM && dayNumber <= TABLE_TO;
  if (inTable) {
    const known = isoTable[dayNumber - TABLE_FROM];
    if (known !== undefined) return known;
  }
  // Hinnant's `civil_from_days`.
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthPart = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthPart + 2) / 5) + 1;
  const month = monthPart < 10 ? monthPart + 3 : monthPart - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const iso = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  if (inTable) isoTable[dayNumber - TABLE_FROM] = iso;
  return iso;
}

/**
 * `addPeriod(iso, period)` for calendar periods (days, weeks, months, years) as a day number, or
 * `undefined` for working days (they need the country's holidays: the caller uses `addPeriod`).
 * Months keep the day and clamp it to the month's last day, as date-fns `addMonths` does.
 */
export function addCalendarPeriod(iso: IsoDate, period: Period): number | undefined {
  switch (period.unit) {
    case 'days':
      return dayOfIso(iso) + period.amount;
    case 'weeks':
      return dayOfIso(iso) + 7 * period.amount;
    case 'months':
    case 'years': {
      const months = period.unit === 'years' ? 12 * period.amount : period.amount;
      const monthIndex = yearOfIso(iso) * 12 + monthOfIso(iso) - 1 + months;
      const year = Math.floor(monthIndex / 12);
      const month = monthIndex - year * 12 + 1;
      return dayFromCivil(year, month, Math.min(dateOfIso(iso), daysInMonth(year, month)));
    }
    default:
      return undefined;
  }
}
