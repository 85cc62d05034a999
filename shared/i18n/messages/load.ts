import type { Locale } from '../locale.js';
import { lazyMessages } from '../translate.js';

/** Every message the engines produce, in one language: one module per language (`./<lang>/index.ts`). */
export type SharedMessages = (typeof import('./en/index.js'))['default'];

/**
 * The engines' messages, one language at a time: a vendor's page loads the language it shows,
 * not all four. `shared/index.ts` (demo, extension, tests) provides all four up front instead.
 */
export const sharedMessages = lazyMessages<SharedMessages>('the engines', {
  en: () => import('./en/index.js').then((module) => module.default),
  nn: () => import('./nn/index.js').then((module) => module.default),
  nb: () => import('./nb/index.js').then((module) => module.default),
  da: () => import('./da/index.js').then((module) => module.default),
});

/**
 * Loads the engines' messages for one UI language. Engines answer in a language only once its
 * messages are loaded (`computeFunding(…, { lang: 'nn' })` after `await loadLocale('nn')`);
 * otherwise they throw `MessagesNotLoadedError` rather than answer in another language.
 * The elements call it themselves; `saksvakt` (`shared/index.ts`) has all four loaded.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  await sharedMessages.load(locale);
}
