import {
  builtInPacks,
  checkCadence,
  computeFunding,
  findService,
  formatMoney,
  formatNumber,
  localize,
  selectTier,
  yearOf,
  type CadenceResult,
  type CaseInput,
  type Locale,
  type ObligationStatus,
  type RulePack,
} from '../../shared/index.js';
import type { CheckId, FieldName, PageProfile, SiteProfile } from '../site-profiles/schema.js';
import type { ExtractedCase } from '../extract/extract-case.js';
import { translateOverlay } from './messages.js';
import { fieldWord } from '../site-profiles/generic-profile.js';

export type BadgeTone = 'alert' | 'warn' | 'ok' | 'info';

/** One inline check: where it goes, how urgent it is, and what it says. */
export type Badge = {
  check: CheckId;
  anchor: FieldName;
  tone: BadgeTone;
  text: string;
  /** The journal fields the check read (what the panel shows as its inputs). */
  fields: FieldName[];
};

export type CaseChecks = {
  packId: string;
  /** The journal's case number, to derive a pseudonymous key; never stored or shown elsewhere. */
  caseNumber?: string;
  serviceId?: string;
  badges: Badge[];
  /** What the panel shows in full: the inputs the components get. */
  caseInput?: CaseInput;
  /** Fields the page profile names that were not on the page or could not be read. */
  notFound: FieldName[];
  unreadable: FieldName[];
};

export type CheckOptions = {
  lang: Locale;
  /** Reference date (training); default today. */
  today?: string;
  /** A pack chosen in the options or pushed by policy, used instead of the profile's. */
  pack?: RulePack;
};

const TONE: Record<ObligationStatus, BadgeTone> = { overdue: 'alert', 'due-soon': 'warn', ok: 'ok', 'missing-data': 'info' };

/** Which journal field an obligation's records come from, so its badge sits there. */
const FIELD_OF_RECORD: Record<string, FieldName> = {
  followUps: 'lastFollowUp',
  evaluationReports: 'lastEvaluationReport',
  collaborationMeetings: 'lastCollaborationMeeting',
  conversations: 'conversationsLast12Months',
};

const builtIn = (id: string): RulePack | undefined => builtInPacks[id as keyof typeof builtInPacks];

function packFor(profile: SiteProfile, extracted: ExtractedCase, chosen?: RulePack): { id: string; pack?: RulePack } {
  const country = String(extracted.fields.country?.value ?? '').trim().toUpperCase();
  const id = (country && profile.packByCountry?.[country]) || chosen?.id || profile.pack;
  const pack = chosen && chosen.id === id ? chosen : builtIn(id);
  if (!profile.packCandidates || (country && profile.packByCountry?.[country])) return { id, pack };
  // A profile that knows no journal (the generic one): the first pack that knows the case's service.
  const service = extracted.fields.service?.value as string | undefined;
  const target = extracted.fields.targetGroup?.value as string | undefined;
  for (const candidate of [pack, ...profile.packCandidates.map(builtIn)]) {
    if (candidate && findService(candidate, service, target)) return { id: candidate.id, pack: candidate };
  }
  return { id, pack };
}

/** Which of a check's input fields were found but could not be read: the check then says so instead of computing. */
function unreadableBadge(result: CaseChecks, extracted: ExtractedCase, check: CheckId, inputs: FieldName[], anchor: FieldName, lang: Locale): boolean {
  const t = translateOverlay.bind(lang);
  const unread = inputs.filter((name) => extracted.unreadable.includes(name));
  for (const name of unread) {
    const at = extracted.fields[name] ? name : anchor;
    result.badges.push({ check, anchor: at, tone: 'warn', text: t('couldNotRead', { field: fieldWord(name, lang), text: extracted.fields[name]?.text ?? '' }), fields: [name] });
  }
  return unread.length > 0;
}

/** The cadence check's inputs: the dates and counts its obligations count from or are met by. */
const CADENCE_INPUTS: FieldName[] = ['start', 'levelSince', 'lastFollowUp', 'lastEvaluationReport', 'lastCollaborationMeeting', 'conversationsLast12Months', 'noticeGiven'];
const FUNDING_INPUTS: FieldName[] = ['start', 'end', 'places', 'monthlyCost'];

const value = <T extends string | number>(extracted: ExtractedCase, field: FieldName) => extracted.fields[field]?.value as T | undefined;

/**
 * Runs the checks a page profile mounts on one extracted case: the engines decide, this only
 * maps journal fields to engine inputs and results to short badges.
 */
