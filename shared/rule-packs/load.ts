import { loadFundingSchemes } from '../funding/compute-funding/schemes.js';
import type { Locale } from '../i18n/locale.js';
import { loadOnce } from '../load-once/index.js';
import type { RulePack } from '../rule-pack/schema.js';
import { importFullPack } from './import-full-pack.js';
import { fromFullPack, importPackInLanguage } from './import-in-language.js';
import { type BuiltInPackId } from './built-in-ids.js';

// The ids live apart so the pack importers can name them without importing this module back.
export { BUILT_IN_PACK_IDS, isBuiltInPackId, type BuiltInPackId } from './built-in-ids.js';

const loaded = new Map<BuiltInPackId, RulePack>();
const loading = new Map<BuiltInPackId, Promise<RulePack>>();
const builtInObjects = new WeakSet<object>();

/**
 * A built-in pack object as loaded here, full or in one language: the full packs pass validation in
 * the test suite and the others are made from them (in-language.test.ts), so neither is validated again.
 */
export function isBuiltInPack(value: unknown): value is RulePack {
  return typeof value === 'object' && value !== null && builtInObjects.has(value);
}

/**
 * Loads a built-in pack by id. The built-in packs pass `parseRulePack` — the same validation custom
 * packs go through — in the test suite (rule-packs.test.ts), so they are not validated again here.
 * The formulas of the pack's funding schemes load with it, so `computeFunding` can use it at once.
 */
export function loadBuiltInPack(id: BuiltInPackId): Promise<RulePack> {
  const ready = loaded.get(id);
  if (ready) return Promise.resolve(ready);
  return loadOnce(loading, id, () =>
    importFullPack[id]().then(async (module) => {
      const pack = module.default as RulePack;
      await loadFundingSchemes(pack);
      provideBuiltInPack(id, pack);
      return pack;
    }),
  );
}

/** Makes an already imported built-in pack available at once (apps that import every pack eagerly). */
export function provideBuiltInPack(id: BuiltInPackId, pack: RulePack): void {
  if (!loaded.has(id)) loaded.set(id, pack);
  builtInObjects.add(pack);
}

// A built-in pack in one language, by `${id}/${locale}`: one object per pack and language, so
// the engines' caches keyed on a pack object keep working across renders.
const inLanguage = new Map<string, RulePack>();
const inLanguageLoading = new Map<string, Promise<RulePack>>();

function provideInLanguage(key: string, pack: RulePack): RulePack {
  const known = inLanguage.get(key);
  if (known) return known;
  inLanguage.set(key, pack);
  builtInObjects.add(pack);
  return pack;
}

/**
 * The built-in pack with every text in `locale` alone (`packInLanguage`) if it is there, else
 * `undefined` (see `loadBuiltInPackInLanguage`). In the repository it is made at once from the
 * full pack when that has loaded (the demo and the extension import every pack).
 */
export function loadedBuiltInPackInLanguage(id: BuiltInPackId, locale: Locale): RulePack | undefined {
  const key = `${id}/${locale}`;
  const ready = inLanguage.get(key);
  if (ready) return ready;
  const full = loaded.get(id);
  return full && fromFullPack ? provideInLanguage(key, fromFullPack(full, locale)) : undefined;
}

/**
 * Loads a built-in pack for an element showing `locale`: every text in that language alone, so a
 * page downloads its own language's texts only (from the package, one chunk per pack and
 * language). Like a full built-in pack it is not validated again, and the formulas of its
 * funding schemes load with it. For showing in `locale` only: engine users take the full pack
 * (`loadBuiltInPack`).
 */
export function loadBuiltInPackInLanguage(id: BuiltInPackId, locale: Locale): Promise<RulePack> {
  const ready = loadedBuiltInPackInLanguage(id, locale);
  if (ready) return Promise.resolve(ready);
  const key = `${id}/${locale}`;
  return loadOnce(inLanguageLoading, key, () =>
    importPackInLanguage(id, locale).then(async (pack) => {
      await loadFundingSchemes(pack);
      return provideInLanguage(key, pack);
    }),
  );
}
