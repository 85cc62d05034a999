import { describe, expect, it } from 'vitest';
import { builtInPacks, computeFunding, selectTier } from '../index.js';
import { fieldName } from './messages/fields.js';
import { parseLocalNumber } from './parse-number.js';

const value = (text: string, locale: Parameters<typeof parseLocalNumber>[1]) => {
  const parsed = parseLocalNumber(text, locale);
  return parsed.ok ? parsed.value : parsed.reason;
};

describe('parseLocalNumber', () => {
  it('nn/nb: 22 317,50 with a space, a no-break space or a narrow no-break space', () => {
    for (const locale of ['nn', 'nb'] as const) {
      expect(value('22 317,50', locale)).toBe(22317.5);
      expect(value('22\u00a0317,50', locale)).toBe(22317.5);
      expect(value('22\u202f317', locale)).toBe(22317);
      expect(value('1.234,50', locale)).toBe(1234.5);
      expect(value('6 934 000', locale)).toBe(6934000);
    }
  });

  it('da: 1.234,50 and 1 234,50', () => {
    expect(value('1.234,50', 'da')).toBe(1234.5);
    expect(value('1 234,50', 'da')).toBe(1234.5);
    expect(value('1.234', 'da')).toBe(1234);
    expect(value('1,234', 'da')).toBe(1.234);
  });

  it('en: 1,234.50', () => {
    expect(value('1,234.50', 'en')).toBe(1234.5);
    expect(value('1,234', 'en')).toBe(1234);
    expect(value('1234.5', 'en')).toBe(1234.5);
  });

  describe('edge cases', () => {
    it('never reads 1.234,50 as 1,2345: refused as ambiguous in English, 1234,5 elsewhere', () => {
      expect(value('1.234,50', 'en')).toBe('ambiguous');
      expect(value('1,234.50', 'da')).toBe('ambiguous');
      expect(value('1,234.50', 'nb')).toBe('ambiguous');
      expect(value('1.234,50', 'da')).toBe(1234.5);
    });

    it('groups must be three digits and of one kind', () => {
      expect(value('1,23,456', 'en')).toBe('ambiguous');
      expect(value('1.23.456', 'da')).toBe('ambiguous');
      expect(value('1 234.567,5', 'nb')).toBe('ambiguous');
    });

    it('one separator that cannot be grouping is the decimal mark', () => {
      expect(value('2,5', 'en')).toBe(2.5);
      expect(value('22.5', 'nb')).toBe(22.5);
      expect(value('2.50', 'da')).toBe(2.5);
    });

    it('signs, letters, empty text', () => {
      expect(value('-1 000,5', 'nb')).toBe(-1000.5);
      expect(value('−3', 'en')).toBe(-3);
      expect(value('tolv', 'nn')).toBe('invalid');
      expect(value('12 kr', 'nb')).toBe('invalid');
      expect(value(' ', 'en')).toBe('invalid');
      expect(value('1e5', 'en')).toBe('invalid');
    });
  });
});

describe('numbers as people type them, in every engine input', () => {
  const vejle = builtInPacks['dk-vejle-voksen'];
  const sel85 = (dayRate: string, lang: string) => computeFunding(vejle, { scheme: 'sel85', tier: 'trin-1', dayRate }, { lang });

  it('a day rate typed in English (1,234.50) is read as 1234,50, and as Danish (1.234,50) too', () => {
    expect(sel85('1,234.50', 'en').amounts).toEqual(sel85('1234.5', 'en').amounts);
    expect(sel85('1.234,50', 'da').amounts).toEqual(sel85('1234.5', 'en').amounts);
    expect(sel85('1 234,50', 'nb').ok).toBe(true);
  });

  it('ambiguous text is refused with a clear message naming the field in words', () => {
    const result = sel85('1.234,50', 'en');
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'ambiguous-number', field: 'dayRate', message: 'Day rate: The separators can be read more than one way. Write it as 1,234.50.' })]);
  });

  it('tiers read the need in the request\'s language', () => {
    expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: '1,4' }, { lang: 'da' }).tier?.id).toBe('trin-2');
    expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: '1.4' }, { lang: 'en' }).tier?.id).toBe('trin-2');
  });
});

describe('messages name fields in words', () => {
  it('"Døgnsats: Skriv et tal." — not "dayRate: …"', () => {
    const result = computeFunding(builtInPacks['dk-vejle-voksen'], { scheme: 'sel85', tier: 'trin-1', dayRate: 'mange' }, { lang: 'da' });
    expect(result.errors[0]!.message).toBe('Døgnsats: Skriv et tal.');
  });

  it.each([
    ['nn', 'Døgnsats: Skriv eit tal.'],
    ['nb', 'Døgnsats: Skriv et tall.'],
    ['en', 'Day rate: Write a number.'],
  ])('%s: %s', (lang, message) => {
    expect(computeFunding(builtInPacks['dk-vejle-voksen'], { scheme: 'sel85', tier: 'trin-1', dayRate: 'x' }, { lang }).errors[0]!.message).toBe(message);
  });

  it('paths with a year, a month or an index are named in words', () => {
    expect(fieldName('stateRates.2024', 'nn')).toBe('VTA-sats 2024');
    expect(fieldName('hoursUsed.2025-03', 'da')).toBe('Timer brugt 2025-03');
    expect(fieldName('overrides[0].reason', 'en')).toBe('Agreed deviation 1, reason');
    expect(fieldName('recentCounts.conversations', 'nb')).toBe('Samtaler holdt (antall de siste 12 månedene)');
  });

  it('every field an engine checks has a name in every language', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [join(dir, entry.name)] : []));
    const root = new URL('..', import.meta.url).pathname;
    const fields = new Set<string>();
    for (const file of files(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\.(?:number|date|dates|text|oneOf)\('(\w+)'/g)) fields.add(match[1]!);
    }
    expect(fields.size).toBeGreaterThan(20);
    for (const field of fields) for (const lang of ['nn', 'nb', 'da', 'en'] as const) expect(fieldName(field, lang), `${field} (${lang})`).not.toBe(field);
  });
});
