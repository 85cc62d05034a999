import { createLazyTranslator, lazyMessages } from '../translate.js';
import type { validation as en } from './en/validation.js';

export type { ValueKind } from './en/validation.js';
export type ValidationMessages = typeof en;

/**
 * The validator's texts, one language at a time, apart from the engines' other texts: only a
 * custom pack or a pack problem shows them, so they load with the validator (an element loads
 * them for its language; `loadLocale` for each language it is asked once the validator is in the
 * code, see parse-rule-pack/index.ts). Nothing here runs on import, so a bundler leaves it out of
 * an app that never validates a pack.
 */
export const validationMessages = /* @__PURE__ */ lazyMessages<ValidationMessages>('the engines', {
  en: () => import('./en/validation.js').then((module) => module.validation),
  nn: () => import('./nn/validation.js').then((module) => module.validation),
  nb: () => import('./nb/validation.js').then((module) => module.validation),
  da: () => import('./da/validation.js').then((module) => module.validation),
});

export const translateValidation = createLazyTranslator<ValidationMessages>((locale) => validationMessages.get(locale));
