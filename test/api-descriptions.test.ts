import { describe as group, expect, it } from 'vitest';
import { API_DESCRIPTIONS } from '../demo/api-descriptions.js';
import { apiDescriptions, describe } from '../demo/api-reference.js';

const backticks = (text: string) => (text.match(/`/g) ?? []).length;

group('API reference translations', () => {
  it('every description in the manifest has a nynorsk, bokmål and Danish translation', () => {
    const descriptions = apiDescriptions();
    expect(descriptions.length).toBeGreaterThan(50);
    const missing = descriptions.filter((text) => !API_DESCRIPTIONS[text]?.nn || !API_DESCRIPTIONS[text]?.nb || !API_DESCRIPTIONS[text]?.da);
    expect(missing).toEqual([]);
  });

  it('keeps the code spans of the English text in every translation', () => {
    for (const [english, translations] of Object.entries(API_DESCRIPTIONS)) {
      for (const text of Object.values(translations)) expect(backticks(text), `${english} → ${text}`).toBe(backticks(english));
    }
  });

  group('edge cases', () => {
    it('holds no translation for a description the manifest no longer has', () => {
      const current = new Set(apiDescriptions());
      expect(Object.keys(API_DESCRIPTIONS).filter((text) => !current.has(text))).toEqual([]);
    });

    it('English is the manifest text itself', () => {
      const [first] = apiDescriptions();
      expect(describe(first!, 'en')).toBe(first);
      expect(describe(first!, 'da')).not.toBe(first);
    });
  });
});
