import { createLazyTranslator } from '../translate.js';
import type { validation as en } from './en/validation.js';
import { sharedMessages } from './load.js';

export type { ValueKind } from './en/validation.js';
export type ValidationMessages = typeof en;

export const translateValidation = createLazyTranslator<ValidationMessages>((locale) => sharedMessages.get(locale).validation);
