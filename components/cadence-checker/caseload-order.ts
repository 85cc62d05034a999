import type { CaseloadResult, CaseloadRow } from '../../shared/index.js';
import { statusRank } from '../../shared/cadence/check-cadence/index.js';

export type SortKey = 'urgency' | 'case' | 'service' | 'due' | 'status';
export type CaseloadFilter = 'all' | 'overdue';

const NO_DUE_DATE = '9999-12-31';

/** Case keys as a reader orders them: "k2" before "k10". */
const collator = new Intl.Collator(undefined, { numeric: true });

/**
 * Each column's ascending order of a caseload's rows (row positions), worked out the first time
 * the column is asked for and kept with the result: switching direction, switching back to a
 * column or filtering then costs one pass over the rows, not a sort.
 */
const orders = new WeakMap<CaseloadResult, Map<SortKey, { order: Uint32Array; same: (a: number, b: number) => boolean }>>();

/**
 * The caseload's rows as the table shows them: filtered, then sorted by a column, ties in the
 * engine's urgency order. Descending keeps ties in that order too, as a stable sort with the
 * comparison reversed would.
 */
export function orderRows(caseload: CaseloadResult, key: SortKey, ascending: boolean, filter: CaseloadFilter): CaseloadRow[] {
  const rows = caseload.rows;
  const keep = filter === 'overdue' ? (row: CaseloadRow) => row.status === 'overdue' : undefined;
  if (key === 'urgency') {
    const kept = keep ? rows.filter(keep) : rows.slice();
    return ascending ? kept : kept.reverse();
  }
  const { order, same } = ascendingOrder(caseload, key);
  const shown: CaseloadRow[] = [];
  if (ascending) {
    for (let at = 0; at < order.length; at += 1) {
      const row = rows[order[at]!]!;
      if (!keep || keep(row)) shown.push(row);
    }
    return shown;
  }
  // Runs of equal keys in reverse, each run in its own (urgency) order.
  let end = order.length;
  while (end > 0) {
    let start = end - 1;
    while (start > 0 && same(order[start - 1]!, order[end - 1]!)) start -= 1;
    for (let at = start; at < end; at += 1) {
      const row = rows[order[at]!]!;
      if (!keep || keep(row)) shown.push(row);
    }
    end = start;
  }
  return shown;
}

function ascendingOrder(caseload: CaseloadResult, key: Exclude<SortKey, 'urgency'>) {
  let byKey = orders.get(caseload);
  if (!byKey) orders.set(caseload, (byKey = new Map()));
  let entry = byKey.get(key);
  if (!entry) {
    // A case-key sort begun in idle time is finished here rather than started again.
    const started = key === 'case' ? caseSorts.get(caseload) : undefined;
    entry = started ? started.finish() : sortColumn(caseload.rows, key);
    byKey.set(key, entry);
  }
  return entry;
}

const SORT_KEYS = ['status', 'due', 'service', 'case'] as const;
const caseSorts = new WeakMap<CaseloadResult, IncrementalCaseSort>();

/**
 * Works out every column's order of a large caseload in idle time, a slice at a time, so that a
 * sort click finds it ready: the numeric columns take a few milliseconds each; case keys, compared
 * by a collator, are merge-sorted a few merges per idle period (a click before the end finishes
 * the sort at once). `stillWanted` stops the work when the element has moved on to another result.
 */
