import { createLazyTranslator, lazyMessages } from '../../shared/i18n/translate.js';
import type { messages as en } from './messages/en.js';

export type FundingCalculatorMessages = typeof en;

/** The element's own texts, one module per language (`./messages/<lang>.ts`), loaded when the element first shows that language. */
export const messages = lazyMessages<FundingCalculatorMessages>('<funding-calculator>', {
  en: () => import('./messages/en.js').then((module) => module.messages),
  nn: () => import('./messages/nn.js').then((module) => module.messages),
  nb: () => import('./messages/nb.js').then((module) => module.messages),
  da: () => import('./messages/da.js').then((module) => module.messages),
});

export const translate = createLazyTranslator<FundingCalculatorMessages>((locale) => messages.get(locale));
