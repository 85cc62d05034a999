import type { Locale } from '../locale.js';
import type { LazyMessages } from '../translate.js';
import { engineTexts } from './engine-texts.js';
import { validationMessages } from './validation.js';

/** Every message the engines produce, in one language (`./<lang>/index.ts`). */
export type SharedMessages = (typeof import('./en/index.js'))['default'];

/**
 * The engines' messages, one language at a time, in two modules per language: the engines' texts
 * (`./<lang>/engines.ts`) and the validator's (`./<lang>/validation.ts`), which an element loads
 * only with the validator. `shared/index.ts` (demo, extension, tests) provides all four languages up front.
 */
export const sharedMessages: LazyMessages<SharedMessages> = {
  async load(locale) {
    await Promise.all([engineTexts.load(locale), validationMessages.load(locale)]);
    return sharedMessages.get(locale);
  },
  provide(locale, { validation, ...texts }) {
    engineTexts.provide(locale, texts);
    validationMessages.provide(locale, validation);
  },
  isLoaded: (locale) => engineTexts.isLoaded(locale) && validationMessages.isLoaded(locale),
  get: (locale) => ({ ...engineTexts.get(locale), validation: validationMessages.get(locale) }),
};

/**
 * Loads the engines' messages for one UI language. Engines answer in a language only once its
 * messages are loaded (`computeFunding(…, { lang: 'nn' })` after `await loadLocale('nn')`);
 * otherwise they throw `MessagesNotLoadedError` rather than answer in another language.
 * The elements load theirs themselves; `saksvakt` (`shared/index.ts`) has all four loaded.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  await sharedMessages.load(locale);
}
