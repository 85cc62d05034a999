import type { Locale } from '../i18n/locale.js';
import type { RulePack } from '../rule-pack/schema.js';
import { packInLanguage } from './in-language.js';
import type { BuiltInPackId } from './load.js';

/**
 * Imports a built-in pack in one language (`packInLanguage`). In the repository (tests, demo,
 * extension) the full pack loads and is reduced here. The package build (components/vite.config.ts)
 * replaces this module with one that imports a chunk per pack and language, made at build time by
 * the same `packInLanguage`, so a vendor's page downloads the texts of its own language only.
 */
export function importPackInLanguage(_id: BuiltInPackId, locale: Locale, loadFull: () => Promise<RulePack>): Promise<RulePack> {
  return loadFull().then((pack) => packInLanguage(pack, locale));
}
