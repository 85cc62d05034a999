import { addMonths, differenceInCalendarMonths } from '../../calendar/date-math/index.js';
import { toDate, toIsoDate, yearOf } from '../../calendar/iso-date.js';
import type { RulePack } from '../../rule-pack/schema.js';
import type { FundingContext } from './context.js';
import type { Sel97Input } from './types.js';

type Sel97Rules = NonNullable<NonNullable<RulePack['funding']>['sel97']>;

/**
 * § 97 companion hours: each month grants `hoursPerMonth`; unused hours can be saved and lapse
 * once older than the pack's lapse period. Hours used are taken from the oldest saved hours first,
 * the reading most favourable to the citizen. Month m's hours are usable in months m … m+5 for a
 * 6-month lapse period.
 */
export function computeSel97(ctx: FundingContext, rules: Sel97Rules, input: Sel97Input): void {
  const { m } = ctx;
  const date = ctx.input.date('date', input.date, true);
  const grantStart = ctx.input.date('grantStart', input.grantStart);
  const basis = ctx.input.oneOf('basis', input.basis, ['municipal', 'national'] as const, rules.defaultBasis);
  const used = new Map<string, number>();
  for (const [month, hours] of ctx.input.monthMap('hoursUsed', input.hoursUsed)) {
    const value = ctx.input.number(`hoursUsed.${month}`, hours, { min: 'zero' });
    if (value !== undefined) used.set(month, value);
  }
  if (!date || !basis || ctx.result.errors.length > 0) return;

  const perMonth = rules.hoursPerMonth.value;
  const lapse = rules.savedHoursLapseAfter;
  const lapseMonths = lapse.unit === 'years' ? lapse.amount * 12 : lapse.amount;
  const first = toDate(grantStart && grantStart <= date ? grantStart : date);
  const monthCount = differenceInCalendarMonths(toDate(date), first) + 1;

  // Buckets of granted hours, oldest first: [monthIndex, hoursLeft].
  const buckets: [number, number][] = [];
  let lapsed = 0;
  for (let index = 0; index < monthCount; index += 1) {
    // Hours older than the lapse period fall away at the start of the month.
    while (buckets.length > 0 && index - buckets[0]![0] >= lapseMonths) lapsed += buckets.shift()![1];
    buckets.push([index, perMonth]);
    if (index === monthCount - 1) break; // The current month's use is not deducted: it is what is available.
    const monthKey = toIsoDate(addMonths(first, index)).slice(0, 7);
    let toUse = used.get(monthKey) ?? 0;
    while (toUse > 0 && buckets.length > 0) {
      const bucket = buckets[0]!;
      const take = Math.min(bucket[1], toUse);
      bucket[1] -= take;
      toUse -= take;
      if (bucket[1] === 0) buckets.shift();
    }
    if (toUse > 0) ctx.warn('hours-overused', m('hoursUsedTooMany', { month: monthKey }), `hoursUsed.${monthKey}`);
  }
  const usedThisMonth = used.get(date.slice(0, 7)) ?? 0;
  const available = buckets.reduce((sum, bucket) => sum + bucket[1], 0);
  const saved = available - perMonth;

  ctx.line({ id: 'hoursPerMonth', label: m('hoursPerMonth'), amount: perMonth, unit: 'hours', source: rules.hoursPerMonth.source });
  ctx.line({ id: 'hoursSaved', label: m('hoursSaved'), amount: saved, unit: 'hours', source: lapse.source });
  if (lapsed > 0) ctx.line({ id: 'hoursLapsed', label: m('hoursLapsed'), amount: lapsed, unit: 'hours', source: lapse.source });
  ctx.line({ id: 'hoursAvailable', label: m('hoursAvailable', { month: date.slice(0, 7) }), amount: available, unit: 'hours', source: lapse.source });
  ctx.warn('lapse-reading', m('sel97LapseChoice'), 'hoursUsed', lapse.source);
  Object.assign(ctx.result.amounts, { hoursPerMonth: perMonth, hoursSaved: saved, hoursLapsed: lapsed, hoursAvailable: available, hoursRemainingThisMonth: Math.max(0, available - usedThisMonth) });

  // The yearly expense amount: sources disagree on which year 974 kr belongs to; show it.
  const year = yearOf(date);
  const municipal = rules.expenseAmounts.find((entry) => entry.year === year && entry.basis === 'municipal');
  const national = rules.expenseAmounts.find((entry) => entry.year === year && entry.basis === 'national');
  // A year's figure comes from its own year: when the chosen table lacks the year, the other
  // table's figure for that same year is used and named; never a figure from another year.
  const preferred = basis === 'municipal' ? municipal : national;
  const other = basis === 'municipal' ? national : municipal;
  const chosen = preferred ?? other;
  const usedBasis = preferred ? basis : basis === 'municipal' ? 'national' : 'municipal';
  const basisLabel = m(usedBasis === 'municipal' ? 'basisMunicipal' : 'basisNational');
  if (!preferred && other) {
    ctx.warn('basis-fallback', m('sel97BasisFallback', { year, wanted: m(basis === 'municipal' ? 'basisMunicipal' : 'basisNational'), used: basisLabel }), 'basis', other.source);
  }
  if (municipal && national && municipal.amount !== national.amount) {
    ctx.warn('source-conflict', m('sel97Conflict', { year, municipal: ctx.money(municipal.amount), national: ctx.money(national.amount), used: basisLabel }), 'basis', municipal.source);
  }
  if (!chosen) {
    // Hours still stand; only the amount is missing, so this is a warning, not an error.
    ctx.warn('rate-missing', m('rateMissing', { rate: m('expenseAmount', { year, basis: m(basis === 'municipal' ? 'basisMunicipal' : 'basisNational') }), year }), 'basis');
    return;
  }
  ctx.line({ id: 'expenseAmount', label: m('expenseAmount', { year, basis: basisLabel }), amount: chosen.amount, unit: 'currency', source: chosen.source });
  ctx.result.amounts.yearly = chosen.amount;
  ctx.result.amounts.expenseAmount = chosen.amount;
}
