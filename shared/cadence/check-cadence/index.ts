import { addPeriod, type Period } from '../../calendar/add-period/index.js';
import { isIsoDate, toIsoDate, type IsoDate } from '../../calendar/iso-date.js';
import { formatDate } from '../../i18n/format.js';
import { localize, resolveLocale, type Locale } from '../../i18n/locale.js';
import { translateCadence, type CadenceMessages } from '../../i18n/messages/cadence.js';
import type { BoundTranslator } from '../../i18n/translate.js';
import { describeSource, type ResolvedSource } from '../../rule-pack/describe-source.js';
import { fieldName } from '../../i18n/messages/fields.js';
import { InputChecks, showValue } from '../../rule-pack/input-checks.js';
import type { AnchorField, CadenceService, HeldRecord, ObligationRule, RulePack } from '../../rule-pack/schema.js';
import type { RuleIssue } from '../../rule-pack/result-types.js';
import { ANCHORS, HELD_RECORDS } from '../../rule-pack/vocabulary.js';
import { addCalendarPeriod, dayFromCivil, dayOfIso, daysInMonth, isoOfDay, yearOfIso } from './day-numbers.js';
import type { CadenceOptions, CadenceResult, CaseInput, Obligation, ObligationStatus } from './types.js';

export type * from './types.js';

/** A status's place in the urgency order: overdue, due soon, ok, missing data (a comparison chain: a lookup by name per row was slower in a caseload). */
export function statusRank(status: ObligationStatus): number {
  return status === 'overdue' ? 0 : status === 'due-soon' ? 1 : status === 'ok' ? 2 : 3;
}

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
  /** Today's day number: due dates are counted on integers. */
  todayDay: number;
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
    todayDay: dayOfIso(today),
  };
  if (sessions !== undefined) ctx.sessions = sessions;
  for (const packRule of service.obligations) {
    const rule = uniformRule(packRule);
    if (waitsForRecords(systemDutyRecord(rule), caseInput)) continue;
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
  /** Whether the rule is an organisation-level duty, checked only when the case carries its records. */
  systemHeld: HeldRecord | false | undefined;
  /** The rule's "overdue since" text around its date, made on first use (`null`: the text cannot be split). */
  overdueText: readonly [before: string, after: string] | null | undefined;
};

