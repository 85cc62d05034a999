import { addPeriod, type Period } from '../../calendar/add-period/index.js';
import { daysBetween, toIsoDate, type IsoDate } from '../../calendar/iso-date.js';
import { formatDate } from '../../i18n/format.js';
import { localize, resolveLocale, type Locale } from '../../i18n/locale.js';
import { translateCadence, type CadenceMessages } from '../../i18n/messages/cadence.js';
import type { BoundTranslator } from '../../i18n/translate.js';
import { describeSource } from '../../rule-pack/describe-source.js';
import { fieldName } from '../../i18n/messages/fields.js';
import { InputChecks, showValue } from '../../rule-pack/input-checks.js';
import type { AnchorField, CadenceService, HeldRecord, ObligationRule, RulePack } from '../../rule-pack/schema.js';
import { ANCHORS, HELD_RECORDS } from '../../rule-pack/vocabulary.js';
import type { CadenceOptions, CadenceResult, CaseInput, Obligation, ObligationStatus } from './types.js';

export type * from './types.js';

const STATUS_RANK: Record<ObligationStatus, number> = { overdue: 0, 'due-soon': 1, ok: 2, 'missing-data': 3 };

const serviceIndex = new WeakMap<RulePack, Map<string, CadenceService>>();
const NO_OVERRIDES: NonNullable<CaseInput['overrides']> = [];
const translators = new Map<Locale, BoundTranslator<CadenceMessages>>();
function translatorFor(locale: Locale): BoundTranslator<CadenceMessages> {
  let translator = translators.get(locale);
  if (!translator) translators.set(locale, (translator = translateCadence.bind(locale)));
  return translator;
}
function servicesOf(pack: RulePack): Map<string, CadenceService> {
  let index = serviceIndex.get(pack);
  if (!index) {
    index = new Map((pack.cadence?.services ?? []).map((service) => [service.id, service]));
    serviceIndex.set(pack, index);
  }
  return index;
}

type Context = {
  pack: RulePack;
  locale: Locale;
  t: BoundTranslator<CadenceMessages>;
  today: IsoDate;
  dueSoonDays: number;
  anchors: Partial<Record<AnchorField, IsoDate>>;
  held: Partial<Record<HeldRecord, IsoDate[]>>;
  sessions?: number;
  recentCounts: NonNullable<CaseInput['recentCounts']>;
  input: CaseInput;
};

/**
 * Checks one case against the follow-up cadence of its service: every obligation with its due
 * date (or session), status and source, and the most urgent one as `next`.
 *
 * Months are calendar months (31 January + 1 month = end of February); working days skip the
 * weekends and public holidays of the pack's country. A recorded override replaces a due date.
 * Invalid-input policy: never throws; an unknown service or a malformed date gives `ok: false`
 * with an error naming the field, and no obligations.
 *
 * @example
 * checkCadence(builtInPacks['dk-vejle-voksen'], { service: 'sel85', start: '2025-01-15', followUps: ['2025-04-22'] }, { today: '2025-11-22' }).next?.dueDate
 * //=> '2025-10-22'
 */
const RECENT_COUNT_KEYS = ['conversations', 'collaborationMeetings', 'evaluationReports', 'systemMeetings', 'followUps'] as const;

export function checkCadence(pack: RulePack, caseInput: CaseInput, options: CadenceOptions = {}): CadenceResult {
  const locale = resolveLocale(options.lang ?? 'en');
  const t = translatorFor(locale);
  const checks = new InputChecks(locale);
  const today = options.today === undefined ? toIsoDate(new Date()) : checks.date('today', options.today, true);
  const service = servicesOf(pack).get(caseInput?.service);
  const result: CadenceResult = { ok: true, service: typeof caseInput?.service === 'string' ? caseInput.service : '', today: today ?? '', obligations: [], warnings: [], errors: checks.errors };

  if (!pack.cadence) {
    checks.errors.push({ code: 'no-cadence', field: 'service', message: t('noCadence', { pack: pack.id }) });
  } else if (!service) {
    const known = [...servicesOf(pack).keys()].join(', ');
    checks.errors.push({ code: 'unknown-service', field: 'service', fieldLabel: fieldName('service', locale), message: t('unknownService', { service: showValue(caseInput?.service ?? ''), known }) });
  }
  const anchors: Partial<Record<AnchorField, IsoDate>> = {};
  const held: Partial<Record<HeldRecord, IsoDate[]>> = {};
  const input = (caseInput ?? {}) as Record<string, unknown>;
  for (const field of ANCHORS) {
    if (input[field] === undefined) continue;
    const value = checks.date(field, input[field]);
    if (value) anchors[field] = value;
  }
  for (const field of HELD_RECORDS) {
    const raw = input[field];
    if (raw !== undefined) held[field] = checks.dates(field, typeof raw === 'string' ? [raw] : raw);
  }
  const sessions = checks.number('sessions', caseInput?.sessions, { min: 'zero', whole: true });
  const recentCounts: Record<string, number> = {};
  if (caseInput?.recentCounts) for (const [field, value] of Object.entries(caseInput.recentCounts)) {
    // A count of something the rules do not count is named, not dropped silently.
    if (!checks.oneOf('recentCounts', field, RECENT_COUNT_KEYS)) continue;
    const count = checks.number(`recentCounts.${field}`, value, { min: 'zero', whole: true });
    if (count !== undefined) recentCounts[field] = count;
  }
  const overrides = !caseInput?.overrides?.length
    ? NO_OVERRIDES
    : caseInput.overrides.filter((override, index) => {
        const date = checks.date(`overrides[${index}].date`, override?.date, true);
        const reason = checks.text(`overrides[${index}].reason`, override?.reason, true);
        return date !== undefined && reason !== undefined;
      });
  if (checks.errors.length > 0 || !service || !today) {
    result.ok = false;
    return result;
  }

  const ctx: Context = {
    pack,
    locale,
    t,
    today,
    dueSoonDays: options.dueSoonDays ?? pack.cadence!.dueSoonDays,
    anchors,
    held,
    recentCounts,
    input: caseInput,
  };
  if (sessions !== undefined) ctx.sessions = sessions;
  for (const rule of service.obligations) {
    // Organisation-level duties are checked only when the caller supplies their records.
    if (rule.scope === 'system' && !('held' in rule && rule.held && caseInput[rule.held as keyof CaseInput] !== undefined)) continue;
    const obligation = evaluate(ctx, service, rule);
    if (!obligation) continue;
    applyOverride(ctx, obligation, overrides);
    obligation.summary = summarize(ctx, obligation);
    result.obligations.push(obligation);
  }
  result.next = pickNext(result.obligations);
  return result;
}