export function prepareOrdersWhenIdle(caseload: CaseloadResult, stillWanted: () => boolean): void {
  const idle = (work: (deadline: { timeRemaining: () => number }) => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(() => work({ timeRemaining: () => 8 }), 16);
  let next = 0;
  const step = (deadline: { timeRemaining: () => number }) => {
    if (!stillWanted()) return;
    while (next < SORT_KEYS.length && deadline.timeRemaining() > 4) {
      const key = SORT_KEYS[next]!;
      if (orders.get(caseload)?.has(key)) next += 1;
      else if (key !== 'case') {
        ascendingOrder(caseload, key);
        next += 1;
      } else {
        let sort = caseSorts.get(caseload);
        if (!sort) caseSorts.set(caseload, (sort = new IncrementalCaseSort(caseload.rows)));
        if (sort.work(() => deadline.timeRemaining() > 2)) ascendingOrder(caseload, 'case');
        else break;
      }
    }
    if (next < SORT_KEYS.length) idle(step);
  };
  idle(step);
}

/**
 * A bottom-up merge sort of row positions by case key that can stop between merges and go on
 * later: the same order as `sortColumn` (collator, then position), in slices.
 */
class IncrementalCaseSort {
  private readonly ids: string[];
  private from: Uint32Array;
  private to: Uint32Array;
  private width = 1;
  private at = 0;

  constructor(rows: readonly CaseloadRow[]) {
    this.ids = rows.map((row) => row.caseId);
    this.from = new Uint32Array(rows.length);
    this.to = new Uint32Array(rows.length);
    for (let index = 0; index < rows.length; index += 1) this.from[index] = index;
  }

  private get done(): boolean {
    return this.width >= this.from.length;
  }

  /** Merges while `goOn()` holds; true once sorted. */
  work(goOn: () => boolean): boolean {
    const ids = this.ids;
    const length = this.from.length;
    while (!this.done && goOn()) {
      const from = this.from;
      const to = this.to;
      const start = this.at;
      const middle = Math.min(start + this.width, length);
      const end = Math.min(start + 2 * this.width, length);
      let left = start;
      let right = middle;
      for (let out = start; out < end; out += 1) {
        if (right >= end || (left < middle && (collator.compare(ids[from[left]!]!, ids[from[right]!]!) || from[left]! - from[right]!) <= 0)) to[out] = from[left++]!;
        else to[out] = from[right++]!;
      }
      this.at = end;
      if (this.at >= length) {
        this.from = to;
        this.to = from;
        this.width *= 2;
        this.at = 0;
      }
    }
    return this.done;
  }

  finish(): { order: Uint32Array; same: (a: number, b: number) => boolean } {
    this.work(() => true);
    const ids = this.ids;
    return { order: this.from, same: (a, b) => collator.compare(ids[a]!, ids[b]!) === 0 };
  }
}

/**
 * Positions sorted by one column. Numbers where the column allows (status rank, due day, the rank
 * of each distinct service name), compared in a typed array; case keys, all distinct, through one
 * shared collator rather than `localeCompare`, which builds a collator per call.
 */
function sortColumn(rows: readonly CaseloadRow[], key: Exclude<SortKey, 'urgency'>): { order: Uint32Array; same: (a: number, b: number) => boolean } {
  const order = new Uint32Array(rows.length);
  for (let index = 0; index < order.length; index += 1) order[index] = index;
  if (key === 'case') {
    const ids = rows.map((row) => row.caseId);
    const compare = (a: number, b: number) => collator.compare(ids[a]!, ids[b]!) || a - b;
    order.sort(compare);
    return { order, same: (a, b) => collator.compare(ids[a]!, ids[b]!) === 0 };
  }
  const numbers = new Float64Array(rows.length);
  if (key === 'status') for (let index = 0; index < rows.length; index += 1) numbers[index] = statusRank(rows[index]!.status);
  else if (key === 'due') {
    // ISO dates compare as their text; a rank among the distinct dates makes them numbers.
    const dates = rows.map((row) => row.next?.dueDate ?? NO_DUE_DATE);
    const rank = ranks(dates, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (let index = 0; index < rows.length; index += 1) numbers[index] = rank.get(dates[index]!)!;
  } else {
    const services = rows.map((row) => row.service);
    const rank = ranks(services, collator.compare);
    for (let index = 0; index < rows.length; index += 1) numbers[index] = rank.get(services[index]!)!;
  }
  // Key and position in one number, so a native numeric sort keeps ties in urgency order.
  const keys = new Float64Array(rows.length);
  for (let index = 0; index < rows.length; index += 1) keys[index] = numbers[index]! * rows.length + index;
  keys.sort();
  for (let index = 0; index < rows.length; index += 1) order[index] = keys[index]! % rows.length;
  return { order, same: (a, b) => numbers[a] === numbers[b] };
}

/** Each distinct value's rank in `compare`'s order; values `compare` calls equal share a rank. */
function ranks(values: readonly string[], compare: (a: string, b: string) => number): Map<string, number> {
  const distinct = [...new Set(values)].sort(compare);
  const rank = new Map<string, number>();
  let current = 0;
  distinct.forEach((value, index) => {
    if (index > 0 && compare(distinct[index - 1]!, value) !== 0) current += 1;
    rank.set(value, current);
  });
  return rank;
}
