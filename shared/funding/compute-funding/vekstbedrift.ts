import { addMonths } from '../../calendar/date-math/index.js';
import { addPeriod } from '../../calendar/add-period/index.js';
import { toDate, yearOf } from '../../calendar/iso-date.js';
import { localize } from '../../i18n/locale.js';
import { toOre } from '../../rule-pack/input-checks.js';
import type { RulePack } from '../../rule-pack/schema.js';
import { enteredRate, type FundingContext } from './context.js';
import type { VekstbedriftInput } from './types.js';

type VekstbedriftRules = NonNullable<NonNullable<RulePack['funding']>['vekstbedrift']>;

/** The VTA rate of a year: the user's entry, else the pack's; `undefined` when neither has it. */
function rateFor(ctx: FundingContext, rules: VekstbedriftRules, input: VekstbedriftInput, year: number) {
  const fromPack = rules.stateRate.rates.find((rate) => rate.year === year);
  const entered = enteredRate(ctx, 'stateRates', input.stateRates, year);
  if (entered !== undefined) return { amount: entered, fromPack, entered: true as const };
  if (fromPack) return { amount: fromPack.amount, fromPack, entered: false as const };
  return undefined;
}

export function computeVekstbedrift(ctx: FundingContext, rules: VekstbedriftRules, input: VekstbedriftInput): void {
  const { m } = ctx;
  const date = ctx.input.date('date', input.date, true);
  const places = ctx.input.number('places', input.places, { min: 'zero', whole: true, fallback: 1 });
  // The period is counted month by month: bounded to a working life (50 years) so typed junk like 1e300 cannot hang the page.
  const months = ctx.input.number('months', input.months, { min: 'positive', max: 600, whole: true, fallback: 12 });
  const placeStart = ctx.input.date('placeStart', input.placeStart);
  const supplementPerMonth = ctx.input.number('individualSupplement', input.individualSupplement, { min: 'zero' });
  const enteredFrame = ctx.input.number('budgetFrame', input.budgetFrame, { min: 'positive' });
  const noticeGiven = ctx.input.date('noticeGiven', input.noticeGiven);
  if (!date || places === undefined || months === undefined || ctx.result.errors.length > 0) return;

  const rateLabel = localize(rules.stateRate.label, ctx.locale);

  // Grandfathered places keep their old terms: say so and apply nothing of the new base.
  if (placeStart && placeStart < rules.guidelineFrom.date) {
    const message = m('grandfathered', { start: ctx.date(placeStart), from: ctx.date(rules.guidelineFrom.date) });
    ctx.warn('grandfathered', message, 'placeStart', rules.guidelineFrom.source);
    ctx.line({ id: 'grandfathered', label: message, amount: null, unit: 'text', source: rules.guidelineFrom.source });
    addNotice(ctx, rules, noticeGiven);
    return;
  }

  // Each month is priced at its own year's rate: the guideline funds "til ei kvar tid gjeldande
  // VTA-sats" (seed 000 § 8), and NAV's rate changes on 1 January. A month in a year without a
  // rate leaves the period without a total, never priced at another year's rate.
  const year = yearOf(date);
  const monthsByYear = new Map<number, number>();
  for (let index = 0; index < months; index++) {
    const monthYear = addMonths(toDate(date), index).getFullYear();
    monthsByYear.set(monthYear, (monthsByYear.get(monthYear) ?? 0) + 1);
  }
  const rates = new Map<number, NonNullable<ReturnType<typeof rateFor>>>();
  for (const monthYear of monthsByYear.keys()) {
    const rate = rateFor(ctx, rules, input, monthYear);
    if (!rate) ctx.error('rate-missing', m('rateMissing', { rate: rateLabel, year: monthYear }), `stateRates.${monthYear}`);
    else rates.set(monthYear, rate);
  }
  // Without the date's own rate nothing is known. With it, the month's price is known even when a
  // later month of the period has no published rate: show that, and no total.
  if (!rates.has(year)) return;
  const periodPriced = ctx.result.errors.length === 0;
  for (const [rateYear, rate] of rates) {
    if (rate.entered) {
      ctx.warn('rate-entered', m('rateEntered', { year: rateYear }), `stateRates.${rateYear}`);
      if (rate.fromPack && rate.fromPack.amount !== rate.amount) {
        ctx.warn('rate-overridden', m('rateOverridden', { year: rateYear, packAmount: ctx.money(rate.fromPack.amount) }), `stateRates.${rateYear}`, rate.fromPack.source);
      }
    } else if (rate.fromPack?.supersedes?.length) {
      const earlier = rate.fromPack.supersedes.map((entry) => ctx.money(entry.amount)).join(', ');
      ctx.warn('rate-revised', m('rateRevised', { year: rateYear, earlier }), 'date', rate.fromPack.source);
    }
  }
  const rate = rates.get(year)!;
  const percent = rules.supplementPercent.value;
  const baseOf = (amount: number) => {
    const supplement = toOre((amount * percent) / 100);
    return { supplement, monthly: toOre(amount + supplement) };
  };
  const { supplement, monthly: monthlyPerPlace } = baseOf(rate.amount);
  const yearlyPerPlace = toOre(monthlyPerPlace * 12);
  const crossesYear = monthsByYear.size > 1;
  if (!periodPriced) {
    baseLines(ctx, rules, rate, rateLabel, year, percent, supplement, monthlyPerPlace, yearlyPerPlace);
    Object.assign(ctx.result.amounts, { stateRate: rate.amount, supplement, monthlyPerPlace, yearlyPerPlace, places, months });
    ctx.keepPartial = true;
    return;
  }
  if (crossesYear) {
    const years = [...monthsByYear.keys()];
    ctx.warn('period-crosses-year', m('periodCrossesYear', { year, next: years[years.length - 1]! }), 'months', rules.supplementPercent.source);
  }
  let total = 0;
  for (const [monthYear, count] of monthsByYear) total += baseOf(rates.get(monthYear)!.amount).monthly * places * count;
  total = toOre(total);

  baseLines(ctx, rules, rate, rateLabel, year, percent, supplement, monthlyPerPlace, yearlyPerPlace);
  if (crossesYear) {
    // One line per year of the period: its months, at that year's rate + supplement.
    for (const [monthYear, count] of monthsByYear) {
      const yearRate = rates.get(monthYear)!;
      const monthly = baseOf(yearRate.amount).monthly;
      ctx.line({
        id: `monthsIn${monthYear}`,
        label: m('monthsInYear', { year: monthYear, months: ctx.number(count), places: ctx.number(places), monthly: ctx.money(monthly) }),
        amount: toOre(monthly * places * count),
        unit: 'currency',
        ...(yearRate.entered ? { flag: 'user-entered' as const } : { source: yearRate.fromPack!.source }),
      });
      ctx.result.amounts[`monthlyPerPlace${monthYear}`] = monthly;
      ctx.result.amounts[`monthsIn${monthYear}`] = count;
    }
  }
  ctx.line({ id: 'total', label: m('total', { places: ctx.number(places), months: ctx.number(months) }), amount: total, unit: 'currency' });
  Object.assign(ctx.result.amounts, { stateRate: rate.amount, supplement, monthlyPerPlace, yearlyPerPlace, total, places, months });

  if (supplementPerMonth !== undefined && supplementPerMonth > 0) {
    const supplementTotal = toOre(supplementPerMonth * places * months);
    ctx.line({ id: 'individualSupplement', label: m('individualSupplement'), amount: supplementPerMonth, unit: 'currency', flag: 'needs-agreement', source: rules.individualSupplement.source });
    ctx.line({ id: 'individualSupplementTotal', label: m('individualSupplementTotal'), amount: supplementTotal, unit: 'currency', flag: 'needs-agreement', source: rules.individualSupplement.source });
    ctx.warn('needs-agreement', m('needsAgreement'), 'individualSupplement', rules.individualSupplement.source);
    Object.assign(ctx.result.amounts, { individualSupplementPerMonth: supplementPerMonth, individualSupplementTotal: supplementTotal });
  }

  addBudgetFrame(ctx, rules, year, enteredFrame, yearlyPerPlace);
  addNotice(ctx, rules, noticeGiven);

  // The contrast scheme, side by side: a NAV-financed VTA place's minimum municipal share.
  const coFinancing = rules.navCoFinancing;
  const navShare = toOre((rate.amount * coFinancing.minimumPercent) / 100);
  ctx.line({
    id: 'navCoFinancing',
    label: m('navCoFinancing', { percent: ctx.number(coFinancing.minimumPercent), label: localize(coFinancing.label, ctx.locale) }),
    amount: navShare,
    unit: 'currency',
    source: coFinancing.source,
  });
  ctx.result.amounts.navCoFinancingMinimum = navShare;
}

