import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { BUILT_IN_PACK_IDS, builtInPacks, checkCadence, computeFunding, selectTier, type RulePack } from '../index.js';
import { packInLanguage } from './in-language.js';

/** Whether a value is a pack text: an object whose keys are UI languages, English among them. */
const isText = (value: unknown): value is Record<string, string> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { en?: unknown }).en === 'string' && Object.keys(value).every((key) => (LOCALES as readonly string[]).includes(key));

/** The full pack as it should read in `locale` alone, made another way than `packInLanguage`: a JSON reviver. */
const expectedIn = (pack: RulePack, locale: Locale): unknown => JSON.parse(JSON.stringify(pack), (_key, value: unknown) => (isText(value) ? { [locale]: value[locale] } : value));

/** Every text of a pack (full or in one language), by path. */
function textsOf(value: unknown, path = ''): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((entry, index) => visit(entry, `${at}[${index}]`));
    else if (node && typeof node === 'object') {
      const keys = Object.keys(node);
      if (keys.length > 0 && keys.every((key) => (LOCALES as readonly string[]).includes(key))) found.set(at, node as Record<string, string>);
      else for (const [key, entry] of Object.entries(node)) visit(entry, `${at}.${key}`);
    }
  };
  visit(value, path);
  return found;
}

describe('built-in packs in one language (what the elements load)', () => {
  // Generated for every built-in pack and every language: a text added to a pack is covered at once.
  for (const id of BUILT_IN_PACK_IDS) {
    for (const locale of LOCALES) {
      it(`${id} in ${locale}: the full pack with every text in ${locale} alone`, () => {
        const full = builtInPacks[id];
        const variant = packInLanguage(full, locale);
        expect(variant).toEqual(expectedIn(full, locale));
        const fullTexts = textsOf(full);
        const variantTexts = textsOf(variant);
        expect(fullTexts.size).toBeGreaterThan(0);
        expect([...variantTexts.keys()]).toEqual([...fullTexts.keys()]);
        for (const [path, text] of variantTexts) expect({ path, text }).toEqual({ path, text: { [locale]: fullTexts.get(path)![locale] } });
      });
    }
  }

  // The engines read texts and sources from the pack; in its own language a pack in one language gives what the full pack gives.
  for (const locale of LOCALES) {
    it(`the engines answer in ${locale} from the pack in ${locale} as from the full pack: texts, amounts, sources`, () => {
      const alver = builtInPacks['no-alver-vekstbedrift'];
      const vejle = builtInPacks['dk-vejle-voksen'];
      const molde = builtInPacks['no-molde-arbeid-aktivitet'];
      const funding = { scheme: 'vekstbedrift' as const, date: '2023-03-01' };
      const fromAlver = computeFunding(packInLanguage(alver, locale), funding, { lang: locale });
      expect(fromAlver).toEqual(computeFunding(alver, funding, { lang: locale }));
      expect(fromAlver.lines.some((line) => line.source?.note)).toBe(true);
      const sel85 = { scheme: 'sel85' as const, tier: 'trin-1', dayRate: '1000' };
      expect(computeFunding(packInLanguage(vejle, locale), sel85, { lang: locale })).toEqual(computeFunding(vejle, sel85, { lang: locale }));
      expect(selectTier(packInLanguage(vejle, locale), { scale: 'sel85', weeklyNeedHours: 2.5 }, { lang: locale })).toEqual(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 2.5 }, { lang: locale }));
      for (const pack of [vejle, molde]) {
        for (const service of pack.cadence!.services) {
          const input = { service: service.id, start: '2025-01-15', followUps: ['2025-04-22'] };
          const options = { today: '2025-11-22', lang: locale };
          expect(checkCadence(packInLanguage(pack, locale), input, options)).toEqual(checkCadence(pack, input, options));
        }
      }
    });
  }

  describe('edge cases', () => {
    it('a text that lacks the language throws, naming the text: a pack in one language never falls back', () => {
      const danishOnly = JSON.parse(JSON.stringify(builtInPacks['dk-vejle-voksen']), (key, value) => (key === 'nn' ? undefined : value)) as RulePack;
      expect(() => packInLanguage(danishOnly, 'nn')).toThrow(/dk-vejle-voksen\.name has no nn wording/);
      expect(() => packInLanguage(danishOnly, 'nb')).not.toThrow();
    });

    it('leaves the full pack as it was', () => {
      const before = JSON.stringify(builtInPacks['no-alver-vekstbedrift']);
      packInLanguage(builtInPacks['no-alver-vekstbedrift'], 'da');
      expect(JSON.stringify(builtInPacks['no-alver-vekstbedrift'])).toBe(before);
    });

    it('keeps what is not a text: ids, rates, the pack\'s own language, documents quoted as written', () => {
      const alver = builtInPacks['no-alver-vekstbedrift'];
      const variant = packInLanguage(alver, 'en');
      expect(variant.id).toBe(alver.id);
      expect(variant.language).toBe('nn');
      expect(variant.documents).toEqual(alver.documents);
      expect(variant.funding!.vekstbedrift!.stateRate.rates).toHaveLength(alver.funding!.vekstbedrift!.stateRate.rates.length);
      expect(variant.name).toEqual({ en: alver.name.en });
    });
  });
});