/**
 * A checker for many cases against one pack with the same options, as `checkCaseload` uses it:
 * returns what `checkCadence(pack, input, options)` returns for every input, bit for bit.
 *
 * Why it is faster: the options are read and today validated once, not per case; each service's
 * rules have their label and source resolved once; a well-formed case is read without building
 * an error collector or copies of its dates (its lists are used as they are when already sorted,
 * never modified); an overdue obligation's text is its rule's text joined around the date; a case
 * checked without an issue shares one frozen empty list of issues. Anything else — a
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
  const scratch: Obligation[] = [];
  const ctx: Context = { pack, locale, t, today, dueSoonDays, anchors: {}, held: {}, sessions: undefined, recentCounts: NO_COUNTS, input: { service: '' }, todayDay: dayOfIso(today) };
  // Each service's rules compiled on first use, found by the case's service id in one lookup.
  const compiled = new Map<string, CompiledService | null>();
  const compile = (serviceId: string): CompiledService | null => {
    const service = services.get(serviceId);
    const entry: CompiledService | null = service
      ? {
          service,
          rules: service.obligations.map((packRule): CompiledRule => {
            const rule = uniformRule(packRule);
            return { rule, label: localize(rule.label, locale), source: describeSource(pack, rule.source, locale), systemHeld: systemDutyRecord(rule), overdueText: undefined };
          }),
        }
      : null;
    compiled.set(serviceId, entry);
    return entry;
  };

  // An overdue text is the rule's text before the date, the date in words and the rest. In all four
  // languages the label comes after the date, so the text up to the date is the same for every
  // rule: it is kept per day from today (a slot, cheaper to reach than the date formatter's cache
  // keyed by text), and each case joins it to its rule's ending once.
  const headByDay: (string | undefined)[] = new Array(2 * DAY_SLOTS_EACH_WAY);
  let sharedBefore: string | undefined;
  const overdueText = (around: readonly [before: string, after: string], daysUntilDue: number, dueDate: IsoDate): string => {
    const before = around[0];
    const slot = daysUntilDue + DAY_SLOTS_EACH_WAY;
    if (before !== sharedBefore || slot < 0 || slot >= 2 * DAY_SLOTS_EACH_WAY) return before + formatDate(dueDate, locale) + around[1];
    return (headByDay[slot] ??= before + formatDate(dueDate, locale)) + around[1];
  };

  return (caseInput) => {
    const serviceId = caseInput?.service;
    const known = typeof serviceId === 'string' ? compiled.get(serviceId) : null;
    const entry = known === undefined ? compile(serviceId) : known;
    if (!entry || caseInput.recentCounts !== undefined || caseInput.overrides?.length) return general(caseInput);
    const sessions = caseInput.sessions;
    if (sessions !== undefined && !(typeof sessions === 'number' && Number.isInteger(sessions) && sessions >= 0)) return general(caseInput);
    if (!anchorsAreDates(caseInput)) return general(caseInput);
    const held = heldRecordsOf(caseInput);
    if (!held) return general(caseInput);

    // One context for every case of the call, its case fields replaced: nothing to allocate per case.
    ctx.anchors = caseInput;
    ctx.held = held;
    ctx.sessions = sessions;
    ctx.input = caseInput;
    const { service, rules } = entry;
    const found = scratch;
    let count = 0;
    let next: Obligation | undefined;
    for (let index = 0; index < rules.length; index += 1) {
      const compiledRule = rules[index]!;
      const { rule, label, source, systemHeld } = compiledRule;
      if (waitsForRecords(systemHeld, caseInput)) continue;
      const obligation = evaluate(ctx, service, rule, label, source);
      if (!obligation) continue;
      // Most of a caseload is overdue (status overdue with a day count: nothing done, nothing ended).
      if (obligation.status === 'overdue' && obligation.daysUntilDue !== undefined) {
        if (compiledRule.overdueText === undefined) {
          const around = textAroundDate(t, label);
          // Rules whose text before the date reads the same hold the same string, so the check per case is one of identity.
          compiledRule.overdueText = around && around[0] === (sharedBefore ??= around[0]) ? [sharedBefore, around[1]] : around;
        }
        const around = compiledRule.overdueText;
        obligation.summary = around ? overdueText(around, obligation.daysUntilDue, obligation.dueDate!) : summarize(ctx, obligation);
      } else obligation.summary = summarize(ctx, obligation);
      found[count++] = obligation;
      // The most urgent as they come, as pickNext chooses it.
      next = moreUrgent(next, obligation);
    }
    // A copy of exactly the obligations found: a list grown by push keeps room for 17, and 10 000
    // results stay alive. The scratch list is never emptied by `length = 0`, which gives its
    // storage back and made every case allocate it anew.
    const obligations = found.slice(0, count);
    // `next` in the literal, where checkCadence adds it: the same keys in the same order, one allocation.
    return { ok: true, service: serviceId, today, obligations, warnings: NO_ISSUES, errors: NO_ISSUES, next };
  };
}

// Days either side of today kept in a slot each (about eleven years); dates further out are written as they come.
const DAY_SLOTS_EACH_WAY = 4096;

type CompiledService = { service: CadenceService; rules: CompiledRule[] };

/**
 * A rule as the checks read it: every kind's keys present, in one order, so each rule of every
 * pack has the same shape. Rules parsed from JSON have a dozen shapes (optional keys, kinds),
 * and each read of a rule's field then went through a slow lookup for many shapes: a third of a
 * caseload check. The periods are the pack's own objects (`addPeriod` caches by them).
 */
export const RULE_KEYS = ['kind', 'id', 'label', 'anchor', 'anchorFallback', 'onlyWhenAnchored', 'scope', 'source', 'held', 'first', 'every', 'thenAfter', 'endsAfter', 'minCount', 'window', 'after', 'milestone', 'month', 'dueSoonWithin'] as const;
const uniformRules = new WeakMap<ObligationRule, ObligationRule>();
function uniformRule(rule: ObligationRule): ObligationRule {
  let uniform = uniformRules.get(rule);
  if (!uniform) {
    // Keys added in one order from an empty object: every rule ends with the same hidden class.
    const fields: Record<string, unknown> = {};
    for (const key of RULE_KEYS) fields[key] = (rule as Partial<Record<string, unknown>>)[key];
    uniformRules.set(rule, (uniform = fields as ObligationRule));
  }
  return uniform;
}

