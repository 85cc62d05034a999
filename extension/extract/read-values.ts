import { parseDateText } from '../../shared/index.js';
import { parseJournalDate } from '../../shared/calendar/parse-journal-date/index.js';
import { readJournalNumber } from '../../shared/i18n/read-journal-number/index.js';
import type { SiteProfile } from '../site-profiles/schema.js';

/** Placeholders journals show for "no value". */
const EMPTY = /^(|—|–|-|ikkje registrert|ikke registrert|ikke angivet|ikkje sett|ikke satt|not set)$/i;

/**
 * A date as the journal writes it, or `undefined` (empty), or `null` (text that is no date).
 * The profile's formats first, then the forms any journal may show (month names, two-digit years).
 */
export function readDate(text: string, profile: Pick<SiteProfile, 'dateFormats'>): string | undefined | null {
  const trimmed = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (EMPTY.test(trimmed)) return undefined;
  return parseDateText(trimmed, profile.dateFormats) ?? parseJournalDate(trimmed) ?? null;
}

/**
 * A number as the journal writes it (`22 317`, `22.317`, `kr 22 317,-`, `2,5 t/uke`, `60 %`), or
 * `undefined` (empty), or `null` (text that is no single number).
 */
export function readNumber(text: string, profile: Pick<SiteProfile, 'thousandsSeparator' | 'decimalSeparator'>): number | undefined | null {
  const trimmed = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (EMPTY.test(trimmed)) return undefined;
  return readJournalNumber(trimmed, profile);
}