function anchorOf(ctx: Context, rule: ObligationRule): IsoDate | undefined {
  return ctx.anchors[rule.anchor] ?? (rule.anchorFallback ? ctx.anchors[rule.anchorFallback] : undefined);
}

function heldSince(ctx: Context, record: HeldRecord, anchor: IsoDate): IsoDate[] {
  return (ctx.held[record] ?? []).filter((date) => date >= anchor);
}

/** Sets the status and days until due of an obligation from its due date. */
function setDue(ctx: Context, obligation: Obligation, dueDate: IsoDate): Obligation {
  const daysUntilDue = daysBetween(ctx.today, dueDate);
  obligation.dueDate = dueDate;
  obligation.daysUntilDue = daysUntilDue;
  obligation.status = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= ctx.dueSoonDays ? 'due-soon' : 'ok';
  return obligation;
}

function add(ctx: Context, date: IsoDate, period: Period): IsoDate {
  return addPeriod(date, period, ctx.pack.country);
}

// Obligations are built by assignment rather than object spreads: a caseload builds tens of
// thousands of them, and the spreads' allocations dominated the time.
function evaluate(ctx: Context, service: CadenceService, rule: ObligationRule): Obligation | undefined {
  const obligation: Obligation = {
    id: rule.id,
    service: service.id,
    label: localize(rule.label, ctx.locale),
    status: 'ok',
    summary: '',
    source: describeSource(ctx.pack, rule.source, ctx.locale),
  };
  const anchor = anchorOf(ctx, rule);
  if (!anchor) {
    if (rule.onlyWhenAnchored) return undefined;
    obligation.status = 'missing-data';
    // Ask for the most basic date: the fallback (e.g. the grant date) when the rule has one.
    obligation.missing = [rule.anchorFallback ?? rule.anchor];
    return obligation;
  }

  switch (rule.kind) {
    case 'recurring': {
      const last = lastHeldSince(ctx, rule.held, anchor);
      if (last) obligation.lastHeld = last;
      let dueDate: IsoDate;
      if (!last) dueDate = add(ctx, anchor, rule.first);
      else {
        const later = rule.thenAfter && last >= add(ctx, anchor, rule.thenAfter.after);
        dueDate = add(ctx, last, later ? rule.thenAfter!.every : rule.every);
      }
      if (rule.endsAfter && dueDate > add(ctx, anchor, rule.endsAfter)) {
        obligation.ended = true;
        return obligation;
      }
      return setDue(ctx, obligation, dueDate);
    }
    case 'per-window': {
      const held = heldSince(ctx, rule.held, anchor);
      const count = ctx.recentCounts[rule.held as keyof typeof ctx.recentCounts];
      if (held.length === 0 && count !== undefined) {
        obligation.heldInWindow = count;
        const firstWindowEnd = add(ctx, anchor, rule.window);
        if (count >= rule.minCount) return obligation;
        if (firstWindowEnd > ctx.today) return setDue(ctx, obligation, firstWindowEnd);
        obligation.status = 'overdue';
        return obligation;
      }
      // Every rolling window must hold `minCount`: the window breaks when the minCount-th latest
      // record falls out of it.
      const pivot = held.length >= rule.minCount ? held[held.length - rule.minCount]! : anchor;
      if (held.length > 0) obligation.lastHeld = held[held.length - 1]!;
      return setDue(ctx, obligation, add(ctx, pivot, rule.window));
    }
    case 'deadline': {
      const dueDate = add(ctx, anchor, rule.after);
      if (rule.milestone) obligation.milestone = true;
      const done = rule.held ? firstHeldSince(ctx, rule.held, anchor) : undefined;
      if (!done) return setDue(ctx, obligation, dueDate);
      obligation.dueDate = dueDate;
      obligation.completedOn = done;
      if (done > dueDate) obligation.completedLate = true;
      return obligation;
    }
    case 'in-month': {
      const held = ctx.held[rule.held] ?? [];
      if (held.length > 0) obligation.lastHeld = held[held.length - 1]!;
      const monthText = String(rule.month).padStart(2, '0');
      const monthEnd = (year: number) => toIsoDate(new Date(year, rule.month, 0));
      const doneIn = (year: number) => held.some((date) => date >= `${year}-${monthText}-01` && date <= `${year}-12-31`);
      // The first month on or after the anchor is the first one due.
      let year = Number(ctx.today.slice(0, 4));
      const firstYear = monthEnd(Number(anchor.slice(0, 4))) >= anchor ? Number(anchor.slice(0, 4)) : Number(anchor.slice(0, 4)) + 1;
      if (year < firstYear) year = firstYear;
      if (doneIn(year)) year += 1;
      return setDue(ctx, obligation, monthEnd(year));
    }
    case 'sessions': {
      obligation.dueAtSession = rule.after;
      const done = firstHeldSince(ctx, rule.held, anchor);
      if (done) obligation.completedOn = done;
      else if (ctx.sessions === undefined) {
        obligation.status = 'missing-data';
        obligation.missing = ['sessions'];
      } else obligation.status = ctx.sessions >= rule.after ? 'overdue' : ctx.sessions >= rule.after - rule.dueSoonWithin ? 'due-soon' : 'ok';
      return obligation;
    }
  }
}

