import { formatNumber } from '../../i18n/format.js';
import { localize, resolveLocale, type Locale } from '../../i18n/locale.js';
import { fieldName } from '../../i18n/messages/fields.js';
import { translateTiers, type TierMessages } from '../../i18n/messages/tiers.js';
import type { BoundTranslator } from '../../i18n/translate.js';
import { describeSource } from '../../rule-pack/describe-source.js';
import { InputChecks, showValue } from '../../rule-pack/input-checks.js';
import type { DayService, Ladder, RulePack, Sel85Tiers, SourceRef } from '../../rule-pack/schema.js';
import type { DayServiceTierInput, LadderTierInput, Sel85TierInput, Tier, TierInput, TierOptions, TierResult } from './types.js';

export type * from './types.js';

// Hours come from forms as decimals; compare with a tolerance so 1,4 h is exactly Trin 2.
const EPSILON = 1e-9;

type Context = {
  pack: RulePack;
  locale: Locale;
  m: BoundTranslator<TierMessages>;
  checks: InputChecks;
  result: TierResult;
};

/**
 * Proposes the tier, day-service option or ladder step that fits, with its figures, the
 * alternatives to weigh and flags that say why. The least intrusive fitting level is proposed.
 *
 * Invalid-input policy: never throws; an unknown scale, an option the standard does not offer, or
 * an unreadable number gives `ok: false` with an error naming the field.
 *
 * @example
 * selectTier(builtInPacks['dk-vejle-voksen'], { scale: 'sel85', weeklyNeedHours: 1.4 }).tier?.id
 * //=> 'trin-2'
 */
export function selectTier(pack: RulePack, input: TierInput, options: TierOptions = {}): TierResult {
  const locale = resolveLocale(options.lang ?? 'en');
  const checks = new InputChecks(locale);
  const scale = String((input as { scale?: unknown } | null)?.scale ?? '');
  const ctx: Context = {
    pack,
    locale,
    m: translateTiers.bind(locale),
    checks,
    result: { ok: true, scale, tier: null, alternatives: [], flags: [], errors: checks.errors, levels: [] },
  };
  const tiers = pack.tiers ?? {};
  const dayService = tiers.dayServices?.find((service) => service.id === scale);

  if (scale === 'sel85' && tiers.sel85) selectSel85(ctx, tiers.sel85, input as Sel85TierInput);
  else if (scale === 'ladder' && tiers.ladder) selectOnLadder(ctx, tiers.ladder, input as LadderTierInput);
  else if (dayService) selectDayService(ctx, dayService, input as DayServiceTierInput);
  else {
    const known = [...(tiers.sel85 ? ['sel85'] : []), ...(tiers.dayServices ?? []).map((service) => service.id), ...(tiers.ladder ? ['ladder'] : [])];
    checks.errors.push({ code: 'unknown-scale', field: 'scale', fieldLabel: fieldName('scale', locale), message: ctx.m('unknownScale', { scale, known: known.join(', ') || '–' }) });
  }
  if (checks.errors.length > 0) {
    ctx.result.ok = false;
    ctx.result.tier = null;
    ctx.result.alternatives = [];
  }
  return ctx.result;
}

function flag(ctx: Context, code: string, message: string, source?: SourceRef, field?: string) {
  ctx.result.flags.push({ code, message, ...(field ? { field } : {}), ...(source ? { source: describeSource(ctx.pack, source, ctx.locale) } : {}) });
}

function error(ctx: Context, code: string, field: string, message: string) {
  ctx.checks.errors.push({ code, field, fieldLabel: fieldName(field, ctx.locale), message });
}

// ── Vejle § 85 ────────────────────────────────────────────────────────────────────────────

function sel85Tiers(ctx: Context, rules: Sel85Tiers): Tier[] {
  return rules.levels.map((level) => ({
    id: level.id,
    label: localize(level.label, ctx.locale),
    grossPerWeek: level.grossPerWeek,
    faceToFacePerWeek: level.faceToFacePerWeek,
    supportAreas: level.supportAreas,
    ...(level.note ? { note: localize(level.note, ctx.locale) } : {}),
    source: describeSource(ctx.pack, level.source, ctx.locale),
  }));
}