function addBudgetFrame(ctx: FundingContext, rules: VekstbedriftRules, year: number, entered: number | undefined, yearlyPerPlace: number) {
  const fromPack = rules.budgetFrames.find((frame) => frame.year === year);
  const frame = entered ?? fromPack?.amount;
  if (frame === undefined) return;
  const source = entered === undefined ? fromPack?.source : undefined;
  ctx.line({ id: 'budgetFrame', label: ctx.m('budgetFrame', { year }), amount: frame, unit: 'currency', ...(source ? { source } : { flag: 'user-entered' as const }) });
  // What a place costs against the frame: its share of it. The council case sets the frame for a
  // number of persons, not for as many base-priced places as it would buy; say that, not "N places".
  const share = yearlyPerPlace > 0 ? Math.round((yearlyPerPlace / frame) * 10000) / 100 : 0;
  ctx.line({ id: 'placeShareOfFrame', label: ctx.m('placeShareOfFrame', { year, cost: ctx.money(yearlyPerPlace) }), amount: share, unit: 'percent', source: rules.supplementPercent.source });
  Object.assign(ctx.result.amounts, { budgetFrame: frame, placeShareOfFrame: share });
  if (entered === undefined && fromPack?.persons) {
    const perPerson = toOre(frame / fromPack.persons);
    ctx.line({ id: 'budgetFramePersons', label: ctx.m('budgetFramePersons', { persons: fromPack.persons }), amount: fromPack.persons, unit: 'places', source: fromPack.source });
    ctx.line({ id: 'framePerPerson', label: ctx.m('framePerPerson', { persons: fromPack.persons }), amount: perPerson, unit: 'currency', source: fromPack.source });
    Object.assign(ctx.result.amounts, { budgetFramePersons: fromPack.persons, framePerPerson: perPerson });
    return;
  }
  // A frame the user entered: how many places at the base alone it would pay for.
  const placesCovered = yearlyPerPlace > 0 ? Math.floor(frame / yearlyPerPlace) : 0;
  const frameRemainder = toOre(frame - placesCovered * yearlyPerPlace);
  ctx.line({ id: 'placesCovered', label: ctx.m('placesCovered'), amount: placesCovered, unit: 'places' });
  ctx.line({ id: 'frameRemainder', label: ctx.m('frameRemainder'), amount: frameRemainder, unit: 'currency' });
  Object.assign(ctx.result.amounts, { placesCovered, frameRemainder });
}

