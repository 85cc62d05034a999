import { format, isValid, parse } from 'date-fns';

/**
 * An ISO calendar date, `YYYY-MM-DD`, with no time of day and no time zone. Every date crossing
 * the public API has this form; inside, dates become local-midnight `Date`s only for date-fns.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True for a real calendar date in ISO form. Invalid-input policy: shape and calendar are both
 * checked, so `2023-02-29` and `2023-2-1` are false.
 *
 * @example isIsoDate('2024-02-29') //=> true
 * @example isIsoDate('2023-02-29') //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && ISO_DATE.test(value) && isValid(toDate(value));
}

/** Local-midnight `Date` for an ISO date; an invalid date yields `Invalid Date`. */
export function toDate(iso: IsoDate): Date {
  const date = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && format(date, 'yyyy-MM-dd') === iso ? date : new Date(NaN);
}

/** ISO form of a `Date`'s local calendar day. */
export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

/** The year of an ISO date. */
export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4));
}

/** Compares ISO dates; their string order is their calendar order. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
