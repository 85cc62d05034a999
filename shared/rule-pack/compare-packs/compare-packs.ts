import { formatDate, formatMoney, formatNumber } from '../../i18n/format.js';
import { localize, resolveLocale, type Locale, type LocalizedText } from '../../i18n/locale.js';
import { describeSource } from '../describe-source.js';
import { formatPath, type PathSegment } from '../parse-rule-pack/index.js';
import type { RulePack, SourceRef } from '../schema.js';
import { translateCompare, type CompareMessages } from './messages.js';

/** What a figure is: money, a percentage, a tier's figure, a deadline or cadence, a case limit, or another setting. */
export type FigureKind = 'rate' | 'percent' | 'tier' | 'deadline' | 'limit' | 'setting';

/** A period as packs write it (`{ amount: 3, unit: 'months' }`). */
export type FigurePeriod = { amount: number; unit: string };

/** One side of a change: the figure in one version, where it is, and its source. */
export type FigureSide = {
  /** The figure as the pack holds it. */
  value: number | string | FigurePeriod;
  /** The figure as the reader writes it (`23 500,50 kr`, `3 måned(er)`, `12 %`). */
  text: string;
  /** Where in that version: keys and list positions, and as text. */
  path: PathSegment[];
  pathText: string;
  source?: SourceRef;
  /** The source as a reader sees it: document (publisher), section — in the pack's language. */
  sourceText?: string;
};

export type PackChange = {
  /** Stable identity of the figure across versions: lists are matched by id or year, not position. */
  key: string;
  kind: FigureKind;
  /** `source-changed`: the same figure, cited from another document or section. */
  change: 'changed' | 'added' | 'removed' | 'source-changed';
  /** What the figure is, in words in the reader's language (`Vekstbedrift place: supplement on the base`). */
  label: string;
  before?: FigureSide;
  after?: FigureSide;
};

export type PackComparison = {
  /** In the order the figures appear in the newer version, removed ones where they stood. */
  changes: PackChange[];
  counts: Record<PackChange['change'], number>;
};

export type ComparePacksOptions = {
  /** Language of labels and figures: `nn`, `nb`, `da` or `en` (any BCP 47 tag is mapped). Default `en`. */
  lang?: Locale | string;
  /** Only these kinds of figure. Default: every kind. */
  kinds?: readonly FigureKind[];
};

type Figure = { kind: FigureKind; label: string; value: FigureSide['value']; text: string; path: PathSegment[]; source?: SourceRef };

/**
 * Compares two versions of a rule pack (valid packs, as `parseRulePack` returns them) and lists
 * every figure that changed, was added or was removed: rates, percentages, tiers, deadlines and
 * cadences, and case limits, each with its old and new value and its source. List entries are
 * matched by what identifies them (a rate by its year, a tier or an obligation by its id), so
 * reordering a list changes nothing. Texts (labels, notes) and the documents list are not figures
 * and are not compared; a changed source of an unchanged figure is (`source-changed`).
 *
 * @example
 * const newer = structuredClone(alver);
 * newer.funding.vekstbedrift.supplementPercent.value = 55;
 * comparePacks(alver, newer, { lang: 'nb' }).changes
 * //=> [{ key: 'funding.vekstbedrift.supplementPercent', kind: 'percent', change: 'changed',
 * //      label: 'Plass hos vekstbedrift: påslag på grunnlaget',
 * //      before: { value: 50, text: '50 %', … }, after: { value: 55, text: '55 %', … } }]
 */
