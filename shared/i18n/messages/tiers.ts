import { createLazyTranslator } from '../translate.js';
import type { tiers as en } from './en/tiers.js';
import { sharedMessages } from './load.js';

export type TierMessages = typeof en;

export const translateTiers = createLazyTranslator<TierMessages>((locale) => sharedMessages.get(locale).tiers);
