import { addPeriod, type Period } from '../../calendar/add-period/index.js';
import { daysBetween, isIsoDate, toIsoDate, type IsoDate } from '../../calendar/iso-date.js';
import { formatDate } from '../../i18n/format.js';
import { localize, resolveLocale, type Locale } from '../../i18n/locale.js';
import { translateCadence, type CadenceMessages } from '../../i18n/messages/cadence.js';
import type { BoundTranslator } from '../../i18n/translate.js';
import { describeSource, type ResolvedSource } from '../../rule-pack/describe-source.js';
import { fieldName } from '../../i18n/messages/fields.js';
import { InputChecks, showValue } from '../../rule-pack/input-checks.js';
import type { AnchorField, CadenceService, HeldRecord, ObligationRule, RulePack } from '../../rule-pack/schema.js';
import { ANCHORS, HELD_RECORDS } from '../../rule-pack/vocabulary.js';
import { addCalendarPeriod, dayOfIso, isoOfDay, yearOfIso } from './day-numbers.js';
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
  sessions?: number | undefined;
  recentCounts: NonNullable<CaseInput['recentCounts']>;
  input: CaseInput;
  /** Set by the caseload checker: today's day number, for calendar arithmetic on integers. */
  todayDay?: number;
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
    const obligation = evaluate(ctx, service, rule, localize(rule.label, locale), describeSource(pack, rule.source, locale));
    if (!obligation) continue;
    applyOverride(ctx, obligation, overrides);
    obligation.summary = summarize(ctx, obligation);
    result.obligations.push(obligation);
  }
  result.next = pickNext(result.obligations);
  return result;
}

/** A rule of a service with what does not depend on the case worked out once per caseload check. */
type CompiledRule = {
  rule: ObligationRule;
  label: string;
  source: ResolvedSource;
  /** Summaries of open, date-based obligations by due date: with today and the language fixed, the due date decides the text. */
  summaries: Map<IsoDate, string>;
};
type CompiledService = { service: CadenceService; rules: CompiledRule[] };

/**
 * A checker for many cases against one pack with the same options, as `checkCaseload` uses it:
 * returns what `checkCadence(pack, input, options)` returns for every input, bit for bit.
 *
 * Why it is faster: the options are read and today validated once, not per case; each service's
 * rules have their label and source resolved once; a well-formed case is read without building
 * an error collector or copies of its dates (its lists are used as they are when already sorted,
 * never modified); summaries are shared between cases with the same due date. Anything else — a
 * malformed or missing field, an unknown service, counts, overrides, sessions given as text —
 * goes through `checkCadence` itself, so errors are reported exactly as there.
 */
export function createCadenceChecker(pack: RulePack, options: CadenceOptions = {}): (caseInput: CaseInput) => CadenceResult {
  const locale = resolveLocale(options.lang ?? 'en');
  const today = options.today === undefined ? toIsoDate(new Date()) : options.today;
  const general = (caseInput: CaseInput) => checkCadence(pack, caseInput, { ...options, today, lang: locale });
  if (!pack.cadence || !isIsoDate(today)) return general;
  const t = translatorFor(locale);
  const dueSoonDays = options.dueSoonDays ?? pack.cadence.dueSoonDays;
  const services = servicesOf(pack);
  const todayDay = epochDayOf(today);
  const scratch: Obligation[] = [];
  const ctx: Context = { pack, locale, t, today, dueSoonDays, anchors: {}, held: {}, sessions: undefined, recentCounts: NO_COUNTS, input: { service: '' }, todayDay };
  const compiled = new Map<string, CompiledService>();
  const compile = (service: CadenceService): CompiledService => {
    const rules = service.obligations.map((rule) => ({ rule, label: localize(rule.label, locale), source: describeSource(pack, rule.source, locale), summaries: new Map<IsoDate, string>() }));
    const entry = { service, rules };
    compiled.set(service.id, entry);
    return entry;
  };

  return (caseInput) => {
    const serviceId = caseInput?.service;
    const service = typeof serviceId === 'string' ? services.get(serviceId) : undefined;
    if (!service || caseInput.recentCounts !== undefined || caseInput.overrides?.length) return general(caseInput);
    const sessions = caseInput.sessions;
    if (sessions !== undefined && !(typeof sessions === 'number' && Number.isInteger(sessions) && sessions >= 0)) return general(caseInput);
    if (!anchorsAreDates(caseInput)) return general(caseInput);
    const held = heldRecordsOf(caseInput);
    if (!held) return general(caseInput);
    const input = caseInput as unknown as Record<string, unknown>;

    // One context for every case of the call, its case fields replaced: nothing to allocate per case.
    ctx.anchors = caseInput;
    ctx.held = held;
    ctx.sessions = sessions;
    ctx.input = caseInput;
    const found = scratch;
    for (const { rule, label, source, summaries } of (compiled.get(service.id) ?? compile(service)).rules) {
      if (rule.scope === 'system' && !('held' in rule && rule.held && input[rule.held] !== undefined)) continue;
      const obligation = evaluate(ctx, service, rule, label, source);
      if (!obligation) continue;
      const dueDate = obligation.dueDate;
      if (dueDate !== undefined && obligation.completedOn === undefined && !obligation.ended && obligation.status !== 'missing-data') {
        let summary = summaries.get(dueDate);
        if (summary === undefined) summaries.set(dueDate, (summary = summarize(ctx, obligation)));
        obligation.summary = summary;
      } else obligation.summary = summarize(ctx, obligation);
      found.push(obligation);
    }
    // A copy of exactly the obligations found: a list grown by push keeps room for 17, and 10 000 results stay alive.
    const obligations = found.slice();
    found.length = 0;
    // `next` in the literal, where checkCadence adds it: the same keys in the same order, one allocation.
    return { ok: true, service: serviceId, today, obligations, warnings: [], errors: [], next: pickNext(obligations) };
  };
}

