/** The four UI languages. `nn` nynorsk and `nb` bokmål are both Norwegian written standards. */
export const LOCALES = ['nn', 'nb', 'da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text made in each UI language at once, for messages kept until the reader, who may switch language meanwhile, reads them. */
export function inEveryLanguage(make: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, string>;
}

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

// Fallback order for packs that lack the reader's language (custom packs; the built-in packs carry
// all four). Nynorsk and bokmål readers read each other's standard, then Danish, before English;
// a Danish reader reads Norwegian before English. English is required in every pack text.
const FALLBACKS: Record<Locale, readonly Locale[]> = {
  nn: ['nn', 'nb', 'da', 'en'],
  nb: ['nb', 'nn', 'da', 'en'],
  da: ['da', 'nb', 'nn', 'en'],
  en: ['en'],
};

const NORWEGIAN: readonly Locale[] = ['nn', 'nb'];

// What the reader is told when a text is shown in another language than theirs.
const SHOWN_IN: Record<Locale, Record<'no' | 'da' | 'en', string>> = {
  nn: { no: '', da: '(på dansk)', en: '(på engelsk)' },
  nb: { no: '', da: '(på dansk)', en: '(på engelsk)' },
  da: { no: '(på norsk)', da: '', en: '(på engelsk)' },
  en: { no: '(in Norwegian)', da: '(in Danish)', en: '' },
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

/**
 * The best available translation of a pack text for `locale`, following the fallback order, and
 * the language it is written in.
 *
 * @example pickTranslation({ en: 'Follow-up', da: 'Opfølgning' }, 'nn') //=> { text: 'Opfølgning', lang: 'da' }
 */
export function pickTranslation(text: LocalizedText, locale: Locale): { text: string; lang: Locale } {
  for (const candidate of FALLBACKS[locale]) {
    const value = text[candidate];
    if (value) return { text: value, lang: candidate };
  }
  return { text: text.en, lang: 'en' };
}

/**
 * A pack text in the reader's language; when the pack lacks it, the best fallback followed by a
 * note naming its language ("Opfølgning (på dansk)"), so a reader is never left to guess why a
 * line is in Danish. Nynorsk and bokmål stand in for each other without a note.
 *
 * @example localize({ en: 'Follow-up', da: 'Opfølgning' }, 'nb') //=> 'Opfølgning (på dansk)'
 */
export function localize(text: LocalizedText, locale: Locale): string {
  const picked = pickTranslation(text, locale);
  const note = SHOWN_IN[locale][NORWEGIAN.includes(picked.lang) ? 'no' : (picked.lang as 'da' | 'en')];
  return note ? `${picked.text} ${note}` : picked.text;
}

/** A pack text in the reader's language, or `id` as it stands when the pack has no text for it. */
export function localizeOr(text: LocalizedText | undefined, id: string, locale: Locale): string {
  return text ? localize(text, locale) : id;
}
