import { createLazyTranslator } from '../translate.js';
import type { funding as en } from './en/funding.js';
import { engineTexts } from './engine-texts.js';

export type FundingMessages = typeof en;

export const translateFunding = createLazyTranslator<FundingMessages>((locale) => engineTexts.get(locale).funding);