export function comparePacks(before: RulePack, after: RulePack, options: ComparePacksOptions = {}): PackComparison {
  const locale = resolveLocale(options.lang ?? 'en');
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const older = collectFigures(before, locale);
  const newer = collectFigures(after, locale);
  const changes: PackChange[] = [];
  const side = (pack: RulePack, figure: Figure): FigureSide => ({
    value: figure.value,
    text: figure.text,
    path: figure.path,
    pathText: formatPath(figure.path),
    ...(figure.source ? { source: figure.source, sourceText: sourceText(pack, figure.source, locale) } : {}),
  });
  const push = (key: string, old: Figure | undefined, now: Figure | undefined) => {
    const figure = (now ?? old)!;
    if (kinds && !kinds.has(figure.kind)) return;
    let change: PackChange['change'];
    if (!old) change = 'added';
    else if (!now) change = 'removed';
    else if (!sameValue(old.value, now.value)) change = 'changed';
    else if (!sameSource(old.source, now.source)) change = 'source-changed';
    else return;
    changes.push({
      key,
      kind: figure.kind,
      change,
      label: figure.label,
      ...(old ? { before: side(before, old) } : {}),
      ...(now ? { after: side(after, now) } : {}),
    });
  };
  // Newer order, with each removed figure placed after the last figure that preceded it.
  const olderKeys = [...older.keys()];
  const emitted = new Set<string>();
  const emitRemovedBefore = (index: number) => {
    for (let i = 0; i < index; i += 1) {
      const key = olderKeys[i]!;
      if (!emitted.has(key) && !newer.has(key)) {
        emitted.add(key);
        push(key, older.get(key), undefined);
      }
    }
  };
  for (const [key, figure] of newer) {
    const index = olderKeys.indexOf(key);
    if (index >= 0) emitRemovedBefore(index);
    emitted.add(key);
    push(key, older.get(key), figure);
  }
  emitRemovedBefore(olderKeys.length);
  const counts = { changed: 0, added: 0, removed: 0, 'source-changed': 0 };
  for (const change of changes) counts[change.change] += 1;
  return { changes, counts };
}

function sameValue(a: Figure['value'], b: Figure['value']): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameSource(a: SourceRef | undefined, b: SourceRef | undefined): boolean {
  return a?.document === b?.document && a?.section === b?.section;
}

function sourceText(pack: RulePack, source: SourceRef, locale: Locale): string {
  const resolved = describeSource(pack, source, locale);
  return `${resolved.document}, ${resolved.section}`;
}

const PERIOD_UNITS = ['days', 'workingDays', 'weeks', 'months', 'years'] as const;
const COUNT_UNITS = ['days', 'weeks', 'months', 'years', 'hours', 'places'] as const;

