import { differenceInCalendarDays } from 'date-fns';
import { addPeriod, type Period } from '../../calendar/add-period/index.js';
import { toDate, toIsoDate, type IsoDate } from '../../calendar/iso-date.js';
import { formatDate } from '../../i18n/format.js';
import { localize, resolveLocale, type Locale } from '../../i18n/locale.js';
import { translateCadence } from '../../i18n/messages/cadence.js';
import { describeSource } from '../../rule-pack/describe-source.js';
import { InputChecks } from '../../rule-pack/input-checks.js';
import type { AnchorField, CadenceService, HeldRecord, ObligationRule, RulePack } from '../../rule-pack/schema.js';
import { ANCHORS, HELD_RECORDS } from '../../rule-pack/schema.js';
import type { CadenceOptions, CadenceResult, CaseInput, Obligation, ObligationStatus } from './types.js';

export type * from './types.js';

const STATUS_RANK: Record<ObligationStatus, number> = { overdue: 0, 'due-soon': 1, ok: 2, 'missing-data': 3 };

const serviceIndex = new WeakMap<RulePack, Map<string, CadenceService>>();
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
export function checkCadence(pack: RulePack, caseInput: CaseInput, options: CadenceOptions = {}): CadenceResult {
  const locale = resolveLocale(options.lang ?? 'en');
  const t = translateCadence.bind(locale);
  const checks = new InputChecks(locale);
  const today = options.today === undefined ? toIsoDate(new Date()) : checks.date('today', options.today, true);
  const service = servicesOf(pack).get(caseInput?.service);
  const result: CadenceResult = { ok: true, service: String(caseInput?.service ?? ''), today: today ?? '', obligations: [], warnings: [], errors: checks.errors };

  if (!pack.cadence) {
    checks.errors.push({ code: 'no-cadence', field: 'service', message: t('noCadence', { pack: pack.id }) });
  } else if (!service) {
    const known = [...servicesOf(pack).keys()].join(', ');
    checks.errors.push({ code: 'unknown-service', field: 'service', message: t('unknownService', { service: String(caseInput?.service ?? ''), known }) });
  }
  const anchors: Partial<Record<AnchorField, IsoDate>> = {};
  for (const field of ANCHORS) {
    const value = checks.date(field, (caseInput as Record<string, unknown> | undefined)?.[field]);
    if (value) anchors[field] = value;
  }
  const held: Partial<Record<HeldRecord, IsoDate[]>> = {};
  for (const field of HELD_RECORDS) {
    const raw = (caseInput as Record<string, unknown> | undefined)?.[field];
    held[field] = checks.dates(field, typeof raw === 'string' ? [raw] : raw);
  }
  const sessions = checks.number('sessions', caseInput?.sessions, { min: 'zero', whole: true });
  const recentCounts: Record<string, number> = {};
  for (const [field, value] of Object.entries(caseInput?.recentCounts ?? {})) {
    const count = checks.number(`recentCounts.${field}`, value, { min: 'zero', whole: true });
    if (count !== undefined) recentCounts[field] = count;
  }
  const overrides = (caseInput?.overrides ?? []).filter((override, index) => {
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
    today,
    dueSoonDays: options.dueSoonDays ?? pack.cadence!.dueSoonDays,
    anchors,
    held,
    ...(sessions !== undefined ? { sessions } : {}),
    recentCounts,
    input: caseInput,
  };
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

function statusFor(ctx: Context, dueDate: IsoDate): { status: ObligationStatus; daysUntilDue: number } {
  const daysUntilDue = differenceInCalendarDays(toDate(dueDate), toDate(ctx.today));
  const status: ObligationStatus = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= ctx.dueSoonDays ? 'due-soon' : 'ok';
  return { status, daysUntilDue };
}

function add(ctx: Context, date: IsoDate, period: Period): IsoDate {
  return addPeriod(date, period, ctx.pack.country);
}

function evaluate(ctx: Context, service: CadenceService, rule: ObligationRule): Obligation | undefined {
  const base = {
    id: rule.id,
    service: service.id,
    label: localize(rule.label, ctx.locale),
    summary: '',
    source: describeSource(ctx.pack, rule.source, ctx.locale),
  };
  const anchor = anchorOf(ctx, rule);
  if (!anchor) {
    if (rule.onlyWhenAnchored) return undefined;
    // Ask for the most basic date: the fallback (e.g. the grant date) when the rule has one.
    return { ...base, status: 'missing-data', missing: [rule.anchorFallback ?? rule.anchor] };
  }

  switch (rule.kind) {
    case 'recurring': {
      const held = heldSince(ctx, rule.held, anchor);
      const last = held[held.length - 1];
      let dueDate: IsoDate;
      if (!last) {
        dueDate = add(ctx, anchor, rule.first);
      } else {
        const later = rule.thenAfter && last >= add(ctx, anchor, rule.thenAfter.after);
        dueDate = add(ctx, last, later ? rule.thenAfter!.every : rule.every);
      }
      if (rule.endsAfter && dueDate > add(ctx, anchor, rule.endsAfter)) {
        return { ...base, status: 'ok', ended: true, ...(last ? { lastHeld: last } : {}) };
      }
      return { ...base, dueDate, ...statusFor(ctx, dueDate), ...(last ? { lastHeld: last } : {}) };
    }
    case 'per-window': {
      const held = heldSince(ctx, rule.held, anchor);
      const count = ctx.recentCounts[rule.held as keyof typeof ctx.recentCounts];
      if (held.length === 0 && count !== undefined) {
        const firstWindowEnd = add(ctx, anchor, rule.window);
        if (count >= rule.minCount) return { ...base, status: 'ok', heldInWindow: count };
        if (firstWindowEnd > ctx.today) return { ...base, dueDate: firstWindowEnd, ...statusFor(ctx, firstWindowEnd), heldInWindow: count };
        return { ...base, status: 'overdue', heldInWindow: count };
      }
      // Every rolling window must hold `minCount`: the window breaks when the minCount-th latest
      // record falls out of it.
      const pivot = held.length >= rule.minCount ? held[held.length - rule.minCount]! : anchor;
      const dueDate = add(ctx, pivot, rule.window);
      const last = held[held.length - 1];
      return { ...base, dueDate, ...statusFor(ctx, dueDate), ...(last ? { lastHeld: last } : {}) };
    }
    case 'deadline': {
      const dueDate = add(ctx, anchor, rule.after);
      const done = rule.held ? heldSince(ctx, rule.held, anchor)[0] : undefined;
      if (done) {
        return { ...base, dueDate, status: 'ok', completedOn: done, ...(done > dueDate ? { completedLate: true } : {}), ...(rule.milestone ? { milestone: true } : {}) };
      }
      return { ...base, dueDate, ...statusFor(ctx, dueDate), ...(rule.milestone ? { milestone: true } : {}) };
    }
    case 'sessions': {
      const done = heldSince(ctx, rule.held, anchor)[0];
      if (done) return { ...base, dueAtSession: rule.after, status: 'ok', completedOn: done };
      if (ctx.sessions === undefined) return { ...base, dueAtSession: rule.after, status: 'missing-data', missing: ['sessions'] };
      const status: ObligationStatus = ctx.sessions >= rule.after ? 'overdue' : ctx.sessions >= rule.after - rule.dueSoonWithin ? 'due-soon' : 'ok';
      return { ...base, dueAtSession: rule.after, status };
    }
  }
}

function applyOverride(ctx: Context, obligation: Obligation, overrides: CaseInput['overrides'] & {}) {
  if (!obligation.dueDate || obligation.completedOn || obligation.ended) return;
  const override = overrides.filter((entry) => entry.obligation === obligation.id && (!entry.replaces || entry.replaces === obligation.dueDate)).at(-1);
  if (!override) return;
  obligation.override = { originalDueDate: obligation.dueDate, reason: override.reason.trim() };
  obligation.dueDate = override.date;
  Object.assign(obligation, statusFor(ctx, override.date));
}

function summarize(ctx: Context, obligation: Obligation): string {
  const t = translateCadence.bind(ctx.locale);
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
