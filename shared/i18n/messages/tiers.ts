import { createLazyTranslator } from '../translate.js';
import type { tiers as en } from './en/tiers.js';
import { engineTexts } from './engine-texts.js';

export type TierMessages = typeof en;

export const translateTiers = createLazyTranslator<TierMessages>((locale) => engineTexts.get(locale).tiers);
