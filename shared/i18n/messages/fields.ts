import type { Locale } from '../locale.js';

/**
 * Every engine input and element attribute a message can name, in words: errors read
 * "Døgnsats: Skriv et tal.", never "dayRate: …". Keys are the engines' field paths; a path with a
 * year, month or index (`stateRates.2024`, `hoursUsed.2025-03`, `overrides[0].date`) is named
 * from its stem and the part in words.
 */
type Names = Record<string, string>;

const en: Names = {
  scheme: 'Scheme',
  date: 'Date',
  places: 'Number of places',
  months: 'Number of months',
  placeStart: 'Date the place began',
  individualSupplement: 'Individual staffing supplement',
  budgetFrame: 'Budget frame',
  noticeGiven: 'Date notice was given',
  stateRates: 'VTA state rate',
  tier: 'Tier',
  dayRate: 'Day rate',
  dayRateKind: 'Kind of day rate',
  grantStart: 'Grant date',
  hoursUsed: 'Hours used',
  basis: 'Table for the yearly amount',
  arrival: 'Arrival date',
  days: 'Number of døgn',
  departure: 'Departure date',
  hasIncome: 'Income',
  ratesPerDay: 'Own payment per døgn',
  service: 'Service',
  today: 'Reference date',
  start: 'Start date',
  levelSince: 'Date the current tier began',
  informed: 'Date the municipality was informed',
  stayPlan: 'Date of the stay plan',
  received: 'Date the complaint was received',
  answered: 'Date the complaint was answered',
  followUps: 'Follow-ups held',
  sparringDiscussions: 'Sparring-group discussions held',
  rateReviews: 'Rate reviews held',
  evaluationReports: 'Evaluation reports received',
  collaborationMeetings: 'Collaboration meetings held',
  conversations: 'Conversations held',
  systemMeetings: 'System-level meetings held',
  recentCounts: 'Number in the last 12 months',
  sessions: 'Sessions held',
  overrides: 'Agreed deviation',
  reason: 'reason',
  scale: 'Scale',
  weeklyNeedHours: 'Need, hours a week',
  supportAreaCount: 'Number of support areas',
  supportAreas: 'Support areas',
  percent: 'Enrolment percentage',
  daysPerWeek: 'Days a week',
  halfDaysPerWeek: 'Half days a week',
  step: 'Step',
  age: 'Age',
};

const nn: Names = {
  scheme: 'Ordning',
  date: 'Dato',
  places: 'Tal på plassar',
  months: 'Tal på månader',
  placeStart: 'Dato plassen tok til',
  individualSupplement: 'Individuelt bemanningstillegg',
  budgetFrame: 'Budsjettramme',
  noticeGiven: 'Dato for oppseiing',
  stateRates: 'VTA-sats',
  tier: 'Trinn',
  dayRate: 'Døgnsats',
  dayRateKind: 'Type døgnsats',
  grantStart: 'Vedtaksdato',
  hoursUsed: 'Timar brukte',
  basis: 'Tabell for årsbeløpet',
  arrival: 'Ankomstdato',
  days: 'Tal på døgn',
  departure: 'Dato for utflytting',
  hasIncome: 'Inntekt',
  ratesPerDay: 'Eigenbetaling per døgn',
  service: 'Teneste',
  today: 'Referansedato',
  start: 'Startdato',
  levelSince: 'Dato då noverande trinn tok til',
  informed: 'Dato kommunen vart orientert',
  stayPlan: 'Dato for opphaldsplan',
  received: 'Dato klaga vart motteken',
  answered: 'Dato klaga vart svart på',
  followUps: 'Oppfølgingar haldne',
  sparringDiscussions: 'Drøftingar i sparringsgruppa',
  rateReviews: 'Takstvurderingar haldne',
  evaluationReports: 'Evalueringsrapportar mottekne',
  collaborationMeetings: 'Samarbeidsmøte haldne',
  conversations: 'Samtalar haldne',
  systemMeetings: 'Møte på systemnivå haldne',
  recentCounts: 'Tal dei siste 12 månadene',
  sessions: 'Økter haldne',
  overrides: 'Avtalt avvik',
  reason: 'grunngjeving',
  scale: 'Skala',
  weeklyNeedHours: 'Behov, timar i veka',
  supportAreaCount: 'Tal på innsatsområde',
  supportAreas: 'Innsatsområde',
  percent: 'Innskrivingsprosent',
  daysPerWeek: 'Dagar i veka',
  halfDaysPerWeek: 'Halve dagar i veka',
  step: 'Steg',
  age: 'Alder',
};

