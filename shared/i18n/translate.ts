import type { Locale } from './locale.js';

/** A message catalogue: plain strings, or functions of named parameters. */
export type Catalogue = Record<string, string | ((params: never) => string)>;

/** The parameters a message takes: none for a plain string, one object for a function. */
export type MessageParams<C extends Catalogue, K extends keyof C> = C[K] extends (params: infer P) => string ? [P] : [];

/** A translator already bound to one language. */
export type BoundTranslator<C extends Catalogue> = <K extends keyof C>(key: K, ...params: MessageParams<C, K>) => string;

/**
 * Builds a typed `translate(locale, key, params)` over one catalogue per UI language. The English
 * catalogue defines the keys and parameters; TypeScript makes the other three carry every key.
 * Each component and the engines carry their own catalogues, so nothing is configured
 * page-globally and a vendor's own i18n setup cannot clash with ours.
 */
export function createTranslator<C extends Catalogue>(catalogues: Record<Locale, C>) {
  function translate<K extends keyof C>(locale: Locale, key: K, ...params: MessageParams<C, K>): string {
    const entry = (catalogues[locale] ?? catalogues.en)[key] as string | ((params: unknown) => string);
    return typeof entry === 'function' ? entry(params[0]) : entry;
  }
  /** The same translator with the language fixed. */
  translate.bind = (locale: Locale): BoundTranslator<C> => (key, ...params) => translate(locale, key, ...params);
  /** The catalogues themselves, read-only: tests compare what a page shows against every language. */
  translate.catalogues = catalogues as Readonly<Record<Locale, Readonly<C>>>;
  return translate as typeof translate & { bind: (locale: Locale) => BoundTranslator<C>; catalogues: Readonly<Record<Locale, Readonly<C>>> };
}