export function runChecks(extracted: ExtractedCase, page: PageProfile, profile: SiteProfile, options: CheckOptions): CaseChecks {
  const t = translateOverlay.bind(options.lang);
  const { id: packId, pack } = packFor(profile, extracted, options.pack);
  const caseNumber = value<string>(extracted, 'caseNumber');
  const result: CaseChecks = { packId, ...(caseNumber ? { caseNumber } : {}), badges: [], notFound: extracted.notFound, unreadable: extracted.unreadable };
  if (!pack) return result;
  // A mount whose field this page lacks: the badge goes beside a field that is there.
  const mount = (field: FieldName): FieldName =>
    ([field, 'lastFollowUp', 'lastEvaluationReport', 'start', 'service'] as FieldName[]).find((name) => extracted.fields[name]) ?? field;
  const serviceId = findService(pack, value<string>(extracted, 'service'), value<string>(extracted, 'targetGroup'));
  if (!serviceId) {
    const anchor = page.mounts.cadence ?? page.mounts.funding;
    if (anchor) result.badges.push({ check: 'cadence', anchor: mount(anchor), tone: 'info', text: t('unknownService'), fields: ['service', 'targetGroup'] });
    return result;
  }
  result.serviceId = serviceId;
  const today = options.today;

  // The funding check sits at its own field (the cost); a page without it gets none.
  const fundingAt = page.mounts.funding;
  if (fundingAt && serviceId === 'vekstbedrift' && extracted.fields[fundingAt]) {
    if (!unreadableBadge(result, extracted, 'funding', FUNDING_INPUTS, fundingAt, options.lang)) fundingBadge(result, extracted, pack, fundingAt, options);
  }
  // Nothing is computed from a default in place of what could not be read.
  const cadenceUnreadable = page.mounts.cadence ? unreadableBadge(result, extracted, 'cadence', CADENCE_INPUTS, mount(page.mounts.cadence), options.lang) : false;
  if (page.mounts.cadence && !cadenceUnreadable) {
    const caseInput: CaseInput = {
      service: serviceId,
      ...(value<string>(extracted, 'start') ? { start: value<string>(extracted, 'start')! } : {}),
      ...(value<string>(extracted, 'levelSince') ? { levelSince: value<string>(extracted, 'levelSince')! } : {}),
      ...(value<string>(extracted, 'lastFollowUp') ? { followUps: [value<string>(extracted, 'lastFollowUp')!] } : {}),
      ...(value<string>(extracted, 'lastEvaluationReport') ? { evaluationReports: [value<string>(extracted, 'lastEvaluationReport')!] } : {}),
      ...(value<string>(extracted, 'lastCollaborationMeeting') ? { collaborationMeetings: [value<string>(extracted, 'lastCollaborationMeeting')!] } : {}),
      ...(value<number>(extracted, 'conversationsLast12Months') !== undefined ? { recentCounts: { conversations: value<number>(extracted, 'conversationsLast12Months')! } } : {}),
      ...(value<string>(extracted, 'noticeGiven') ? { noticeGiven: value<string>(extracted, 'noticeGiven')! } : {}),
    };
    result.caseInput = caseInput;
    const cadence = checkCadence(pack, caseInput, { lang: options.lang, ...(today ? { today } : {}) });
    cadenceBadges(result, cadence, pack, mount(page.mounts.cadence), extracted);
  }
  if (page.mounts.tier && serviceId === 'sel85' && !unreadableBadge(result, extracted, 'tier', ['supportAreaCount'], mount(page.mounts.tier), options.lang)) {
    tierBadge(result, extracted, pack, mount(page.mounts.tier), options.lang);
  }
  if (
    page.mounts['day-service'] &&
    pack.tiers?.dayServices?.some((service) => service.id === serviceId) &&
    !unreadableBadge(result, extracted, 'day-service', ['percent'], mount(page.mounts['day-service']), options.lang)
  ) {
    const percent = value<number>(extracted, 'percent');
    if (percent !== undefined) {
      const tier = selectTier(pack, { scale: serviceId, percent }, { lang: options.lang });
      const text = tier.ok ? [tier.tier!.label, ...tier.flags.map((flag) => flag.message)].join(' · ') : tier.errors[0]!.message;
      result.badges.push({ check: 'day-service', anchor: page.mounts['day-service'], tone: tier.ok ? 'ok' : 'alert', text: t('dayService', { label: text }), fields: ['service', 'percent'] });
    }
  }
  return result;
}

