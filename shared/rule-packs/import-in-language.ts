import type { Locale } from '../i18n/locale.js';
import type { RulePack } from '../rule-pack/schema.js';
import { importFullPack } from './import-full-pack.js';
import { packInLanguage } from './in-language.js';
import type { BuiltInPackId } from './built-in-ids.js';

// Where a built-in pack in one language (`packInLanguage`) comes from. In the repository (tests,
// demo, extension) it is made from the full pack. The package build (components/vite.config.ts)
// replaces this module with one that imports a chunk per pack and language, made at build time by
// the same `packInLanguage`, so a vendor's page downloads its own language's texts only, and the
// elements' code carries neither the full packs' imports nor the reduction.

/** Imports a built-in pack in one language. */
export function importPackInLanguage(id: BuiltInPackId, locale: Locale): Promise<RulePack> {
  return importFullPack[id]().then((module) => packInLanguage(module.default as RulePack, locale));
}

/** Makes a pack in one language from a full pack already loaded (the demo and the extension import them all); the package has none. */
export const fromFullPack: ((pack: RulePack, locale: Locale) => RulePack) | undefined = packInLanguage;
