import { describe, expect, it } from 'vitest';
import { readJournalNumber } from './index.js';

describe('readJournalNumber', () => {
  it.each([
    // nynorsk / bokmål
    ['kr 22 317,-', 22317],
    ['22 317 kr', 22317],
    ['NOK 23 500,50', 23500.5],
    ['1 plass', 1],
    ['1 plass(ar)', 1],
    ['2 plassar', 2],
    ['2,5 t/uke', 2.5],
    ['2,5 timar/veke', 2.5],
    ['22\u00a0317', 22317],
    // Danish
    ['22.317 kr.', 22317],
    ['DKK 1.234,50', 1234.5],
    ['2,5 timer/uge', 2.5],
    ['60 %', 60],
    ['4 indsatser', 4],
    // English
    ['NOK 22,317.00', 22317],
    ['2.5 h/week', 2.5],
    ['1 place', 1],
    ['0.5', 0.5],
  ])('%j → %d', (text, expected) => expect(readJournalNumber(text)).toBe(expected));

  it('uses the journal\'s separators when known', () => {
    expect(readJournalNumber('22,317', { thousandsSeparator: ',', decimalSeparator: '.' })).toBe(22317);
    expect(readJournalNumber('22,317')).toBe(22.317);
    expect(readJournalNumber('1.500', { thousandsSeparator: ' ', decimalSeparator: '.' })).toBe(1.5);
    expect(readJournalNumber('1.500')).toBe(1500);
  });

  describe('edge cases', () => {
    it('empty text is empty, not zero', () => {
      expect(readJournalNumber('')).toBeUndefined();
      expect(readJournalNumber('   ')).toBeUndefined();
    });
    it.each(['to', '1–3 dagar', '1-3', '22 31', '1.2.3', 'kr', '2/5', '12 317 eller 13 000', 'ca. 22 000'])('%j is unreadable (null)', (text) => {
      expect(readJournalNumber(text)).toBeNull();
    });
  });
});
