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
