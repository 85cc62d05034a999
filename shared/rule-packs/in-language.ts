import { LOCALES, type Locale } from '../i18n/locale.js';
import type { RulePack } from '../rule-pack/schema.js';

/** A pack text: an object whose keys are UI languages, English among them (the schema's `localizedTextSchema`). */
function isPackText(value: object): value is Record<string, unknown> {
  return typeof (value as { en?: unknown }).en === 'string' && Object.keys(value).every((key) => (LOCALES as readonly string[]).includes(key));
}

/**
 * A built-in pack with every text reduced to one language: what an element showing `locale`
 * needs (Alver's pack: 5.3 KB gzip in four languages, about 3 KB in one). Everything else (rates,
 * sources, documents, ids) is as in the full pack.
 *
 * The result is for showing in `locale` only: its texts lack the other languages, English
 * included, which the schema requires of a pack, so it is neither validated nor given to anyone
 * else (the elements keep it to themselves; `loadBuiltInPack` gives the full pack). A text that
 * lacks `locale` throws, naming it: a pack in one language never falls back to another.
 *
 * @example packInLanguage(alver, 'nb').name //=> { nb: 'Alver kommune – plass hos vekstbedrift' }
 */
export function packInLanguage(pack: RulePack, locale: Locale): RulePack {
  const reduce = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((entry, index) => reduce(entry, `${path}[${index}]`));
    if (!value || typeof value !== 'object') return value;
    if (isPackText(value)) {
      const text = value[locale];
      if (typeof text !== 'string' || text.trim() === '') throw new Error(`Saksvakt: the text at ${path} has no ${locale} wording, which the pack in ${locale} alone needs.`);
      return { [locale]: text };
    }
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, reduce(entry, `${path}.${key}`)]));
  };
  return reduce(pack, pack.id) as RulePack;
}
