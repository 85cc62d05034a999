import type { Locale } from '../locale.js';
import { lazyMessages } from '../translate.js';

/** The engines' texts in one language, without the validator's: one module per language (`./<lang>/engines.ts`). */
export type EngineTexts = (typeof import('./en/engines.js'))['default'];

/**
 * The engines' texts, one language at a time. The validator's texts load apart
 * (`validation.ts`): a page with a built-in pack never shows them.
 */
export const engineTexts = /* @__PURE__ */ lazyMessages<EngineTexts>('the engines', {
  en: () => import('./en/engines.js').then((module) => module.default),
  nn: () => import('./nn/engines.js').then((module) => module.default),
  nb: () => import('./nb/engines.js').then((module) => module.default),
  da: () => import('./da/engines.js').then((module) => module.default),
});

// The languages `loadLocale` was asked for, and the catalogues that load with the engines' texts
// for it. The validator's texts join when the validator's module runs (parse-rule-pack), so an app
// that never validates a pack never downloads them. Kept here, beside the texts every entry uses,
// rather than in load.ts: a bundler then does not put it, and `loadLocale`, in the validator's chunk.
const askedLocales = new Set<Locale>();
const loadingAlong = new Set<(locale: Locale) => Promise<unknown>>();

/** What `loadLocale` does: the engines' texts in `locale`, and every catalogue that loads along with them. */
export function loadEngineTextsAndAlong(locale: Locale): Promise<unknown> {
  askedLocales.add(locale);
  return Promise.all([engineTexts.load(locale), ...[...loadingAlong].map((load) => load(locale))]);
}

/**
 * Has `load` run for every language `loadLocale` is asked for from now on. Returns a function that
 * runs it for the languages asked before (`loadRulePackParser` awaits it).
 */
export function loadAlongEngineTexts(load: (locale: Locale) => Promise<unknown>): () => Promise<unknown> {
  loadingAlong.add(load);
  return () => Promise.all([...askedLocales].map(load));
}
