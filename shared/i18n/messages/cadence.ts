import { createLazyTranslator } from '../translate.js';
import type { cadence as en } from './en/cadence.js';
import { sharedMessages } from './load.js';

export type CadenceMessages = typeof en;

export const translateCadence = createLazyTranslator<CadenceMessages>((locale) => sharedMessages.get(locale).cadence);
