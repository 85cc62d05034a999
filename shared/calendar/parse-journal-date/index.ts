import { isIsoDate, type IsoDate } from '../iso-date.js';

/**
 * Month names as journals write them in nynorsk, bokmål, Danish and English. A written month
 * matches when it is a prefix of at least three letters of one of these (`feb`, `febr.`, `mars`, `marts`).
 */
const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'january'],
  ['februar', 'february'],
  ['mars', 'marts', 'march'],
  ['april'],
  ['mai', 'maj', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['august'],
  ['september'],
  ['oktober', 'october'],
  ['november'],
  ['desember', 'december'],
];

/** The month number (1–12) of a written month, or undefined. */
function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((names) => names.some((name) => name.startsWith(lower)));
  return index < 0 ? undefined : index + 1;
}

/** Two-digit years: 00–69 are 2000s, 70–99 the 1900s (journals hold no dates beyond 2069). */
const fullYear = (year: string) => (year.length === 4 ? Number(year) : Number(year) + (Number(year) < 70 ? 2000 : 1900));

function iso(year: number, month: number, day: number): IsoDate | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(text) && year >= 1900 && year <= 2100 ? text : undefined;
}

const NUMERIC = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4}|\d{2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:de\s+)?([a-zæøå]+\.?),?\s+(\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/**
 * Reads a date as a journal shows it, day first as in Norway and Denmark: `15.01.2025`,
 * `15-01-2025`, `15/1/2025`, `15.01.25`, ISO `2025-01-15`, and with the month written out in
 * nn, nb, da or en (`14. februar 2023`, `1. mar. 2023`, `1. marts 2023`, `14 February 2023`,
 * `February 14, 2023`). A time after the date (`15.01.2025 kl. 10:30`, `2025-01-15T10:30`) is
 * ignored. Invalid-input policy: anything else, or no real calendar date, gives `undefined`.
 *
 * @example parseJournalDate('14. februar 2023') //=> '2023-02-14'
 * @example parseJournalDate('31.02.2023') //=> undefined
 */
export function parseJournalDate(text: string): IsoDate | undefined {
  const trimmed = text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/(?:T|\s+(?:kl\.?\s*)?)\d{1,2}[:.]\d{2}(?::\d{2})?$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (isIsoDate(trimmed)) return trimmed;
  const numeric = NUMERIC.exec(trimmed);
  if (numeric) return iso(fullYear(numeric[3]!), Number(numeric[2]), Number(numeric[1]));
  const dayFirst = DAY_MONTH_YEAR.exec(trimmed);
  if (dayFirst) {
    const month = monthOf(dayFirst[2]!);
    return month ? iso(Number(dayFirst[3]), month, Number(dayFirst[1])) : undefined;
  }
  const monthFirst = MONTH_DAY_YEAR.exec(trimmed);
  if (monthFirst) {
    const month = monthOf(monthFirst[1]!);
    return month ? iso(Number(monthFirst[3]), month, Number(monthFirst[2])) : undefined;
  }
  return undefined;
}