/** Every figure of a pack by a key that stays the same when lists are reordered. */
function collectFigures(pack: RulePack, locale: Locale): Map<string, Figure> {
  const t = translateCompare.bind(locale);
  const figures = new Map<string, Figure>();
  const text = (value: LocalizedText | undefined, fallback: string) => (value ? localize(value, locale) : fallback);
  const number = (value: number) => formatNumber(value, locale);
  const money = (value: number) => formatMoney(value, pack.currency, locale);
  const percent = (value: number) => t('percent', { count: number(value) });
  const count = (value: number, unit?: string) => ((COUNT_UNITS as readonly string[]).includes(unit ?? '') ? t(unit as (typeof COUNT_UNITS)[number], { count: number(value) }) : number(value));
  const period = (value: { amount: number; unit: string }) =>
    (PERIOD_UNITS as readonly string[]).includes(value.unit) ? t(value.unit as keyof CompareMessages & (typeof PERIOD_UNITS)[number], { count: number(value.amount) }) : `${number(value.amount)} ${value.unit}`;
  const month = (value: number) => new Intl.DateTimeFormat(locale === 'nn' ? 'nb-NO' : locale === 'nb' ? 'nb-NO' : locale === 'da' ? 'da-DK' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, value - 1, 1));
  const add = (key: string, figure: Omit<Figure, 'value'> & { value: Figure['value'] | undefined }) => {
    if (figure.value === undefined) return;
    figures.set(key, figure as Figure);
  };
  const of = (context: string, field: string) => `${context}: ${field}`;
  const toPeriod = (value: { amount: number; unit: string }): FigurePeriod => ({ amount: value.amount, unit: value.unit });

  const v = pack.funding?.vekstbedrift;
  if (v) {
    const scheme = text(v.label, 'vekstbedrift');
    const base = ['funding', 'vekstbedrift'];
    const rateLabel = text(v.stateRate.label, scheme);
    v.stateRate.rates.forEach((rate, index) => {
      const path = [...base, 'stateRate', 'rates', index];
      add(`funding.vekstbedrift.stateRate[${rate.year}]`, { kind: 'rate', label: t('stateRate', { label: rateLabel, year: rate.year }), value: rate.amount, text: money(rate.amount), path: [...path, 'amount'], source: rate.source });
      rate.supersedes?.forEach((earlier, earlierIndex) =>
        add(`funding.vekstbedrift.stateRate[${rate.year}].supersedes[${earlierIndex}]`, { kind: 'rate', label: t('supersededRate', { label: rateLabel, year: rate.year, index: earlierIndex + 1 }), value: earlier.amount, text: money(earlier.amount), path: [...path, 'supersedes', earlierIndex, 'amount'], source: earlier.source }),
      );
    });
    add('funding.vekstbedrift.supplementPercent', { kind: 'percent', label: of(scheme, t('supplementPercent')), value: v.supplementPercent.value, text: percent(v.supplementPercent.value), path: [...base, 'supplementPercent', 'value'], source: v.supplementPercent.source });
    add('funding.vekstbedrift.staffing', { kind: 'setting', label: of(scheme, t('staffing')), value: `${v.staffing.staff}:${v.staffing.participants}`, text: `${number(v.staffing.staff)} : ${number(v.staffing.participants)}`, path: [...base, 'staffing'], source: v.staffing.source });
    add('funding.vekstbedrift.guidelineFrom', { kind: 'deadline', label: of(scheme, t('guidelineFrom')), value: v.guidelineFrom.date, text: formatDate(v.guidelineFrom.date, locale), path: [...base, 'guidelineFrom', 'date'], source: v.guidelineFrom.source });
    add('funding.vekstbedrift.noticePeriod', { kind: 'deadline', label: of(scheme, t('noticePeriod')), value: toPeriod(v.noticePeriod), text: period(v.noticePeriod), path: [...base, 'noticePeriod'], source: v.noticePeriod.source });
    v.budgetFrames.forEach((frame, index) => {
      const path = [...base, 'budgetFrames', index];
      add(`funding.vekstbedrift.budgetFrames[${frame.year}]`, { kind: 'rate', label: of(scheme, t('budgetFrame', { year: frame.year })), value: frame.amount, text: money(frame.amount), path: [...path, 'amount'], source: frame.source });
      add(`funding.vekstbedrift.budgetFrames[${frame.year}].persons`, { kind: 'setting', label: of(scheme, t('budgetPersons', { year: frame.year })), value: frame.persons, text: number(frame.persons ?? 0), path: [...path, 'persons'], source: frame.source });
    });
    add('funding.vekstbedrift.navCoFinancing', { kind: 'percent', label: of(text(v.navCoFinancing.label, scheme), t('coFinancing')), value: v.navCoFinancing.minimumPercent, text: percent(v.navCoFinancing.minimumPercent), path: [...base, 'navCoFinancing', 'minimumPercent'], source: v.navCoFinancing.source });
  }

  const tierLabels = new Map(pack.tiers?.sel85?.levels.map((level) => [level.id, text(level.label, level.id)]) ?? []);
  const s85 = pack.funding?.sel85;
  if (s85) {
    const scheme = text(s85.label, 'sel85');
    s85.multipliers.forEach((multiplier, index) =>
      add(`funding.sel85.multipliers[${multiplier.tier}]`, { kind: 'tier', label: of(scheme, t('daysPerWeekForTier', { tier: tierLabels.get(multiplier.tier) ?? multiplier.tier })), value: multiplier.daysPerWeek, text: number(multiplier.daysPerWeek), path: ['funding', 'sel85', 'multipliers', index, 'daysPerWeek'], source: multiplier.source }),
    );
    add('funding.sel85.weeksPerYear', { kind: 'setting', label: of(scheme, t('weeksPerYear')), value: s85.weeksPerYear.value, text: number(s85.weeksPerYear.value), path: ['funding', 'sel85', 'weeksPerYear', 'value'], source: s85.weeksPerYear.source });
  }

  const s97 = pack.funding?.sel97;
  if (s97) {
    const scheme = text(s97.label, 'sel97');
    add('funding.sel97.hoursPerMonth', { kind: 'setting', label: of(scheme, t('hoursPerMonth')), value: s97.hoursPerMonth.value, text: t('hours', { count: number(s97.hoursPerMonth.value) }), path: ['funding', 'sel97', 'hoursPerMonth', 'value'], source: s97.hoursPerMonth.source });
    add('funding.sel97.savedHoursLapseAfter', { kind: 'deadline', label: of(scheme, t('savedHoursLapse')), value: toPeriod(s97.savedHoursLapseAfter), text: period(s97.savedHoursLapseAfter), path: ['funding', 'sel97', 'savedHoursLapseAfter'], source: s97.savedHoursLapseAfter.source });
    s97.expenseAmounts.forEach((expense, index) =>
      add(`funding.sel97.expenseAmounts[${expense.year},${expense.basis}]`, { kind: 'rate', label: of(scheme, t('expenseAmount', { year: expense.year, basis: t(expense.basis) })), value: expense.amount, text: money(expense.amount), path: ['funding', 'sel97', 'expenseAmounts', index, 'amount'], source: expense.source }),
    );
  }

  const s109 = pack.funding?.sel109;
  if (s109) {
    const scheme = text(s109.label, 'sel109');
    s109.ownPaymentPerDay.forEach((rate, index) =>
      add(`funding.sel109.ownPaymentPerDay[${rate.year}]`, { kind: 'rate', label: of(scheme, t('ownPayment', { year: rate.year })), value: rate.amount, text: money(rate.amount), path: ['funding', 'sel109', 'ownPaymentPerDay', index, 'amount'], source: rate.source }),
    );
  }

  const tiers85 = pack.tiers?.sel85;
  if (tiers85) {
    const scale = text(tiers85.label, 'sel85');
    tiers85.levels.forEach((level, index) => {
      const context = `${scale} – ${tierLabels.get(level.id)}`;
      const path = ['tiers', 'sel85', 'levels', index];
      add(`tiers.sel85[${level.id}].grossPerWeek`, { kind: 'tier', label: of(context, t('grossPerWeek')), value: level.grossPerWeek.hours, text: t('hours', { count: number(level.grossPerWeek.hours) }), path: [...path, 'grossPerWeek', 'hours'], source: level.source });
      add(`tiers.sel85[${level.id}].faceToFacePerWeek`, { kind: 'tier', label: of(context, t('faceToFacePerWeek')), value: level.faceToFacePerWeek.hours, text: t('hours', { count: number(level.faceToFacePerWeek.hours) }), path: [...path, 'faceToFacePerWeek', 'hours'], source: level.source });
      add(`tiers.sel85[${level.id}].supportAreas`, { kind: 'tier', label: of(context, t('supportAreas')), value: `${level.supportAreas.min}–${level.supportAreas.max}`, text: `${number(level.supportAreas.min)}–${number(level.supportAreas.max)}`, path: [...path, 'supportAreas'], source: level.source });
    });
  }

  pack.tiers?.dayServices?.forEach((service, serviceIndex) => {
    const context = text(service.label, service.id);
    service.options.forEach((option, index) => {
      const path = ['tiers', 'dayServices', serviceIndex, 'options', index];
      const key = `tiers.dayServices[${service.id}][${option.percent}]`;
      add(`${key}.daysPerWeek`, { kind: 'percent', label: of(context, t('dayServiceDays', { percent: percent(option.percent) })), value: option.daysPerWeek, text: number(option.daysPerWeek), path: [...path, 'daysPerWeek'], source: option.source });
      add(`${key}.halfDaysPerWeek`, { kind: 'percent', label: of(context, t('dayServiceHalfDays', { percent: percent(option.percent) })), value: option.halfDaysPerWeek, text: number(option.halfDaysPerWeek ?? 0), path: [...path, 'halfDaysPerWeek'], source: option.source });
    });
  });

  const ladder = pack.tiers?.ladder;
  if (ladder) {
    const context = text(ladder.label, 'ladder');
    ladder.categories.forEach((category, index) =>
      add(`tiers.ladder.categories[${category.id}]`, { kind: 'tier', label: of(`${context} – ${text(category.label, category.id)}`, t('ladderCategory')), value: `${category.fromStep}–${category.toStep}`, text: `${number(category.fromStep)}–${number(category.toStep)}`, path: ['tiers', 'ladder', 'categories', index], source: ladder.source }),
    );
    ladder.placements.forEach((placement, index) =>
      add(`tiers.ladder.placements[${placement.service}]`, { kind: 'tier', label: of(`${context} – ${text(placement.label, placement.service)}`, t('placement')), value: placement.step, text: number(placement.step), path: ['tiers', 'ladder', 'placements', index, 'step'], source: placement.source }),
    );
  }

  const cadence = pack.cadence;
  if (cadence) {
    add('cadence.dueSoonDays', { kind: 'setting', label: t('dueSoonDays'), value: cadence.dueSoonDays, text: number(cadence.dueSoonDays), path: ['cadence', 'dueSoonDays'] });
    cadence.services.forEach((service, serviceIndex) =>
      service.obligations.forEach((rule, index) => {
        const context = `${text(service.label, service.id)} – ${text(rule.label, rule.id)}`;
        const key = `cadence[${service.id}][${rule.id}]`;
        const path = ['cadence', 'services', serviceIndex, 'obligations', index];
        const deadline = (field: string, label: keyof CompareMessages, value: { amount: number; unit: string } | undefined, at: PathSegment[] = [field]) =>
          value && add(`${key}.${field}`, { kind: 'deadline', label: of(context, t(label as 'first')), value: toPeriod(value), text: period(value), path: [...path, ...at], source: rule.source });
        const plain = (field: string, label: keyof CompareMessages, value: number | undefined, shown: (value: number) => string = number) =>
          value !== undefined && add(`${key}.${field}`, { kind: 'deadline', label: of(context, t(label as 'first')), value, text: shown(value), path: [...path, field], source: rule.source });
        switch (rule.kind) {
          case 'recurring':
            deadline('first', 'first', rule.first);
            deadline('every', 'every', rule.every);
            deadline('thenAfter.after', 'thenAfter', rule.thenAfter?.after, ['thenAfter', 'after']);
            deadline('thenAfter.every', 'thenEvery', rule.thenAfter?.every, ['thenAfter', 'every']);
            deadline('endsAfter', 'endsAfter', rule.endsAfter);
            break;
          case 'per-window':
            plain('minCount', 'minCount', rule.minCount);
            deadline('window', 'window', rule.window);
            break;
          case 'deadline':
            deadline('after', 'after', rule.after);
            break;
          case 'in-month':
            plain('month', 'month', rule.month, month);
            break;
          case 'sessions':
            plain('after', 'sessionsAfter', rule.after);
            plain('dueSoonWithin', 'dueSoonWithin', rule.dueSoonWithin);
            break;
        }
      }),
    );
  }

  pack.limits?.forEach((limit, index) => {
    const context = text(limit.label, limit.id);
    for (const [field, label] of [['min', 'limitMin'], ['usualMax', 'limitUsualMax'], ['max', 'limitMax']] as const) {
      const value = limit[field];
      add(`limits[${limit.id}].${field}`, { kind: 'limit', label: of(context, t(label)), value, text: count(value ?? 0, limit.unit), path: ['limits', index, field], source: limit.source });
    }
  });
  return figures;
}
