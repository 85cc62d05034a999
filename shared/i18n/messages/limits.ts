import { createLazyTranslator } from '../translate.js';
import type { limits as en } from './en/limits.js';
import { engineTexts } from './engine-texts.js';

export type { Unit } from './en/limits.js';
export type LimitsMessages = typeof en;

export const translateLimits = createLazyTranslator<LimitsMessages>((locale) => engineTexts.get(locale).limits);
