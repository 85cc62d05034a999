import { isLocale, type Locale } from '../shared/index.js';

export const LANGUAGE_STORAGE_KEY = 'saksvakt-demo-language';

/** A browser language tag as a UI language, or undefined when it is none of ours (fr, de, …). */
function fromBrowserTag(tag: string): Locale | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'nn') return 'nn';
  if (primary === 'nb' || primary === 'no') return 'nb';
  if (primary === 'da') return 'da';
  if (primary === 'en') return 'en';
  return undefined;
}

/**
 * The demo's language: `?lang=` in the address (a shared link wins), else the reader's earlier
 * choice, else the first of the browser's languages that is one of ours, else English.
 */
export function initialLanguage(search: string, stored: string | null, browserLanguages: readonly string[]): Locale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const locale = fromBrowserTag(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** The address with `?lang=` set, the rest (path, other parameters, #fragment) kept. */
export function withLanguage(href: string, locale: Locale): string {
  const url = new URL(href);
  url.searchParams.set('lang', locale);
  return url.href;
}