function addNotice(ctx: FundingContext, rules: VekstbedriftRules, noticeGiven: string | undefined) {
  if (!noticeGiven) return;
  const period = rules.noticePeriod;
  const earliestEnd = addPeriod(noticeGiven, period);
  ctx.result.dates.earliestEnd = earliestEnd;
  ctx.line({
    id: 'earliestEnd',
    label: ctx.m('earliestEnd', { notice: ctx.date(noticeGiven), period: ctx.m('months', { count: period.amount }) }),
    amount: null,
    unit: 'date',
    date: earliestEnd,
    source: period.source,
  });
}

/** The price of one place in the date's own year: the rate, the supplement, per month and per year. */
function baseLines(
  ctx: FundingContext,
  rules: VekstbedriftRules,
  rate: NonNullable<ReturnType<typeof rateFor>>,
  rateLabel: string,
  year: number,
  percent: number,
  supplement: number,
  monthlyPerPlace: number,
  yearlyPerPlace: number,
): void {
  const { m } = ctx;
  ctx.line({
    id: 'stateRate',
    label: m('stateRate', { rate: rateLabel, year }),
    amount: rate.amount,
    unit: 'currency',
    ...(rate.entered ? { flag: 'user-entered' as const } : { source: rate.fromPack!.source }),
  });
  ctx.line({ id: 'supplement', label: m('supplement', { percent: ctx.number(percent) }), amount: supplement, unit: 'currency', source: rules.supplementPercent.source });
  ctx.line({ id: 'monthlyPerPlace', label: m('monthlyPerPlace'), amount: monthlyPerPlace, unit: 'currency', source: rules.supplementPercent.source });
  ctx.line({ id: 'staffing', label: m('staffing', { staff: rules.staffing.staff, participants: rules.staffing.participants }), amount: null, unit: 'text', source: rules.staffing.source });
  ctx.line({ id: 'yearlyPerPlace', label: m('yearlyPerPlace'), amount: yearlyPerPlace, unit: 'currency', source: rules.supplementPercent.source });
}
