import type { Locale } from '../locale.js';
import { engineTexts } from './engine-texts.js';

/**
 * Every engine input and element attribute a message can name, in words: errors read
 * "Døgnsats: Skriv et tal.", never "dayRate: …". Keys are the engines' field paths; a path with a
 * year, month or index (`stateRates.2024`, `hoursUsed.2025-03`, `overrides[0].date`) is named
 * from its stem and the part in words.
 */
export type FieldNames = Record<string, string>;

/**
 * A field path in words, in the reader's language.
 *
 * @example fieldName('dayRate', 'da') //=> 'Døgnsats'
 * @example fieldName('stateRates.2024', 'nn') //=> 'VTA-sats 2024'
 * @example fieldName('overrides[0].reason', 'en') //=> 'Agreed deviation 1, reason'
 */
export function fieldName(field: string, locale: Locale): string {
  const names = engineTexts.get(locale).fields;
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
