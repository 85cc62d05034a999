import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber } from './format.js';
import { localize, pickTranslation, resolveLocale } from './locale.js';

// Intl separates thousands with a no-break space in Norwegian; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it('money in each language', () => {
    expect(plain(formatMoney(22317, 'NOK', 'nn'))).toBe('22 317 kr');
    expect(plain(formatMoney(22317, 'NOK', 'nb'))).toBe('22 317 kr');
    expect(plain(formatMoney(22317, 'DKK', 'da'))).toBe('22.317 kr.');
    expect(plain(formatMoney(22317, 'NOK', 'en'))).toBe('NOK 22,317');
  });

  it('keeps øre when the amount has them, and only then', () => {
    expect(plain(formatMoney(23500.5, 'NOK', 'nb'))).toBe('23 500,50 kr');
    expect(plain(formatMoney(93.38, 'DKK', 'da'))).toBe('93,38 kr.');
  });

  it('dates as the journals write them', () => {
    expect(formatDate('2023-03-01', 'nn')).toBe('01.03.2023');
    expect(formatDate('2023-03-01', 'da')).toBe('01.03.2023');
    expect(formatDate('2023-03-01', 'en')).toBe('01/03/2023');
  });

  it('numbers with decimal commas', () => {
    expect(formatNumber(1.06, 'nb')).toBe('1,06');
    expect(formatNumber(2.8, 'da')).toBe('2,8');
  });
});

describe('languages', () => {
  it.each([
    ['nn-NO', 'nn'], ['nn', 'nn'], ['nb-NO', 'nb'], ['no', 'nb'], ['da-DK', 'da'], ['en-US', 'en'], ['fr', 'en'], ['', 'en'], [null, 'en'],
  ])('resolveLocale(%j) is %s', (tag, locale) => expect(resolveLocale(tag)).toBe(locale));

  it('falls back from nynorsk to bokmål without a note: both are Norwegian', () => {
    expect(localize({ en: 'Place', nb: 'Plass hos' }, 'nn')).toBe('Plass hos');
    expect(localize({ en: 'Place', nn: 'Plass hjå' }, 'nb')).toBe('Plass hjå');
  });

  describe('edge cases', () => {
    it('a Norwegian reader of a Danish pack gets Danish before English, and is told it is Danish', () => {
      const text = { en: 'Follow-up', da: 'Opfølgning' };
      expect(pickTranslation(text, 'nn')).toEqual({ text: 'Opfølgning', lang: 'da' });
      expect(localize(text, 'nn')).toBe('Opfølgning (på dansk)');
      expect(localize(text, 'nb')).toBe('Opfølgning (på dansk)');
    });

    it('a Danish reader of a Norwegian pack gets bokmål, then nynorsk, before English', () => {
      expect(localize({ en: 'Place', nb: 'Plass hos', nn: 'Plass hjå' }, 'da')).toBe('Plass hos (på norsk)');
      expect(localize({ en: 'Place', nn: 'Plass hjå' }, 'da')).toBe('Plass hjå (på norsk)');
    });

    it('English is the last fallback, and says so', () => {
      expect(localize({ en: 'Place' }, 'da')).toBe('Place (på engelsk)');
      expect(localize({ en: 'Place' }, 'nn')).toBe('Place (på engelsk)');
      expect(localize({ en: 'Place', da: 'Plads' }, 'en')).toBe('Place');
    });

    it('a text in the reader\'s own language carries no note', () => {
      expect(localize({ en: 'Place', da: 'Plads' }, 'da')).toBe('Plads');
    });
  });
});