/** For an organisation-level duty the record it counts (`false`: none), for a case's duty `undefined`. */
function systemDutyRecord(rule: ObligationRule): HeldRecord | false | undefined {
  if (rule.scope !== 'system') return undefined;
  return ('held' in rule && rule.held) || false;
}

/** Organisation-level duties are checked only when the caller supplies their records. */
function waitsForRecords(systemRecord: HeldRecord | false | undefined, caseInput: CaseInput): boolean {
  return systemRecord !== undefined && (systemRecord === false || caseInput[systemRecord] === undefined);
}

const NO_ISSUES: readonly RuleIssue[] = Object.freeze([]);
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

/** Whether the character at a position is a digit: one unsigned comparison covers both ends. */
function isDigitAt(text: string, at: number): boolean {
  return (text.charCodeAt(at) - 48) >>> 0 <= 9;
}

/** `isIsoDateQuick`'s digits read as a number (checked to be digits first). */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/**
 * `isIsoDate` read from the characters, without a regular expression: a caseload checks tens of
 * thousands of dates. Days up to the 28th need no year: most dates are settled without it.
 */
function isIsoDateQuick(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  if (!(isDigitAt(value, 0) && isDigitAt(value, 1) && isDigitAt(value, 2) && isDigitAt(value, 3) && isDigitAt(value, 5) && isDigitAt(value, 6) && isDigitAt(value, 8) && isDigitAt(value, 9))) return false;
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= 28 || day <= daysInMonth(twoDigits(value, 0) * 100 + twoDigits(value, 2), month);
}

function anchorOf(ctx: Context, rule: ObligationRule): IsoDate | undefined {
  return ctx.anchors[rule.anchor] ?? (rule.anchorFallback ? ctx.anchors[rule.anchorFallback] : undefined);
}

/** Day number of a date a rule computed: `YYYY-MM-DD`, or past 9999 a five-digit year. */
function dayOf(iso: IsoDate): number {
  if (iso.length === 10) return dayOfIso(iso);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return dayFromCivil(year, month, day);
}

/** A date plus a period, as a day number: calendar periods on integers, working days by the country's calendar. */
function addToDay(ctx: Context, date: IsoDate, period: Period): number {
  return addCalendarPeriod(date, period) ?? dayOf(addPeriod(date, period, ctx.pack.country));
}

/** The status of a date-based obligation due `daysUntilDue` days from today. */
function statusIn(ctx: Context, daysUntilDue: number): ObligationStatus {
  return daysUntilDue < 0 ? 'overdue' : daysUntilDue <= ctx.dueSoonDays ? 'due-soon' : 'ok';
}

/** Sets the due date, days until due and status of an obligation (an override's date, a month's end). */
function setDue(ctx: Context, obligation: Obligation, dueDate: IsoDate): Obligation {
  const daysUntilDue = dayOf(dueDate) - ctx.todayDay;
  obligation.dueDate = dueDate;
  obligation.daysUntilDue = daysUntilDue;
  obligation.status = statusIn(ctx, daysUntilDue);
  return obligation;
}

// Dates are compared and counted as day numbers (a date a rule computes may pass 9999, where
// string order is not calendar order). The usual obligations are built in one literal each, not by
// adding keys one by one: a caseload builds tens of thousands of them, and every added key grew the
// object. The key order is the same whichever way an obligation is built.

/** An open obligation due on day `dueDay`, with the last record held when there is one. */
function due(ctx: Context, rule: ObligationRule, service: CadenceService, label: string, source: ResolvedSource, dueDay: number, lastHeld?: IsoDate): Obligation {
  const daysUntilDue = dueDay - ctx.todayDay;
  const status = statusIn(ctx, daysUntilDue);
  const dueDate = isoOfDay(dueDay);
  return lastHeld === undefined
    ? { id: rule.id, service: service.id, label, status, summary: '', source, dueDate, daysUntilDue }
    : { id: rule.id, service: service.id, label, status, summary: '', source, lastHeld, dueDate, daysUntilDue };
}

