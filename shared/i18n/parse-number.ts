import { INTL_TAGS, type Locale } from './locale.js';

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'invalid' | 'ambiguous' };

type Separators = { decimal: string; groups: readonly string[] };
const SPACES = [' ', '\u00a0', '\u202f'] as const;
const separatorsByLocale = new Map<Locale, Separators>();

/**
 * The decimal and grouping separators people type in a language, from `Intl.NumberFormat`:
 * nn/nb `22 317,50` (space, no-break space or narrow no-break space; a point groups too),
 * da `1.234,50`, en `1,234.50`.
 */
function separatorsOf(locale: Locale): Separators {
  let separators = separatorsByLocale.get(locale);
  if (!separators) {
    const parts = new Intl.NumberFormat(INTL_TAGS[locale]).formatToParts(12345.5);
    const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
    const group = parts.find((part) => part.type === 'group')?.value ?? ',';
    const isSpace = (SPACES as readonly string[]).includes(group);
    // Norwegian writes groups with a space; a point between groups of three is also common.
    const groups = isSpace ? [...SPACES, '.'] : [group, ...SPACES];
    separators = { decimal, groups: groups.filter((entry) => entry !== decimal) };
    separatorsByLocale.set(locale, separators);
  }
  return separators;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads a number as a person types it in `locale`. Refuses what is not a number (`invalid`) and
 * separators in an order the language does not write (`ambiguous`): `1.234,50` in English,
 * `1,234.50` in Danish, `1,23,4`. Never reads `1.234,50` as 1,2345.
 *
 * @example parseLocalNumber('22 317,50', 'nb') //=> { ok: true, value: 22317.5 }
 * @example parseLocalNumber('1.234,50', 'da') //=> { ok: true, value: 1234.5 }
 * @example parseLocalNumber('1,234.50', 'en') //=> { ok: true, value: 1234.5 }
 * @example parseLocalNumber('1.234,50', 'en') //=> { ok: false, reason: 'ambiguous' }
 */
export function parseLocalNumber(text: string, locale: Locale): ParsedNumber {
  const trimmed = text.trim().replace(/^[−–]/, '-');
  if (!/^-?[\d\s\u00a0\u202f.,]+$/.test(trimmed) || !/\d/.test(trimmed)) return { ok: false, reason: 'invalid' };
  const negative = trimmed.startsWith('-');
  const body = negative ? trimmed.slice(1) : trimmed;
  const { decimal, groups } = separatorsOf(locale);
  const group = `[${groups.map(escape).join('')}]`;
  // Plain digits with an optional decimal part, or digits grouped in threes by one kind of separator.
  const plain = new RegExp(`^(\\d+)(?:${escape(decimal)}(\\d+))?$`);
  const grouped = new RegExp(`^(\\d{1,3}(?:(${group})\\d{3})(?:\\2\\d{3})*)(?:${escape(decimal)}(\\d+))?$`);
  let integer: string | undefined;
  let fraction: string | undefined;
  const plainMatch = plain.exec(body);
  if (plainMatch) [, integer, fraction] = plainMatch;
  else {
    const groupedMatch = grouped.exec(body);
    if (groupedMatch) {
      integer = groupedMatch[1]!.replace(new RegExp(group, 'g'), '');
      fraction = groupedMatch[3];
    }
  }
  if (integer === undefined) {
    // One point or comma that cannot be grouping (not followed by exactly three digits) is a
    // decimal mark whatever the language: `2,5` in English, `22.5` in Norwegian.
    const lone = /^(\d+)[.,](\d{1,2}|\d{4,})$/.exec(body);
    if (lone) {
      const value = Number(`${lone[1]}.${lone[2]}`);
      return { ok: true, value: negative ? -value : value };
    }
    // Separators in an order this language does not write: refuse rather than guess.
    return /[.,]/.test(body) ? { ok: false, reason: 'ambiguous' } : { ok: false, reason: 'invalid' };
  }
  const value = Number(`${integer}.${fraction ?? '0'}`);
  return { ok: true, value: negative ? -value : value };
}
