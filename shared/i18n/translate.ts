import { loadOnce } from '../load-once/index.js';
import type { Locale } from './locale.js';

/** A message catalogue: plain strings, or functions of named parameters. */
export type Catalogue = Record<string, string | ((params: never) => string)>;

/** The parameters a message takes: none for a plain string, one object for a function. */
export type MessageParams<C extends Catalogue, K extends keyof C> = C[K] extends (params: infer P) => string ? [P] : [];

/** A translator already bound to one language. */
export type BoundTranslator<C extends Catalogue> = <K extends keyof C>(key: K, ...params: MessageParams<C, K>) => string;

/** A typed `translate(locale, key, params)`, and the same with the language fixed. */
export type Translator<C extends Catalogue> = (<K extends keyof C>(locale: Locale, key: K, ...params: MessageParams<C, K>) => string) & {
  bind: (locale: Locale) => BoundTranslator<C>;
};

/**
 * Builds a translator over a catalogue looked up per call, so the catalogue of a language can
 * arrive after the translator is made (see `lazyMessages`).
 */
export function createLazyTranslator<C extends Catalogue>(catalogueFor: (locale: Locale) => C): Translator<C> {
  // One parameter object at most, taken as it is: no rest arrays per call (a caseload asks for tens of thousands of texts).
  const lookUp = (locale: Locale, key: keyof C, params?: unknown): string => {
    const entry = catalogueFor(locale)[key] as string | ((params: unknown) => string);
    return typeof entry === 'function' ? entry(params) : entry;
  };
  const translate = lookUp as unknown as Translator<C>;
  translate.bind = (locale: Locale) => ((key: keyof C, params?: unknown) => lookUp(locale, key, params)) as BoundTranslator<C>;
  return translate;
}

/**
 * Builds a typed `translate(locale, key, params)` over one catalogue per UI language, all present
 * up front (the extension and the demo, which ship every language anyway). The English catalogue
 * defines the keys and parameters; TypeScript makes the other three carry every key.
 * Each component and the engines carry their own catalogues, so nothing is configured
 * page-globally and a vendor's own i18n setup cannot clash with ours.
 */
export function createTranslator<C extends Catalogue>(catalogues: Record<Locale, C>) {
  const translate = createLazyTranslator<C>((locale) => catalogues[locale] ?? catalogues.en);
  /** The catalogues themselves, read-only: tests compare what a page shows against every language. */
  return Object.assign(translate, { catalogues: catalogues as Readonly<Record<Locale, Readonly<C>>> });
}

/**
 * Thrown when text is asked for in a language whose messages are not loaded: nothing is ever
 * shown in another language instead. `await loadLocale(locale)` (engines) loads them; the
 * elements load their own before they render.
 */
export class MessagesNotLoadedError extends Error {
  override name = 'MessagesNotLoadedError';
  constructor(
    readonly owner: string,
    readonly locale: Locale,
  ) {
    super(`Saksvakt: the "${locale}" messages of ${owner} are not loaded yet. Call \`await loadLocale('${locale}')\` (saksvakt/engines) first.`);
  }
}

/** Messages of one owner (the engines, an element) in the four UI languages, each loaded on first use. */
export interface LazyMessages<M> {
  /** Loads the language's messages (once; later calls share the first). */
  load(locale: Locale): Promise<M>;
  /** Hands over messages already at hand (the eager entry that bundles every language). */
  provide(locale: Locale, messages: M): void;
  isLoaded(locale: Locale): boolean;
  /** The loaded messages; throws `MessagesNotLoadedError` when they are not. */
  get(locale: Locale): M;
}

/**
 * Messages split into one module per language, loaded by dynamic import, so a page downloads only
 * the language it shows (a quarter of the text) instead of all four.
 */
export function lazyMessages<M>(owner: string, loaders: Record<Locale, () => Promise<M>>): LazyMessages<M> {
  const loaded = new Map<Locale, M>();
  const loading = new Map<Locale, Promise<M>>();
  return {
    load(locale) {
      const ready = loaded.get(locale);
      if (ready) return Promise.resolve(ready);
      return loadOnce(loading, locale, () =>
        loaders[locale]().then((messages) => {
          loaded.set(locale, messages);
          return messages;
        }),
      );
    },
    provide(locale, messages) {
      loaded.set(locale, messages);
    },
    isLoaded: (locale) => loaded.has(locale),
    get(locale) {
      const messages = loaded.get(locale);
      if (!messages) throw new MessagesNotLoadedError(owner, locale);
      return messages;
    },
  };
}
