/**
 * Every language's engine messages, present up front: imported by `shared/index.ts` (the demo, the
 * extension, the CLI and the tests use it), so the engines answer in any language without
 * `loadLocale`. The package entries leave it out and load one language at a time.
 */
import type { Locale } from '../locale.js';
import type { LazyMessages } from '../translate.js';
import da from './da/index.js';
import en from './en/index.js';
import { engineTexts } from './engine-texts.js';
import nb from './nb/index.js';
import nn from './nn/index.js';
import { validationMessages } from './validation.js';

/** Every message the engines produce, in one language (`./<lang>/index.ts`). */
export type SharedMessages = (typeof import('./en/index.js'))['default'];

/** The engines' texts and the validator's together, as one catalogue per language (tests compare languages through it). */
export const sharedMessages: LazyMessages<SharedMessages> = {
  async load(locale: Locale) {
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

for (const [locale, messages] of [['en', en], ['nn', nn], ['nb', nb], ['da', da]] as const) sharedMessages.provide(locale, messages);
