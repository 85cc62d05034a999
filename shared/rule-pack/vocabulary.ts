/**
 * The words rule packs are written in that code also needs at run time. Kept apart from the zod
 * schema so that engines can use them without loading the validator.
 */

/** Case dates an obligation can count from. */
export const ANCHORS = ['start', 'levelSince', 'arrival', 'informed', 'stayPlan', 'noticeGiven', 'received', 'decisionReceived'] as const;

/** Lists of dates held that fulfil an obligation. */
export const HELD_RECORDS = [
  'followUps',
  'sparringDiscussions',
  'rateReviews',
  'evaluationReports',
  'collaborationMeetings',
  'conversations',
  'systemMeetings',
  'informed',
  'stayPlan',
  'answered',
  'guidelineEvaluations',
  'departmentEvaluations',
  'halfYearEvaluations',
] as const;

/**
 * The words journals put beside a case's fields, per UI language; the first of each language is
 * how the field is named to the reader ("Could not read *Monthly cost*"). Packs' inputs are these
 * fields; a journal whose labels are ordinary is read with no site profile (the extension's
 * generic profile matches these words forgivingly: case, colon, required mark).
 */
export const CASE_FIELD_LABELS = {
  caseNumber: { nn: ['Saksnummer', 'Sak nr.', 'Saksnr.', 'Sak'], nb: ['Saksnummer', 'Sak nr.', 'Saksnr.', 'Sak'], da: ['Sagsnummer', 'Sag nr.', 'Sagsnr.', 'Sag'], en: ['Case number', 'Case no.', 'Case'] },
  service: { nn: ['Teneste', 'Heimel', 'Heimel / paragraf', 'Vedtak om'], nb: ['Tjeneste', 'Hjemmel', 'Hjemmel / paragraf', 'Vedtak om'], da: ['Paragraf', 'Ydelse', 'Bevilling', 'Lovgrundlag'], en: ['Service', 'Legal basis'] },
  targetGroup: { nn: ['Målgruppe'], nb: ['Målgruppe'], da: ['Målgruppe'], en: ['Target group'] },
  country: { nn: ['Land'], nb: ['Land'], da: ['Land'], en: ['Country'] },
  decisionDate: { nn: ['Vedtaksdato', 'Vedteke'], nb: ['Vedtaksdato', 'Vedtatt'], da: ['Afgørelsesdato', 'Bevillingsdato'], en: ['Decision date'] },
  start: { nn: ['Frå dato', 'Startdato', 'Gjeld frå', 'Oppstart'], nb: ['Fra dato', 'Startdato', 'Gjelder fra', 'Oppstart', 'Fra og med'], da: ['Bevilget fra', 'Startdato', 'Fra dato', 'Gældende fra'], en: ['Start date', 'From', 'Start'] },
  end: { nn: ['Til dato', 'Sluttdato'], nb: ['Til dato', 'Sluttdato', 'Til og med'], da: ['Bevilget til', 'Slutdato', 'Til dato'], en: ['End date', 'To'] },
  places: { nn: ['Omfang', 'Tal plassar', 'Plassar'], nb: ['Omfang', 'Antall plasser', 'Plasser'], da: ['Antal pladser', 'Pladser'], en: ['Places', 'Number of places'] },
  monthlyCost: { nn: ['Månadleg kostnad', 'Månadleg kostnad (kr)', 'Kostnad per månad'], nb: ['Månedlig kostnad', 'Månedlig kostnad (kr)', 'Kostnad per måned', 'Månedskostnad'], da: ['Månedlig udgift', 'Udgift pr. måned', 'Månedlig pris'], en: ['Monthly cost', 'Cost per month'] },
  tier: { nn: ['Støttenivå', 'Nivå'], nb: ['Støttenivå', 'Nivå'], da: ['Støtteniveau', 'Trin'], en: ['Support level', 'Tier'] },
  levelSince: { nn: ['Støttenivå uendra sidan'], nb: ['Støttenivå uendret siden'], da: ['Støtteniveau uændret siden'], en: ['Support level unchanged since', 'Level since'] },
  supportAreaCount: { nn: ['Tal støtteområde'], nb: ['Antall støtteområder'], da: ['Antal indsatser', 'Antal indsatsområder'], en: ['Support areas', 'Number of support areas'] },
  percent: { nn: ['Prosent', 'Deltakingsprosent'], nb: ['Prosent', 'Deltakelsesprosent'], da: ['Indskrivningsprocent', 'Procent'], en: ['Percentage', 'Attendance percentage'] },
  lastFollowUp: { nn: ['Siste oppfølging'], nb: ['Siste oppfølging', 'Sist fulgt opp'], da: ['Seneste opfølgning', 'Sidste opfølgning'], en: ['Last follow-up'] },
  planReceived: { nn: ['Plan motteken'], nb: ['Plan mottatt'], da: ['Plan modtaget'], en: ['Plan received'] },
  lastEvaluationReport: { nn: ['Siste evalueringsrapport'], nb: ['Siste evalueringsrapport', 'Sist evaluert'], da: ['Seneste evalueringsrapport', 'Seneste evaluering'], en: ['Last evaluation report'] },
  lastCollaborationMeeting: { nn: ['Siste samarbeidsmøte'], nb: ['Siste samarbeidsmøte'], da: ['Seneste samarbejdsmøde'], en: ['Last collaboration meeting'] },
  conversationsLast12Months: { nn: ['Samtalar siste 12 mnd.', 'Samtalar siste 12 månader'], nb: ['Samtaler siste 12 mnd.', 'Samtaler siste 12 måneder'], da: ['Samtaler seneste 12 mdr.', 'Samtaler seneste 12 måneder'], en: ['Conversations in the last 12 months'] },
  noticeGiven: { nn: ['Oppseiing gitt', 'Oppsagt'], nb: ['Oppsigelse gitt', 'Oppsagt'], da: ['Opsagt', 'Opsigelse givet'], en: ['Notice given'] },
} as const satisfies Record<string, Record<'nn' | 'nb' | 'da' | 'en', readonly string[]>>;