function evaluate(ctx: Context, service: CadenceService, rule: ObligationRule, label: string, source: ResolvedSource): Obligation | undefined {
  const anchor = anchorOf(ctx, rule);
  if (!anchor) {
    if (rule.onlyWhenAnchored) return undefined;
    // Ask for the most basic date: the fallback (e.g. the grant date) when the rule has one.
    return { id: rule.id, service: service.id, label, status: 'missing-data', summary: '', source, missing: [rule.anchorFallback ?? rule.anchor] };
  }

  switch (rule.kind) {
    case 'recurring': {
      const last = lastHeldSince(ctx, rule.held, anchor);
      let dueDay: number;
      if (!last) dueDay = addToDay(ctx, anchor, rule.first);
      else {
        const later = rule.thenAfter && dayOfIso(last) >= addToDay(ctx, anchor, rule.thenAfter.after);
        dueDay = addToDay(ctx, last, later ? rule.thenAfter!.every : rule.every);
      }
      if (rule.endsAfter && dueDay > addToDay(ctx, anchor, rule.endsAfter)) {
        return last
          ? { id: rule.id, service: service.id, label, status: 'ok', summary: '', source, lastHeld: last, ended: true }
          : { id: rule.id, service: service.id, label, status: 'ok', summary: '', source, ended: true };
      }
      return due(ctx, rule, service, label, source, dueDay, last);
    }
    case 'per-window': {
      const held = ctx.held[rule.held] ?? [];
      // Records are sorted: those on or after the anchor are the tail from `first`.
      let first = held.length;
      while (first > 0 && held[first - 1]! >= anchor) first -= 1;
      const heldCount = held.length - first;
      const count = ctx.recentCounts[rule.held as keyof typeof ctx.recentCounts];
      if (heldCount === 0 && count !== undefined) {
        const obligation: Obligation = { id: rule.id, service: service.id, label, status: 'ok', summary: '', source, heldInWindow: count };
        const firstWindowEnd = isoOfDay(addToDay(ctx, anchor, rule.window));
        if (count >= rule.minCount) return obligation;
        if (firstWindowEnd > ctx.today) return setDue(ctx, obligation, firstWindowEnd);
        obligation.status = 'overdue';
        return obligation;
      }
      // Every rolling window must hold `minCount`: the window breaks when the minCount-th latest
      // record falls out of it.
      const pivot = heldCount >= rule.minCount ? held[held.length - rule.minCount]! : anchor;
      return due(ctx, rule, service, label, source, addToDay(ctx, pivot, rule.window), heldCount > 0 ? held[held.length - 1] : undefined);
    }
    case 'deadline': {
      const dueDay = addToDay(ctx, anchor, rule.after);
      const done = rule.held ? firstHeldSince(ctx, rule.held, anchor) : undefined;
      if (!done) {
        if (!rule.milestone) return due(ctx, rule, service, label, source, dueDay);
        const daysUntilDue = dueDay - ctx.todayDay;
        return { id: rule.id, service: service.id, label, status: statusIn(ctx, daysUntilDue), summary: '', source, milestone: true, dueDate: isoOfDay(dueDay), daysUntilDue };
      }
      const obligation: Obligation = { id: rule.id, service: service.id, label, status: 'ok', summary: '', source };
      if (rule.milestone) obligation.milestone = true;
      obligation.dueDate = isoOfDay(dueDay);
      obligation.completedOn = done;
      if (dayOfIso(done) > dueDay) obligation.completedLate = true;
      return obligation;
    }
    case 'in-month': {
      const obligation: Obligation = { id: rule.id, service: service.id, label, status: 'ok', summary: '', source };
      const held = ctx.held[rule.held] ?? [];
      if (held.length > 0) obligation.lastHeld = held[held.length - 1]!;
      const monthText = String(rule.month).padStart(2, '0');
      const monthEnd = (year: number) => isoOfDay(dayFromCivil(year, rule.month, daysInMonth(year, rule.month)));
      const doneIn = (year: number) => held.some((date) => date >= `${year}-${monthText}-01` && date <= `${year}-12-31`);
      // The first month on or after the anchor is the first one due.
      let year = yearOfIso(ctx.today);
      const anchorYear = yearOfIso(anchor);
      const firstYear = monthEnd(anchorYear) >= anchor ? anchorYear : anchorYear + 1;
      if (year < firstYear) year = firstYear;
      if (doneIn(year)) year += 1;
      return setDue(ctx, obligation, monthEnd(year));
    }
    case 'sessions': {
      const obligation: Obligation = { id: rule.id, service: service.id, label, status: 'ok', summary: '', source, dueAtSession: rule.after };
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

/** The earliest record on or after the anchor (records are sorted); a loop, as a `find` callback is one more allocation per rule and case. */
function firstHeldSince(ctx: Context, record: HeldRecord, anchor: IsoDate): IsoDate | undefined {
  const dates = ctx.held[record];
  if (dates) for (let index = 0; index < dates.length; index += 1) if (dates[index]! >= anchor) return dates[index];
  return undefined;
}

function applyOverride(ctx: Context, obligation: Obligation, overrides: CaseInput['overrides'] & {}) {
  if (!obligation.dueDate || obligation.completedOn || obligation.ended) return;
  const override = overrides.filter((entry) => entry.obligation === obligation.id && (!entry.replaces || entry.replaces === obligation.dueDate)).at(-1);
  if (!override) return;
  obligation.override = { originalDueDate: obligation.dueDate, reason: override.reason.trim() };
  setDue(ctx, obligation, override.date);
}

const DATE_SLOT = '\u0000date\u0000';

/**
 * The "overdue since <date>: <label>" text of one rule as the text before and after its date, or
 * `null` when the message does not place the date once, as it is. Made once per rule and caseload
 * check: a caseload writes this text for most of its cases, and each one written through the
 * message function cost a parameter object and three joined strings, the largest share of the
 * memory a caseload check allocates. The property test beside this file checks the texts equal
 * the message's own in every language.
 */
function textAroundDate(t: BoundTranslator<CadenceMessages>, label: string): readonly [string, string] | null {
  const probe = t('overdueSince', { date: DATE_SLOT, label });
  const at = probe.indexOf(DATE_SLOT);
  if (at < 0 || probe.indexOf(DATE_SLOT, at + 1) >= 0) return null;
  return [probe.slice(0, at), probe.slice(at + DATE_SLOT.length)];
}

function summarize(ctx: Context, obligation: Obligation): string {
  const { t } = ctx;
  const locale = ctx.locale;
  const label = obligation.label;
  if (obligation.status === 'missing-data') {
    return t('missingData', { label, fields: (obligation.missing ?? []).map((field) => t('fieldNames', { field })).join(', ') });
  }
  if (obligation.ended) return t('ended', { label });
  if (obligation.completedOn) {
    return obligation.completedLate && obligation.dueDate
      ? t('completedLate', { label, date: formatDate(obligation.completedOn, locale), due: formatDate(obligation.dueDate, locale) })
      : t('completed', { label, date: formatDate(obligation.completedOn, locale) });
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
      ? t('overdueSince', { date: formatDate(obligation.dueDate!, locale), label })
      : t('dueOn', { date: formatDate(obligation.dueDate!, locale), label, days: obligation.daysUntilDue ?? 0 });
  return obligation.override ? `${text} (${t('overridden', { original: formatDate(obligation.override.originalDueDate, locale), reason: obligation.override.reason })})` : text;
}

/** Open obligations: not done, not ended, checkable. Most urgent first. */
export function isOpen(obligation: Obligation): boolean {
  return !obligation.completedOn && !obligation.ended && obligation.status !== 'missing-data';
}

export function compareUrgency(a: Obligation, b: Obligation): number {
  const rank = statusRank(a.status) - statusRank(b.status);
  if (rank !== 0) return rank;
  if (a.dueDate && b.dueDate) return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0;
  return a.dueDate ? -1 : b.dueDate ? 1 : 0;
}

/** The more urgent of the next obligation so far and another, if that one is open. */
function moreUrgent(next: Obligation | undefined, obligation: Obligation): Obligation | undefined {
  return isOpen(obligation) && (!next || compareUrgency(obligation, next) < 0) ? obligation : next;
}

function pickNext(obligations: Obligation[]): Obligation | undefined {
  let next: Obligation | undefined;
  for (const obligation of obligations) next = moreUrgent(next, obligation);
  return next;
}
