import { createLazyTranslator } from '../translate.js';
import type { funding as en } from './en/funding.js';
import { sharedMessages } from './load.js';

export type FundingMessages = typeof en;

export const translateFunding = createLazyTranslator<FundingMessages>((locale) => sharedMessages.get(locale).funding);