function selectSel85(ctx: Context, rules: Sel85Tiers, input: Sel85TierInput) {
  const { m, checks } = ctx;
  const levels = sel85Tiers(ctx, rules);
  ctx.result.levels = levels;
  const need = checks.number('weeklyNeedHours', input.weeklyNeedHours, { min: 'zero' });
  const catalogue = ctx.pack.tiers?.supportAreas ?? [];
  const service = input.service ?? 'sel85';
  let areaCount = checks.number('supportAreaCount', input.supportAreaCount, { min: 'zero', whole: true });
  if (input.supportAreas !== undefined) {
    if (!Array.isArray(input.supportAreas)) {
      error(ctx, 'invalid-areas', 'supportAreas', m('unknownArea', { area: showValue(input.supportAreas) }));
    } else {
      for (const id of input.supportAreas) {
        const area = catalogue.find((entry) => entry.id === id);
        if (!area) error(ctx, 'unknown-area', 'supportAreas', m('unknownArea', { area: showValue(id) }));
        else if (area.onlyFor && !area.onlyFor.includes(service)) {
          flag(ctx, 'area-not-for-service', m('areaNotForService', { area: localize(area.label, ctx.locale), services: area.onlyFor.map((entry) => entry.replace(/^sel/, '§ ')).join(', ') }), area.source, 'supportAreas');
        }
      }
      areaCount = new Set(input.supportAreas).size;
    }
  }
  if (checks.errors.length > 0) return;
  if (need === undefined && areaCount === undefined) {
    error(ctx, 'required', 'weeklyNeedHours', m('needInput'));
    return;
  }

  const top = levels[levels.length - 1]!;
  const byAreas = areaCount === undefined ? [] : levels.filter((level) => level.supportAreas!.min <= areaCount! && areaCount! <= level.supportAreas!.max);
  const maxAreas = Math.max(...levels.map((level) => level.supportAreas!.max));
  if (areaCount !== undefined && areaCount > maxAreas) {
    flag(ctx, 'areas-beyond-scale', m('areasBeyond', { count: areaCount, max: maxAreas }), rules.beyondScale.source, 'supportAreas');
  }

  let proposed: Tier | null = null;
  if (need !== undefined) {
    proposed = levels.find((level) => level.faceToFacePerWeek!.hours + EPSILON >= need) ?? null;
    if (!proposed) {
      flag(ctx, 'beyond-scale', m('beyondScale', { need: formatNumber(need, ctx.locale), max: formatNumber(top.faceToFacePerWeek!.hours, ctx.locale), tier: top.label }), rules.beyondScale.source, 'weeklyNeedHours');
      ctx.result.alternatives = [top];
    } else {
      if (need === 0) flag(ctx, 'zero-need', m('zeroNeed'), rules.matching.source, 'weeklyNeedHours');
      flag(ctx, 'proposed-by-hours', m('byHours', { need: formatNumber(need, ctx.locale), tier: proposed.label, ata: formatNumber(proposed.faceToFacePerWeek!.hours, ctx.locale) }), rules.matching.source);
      if (areaCount !== undefined && byAreas.length > 0 && !byAreas.some((level) => level.id === proposed!.id)) {
        const names = byAreas.map((level) => level.label).join(' / ');
        flag(ctx, 'hours-areas-mismatch', m('mismatch', { count: areaCount, byAreas: names, byHours: proposed.label }), rules.matching.source, 'supportAreas');
        ctx.result.alternatives = byAreas;
      }
    }
  } else if (byAreas.length > 0) {
    proposed = byAreas[0]!;
    flag(ctx, 'proposed-by-areas', m('areasOnly', { count: areaCount!, tier: proposed.label }), rules.matching.source, 'weeklyNeedHours');
    ctx.result.alternatives = byAreas.slice(1);
  }
  ctx.result.tier = proposed;

  if (input.currentTier !== undefined && input.currentTier !== '') {
    const current = levels.find((level) => level.id === input.currentTier);
    if (!current) error(ctx, 'unknown-tier', 'currentTier', m('unknownTier', { tier: showValue(input.currentTier) }));
    else if (proposed && current.id !== proposed.id) flag(ctx, 'tier-change', m('tierChange', { from: current.label, to: proposed.label }), rules.matching.source);
    else if (proposed) flag(ctx, 'same-tier', m('sameTier', { tier: proposed.label }));
  }
}

// ── Vejle day services ────────────────────────────────────────────────────────────────────

function dayOptions(ctx: Context, service: DayService): Tier[] {
  return service.options.map((option) => ({
    id: `${service.id}-${option.percent}`,
    label: ctx.m('dayOptionLabel', {
      percent: formatNumber(option.percent, ctx.locale),
      days: formatNumber(option.daysPerWeek, ctx.locale),
      ...(option.halfDaysPerWeek ? { halfDays: formatNumber(option.halfDaysPerWeek, ctx.locale) } : {}),
    }),
    percent: option.percent,
    daysPerWeek: option.daysPerWeek,
    ...(option.halfDaysPerWeek ? { halfDaysPerWeek: option.halfDaysPerWeek } : {}),
    fullTime: option.fullTime,
    offeredOnFridays: option.offeredOnFridays,
    source: describeSource(ctx.pack, option.source, ctx.locale),
  }));
}