const nb: Names = {
  scheme: 'Ordning',
  date: 'Dato',
  places: 'Antall plasser',
  months: 'Antall måneder',
  placeStart: 'Dato plassen startet',
  individualSupplement: 'Individuelt bemanningstillegg',
  budgetFrame: 'Budsjettramme',
  noticeGiven: 'Dato for oppsigelse',
  stateRates: 'VTA-sats',
  tier: 'Trinn',
  dayRate: 'Døgnsats',
  dayRateKind: 'Type døgnsats',
  grantStart: 'Vedtaksdato',
  hoursUsed: 'Timer brukt',
  basis: 'Tabell for årsbeløpet',
  arrival: 'Ankomstdato',
  days: 'Antall døgn',
  departure: 'Dato for utflytting',
  hasIncome: 'Inntekt',
  ratesPerDay: 'Egenbetaling per døgn',
  service: 'Tjeneste',
  today: 'Referansedato',
  start: 'Startdato',
  levelSince: 'Dato da nåværende trinn startet',
  informed: 'Dato kommunen ble orientert',
  stayPlan: 'Dato for oppholdsplan',
  received: 'Dato klagen ble mottatt',
  answered: 'Dato klagen ble besvart',
  followUps: 'Oppfølginger holdt',
  sparringDiscussions: 'Drøftinger i sparringsgruppen',
  rateReviews: 'Takstvurderinger holdt',
  evaluationReports: 'Evalueringsrapporter mottatt',
  collaborationMeetings: 'Samarbeidsmøter holdt',
  conversations: 'Samtaler holdt',
  systemMeetings: 'Møter på systemnivå holdt',
  recentCounts: 'Antall de siste 12 månedene',
  sessions: 'Økter holdt',
  overrides: 'Avtalt avvik',
  reason: 'begrunnelse',
  scale: 'Skala',
  weeklyNeedHours: 'Behov, timer i uken',
  supportAreaCount: 'Antall innsatsområder',
  supportAreas: 'Innsatsområder',
  percent: 'Innskrivningsprosent',
  daysPerWeek: 'Dager i uken',
  halfDaysPerWeek: 'Halve dager i uken',
  step: 'Steg',
  age: 'Alder',
};

const da: Names = {
  scheme: 'Ordning',
  date: 'Dato',
  places: 'Antal pladser',
  months: 'Antal måneder',
  placeStart: 'Dato pladsen begyndte',
  individualSupplement: 'Individuelt bemandingstillæg',
  budgetFrame: 'Budgetramme',
  noticeGiven: 'Dato for opsigelse',
  stateRates: 'VTA-sats',
  tier: 'Trin',
  dayRate: 'Døgnsats',
  dayRateKind: 'Type døgnsats',
  grantStart: 'Bevillingsdato',
  hoursUsed: 'Timer brugt',
  basis: 'Tabel for årsbeløbet',
  arrival: 'Ankomstdato',
  days: 'Antal døgn',
  departure: 'Fraflytningsdato',
  hasIncome: 'Indtægt',
  ratesPerDay: 'Egenbetaling pr. døgn',
  service: 'Ydelse',
  today: 'Referencedato',
  start: 'Startdato',
  levelSince: 'Dato det nuværende trin begyndte',
  informed: 'Dato kommunen blev orienteret',
  stayPlan: 'Dato for opholdsplan',
  received: 'Dato klagen blev modtaget',
  answered: 'Dato klagen blev besvaret',
  followUps: 'Afholdte opfølgninger',
  sparringDiscussions: 'Drøftelser i sparringsgruppen',
  rateReviews: 'Afholdte takstvurderinger',
  evaluationReports: 'Modtagne evalueringsrapporter',
  collaborationMeetings: 'Afholdte samarbejdsmøder',
  conversations: 'Afholdte samtaler',
  systemMeetings: 'Afholdte møder på systemniveau',
  recentCounts: 'Antal de seneste 12 måneder',
  sessions: 'Afholdte sessioner',
  overrides: 'Aftalt afvigelse',
  reason: 'begrundelse',
  scale: 'Skala',
  weeklyNeedHours: 'Behov, timer om ugen',
  supportAreaCount: 'Antal indsatser',
  supportAreas: 'Indsatser',
  percent: 'Indskrivningsprocent',
  daysPerWeek: 'Dage om ugen',
  halfDaysPerWeek: 'Halve dage om ugen',
  step: 'Trin',
  age: 'Alder',
};

const NAMES: Record<Locale, Names> = { en, nn, nb, da };

/**
 * A field path in words, in the reader's language.
 *
 * @example fieldName('dayRate', 'da') //=> 'Døgnsats'
 * @example fieldName('stateRates.2024', 'nn') //=> 'VTA-sats 2024'
 * @example fieldName('overrides[0].reason', 'en') //=> 'Agreed deviation 1, reason'
 */
export function fieldName(field: string, locale: Locale): string {
  const names = NAMES[locale];
  if (names[field]) return names[field]!;
  const indexed = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(field);
  if (indexed) {
    const [, stem, index, part] = indexed;
    return `${fieldName(stem!, locale)} ${Number(index) + 1}, ${(names[part!] ?? fieldName(part!, locale)).toLowerCase()}`;
  }
  const dotted = /^(\w+)\.(.+)$/.exec(field);
  if (dotted && names[dotted[1]!]) {
    const [, stem, rest] = dotted;
    // `recentCounts.conversations`: what was counted, then that it is a count.
    if (stem === 'recentCounts' && names[rest!]) return `${names[rest!]} (${names.recentCounts!.toLowerCase()})`;
    return `${names[stem!]} ${rest}`;
  }
  return field;
}
