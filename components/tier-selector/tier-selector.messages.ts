import { createLazyTranslator, lazyMessages } from '../../shared/i18n/translate.js';
import type { messages as en } from './messages/en.js';

export type TierSelectorMessages = typeof en;

/** The element's own texts, one module per language (`./messages/<lang>.ts`), loaded when the element first shows that language. */
export const messages = lazyMessages<TierSelectorMessages>('<tier-selector>', {
  en: () => import('./messages/en.js').then((module) => module.messages),
  nn: () => import('./messages/nn.js').then((module) => module.messages),
  nb: () => import('./messages/nb.js').then((module) => module.messages),
  da: () => import('./messages/da.js').then((module) => module.messages),
});

export const translate = createLazyTranslator<TierSelectorMessages>((locale) => messages.get(locale));
