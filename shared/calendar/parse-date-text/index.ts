import { isValid, parse } from 'date-fns';
import { toIsoDate, isIsoDate, type IsoDate } from '../iso-date.js';

/** Date formats journals and people write, tried in order (date-fns tokens). */
export const DEFAULT_DATE_FORMATS = ['dd.MM.yyyy', 'd.M.yyyy', 'dd.MM.yy', 'dd/MM/yyyy', 'd/M/yyyy', 'dd-MM-yyyy'] as const;

/**
 * Reads a date as typed or shown in a journal (`01.03.2023`, `1.3.2023`, `2023-03-01`) into an
 * ISO date. Invalid-input policy: anything that is not a real calendar date in one of the formats
 * gives `undefined`; the caller keeps the text and shows a message.
 *
 * @example parseDateText('01.03.2023') //=> '2023-03-01'
 * @example parseDateText('31.02.2023') //=> undefined
 */
export function parseDateText(text: string, formats: readonly string[] = DEFAULT_DATE_FORMATS): IsoDate | undefined {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  for (const format of formats) {
    const date = parse(trimmed, format, new Date(2000, 0, 1));
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2100) return toIsoDate(date);
  }
  return undefined;
}
