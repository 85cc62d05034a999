import { INTL_TAGS, type Locale } from './locale.js';

export type Currency = 'NOK' | 'DKK';

const numberFormats = new Map<string, Intl.NumberFormat>();
function cachedNumberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAGS[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Formats a number the way the locale writes it: `22 317`, `1,06`, `22.317` (da).
 * Keeps up to two decimals and drops trailing zeros.
 */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return cachedNumberFormat(locale, { maximumFractionDigits }).format(value);
}

/**
 * Formats money for display. Whole amounts show no decimals (`22 317 kr`); amounts with øre
 * show two (`23 500,50 kr`). The data keeps full precision; only the display rounds.
 *
 * @example formatMoney(22317, 'NOK', 'nb') //=> '22 317 kr'
 */
export function formatMoney(value: number, currency: Currency, locale: Locale): string {
  const hasOre = Math.round(value * 100) % 100 !== 0;
  return cachedNumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: locale === 'en' ? 'code' : 'narrowSymbol',
    minimumFractionDigits: hasOre ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(value);
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

// By language, then by date: a key built per call (`nn2025-03-01`) cost more than the lookup.
const formattedDates = new Map<Locale, Map<string, string>>();

/**
 * Formats an ISO calendar date (`2023-03-01`) as the locale writes it (`01.03.2023`).
 * The date is a calendar date: no time zone can move it to another day.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  let known = formattedDates.get(locale);
  if (!known) formattedDates.set(locale, (known = new Map()));
  const cached = known.get(isoDate);
  if (cached !== undefined) return cached;
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAGS[locale], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  const text = format.format(new Date(Date.UTC(year, month - 1, day)));
  if (known.size > 50_000) known.clear();
  known.set(isoDate, text);
  return text;
}