const NO_COUNTS: NonNullable<CaseInput['recentCounts']> = Object.freeze({});

// The case's fields are read by name, not in a loop over ANCHORS / HELD_RECORDS: a property read
// with a changing key is a generic lookup, and these reads were a fifth of a caseload's time.
// The test beside this file checks that the names here are the vocabulary's.

/** Every anchor date of the case absent or a valid ISO date (an empty or null field goes the general way). */
function anchorsAreDates(input: CaseInput): boolean {
  return (
    optionalDate(input.start) &&
    optionalDate(input.levelSince) &&
    optionalDate(input.arrival) &&
    optionalDate(input.informed) &&
    optionalDate(input.stayPlan) &&
    optionalDate(input.noticeGiven) &&
    optionalDate(input.received) &&
    optionalDate(input.decisionReceived)
  );
}
export const ANCHORS_READ_BY_NAME = ['start', 'levelSince', 'arrival', 'informed', 'stayPlan', 'noticeGiven', 'received', 'decisionReceived'] as const;

function optionalDate(value: unknown): boolean {
  return value === undefined || isIsoDateQuick(value);
}

const USABLE = 0;
const TO_COPY = 1;
const INVALID = 2;
/** Whether a held-record field can be read as it is (absent, null, or sorted valid dates), must be copied (one date, or unsorted), or holds anything else. */
function heldState(value: unknown): number {
  if (value === undefined || value === null) return USABLE;
  if (typeof value === 'string') return isIsoDateQuick(value) ? TO_COPY : INVALID;
  if (!Array.isArray(value)) return INVALID;
  let state = USABLE;
  for (let index = 0; index < value.length; index += 1) {
    if (!isIsoDateQuick(value[index])) return INVALID;
    if (index > 0 && value[index - 1] > value[index]) state = TO_COPY;
  }
  return state;
}

/**
 * A case's held records as `checkCadence` reads them (valid dates, sorted), or `undefined` when a
 * list holds anything else. The case's own lists are used when they already are that, and never
 * modified; only a single date or an unsorted list is copied.
 */
function heldRecordsOf(input: CaseInput): Context['held'] | undefined {
  const state = Math.max(
    heldState(input.followUps),
    heldState(input.sparringDiscussions),
    heldState(input.rateReviews),
    heldState(input.evaluationReports),
    heldState(input.collaborationMeetings),
    heldState(input.conversations),
    heldState(input.systemMeetings),
    heldState(input.informed),
    heldState(input.stayPlan),
    heldState(input.answered),
    heldState(input.guidelineEvaluations),
    heldState(input.departmentEvaluations),
    heldState(input.halfYearEvaluations),
  );
  if (state === USABLE) return input as Context['held'];
  if (state === INVALID) return undefined;
  const held: Context['held'] = {};
  const fields = input as Record<string, unknown>;
  for (const field of HELD_RECORDS) {
    const value = fields[field];
    if (value === undefined) continue;
    held[field] = value === null ? [] : typeof value === 'string' ? [value] : [...(value as IsoDate[])].sort();
  }
  return held;
}
export const HELD_RECORDS_READ_BY_NAME = ['followUps', 'sparringDiscussions', 'rateReviews', 'evaluationReports', 'collaborationMeetings', 'conversations', 'systemMeetings', 'informed', 'stayPlan', 'answered', 'guidelineEvaluations', 'departmentEvaluations', 'halfYearEvaluations'] as const;

/** The digit at a position, or a large negative number for anything else (so a sum of them is negative). */
function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -100_000;
}

/** `isIsoDate` read from the characters, without a regular expression: a caseload checks tens of thousands of dates. */
function isIsoDateQuick(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

function anchorOf(ctx: Context, rule: ObligationRule): IsoDate | undefined {
  return ctx.anchors[rule.anchor] ?? (rule.anchorFallback ? ctx.anchors[rule.anchorFallback] : undefined);
}

function heldSince(ctx: Context, record: HeldRecord, anchor: IsoDate): IsoDate[] {
  return (ctx.held[record] ?? []).filter((date) => date >= anchor);
}

/** Sets the status and days until due of an obligation from its due date. */
function setDue(ctx: Context, obligation: Obligation, dueDate: IsoDate): Obligation {
  const daysUntilDue = ctx.todayDay === undefined ? daysBetween(ctx.today, dueDate) : epochDayOf(dueDate) - ctx.todayDay;
  obligation.dueDate = dueDate;
  obligation.daysUntilDue = daysUntilDue;
  obligation.status = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= ctx.dueSoonDays ? 'due-soon' : 'ok';
  return obligation;
}

function add(ctx: Context, date: IsoDate, period: Period): IsoDate {
  if (ctx.todayDay !== undefined) {
    const sum = addCalendarPeriod(date, period);
    if (sum !== undefined) return isoOfDay(sum);
  }
  return addPeriod(date, period, ctx.pack.country);
}

/**
 * The day number `daysBetween` counts from. It reads a year below 100 as 19xx and a five-digit year
 * (a due date past 9999) by character positions; the caseload checker must count as it does.
 */
function epochDayOf(iso: IsoDate): number {
  return iso.length !== 10 || yearOfIso(iso) < 100 ? daysBetween('1970-01-01', iso) : dayOfIso(iso);
}

// Obligations are built by assignment rather than object spreads: a caseload builds tens of
// thousands of them, and the spreads' allocations dominated the time.
function evaluate(ctx: Context, service: CadenceService, rule: ObligationRule, label: string, source: ResolvedSource): Obligation | undefined {
  const obligation: Obligation = { id: rule.id, service: service.id, label, status: 'ok', summary: '', source };
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
