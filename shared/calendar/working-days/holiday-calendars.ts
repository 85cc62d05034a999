import type { LocalizedText } from '../../i18n/locale.js';

/** A public holiday as a rule: a fixed day of the year, or a day counted from Easter Sunday. */
export type HolidayRule = {
  id: string;
  name: LocalizedText;
  /** Month 1–12 and day of a fixed-date holiday. */
  fixed?: { month: number; day: number };
  /** Days after Easter Sunday (negative before it). */
  easterOffset?: number;
  /** First and last year the holiday applies (inclusive); open when absent. */
  fromYear?: number;
  untilYear?: number;
};

export type Country = 'NO' | 'DK';

export type HolidayCalendar = {
  country: Country;
  /** Where the rules come from. */
  source: string;
  holidays: readonly HolidayRule[];
};

const EASTER_BASED: readonly HolidayRule[] = [
  { id: 'maundy-thursday', easterOffset: -3, name: { en: 'Maundy Thursday', nn: 'Skjærtorsdag', nb: 'Skjærtorsdag', da: 'Skærtorsdag' } },
  { id: 'good-friday', easterOffset: -2, name: { en: 'Good Friday', nn: 'Langfredag', nb: 'Langfredag', da: 'Langfredag' } },
  { id: 'easter-sunday', easterOffset: 0, name: { en: 'Easter Sunday', nn: 'Første påskedag', nb: 'Første påskedag', da: 'Påskedag' } },
  { id: 'easter-monday', easterOffset: 1, name: { en: 'Easter Monday', nn: 'Andre påskedag', nb: 'Andre påskedag', da: '2. påskedag' } },
  { id: 'ascension', easterOffset: 39, name: { en: 'Ascension Day', nn: 'Kristi himmelfartsdag', nb: 'Kristi himmelfartsdag', da: 'Kristi himmelfartsdag' } },
  { id: 'whit-sunday', easterOffset: 49, name: { en: 'Whit Sunday', nn: 'Første pinsedag', nb: 'Første pinsedag', da: 'Pinsedag' } },
  { id: 'whit-monday', easterOffset: 50, name: { en: 'Whit Monday', nn: 'Andre pinsedag', nb: 'Andre pinsedag', da: '2. pinsedag' } },
];

const CHRISTMAS: readonly HolidayRule[] = [
  { id: 'christmas-day', fixed: { month: 12, day: 25 }, name: { en: 'Christmas Day', nn: 'Første juledag', nb: 'Første juledag', da: 'Juledag' } },
  { id: 'boxing-day', fixed: { month: 12, day: 26 }, name: { en: 'Boxing Day', nn: 'Andre juledag', nb: 'Andre juledag', da: '2. juledag' } },
];

const NEW_YEAR: HolidayRule = {
  id: 'new-years-day',
  fixed: { month: 1, day: 1 },
  name: { en: "New Year's Day", nn: 'Første nyttårsdag', nb: 'Første nyttårsdag', da: 'Nytårsdag' },
};

/**
 * Public holidays by country. Saturdays and Sundays are never working days in either country,
 * so they need no entry. Denmark abolished Store Bededag from 2024 (lov nr. 131 af 28.02.2023).
 */
export const HOLIDAY_CALENDARS: Record<Country, HolidayCalendar> = {
  NO: {
    country: 'NO',
    source: 'Lov om helgedager og helgedagsfred § 2; lov om 1. og 17. mai som høgtidsdager',
    holidays: [
      NEW_YEAR,
      ...EASTER_BASED,
      { id: 'labour-day', fixed: { month: 5, day: 1 }, name: { en: 'Labour Day', nn: 'Arbeidarane sin dag', nb: 'Arbeidernes dag' } },
      { id: 'constitution-day', fixed: { month: 5, day: 17 }, name: { en: 'Constitution Day', nn: 'Grunnlovsdagen', nb: 'Grunnlovsdagen' } },
      ...CHRISTMAS,
    ],
  },
  DK: {
    country: 'DK',
    source: 'Helligdagsbekendtgørelsen; lov nr. 131 af 28.02.2023 om afskaffelse af store bededag',
    holidays: [
      NEW_YEAR,
      ...EASTER_BASED,
      { id: 'great-prayer-day', easterOffset: 26, untilYear: 2023, name: { en: 'Great Prayer Day', da: 'Store bededag' } },
      ...CHRISTMAS,
    ],
  },
};
