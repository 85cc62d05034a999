import { describe, expect, it } from 'vitest';
import { parseJournalDate } from './index.js';

describe('parseJournalDate', () => {
  it.each([
    // nynorsk / bokmål
    ['14. februar 2023', '2023-02-14'],
    ['1. mar. 2023', '2023-03-01'],
    ['1. mars 2023', '2023-03-01'],
    ['17. mai 2024', '2024-05-17'],
    ['3. des. 2024', '2024-12-03'],
    ['3. desember 2024', '2024-12-03'],
    ['9. okt 2025', '2025-10-09'],
    // Danish
    ['1. marts 2023', '2023-03-01'],
    ['5. maj 2025', '2025-05-05'],
    ['22. apr. 2025', '2025-04-22'],
    ['22. oktober 2025', '2025-10-22'],
    // English
    ['14 February 2023', '2023-02-14'],
    ['14th February 2023', '2023-02-14'],
    ['February 14, 2023', '2023-02-14'],
    ['Dec 3, 2024', '2024-12-03'],
    ['1 May 2025', '2025-05-01'],
    // numeric, day first
    ['15-01-2025', '2025-01-15'],
    ['15.01.25', '2025-01-15'],
    ['15.1.2025', '2025-01-15'],
    ['15/01/2025', '2025-01-15'],
    ['01.03.99', '1999-03-01'],
    ['2025-01-15', '2025-01-15'],
    ['29.02.2024', '2024-02-29'],
    // with a time or odd spacing
    ['15.01.2025 kl. 10:30', '2025-01-15'],
    ['2025-01-15T10:30', '2025-01-15'],
    [' 14.\u00a0februar\u00a02023 ', '2023-02-14'],
    ['14. FEBRUAR 2023', '2023-02-14'],
  ])('%j → %s', (text, expected) => expect(parseJournalDate(text)).toBe(expected));

  describe('edge cases', () => {
    it.each(['31.02.2023', '29.02.2023', '14. februarx 2023', '14. fe 2023', '32. mai 2023', '', '—', 'i morgon', '15.01', '2023-13-01', '15.01.2025 eller 16.01.2025', '1/3'])(
      '%j is not a date',
      (text) => expect(parseJournalDate(text)).toBeUndefined(),
    );
  });
});
