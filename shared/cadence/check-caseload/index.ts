import { resolveLocale } from '../../i18n/locale.js';
import { daysBetween, toIsoDate, type IsoDate } from '../../calendar/iso-date.js';
import type { RulePack } from '../../rule-pack/schema.js';
import type { RuleIssue } from '../../rule-pack/result-types.js';
import { createCadenceChecker, statusRank, type CadenceOptions, type CadenceResult, type CaseInput, type Obligation, type ObligationStatus } from '../check-cadence/index.js';

export type CaseloadRow = {
  /** The case's pseudonymous key (`id` of the input, else its position). */
  caseId: string;
  service: string;
  /** The case's most urgent open obligation. */
  next?: Obligation;
  /** The case's worst status: overdue, due-soon, ok, or missing-data (nothing could be checked). */
  status: ObligationStatus;
  result: CadenceResult;
};

export type CaseloadResult = {
  today: IsoDate;
  /** Cases sorted by urgency: overdue (longest overdue first), due soon, ok, then missing data. */
  rows: CaseloadRow[];
  counts: Record<ObligationStatus, number> & { invalid: number };
  /** Cases that could not be checked at all (unknown service, malformed date), by case id. */
  errors: (RuleIssue & { caseId: string })[];
};


/**
 * Checks many cases at once and sorts them by urgency, for a caseworker's list.
 * Invalid-input policy: a case that cannot be checked stays in the list with status
 * `missing-data` and its errors, so nothing the caseworker has is dropped.
 *
 * @example
 * checkCaseload(pack, [{ id: 'a', service: 'sel85', start: '2025-01-15' }], { today: '2025-11-22' }).rows[0].status
 * //=> 'overdue'
 */
export function checkCaseload(pack: RulePack, cases: readonly CaseInput[], options: CadenceOptions = {}): CaseloadResult {
  const today = options.today ?? toIsoDate(new Date());
  const check = createCadenceChecker(pack, { ...options, today, lang: resolveLocale(options.lang ?? 'en') });
  let overdue = 0;
  let dueSoon = 0;
  let ok = 0;
  let missingData = 0;
  let invalid = 0;
  const errors: CaseloadResult['errors'] = [];
  const rows: CaseloadRow[] = new Array(cases.length);
  // Each row's place in the urgency order is noted as the row is made: a second pass over 10 000
  // rows cost as much as the sort.
  const ranks = new Uint8Array(cases.length);
  const days = new Int32Array(cases.length);
  for (let index = 0; index < cases.length; index += 1) {
    const input = cases[index]!;
    const caseId = input?.id ?? String(index + 1);
    const result = check(input);
    if (!result.ok) {
      invalid += 1;
      for (const error of result.errors) errors.push({ ...error, caseId });
    }
    const next = result.next;
    const status: ObligationStatus = next?.status ?? (!result.ok || result.obligations.some((obligation) => obligation.status === 'missing-data') ? 'missing-data' : 'ok');
    // Counted by status without a lookup by name: a keyed store per case was a measurable share.
    if (status === 'overdue') overdue += 1;
    else if (status === 'due-soon') dueSoon += 1;
    else if (status === 'ok') ok += 1;
    else missingData += 1;
    // Two literals rather than adding `next` afterwards: the same keys in the same order, without a second allocation per row.
    rows[index] = next ? { caseId, service: result.service, status, result, next } : { caseId, service: result.service, status, result };
    ranks[index] = statusRank(status);
    days[index] = dueDay(next, today);
  }
  const counts = { overdue, 'due-soon': dueSoon, ok, 'missing-data': missingData, invalid };
  return { today, rows: sortByUrgency(rows, ranks, days), counts, errors };
}

// Days until due are clamped well beyond any real date range and shifted to be non-negative; a
// row without a due date comes after every row with one.
const DAY_LIMIT = 1_500_000;
const NO_DUE_DATE = 3 * DAY_LIMIT;
const KEY_SPAN = 4 * DAY_LIMIT;
const INDEX_BITS = 2 ** 21;

/** The row's days until its next due date as a sort key (see DAY_LIMIT), `NO_DUE_DATE` without one. */
function dueDay(next: Obligation | undefined, today: IsoDate): number {
  if (!next?.dueDate) return NO_DUE_DATE;
  const until = next.daysUntilDue ?? daysBetween(today, next.dueDate);
  return Math.max(-DAY_LIMIT, Math.min(DAY_LIMIT, until)) + DAY_LIMIT;
}

/**
 * Orders rows as compareUrgency would: status rank, then earliest due date, rows without one
 * last, ties in input order. A caseload's due dates lie within a few years of each other, so the
 * rows are counted into one bucket per day and then per rank (two stable counting passes, linear
 * in the rows); a comparator called ~n log n times over objects was a fifth of the caseload's time.
 * Dates spread wider than that are sorted by one number per row instead.
 */
function sortByUrgency(rows: CaseloadRow[], ranks: Uint8Array, days: Int32Array): CaseloadRow[] {
  const count = rows.length;
  let low = NO_DUE_DATE;
  let high = -1;
  for (let index = 0; index < count; index += 1) {
    const day = days[index]!;
    if (day === NO_DUE_DATE) continue;
    if (day < low) low = day;
    if (day > high) high = day;
  }
  // One bucket per day from the earliest to the latest due date, and one after it for rows without.
  const buckets = high < low ? 1 : high - low + 2;
  if (buckets > 4 * count + 4096) return sortByKeys(rows, ranks, days);
  const bucketOf = (index: number) => (days[index] === NO_DUE_DATE ? buckets - 1 : days[index]! - low);
  const starts = new Int32Array(buckets + 1);
  for (let index = 0; index < count; index += 1) starts[bucketOf(index) + 1]! += 1;
  for (let bucket = 1; bucket <= buckets; bucket += 1) starts[bucket]! += starts[bucket - 1]!;
  const byDay = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) byDay[starts[bucketOf(index)]!++] = index;
  const rankStarts = [0, 0, 0, 0, 0];
  for (let index = 0; index < count; index += 1) rankStarts[ranks[index]! + 1]! += 1;
  for (let rank = 1; rank < 5; rank += 1) rankStarts[rank]! += rankStarts[rank - 1]!;
  const sorted: CaseloadRow[] = new Array(count);
  for (let position = 0; position < count; position += 1) {
    const index = byDay[position]!;
    sorted[rankStarts[ranks[index]!]!++] = rows[index]!;
  }
  return sorted;
}

/**
 * The same order from one number per row, sorted natively: each key holds the row's index in its
 * low bits, so equal keys keep the input order. Past 2^21 rows the index no longer fits, and the
 * rows are sorted by comparing keys, stable as `Array.prototype.sort` is.
 */
function sortByKeys(rows: CaseloadRow[], ranks: Uint8Array, days: Int32Array): CaseloadRow[] {
  const keyOf = (index: number) => ranks[index]! * KEY_SPAN + days[index]!;
  if (rows.length >= INDEX_BITS) {
    const order = rows.map((_, index) => index).sort((a, b) => keyOf(a) - keyOf(b));
    return order.map((index) => rows[index]!);
  }
  const keys = new Float64Array(rows.length);
  for (let index = 0; index < rows.length; index += 1) keys[index] = keyOf(index) * INDEX_BITS + index;
  keys.sort();
  const sorted: CaseloadRow[] = new Array(rows.length);
  // The index back from the key's low bits without `%`, which on a double is a slow library call:
  // dividing and multiplying by a power of two are exact.
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    sorted[index] = rows[key - Math.floor(key / INDEX_BITS) * INDEX_BITS]!;
  }
  return sorted;
}

