import type { Locale } from '../locale.js';
import { loadEngineTextsAndAlong } from './engine-texts.js';

/**
 * Loads the engines' messages for one UI language. Engines answer in a language only once its
 * messages are loaded (`computeFunding(…, { lang: 'nn' })` after `await loadLocale('nn')`);
 * otherwise they throw `MessagesNotLoadedError` rather than answer in another language. The
 * validator's texts load with it where the validator is in use (`parseRulePack` imported, or
 * loaded by `loadRulePackParser`, which loads them for the languages asked before): an app that
 * never validates a pack never downloads them.
 * The elements load theirs themselves; `saksvakt` (`shared/index.ts`) has all four loaded.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  await loadEngineTextsAndAlong(locale);
}
