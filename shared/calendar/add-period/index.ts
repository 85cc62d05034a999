import { addDays, addMonths, addWeeks, addYears } from '../date-math/index.js';
import { isIsoDate, toDate, toIsoDate, type IsoDate } from '../iso-date.js';
import { addWorkingDays, type Country } from '../working-days/index.js';

export type PeriodUnit = 'days' | 'workingDays' | 'weeks' | 'months' | 'years';
export type Period = { amount: number; unit: PeriodUnit };

/**
 * Adds a period to an ISO date the way the rules count it. Months and years are calendar months:
 * the day is kept, and clamped to the month's last day when the month is shorter
 * (31 January + 1 month = 28 or 29 February). Working days need the country.
 * Invalid-input policy: an invalid date throws a RangeError.
 *
 * @example addPeriod('2023-01-31', { amount: 1, unit: 'months' }) //=> '2023-02-28'
 * @example addPeriod('2024-01-31', { amount: 1, unit: 'months' }) //=> '2024-02-29'
 */
export function addPeriod(iso: IsoDate, period: Period, country: Country = 'NO'): IsoDate {
  // Memoised per period object (rule packs reuse theirs): a caseload adds the same periods to
  // the same dates many times, and building string keys cost more than the addition.
  let byDate = results.get(period);
  if (!byDate) results.set(period, (byDate = new Map()));
  const key = period.unit === 'workingDays' ? `${country}${iso}` : iso;
  let result = byDate.get(key);
  if (result === undefined) {
    result = compute(iso, period, country);
    if (byDate.size > 50_000) byDate.clear();
    byDate.set(key, result);
  }
  return result;
}

const results = new WeakMap<Period, Map<string, IsoDate>>();

function compute(iso: IsoDate, period: Period, country: Country): IsoDate {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  const date = toDate(iso);
  switch (period.unit) {
    case 'days':
      return toIsoDate(addDays(date, period.amount));
    case 'weeks':
      return toIsoDate(addWeeks(date, period.amount));
    case 'months':
      return toIsoDate(addMonths(date, period.amount));
    case 'years':
      return toIsoDate(addYears(date, period.amount));
    case 'workingDays':
      return addWorkingDays(iso, period.amount, country);
  }
}
