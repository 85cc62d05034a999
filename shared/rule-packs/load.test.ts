import { describe, expect, it } from 'vitest';
import { isBuiltInPack, loadBuiltInPack, loadBuiltInPackInLanguage, loadedBuiltInPackInLanguage } from './load.js';

// This file imports the loader alone (not shared/index.ts, which hands every full pack over at once),
// so the packs load here as they do on a vendor's page.
describe('loading a built-in pack in one language', () => {
  it('loads the pack with every text in the language asked, marked built-in (not validated again), one object per pack and language', async () => {
    expect(loadedBuiltInPackInLanguage('no-alver-vekstbedrift', 'nb')).toBeUndefined();
    const [first, second] = await Promise.all([loadBuiltInPackInLanguage('no-alver-vekstbedrift', 'nb'), loadBuiltInPackInLanguage('no-alver-vekstbedrift', 'nb')]);
    expect(first).toBe(second);
    expect(first.name).toEqual({ nb: 'Alver kommune – plass hos vekstbedrift' });
    expect(isBuiltInPack(first)).toBe(true);
    expect(loadedBuiltInPackInLanguage('no-alver-vekstbedrift', 'nb')).toBe(first);
    expect(await loadBuiltInPackInLanguage('no-alver-vekstbedrift', 'nb')).toBe(first);
    const danish = await loadBuiltInPackInLanguage('no-alver-vekstbedrift', 'da');
    expect(danish).not.toBe(first);
    expect(danish.name).toEqual({ da: 'Alver Kommune – pladser i vekstbedrifter' });
  });

  describe('edge cases', () => {
    it('the full pack stays whole for engine users, whichever languages the elements loaded', async () => {
      await loadBuiltInPackInLanguage('dk-vejle-voksen', 'en');
      const full = await loadBuiltInPack('dk-vejle-voksen');
      expect(Object.keys(full.name).sort()).toEqual(['da', 'en', 'nb', 'nn']);
      expect(isBuiltInPack(full)).toBe(true);
    });

    it('once the full pack is there, another language is made from it at once, without a load', async () => {
      await loadBuiltInPack('no-molde-arbeid-aktivitet');
      const nynorsk = loadedBuiltInPackInLanguage('no-molde-arbeid-aktivitet', 'nn');
      expect(nynorsk?.name).toEqual({ nn: (await loadBuiltInPack('no-molde-arbeid-aktivitet')).name.nn });
      expect(await loadBuiltInPackInLanguage('no-molde-arbeid-aktivitet', 'nn')).toBe(nynorsk);
    });
  });
});
