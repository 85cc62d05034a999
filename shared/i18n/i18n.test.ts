import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber } from './format.js';
import { localize, pickTranslation, resolveLocale, type Locale } from './locale.js';
import { createLazyTranslator, lazyMessages, MessagesNotLoadedError } from './translate.js';

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

describe('messages loaded one language at a time', () => {
  const catalogue = (text: string) => ({ greeting: text, count: (p: { n: number }) => `${text} ${p.n}` });
  const make = (loads: Locale[], failFirst = false) => {
    let failed = false;
    const loader = (locale: Locale) => async () => {
      loads.push(locale);
      if (failFirst && !failed) {
        failed = true;
        throw new Error('offline');
      }
      return catalogue(`${locale}:`);
    };
    return lazyMessages('a test', { en: loader('en'), nn: loader('nn'), nb: loader('nb'), da: loader('da') });
  };

  it('a language loads once, on first use, and only that language', async () => {
    const loads: Locale[] = [];
    const messages = make(loads);
    const translate = createLazyTranslator<ReturnType<typeof catalogue>>((locale) => messages.get(locale));
    expect(messages.isLoaded('nn')).toBe(false);
    await Promise.all([messages.load('nn'), messages.load('nn')]);
    expect(loads).toEqual(['nn']);
    expect(translate('nn', 'greeting')).toBe('nn:');
    expect(translate.bind('nn')('count', { n: 2 })).toBe('nn: 2');
  });

  it('asked for a language not loaded, it throws naming the language and the call to make; never another language', async () => {
    const messages = make([]);
    await messages.load('en');
    expect(() => messages.get('da')).toThrow(MessagesNotLoadedError);
    expect(() => messages.get('da')).toThrow(/"da".*loadLocale\('da'\)/);
  });

  describe('edge cases', () => {
    it('a failed load is tried again by the next call', async () => {
      const loads: Locale[] = [];
      const messages = make(loads, true);
      await expect(messages.load('nb')).rejects.toThrow('offline');
      expect(messages.isLoaded('nb')).toBe(false);
      await messages.load('nb');
      expect(loads).toEqual(['nb', 'nb']);
      expect(messages.get('nb').greeting).toBe('nb:');
    });

    it('every language has every key the English catalogue has (through the eager entry)', async () => {
      const { sharedMessages } = await import('./messages/all.js');
      const keys = (locale: Locale) => Object.entries(sharedMessages.get(locale)).map(([domain, texts]) => `${domain}:${Object.keys(texts).sort().join(',')}`);
      for (const locale of ['nn', 'nb', 'da'] as const) expect(keys(locale)).toEqual(keys('en'));
    });
  });
});
