import { localize } from '../../i18n/locale.js';
import { showValue, toOre } from '../../rule-pack/input-checks.js';
import type { RulePack } from '../../rule-pack/schema.js';
import type { FundingContext } from './context.js';
import type { Sel85Input } from './types.js';

type Sel85Rules = NonNullable<NonNullable<RulePack['funding']>['sel85']>;

/** Weekly price = day rate × the tier's døgn per week (Bilag 2); yearly = weekly × 52. */
export function computeSel85(ctx: FundingContext, rules: Sel85Rules, input: Sel85Input): void {
  const { m } = ctx;
  const dayRate = ctx.input.number('dayRate', input.dayRate, { required: true, min: 'positive' });
  const multiplier = rules.multipliers.find((entry) => entry.tier === input.tier);
  if (!multiplier) {
    ctx.error(input.tier ? 'unknown-tier' : 'required', m('unknownTier', { tier: showValue(input.tier ?? '') }), 'tier');
  }
  const kind = input.dayRateKind ? rules.dayRates.find((entry) => entry.id === input.dayRateKind) : rules.dayRates[0];
  if (!kind) ctx.error('unknown-day-rate', m('unknownDayRate', { kind: showValue(input.dayRateKind) }), 'dayRateKind');
  if (dayRate === undefined || !multiplier || !kind || ctx.result.errors.length > 0) return;

  const tierLevel = ctx.pack.tiers?.sel85?.levels.find((level) => level.id === multiplier.tier);
  const tierLabel = tierLevel ? localize(tierLevel.label, ctx.locale) : multiplier.tier;
  const weekly = toOre(dayRate * multiplier.daysPerWeek);
  const weeks = rules.weeksPerYear.value;
  const yearly = toOre(weekly * weeks);

  ctx.line({ id: 'dayRate', label: localize(kind.label, ctx.locale), amount: dayRate, unit: 'currency', flag: 'user-entered', source: kind.source });
  ctx.line({
    id: 'weekly',
    label: m('sel85Weekly', { tier: tierLabel, formula: multiplier.formula.replace(/\bX\b/g, kind.symbol), symbol: kind.symbol, rate: ctx.money(dayRate) }),
    amount: weekly,
    unit: 'currency',
    source: multiplier.source,
  });
  ctx.line({ id: 'yearly', label: m('sel85Yearly', { weeks }), amount: yearly, unit: 'currency', source: rules.weeksPerYear.source });
  Object.assign(ctx.result.amounts, { dayRate, daysPerWeek: multiplier.daysPerWeek, weekly, yearly });
}
