/** The four UI languages. `nn` nynorsk and `nb` bokmål are both Norwegian written standards. */
export const LOCALES = ['nn', 'nb', 'da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text written in one or more UI languages; English is always present as the last fallback. */
export type LocalizedText = { en: string } & Partial<Record<Exclude<Locale, 'en'>, string>>;

/**
 * BCP 47 tags handed to `Intl` for each UI language. Nynorsk formats numbers and dates exactly as
 * bokmål does, and browsers' ICU data often lacks `nn` (Chromium falls back to English), so
 * nynorsk formats through `nb-NO`.
 */
export const INTL_TAGS: Record<Locale, string> = {
  nn: 'nb-NO',
  nb: 'nb-NO',
  da: 'da-DK',
  en: 'en-GB',
};

// A reader of nynorsk understands bokmål better than English, and vice versa.
const FALLBACKS: Record<Locale, readonly Locale[]> = {
  nn: ['nn', 'nb', 'en'],
  nb: ['nb', 'nn', 'en'],
  da: ['da', 'nb', 'en'],
  en: ['en'],
};

/**
 * Maps any language tag (`nn-NO`, `no`, `nb`, `da-DK`, `en-US`, …) to a UI language.
 * `no` (generic Norwegian) means bokmål, as browsers use it; anything unknown means English.
 *
 * @example resolveLocale('nn-NO') //=> 'nn'
 * @example resolveLocale('fr') //=> 'en'
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'nn') return 'nn';
  if (primary === 'nb' || primary === 'no') return 'nb';
  if (primary === 'da') return 'da';
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best available translation of a pack text for `locale`. */
export function localize(text: LocalizedText, locale: Locale): string {
  for (const candidate of FALLBACKS[locale]) {
    const value = text[candidate];
    if (value) return value;
  }
  return text.en;
}
