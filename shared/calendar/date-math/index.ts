/**
 * The little calendar arithmetic the engines need, on local-midnight `Date`s (see `toDate`), with
 * the same results as date-fns' functions of the same names. date-fns brought its general
 * machinery (time zones, `Date`-like inputs, options) into every bundle for these few lines.
 * Each returns a new `Date`; an amount that is not a number gives `Invalid Date`, as date-fns does.
 */

/** @example addDays(new Date(2024, 1, 28), 2) //=> 2024-03-01 */
export function addDays(date: Date, amount: number): Date {
  const result = new Date(date.getTime());
  if (Number.isNaN(amount)) return new Date(NaN);
  result.setDate(result.getDate() + amount);
  return result;
}

/** @example addWeeks(new Date(2024, 0, 1), 1) //=> 2024-01-08 */
export function addWeeks(date: Date, amount: number): Date {
  return addDays(date, amount * 7);
}

/**
 * Whole calendar months later; a day the target month lacks becomes its last day.
 *
 * @example addMonths(new Date(2024, 0, 31), 1) //=> 2024-02-29
 */
export function addMonths(date: Date, amount: number): Date {
  if (Number.isNaN(amount)) return new Date(NaN);
  const result = new Date(date.getTime());
  if (!amount) return result;
  const day = result.getDate();
  const endOfTargetMonth = new Date(date.getTime());
  endOfTargetMonth.setMonth(result.getMonth() + amount + 1, 0);
  if (day >= endOfTargetMonth.getDate()) return endOfTargetMonth;
  result.setFullYear(endOfTargetMonth.getFullYear(), endOfTargetMonth.getMonth(), day);
  return result;
}

/** @example addYears(new Date(2024, 1, 29), 1) //=> 2025-02-28 */
export function addYears(date: Date, amount: number): Date {
  return addMonths(date, amount * 12);
}

/**
 * Calendar days from `earlier` to `later` (negative when `later` is before), whatever the times
 * of day and daylight-saving changes between.
 *
 * @example differenceInCalendarDays(new Date(2024, 2, 1), new Date(2024, 1, 28)) //=> 2
 */
export function differenceInCalendarDays(later: Date, earlier: Date): number {
  const day = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return Math.round((day(later) - day(earlier)) / 86_400_000);
}

/** @example differenceInCalendarMonths(new Date(2024, 2, 1), new Date(2023, 11, 31)) //=> 3 */
export function differenceInCalendarMonths(later: Date, earlier: Date): number {
  return (later.getFullYear() - earlier.getFullYear()) * 12 + later.getMonth() - earlier.getMonth();
}
