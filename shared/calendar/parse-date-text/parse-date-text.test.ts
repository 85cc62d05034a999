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
    });
  });
});