/** The latest record on or after the anchor (records are sorted). */
function lastHeldSince(ctx: Context, record: HeldRecord, anchor: IsoDate): IsoDate | undefined {
  const dates = ctx.held[record];
  const last = dates?.[dates.length - 1];
  return last !== undefined && last >= anchor ? last : undefined;
}

function firstHeldSince(ctx: Context, record: HeldRecord, anchor: IsoDate): IsoDate | undefined {
  return ctx.held[record]?.find((date) => date >= anchor);
}

function applyOverride(ctx: Context, obligation: Obligation, overrides: CaseInput['overrides'] & {}) {
  if (!obligation.dueDate || obligation.completedOn || obligation.ended) return;
  const override = overrides.filter((entry) => entry.obligation === obligation.id && (!entry.replaces || entry.replaces === obligation.dueDate)).at(-1);
  if (!override) return;
  obligation.override = { originalDueDate: obligation.dueDate, reason: override.reason.trim() };
  setDue(ctx, obligation, override.date);
}

function summarize(ctx: Context, obligation: Obligation): string {
  const { t } = ctx;
  const date = (iso: IsoDate) => formatDate(iso, ctx.locale);
  const label = obligation.label;
  if (obligation.status === 'missing-data') {
    return t('missingData', { label, fields: (obligation.missing ?? []).map((field) => t('fieldNames', { field })).join(', ') });
  }
  if (obligation.ended) return t('ended', { label });
  if (obligation.completedOn) {
    return obligation.completedLate && obligation.dueDate
      ? t('completedLate', { label, date: date(obligation.completedOn), due: date(obligation.dueDate) })
      : t('completed', { label, date: date(obligation.completedOn) });
  }
  if (obligation.heldInWindow !== undefined && !obligation.dueDate) {
    return obligation.status === 'overdue'
      ? t('countShort', { label, count: obligation.heldInWindow })
      : t('countMet', { label, count: obligation.heldInWindow });
  }
  if (obligation.dueAtSession !== undefined) {
    const held = ctx.sessions ?? 0;
    return obligation.status === 'overdue'
      ? t('overdueAtSession', { session: obligation.dueAtSession, held, label })
      : t('dueAtSession', { session: obligation.dueAtSession, held, label });
  }
  const text =
    obligation.status === 'overdue'
      ? t('overdueSince', { date: date(obligation.dueDate!), label })
      : t('dueOn', { date: date(obligation.dueDate!), label, days: obligation.daysUntilDue ?? 0 });
  return obligation.override ? `${text} (${t('overridden', { original: date(obligation.override.originalDueDate), reason: obligation.override.reason })})` : text;
}

/** Open obligations: not done, not ended, checkable. Most urgent first. */
export function isOpen(obligation: Obligation): boolean {
  return !obligation.completedOn && !obligation.ended && obligation.status !== 'missing-data';
}

export function compareUrgency(a: Obligation, b: Obligation): number {
  const rank = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (rank !== 0) return rank;
  if (a.dueDate && b.dueDate) return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0;
  return a.dueDate ? -1 : b.dueDate ? 1 : 0;
}

function pickNext(obligations: Obligation[]): Obligation | undefined {
  let next: Obligation | undefined;
  for (const obligation of obligations) {
    if (isOpen(obligation) && (!next || compareUrgency(obligation, next) < 0)) next = obligation;
  }
  return next;
}
