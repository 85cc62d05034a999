import { describe, expect, it } from 'vitest';
import { parseDateText } from './index.js';

describe('parseDateText', () => {
  it.each([
    ['01.03.2023', '2023-03-01'],
    ['1.3.2023', '2023-03-01'],
    [' 15.01.2025 ', '2025-01-15'],
    ['2023-03-01', '2023-03-01'],
    ['01/03/2023', '2023-03-01'],
    ['29.02.2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => expect(parseDateText(text)).toBe(iso));

  describe('edge cases', () => {
    it.each(['31.02.2023', '29.02.2023', '', '—', 'i morgon', '2023-13-01', '01.03'])('%j is not a date', (text) => {
      expect(parseDateText(text)).toBeUndefined();
    });

    it('takes only the formats it is given', () => {
      expect(parseDateText('03/01/2023', ['MM/dd/yyyy'])).toBe('2023-03-01');
      expect(parseDateText('01.03.2023', ['MM/dd/yyyy'])).toBeUndefined();
    });

    it('reads two-digit years as 1950–2049, as date-fns does', () => {
      expect(parseDateText('01.03.23')).toBe('2023-03-01');
      expect(parseDateText('01.03.49')).toBe('2049-03-01');
      expect(parseDateText('01.03.50')).toBe('1950-03-01');
    });

    it('needs the whole text to match, digits counted as the tokens say', () => {
      expect(parseDateText('01.03.2023 kl. 10')).toBeUndefined();
      expect(parseDateText('1.03.2023', ['dd.MM.yyyy'])).toBeUndefined();
      expect(parseDateText('1.3.2023', ['d.M.yyyy'])).toBe('2023-03-01');
      expect(parseDateText('00.03.2023')).toBeUndefined();
      expect(parseDateText('2023.03.01', ['yyyy.MM.dd'])).toBe('2023-03-01');
    });

    it('a format with an unsupported token (a month name) matches nothing', () => {
      expect(parseDateText('1 March 2023', ['d MMMM yyyy'])).toBeUndefined();
    });
  });
});
