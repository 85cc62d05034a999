
/**
 * An ISO calendar date, `YYYY-MM-DD`, with no time of day and no time zone. Every date crossing
 * the public API has this form; inside, dates become local-midnight `Date`s only for calendar arithmetic (`date-math/`).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar date in ISO form. Invalid-input policy: shape and calendar are both
 * checked, so `2023-02-29` and `2023-2-1` are false.
 *
 * @example isIsoDate('2024-02-29') //=> true
 * @example isIsoDate('2023-02-29') //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Local-midnight `Date` for an ISO date; anything else yields `Invalid Date`. Parsed by hand
 * rather than with date-fns `parse`: caseload checks convert tens of thousands of dates.
 */
export function toDate(iso: IsoDate): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) return new Date(NaN);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  const date = new Date(year, month, day);
  if (year < 100) date.setFullYear(year);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : new Date(NaN);
}

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** ISO form of a `Date`'s local calendar day. */
export function toIsoDate(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** The year of an ISO date. */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** Compares ISO dates; their string order is their calendar order. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const epochDays = new Map<IsoDate, number>();

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier), counted on the calendar, so
 * no daylight-saving change can shift it. Memoised: caseloads compare the same dates again and again.
 *
 * @example daysBetween('2025-03-29', '2025-03-31') //=> 2
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

function epochDay(iso: IsoDate): number {
  let day = epochDays.get(iso);
  if (day === undefined) {
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
    day = new Date(0).setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
    if (epochDays.size > 100_000) epochDays.clear();
    epochDays.set(iso, day);
  }
  return day;
}
