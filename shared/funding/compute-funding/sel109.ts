import { addDays, differenceInCalendarDays } from '../../calendar/date-math/index.js';
import { toDate, toIsoDate, yearOf } from '../../calendar/iso-date.js';
import { toOre } from '../../rule-pack/input-checks.js';
import type { RulePack } from '../../rule-pack/schema.js';
import { enteredRate, type FundingContext } from './context.js';
import type { Sel109Input } from './types.js';

type Sel109Rules = NonNullable<NonNullable<RulePack['funding']>['sel109']>;

/** Own payment = rate per døgn × døgn, each døgn at its year's rate (regulated every 1 January). */
/** The stay is counted day by day: bounded to ten years, far beyond any shelter stay, so typed junk like 1e300 cannot hang the page. */
const MAX_STAY_DAYS = 3660;

export function computeSel109(ctx: FundingContext, rules: Sel109Rules, input: Sel109Input): void {
  const { m } = ctx;
  const arrival = ctx.input.date('arrival', input.arrival, true);
  const departure = ctx.input.date('departure', input.departure);
  let days = departure ? undefined : ctx.input.number('days', input.days, { required: true, min: 'zero', max: MAX_STAY_DAYS, whole: true });
  if (arrival && departure) {
    days = differenceInCalendarDays(toDate(departure), toDate(arrival));
    if (days < 0) ctx.input.number('departure', -1, { min: 'zero' });
  }
  if (days !== undefined && days > MAX_STAY_DAYS) ctx.input.number('departure', days, { max: MAX_STAY_DAYS });
  if (!arrival || days === undefined || ctx.result.errors.length > 0) return;

  if (input.hasIncome === false) {
    ctx.line({ id: 'noIncome', label: m('noIncome'), amount: 0, unit: 'currency', source: rules.withoutIncome.source });
    Object.assign(ctx.result.amounts, { ownPayment: 0, days });
    return;
  }

  const daysByYear = new Map<number, number>();
  for (let index = 0; index < days; index += 1) {
    const year = yearOf(toIsoDate(addDays(toDate(arrival), index)));
    daysByYear.set(year, (daysByYear.get(year) ?? 0) + 1);
  }
  if (days === 0) daysByYear.set(yearOf(arrival), 0);

  let ownPayment = 0;
  for (const [year, count] of daysByYear) {
    const fromPack = rules.ownPaymentPerDay.find((rate) => rate.year === year);
    const entered = enteredRate(ctx, 'ratesPerDay', input.ratesPerDay, year);
    const rate = entered ?? fromPack?.amount;
    if (rate === undefined) {
      ctx.error('rate-missing', m('rateMissing', { rate: m('ownPaymentRate', { year }), year }), `ratesPerDay.${year}`);
      continue;
    }
    if (entered !== undefined) ctx.warn('rate-entered', m('rateEntered', { year }), `ratesPerDay.${year}`);
    ctx.line({ id: `rate-${year}`, label: m('ownPaymentRate', { year }), amount: rate, unit: 'currency', ...(entered !== undefined ? { flag: 'user-entered' as const } : { source: fromPack!.source }) });
    ctx.line({ id: `days-${year}`, label: m('ownPaymentDays', { year }), amount: count, unit: 'days' });
    ownPayment += rate * count;
    if (year === yearOf(arrival)) ctx.result.amounts.ratePerDay = rate;
  }
  if (ctx.result.errors.length > 0) return;
  ownPayment = toOre(ownPayment);
  ctx.line({ id: 'ownPayment', label: m('ownPayment'), amount: ownPayment, unit: 'currency' });
  Object.assign(ctx.result.amounts, { ownPayment, days });
}