function selectDayService(ctx: Context, service: DayService, input: DayServiceTierInput) {
  const { m, checks } = ctx;
  const options = dayOptions(ctx, service);
  ctx.result.levels = options;
  const percent = checks.number('percent', input.percent, { min: 'positive' });
  const days = checks.number('daysPerWeek', input.daysPerWeek, { min: 'positive' });
  const halfDays = checks.number('halfDaysPerWeek', input.halfDaysPerWeek, { min: 'positive', whole: true });
  if (checks.errors.length > 0) return;
  if (percent === undefined && days === undefined && halfDays === undefined) {
    error(ctx, 'required', 'percent', m('needPercentOrDays'));
    return;
  }
  const offeredPercent = options.map((option) => `${formatNumber(option.percent!, ctx.locale)} %`).join(', ');
  const offeredDays = options.map((option) => formatNumber(option.daysPerWeek!, ctx.locale)).join(', ');

  const byPercent = percent === undefined ? undefined : options.find((option) => Math.abs(option.percent! - percent) < EPSILON);
  if (percent !== undefined && !byPercent) error(ctx, 'not-offered', 'percent', m('notOffered', { value: `${formatNumber(percent, ctx.locale)} %`, offered: offeredPercent }));
  const byDays = days === undefined ? undefined : options.find((option) => Math.abs(option.daysPerWeek! - days) < EPSILON);
  if (days !== undefined && !byDays) error(ctx, 'not-offered', 'daysPerWeek', m('notOfferedDays', { value: formatNumber(days, ctx.locale), offered: offeredDays }));
  const byHalfDays = halfDays === undefined ? undefined : options.find((option) => option.halfDaysPerWeek === halfDays);
  if (halfDays !== undefined && !byHalfDays) {
    const offeredHalf = options.filter((option) => option.halfDaysPerWeek).map((option) => formatNumber(option.halfDaysPerWeek!, ctx.locale)).join(', ');
    error(ctx, 'not-offered', 'halfDaysPerWeek', m('notOfferedDays', { value: `${halfDays} × ½`, offered: offeredHalf || '–' }));
  }
  if (checks.errors.length > 0) return;
  const chosen = [byPercent, byDays, byHalfDays].filter((option): option is Tier => option !== undefined);
  if (new Set(chosen.map((option) => option.id)).size > 1) {
    error(ctx, 'inconsistent', 'daysPerWeek', m('inconsistent', { percent: formatNumber(percent ?? chosen[0]!.percent!, ctx.locale), days: formatNumber(days ?? halfDays! / 2, ctx.locale) }));
    return;
  }
  const tier = chosen[0]!;
  ctx.result.tier = tier;
  const index = options.indexOf(tier);
  ctx.result.alternatives = [options[index - 1], options[index + 1]].filter((option): option is Tier => option !== undefined);
  const source = service.options[index]!.source;
  if (tier.fullTime) flag(ctx, 'full-time', m('fullTime'), source);
  if (tier.offeredOnFridays === false) flag(ctx, 'no-fridays', m('noFridays'), source);
}

// ── Alver ladder ──────────────────────────────────────────────────────────────────────────

function ladderSteps(ctx: Context, ladder: Ladder): Tier[] {
  return [...ladder.steps]
    .sort((a, b) => a.step - b.step)
    .map((step) => {
      const category = ladder.categories.find((entry) => entry.fromStep <= step.step && step.step <= entry.toStep);
      return {
        id: `step-${step.step}`,
        label: ctx.m('stepLabel', { step: step.step, label: localize(step.label, ctx.locale) }),
        step: step.step,
        ...(category ? { category: { id: category.id, label: localize(category.label, ctx.locale), fromStep: category.fromStep, toStep: category.toStep } } : {}),
        ...(step.examples ? { note: localize(step.examples, ctx.locale) } : {}),
        source: describeSource(ctx.pack, ladder.source, ctx.locale),
      };
    });
}

function selectOnLadder(ctx: Context, ladder: Ladder, input: LadderTierInput) {
  const { m, checks } = ctx;
  const steps = ladderSteps(ctx, ladder);
  ctx.result.levels = steps;
  const maxStep = steps[steps.length - 1]!.step!;
  let step = checks.number('step', input.step, { min: 'positive', whole: true });
  let placementSource: SourceRef | undefined;
  if (input.service) {
    const placement = ladder.placements.find((entry) => entry.service === input.service);
    if (!placement) error(ctx, 'unknown-placement', 'service', m('unknownPlacement', { service: showValue(input.service) }));
    else {
      step ??= placement.step;
      placementSource = placement.source;
    }
  }
  if (checks.errors.length > 0) return;
  if (step === undefined) {
    error(ctx, 'required', 'step', m('needStep'));
    return;
  }
  const tier = steps.find((entry) => entry.step === step);
  if (!tier) {
    error(ctx, 'unknown-step', 'step', m('unknownStep', { step: showValue(step), max: maxStep }));
    return;
  }
  ctx.result.tier = placementSource ? { ...tier, source: describeSource(ctx.pack, placementSource, ctx.locale) } : tier;
  ctx.result.alternatives = steps.filter((entry) => entry.step! < tier.step!).reverse();
  if (ctx.result.alternatives.length > 0) flag(ctx, 'less-intrusive-below', m('lessIntrusive', { count: ctx.result.alternatives.length }), ladder.source);
}
