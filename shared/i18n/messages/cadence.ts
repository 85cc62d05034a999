import { createLazyTranslator } from '../translate.js';
import type { cadence as en } from './en/cadence.js';
import { engineTexts } from './engine-texts.js';

export type CadenceMessages = typeof en;

export const translateCadence = createLazyTranslator<CadenceMessages>((locale) => engineTexts.get(locale).cadence);
