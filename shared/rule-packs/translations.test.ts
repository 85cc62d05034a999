import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locale.js';
import { builtInPacks, checkCadence, type RulePack } from '../index.js';

/** Every pack text (an object whose keys are UI languages, English among them), with its path. */
function packTexts(value: unknown, path = ''): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => packTexts(entry, `${path}[${index}]`));
  if (!value || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (typeof (value as { en?: unknown }).en === 'string' && keys.every((key) => (LOCALES as readonly string[]).includes(key))) return [{ path, text: value as Record<string, unknown> }];
  return Object.entries(value).flatMap(([key, entry]) => packTexts(entry, `${path}.${key}`));
}

describe('built-in pack translations', () => {
  for (const [id, pack] of Object.entries(builtInPacks)) {
    it(`${id}: every text in nn, nb, da and en`, () => {
      const texts = packTexts(pack);
      expect(texts.length).toBeGreaterThan(0);
      const missing = texts.flatMap(({ path, text }) => LOCALES.filter((locale) => typeof text[locale] !== 'string' || (text[locale] as string).trim() === '').map((locale) => `${path} ${locale}`));
      expect(missing).toEqual([]);
    });
  }

  it('a custom pack without Norwegian: a Norwegian reader gets the Danish text, marked as Danish', () => {
    const danishOnly = JSON.parse(JSON.stringify(builtInPacks['dk-vejle-voksen']), (key, value) => (key === 'nn' || key === 'nb' ? undefined : value)) as RulePack;
    const result = checkCadence(danishOnly, { service: 'sel85', start: '2025-01-15', followUps: ['2025-04-22'] }, { today: '2025-11-22', lang: 'nn' });
    expect(result.obligations.find((entry) => entry.id === 'follow-up')?.label).toBe('Opfølgning ved fremmøde eller Teams; trin vurderes (på dansk)');
  });

  describe('edge cases', () => {
    it('finds a missing language in a nested text', () => {
      expect(packTexts({ a: [{ label: { en: 'x', da: 'y' } }] })).toEqual([{ path: '.a[0].label', text: { en: 'x', da: 'y' } }]);
    });

    it('Vejle keeps its Danish authoritative wording, and the Norwegian texts are not copies of it', () => {
      const vejle = builtInPacks['dk-vejle-voksen'];
      const followUp = vejle.cadence!.services.find((service) => service.id === 'sel85')!.obligations[0]!.label;
      expect(followUp.da).toBe('Opfølgning ved fremmøde eller Teams; trin vurderes');
      expect(followUp.nn).not.toBe(followUp.da);
      expect(followUp.nb).not.toBe(followUp.da);
    });
  });
});
