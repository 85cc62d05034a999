import { createLazyTranslator } from '../translate.js';
import type { input as en } from './en/input.js';
import { engineTexts } from './engine-texts.js';

export type InputMessages = typeof en;

/** Messages about a value the user typed, shown at the field. Shared by all engines. */
export const translateInput = createLazyTranslator<InputMessages>((locale) => engineTexts.get(locale).input);