function fundingBadge(result: CaseChecks, extracted: ExtractedCase, pack: RulePack, anchor: FieldName, options: CheckOptions) {
  const t = translateOverlay.bind(options.lang);
  const start = value<string>(extracted, 'start');
  if (!start) return;
  const places = value<number>(extracted, 'places') ?? 1;
  // With an end date the whole period is priced, each month at its own year's rate.
  const end = value<string>(extracted, 'end');
  const months = end && end >= start ? (yearOf(end) - yearOf(start)) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1 : 1;
  const funding = computeFunding(pack, { scheme: 'vekstbedrift', date: start, places, months, placeStart: start }, { lang: options.lang });
  const year = yearOf(start);
  const money = (amount: number) => formatMoney(amount, pack.currency, options.lang).replace(/\s?kr\.?$|^NOK\s/, '');
  if (!funding.ok) {
    const missing = funding.errors.find((error) => error.code === 'rate-missing');
    if (missing) result.badges.push({ check: 'funding', anchor, tone: 'warn', text: t('rateMissing', { year: Number(missing.field?.split('.')[1] ?? year) }), fields: FUNDING_USED(extracted) });
    return;
  }
  if (funding.warnings.some((warning) => warning.code === 'grandfathered')) {
    result.badges.push({ check: 'funding', anchor, tone: 'info', text: t('grandfathered'), fields: FUNDING_USED(extracted) });
    return;
  }
  const base = funding.amounts.monthlyPerPlace! * places;
  const years = Object.keys(funding.amounts).filter((key) => /^monthlyPerPlace\d{4}$/.test(key));
  if (years.length > 1) {
    const list = years.map((key) => `${key.slice(-4)}: ${money(funding.amounts[key]! * places)}`).join(' · ');
    result.badges.push({ check: 'funding', anchor, tone: 'info', text: t('costByYear', { years: list }), fields: FUNDING_USED(extracted) });
  }
  const cost = value<number>(extracted, 'monthlyCost');
  if (cost === undefined) result.badges.push({ check: 'funding', anchor, tone: 'info', text: t('costBase', { year, base: money(base) }), fields: FUNDING_USED(extracted) });
  else if (Math.abs(cost - base) >= 0.5) result.badges.push({ check: 'funding', anchor, tone: 'alert', text: t('costDiffers', { cost: money(cost), year, base: money(base) }), fields: FUNDING_USED(extracted) });
  else result.badges.push({ check: 'funding', anchor, tone: 'ok', text: t('costMatches', { year, base: money(base) }), fields: FUNDING_USED(extracted) });
}

const FUNDING_USED = (extracted: ExtractedCase): FieldName[] => (['service', ...FUNDING_INPUTS] as FieldName[]).filter((name) => extracted.fields[name]);

function cadenceBadges(result: CaseChecks, cadence: CadenceResult, pack: RulePack, fallback: FieldName, extracted: ExtractedCase) {
  const used = (['service', 'targetGroup', ...CADENCE_INPUTS] as FieldName[]).filter((name) => extracted.fields[name]);
  if (!cadence.ok) {
    result.badges.push({ check: 'cadence', anchor: fallback, tone: 'info', text: cadence.errors[0]!.message, fields: used });
    return;
  }
  // Each badge sits beside the journal field holding the records its rule counts.
  const rules = pack.cadence?.services.find((service) => service.id === cadence.service)?.obligations ?? [];
  const open = cadence.obligations.filter((obligation) => obligation.status === 'overdue' || obligation.status === 'due-soon');
  // Nothing urgent: the next one; nothing open at all: what is missing (so a case never looks checked when it was not).
  const shown = open.length > 0 ? open : cadence.next ? [cadence.next] : cadence.obligations.slice(0, 1);
  for (const obligation of shown) {
    const rule = rules.find((entry) => entry.id === obligation.id);
    const record = rule && 'held' in rule ? rule.held : undefined;
    const field = record ? FIELD_OF_RECORD[record] : undefined;
    const anchor = field && extracted.fields[field] ? field : fallback;
    result.badges.push({ check: 'cadence', anchor, tone: TONE[obligation.status], text: obligation.summary, fields: used });
  }
}

function tierBadge(result: CaseChecks, extracted: ExtractedCase, pack: RulePack, anchor: FieldName, lang: Locale) {
  const t = translateOverlay.bind(lang);
  const tierText = value<string>(extracted, 'tier');
  const count = value<number>(extracted, 'supportAreaCount');
  const levels = pack.tiers?.sel85?.levels ?? [];
  const current = levels.find((level) => Object.values(level.label).some((label) => label && tierText && label.toLowerCase() === tierText.toLowerCase()));
  if (!current || count === undefined) return;
  const label = localize(current.label, lang);
  const { min, max } = current.supportAreas;
  if (count >= min && count <= max) {
    result.badges.push({ check: 'tier', anchor, tone: 'ok', text: t('tierFits', { tier: label, count, range: `${formatNumber(min, lang)}–${formatNumber(max, lang)}` }), fields: ['tier', 'supportAreaCount'] });
  } else {
    const expected = selectTier(pack, { scale: 'sel85', supportAreaCount: count }, { lang });
    const names = [expected.tier, ...expected.alternatives].filter(Boolean).map((tier) => tier!.label).join(' / ');
    result.badges.push({ check: 'tier', anchor, tone: 'warn', text: t('tierMismatch', { tier: label, count, expected: names || '–' }), fields: ['tier', 'supportAreaCount'] });
  }
}
