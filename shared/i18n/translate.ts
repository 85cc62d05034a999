import type { Locale } from './locale.js';

/** A message catalogue: plain strings, or functions of named parameters. */
export type Catalogue = Record<string, string | ((params: never) => string)>;

/**
 * Builds a typed `t(key, params)` over one catalogue per UI language. The English catalogue
 * defines the keys and parameters; TypeScript makes the other three carry every key.
 * Each component and the engines carry their own catalogues, so nothing is configured
 * page-globally and a vendor's own i18n setup cannot clash with ours.
 */
export function createTranslator<C extends Catalogue>(catalogues: Record<Locale, C>) {
  return function translate<K extends keyof C>(
    locale: Locale,
    key: K,
    ...params: C[K] extends (params: infer P) => string ? [P] : []
  ): string {
    const entry = (catalogues[locale] ?? catalogues.en)[key] as string | ((params: unknown) => string);
    return typeof entry === 'function' ? entry(params[0]) : entry;
  };
}
