import { parseDateText } from '../../shared/index.js';
import type { SiteProfile } from '../site-profiles/schema.js';

/** Placeholders journals show for "no value". */
const EMPTY = /^(|—|–|-|ikkje registrert|ikke registrert|ikke angivet)$/i;

/** A date as the journal writes it, or `undefined` (empty), or `null` (text that is no date). */
export function readDate(text: string, profile: Pick<SiteProfile, 'dateFormats'>): string | undefined | null {
  const trimmed = text.trim();
  if (EMPTY.test(trimmed)) return undefined;
  return parseDateText(trimmed, profile.dateFormats) ?? null;
}

/**
 * A number as the journal writes it (`22 317`, `22.317`, `23 500,50`, `60 %`), or `undefined`
 * (empty), or `null` (text that is no number).
 */
export function readNumber(text: string, profile: Pick<SiteProfile, 'thousandsSeparator' | 'decimalSeparator'>): number | undefined | null {
  let trimmed = text.replace(/[\u00a0\u202f]/g, ' ').replace(/%|kr\.?|NOK|DKK/gi, '').trim();
  if (EMPTY.test(trimmed)) return undefined;
  if (profile.thousandsSeparator) trimmed = trimmed.split(profile.thousandsSeparator).join('');
  trimmed = trimmed.replace(/\s/g, '');
  if (profile.decimalSeparator === ',') trimmed = trimmed.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}
