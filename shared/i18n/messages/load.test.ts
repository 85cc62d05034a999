import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRulePack as parseWithEveryLanguage } from '../../index.js';

// Each test imports the modules afresh: the test setup (vitest.config.ts) hands every language
// over up front, as shared/index.ts does, while the package loads them one language at a time.
beforeEach(() => {
  vi.resetModules();
});

const brokenPack = '{"schemaVersion": 1}';
const expectedErrors = (lang: 'nn' | 'nb' | 'da' | 'en') => parseWithEveryLanguage(brokenPack, { lang }).errors;

describe('loadLocale and the validator\'s texts', () => {
  it('as documented: parseRulePack from saksvakt/engines answers in a language once loadLocale has loaded it', async () => {
    const engines = await import('../../engines.js');
    await engines.loadLocale('nb');
    expect(engines.parseRulePack(brokenPack, { lang: 'nb' }).errors).toEqual(expectedErrors('nb'));
  });

  it('loadRulePackParser after loadLocale: the validator brings its texts in the languages asked', async () => {
    const { loadLocale } = await import('./load.js');
    await loadLocale('da');
    await loadLocale('nn');
    const { loadRulePackParser } = await import('../../engines.js');
    const parse = await loadRulePackParser();
    expect(parse(brokenPack, { lang: 'da' }).errors).toEqual(expectedErrors('da'));
    expect(parse(brokenPack, { lang: 'nn' }).errors).toEqual(expectedErrors('nn'));
  });

  it('loadRulePackParser before loadLocale: loadLocale then loads the validator\'s texts too', async () => {
    const { loadLocale, loadRulePackParser } = await import('../../engines.js');
    const parse = await loadRulePackParser();
    await loadLocale('en');
    expect(parse(brokenPack, { lang: 'en' }).errors).toEqual(expectedErrors('en'));
  });

  describe('edge cases', () => {
    it('without the validator, loadLocale loads the engines\' texts only', async () => {
      const { loadLocale } = await import('./load.js');
      await loadLocale('da');
      const { engineTexts } = await import('./engine-texts.js');
      expect(engineTexts.isLoaded('da')).toBe(true);
      const { validationMessages } = await import('./validation.js');
      expect(validationMessages.isLoaded('da')).toBe(false);
    });

    it('a language never asked: the validator throws naming the call to make, never answers in another language', async () => {
      const { loadLocale, loadRulePackParser } = await import('../../engines.js');
      await loadLocale('nb');
      const parse = await loadRulePackParser();
      expect(() => parse(brokenPack, { lang: 'da' })).toThrow(/"da".*loadLocale\('da'\)/);
    });
  });
});
