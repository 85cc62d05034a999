import { isIsoDate, type IsoDate } from '../iso-date.js';

/**
 * Date formats journals and people write, tried in order. Tokens as in date-fns: `d`/`dd` day,
 * `M`/`MM` month, `yy`/`yyyy` year; any other character stands for itself.
 */
export const DEFAULT_DATE_FORMATS = ['dd.MM.yyyy', 'd.M.yyyy', 'dd.MM.yy', 'dd/MM/yyyy', 'd/M/yyyy', 'dd-MM-yyyy'] as const;

// Numeric tokens only, matched as date-fns matches them: written by hand because date-fns `parse`
// brings its whole token table and English locale (most of an element's size) for these six.
const TOKENS: Record<string, { pattern: string; part: 'day' | 'month' | 'year' | 'shortYear' }> = {
  d: { pattern: '(3[01]|[0-2]?\\d)', part: 'day' },
  dd: { pattern: '(\\d{2})', part: 'day' },
  M: { pattern: '(1[0-2]|0?\\d)', part: 'month' },
  MM: { pattern: '(\\d{2})', part: 'month' },
  yy: { pattern: '(\\d{2})', part: 'shortYear' },
  yyyy: { pattern: '(\\d{4})', part: 'year' },
};

type Matcher = { regex: RegExp; parts: (typeof TOKENS)[string]['part'][] } | null;
const matchers = new Map<string, Matcher>();

/** The format as a regular expression; `null` for a format with a token not listed above. */
function matcherFor(format: string): Matcher {
  let matcher = matchers.get(format);
  if (matcher !== undefined) return matcher;
  let source = '';
  const parts: (typeof TOKENS)[string]['part'][] = [];
  matcher = { regex: /$^/, parts };
  for (const [run] of format.matchAll(/([A-Za-z])\1*|[^A-Za-z]/g)) {
    const token = TOKENS[run];
    if (token) {
      source += token.pattern;
      parts.push(token.part);
    } else if (/[A-Za-z]/.test(run)) {
      matcher = null;
      break;
    } else source += run.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  if (matcher) matcher.regex = new RegExp(`^${source}$`);
  matchers.set(format, matcher);
  return matcher;
}

/**
 * Reads a date as typed or shown in a journal (`01.03.2023`, `1.3.2023`, `2023-03-01`) into an
 * ISO date. Invalid-input policy: anything that is not a real calendar date in one of the formats
 * gives `undefined`; the caller keeps the text and shows a message. A two-digit year is 1950–2049.
 * A format with any other letter token (month names, weekdays) matches nothing.
 *
 * @example parseDateText('01.03.2023') //=> '2023-03-01'
 * @example parseDateText('31.02.2023') //=> undefined
 */
export function parseDateText(text: string, formats: readonly string[] = DEFAULT_DATE_FORMATS): IsoDate | undefined {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  for (const format of formats) {
    const matcher = matcherFor(format);
    const match = matcher?.regex.exec(trimmed);
    if (!matcher || !match) continue;
    let day = 0;
    let month = 0;
    let year = 0;
    matcher.parts.forEach((part, index) => {
      const value = Number(match[index + 1]);
      if (part === 'day') day = value;
      else if (part === 'month') month = value;
      else if (part === 'year') year = value;
      else year = value + (value >= 50 ? 1900 : 2000);
    });
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (year >= 1900 && year <= 2100 && isIsoDate(iso)) return iso;
  }
  return undefined;
}
