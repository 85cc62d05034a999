import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJournalDate } from '../../calendar/parse-journal-date/index.js';
import { isIsoDate } from '../../calendar/iso-date.js';
import { formatDate, formatNumber } from '../format.js';
import { LOCALES } from '../locale.js';
import { NUM_RUNS, PROPERTY_TIMEOUT } from '../../testing/arbitraries.js';
import { readJournalNumber } from './index.js';

/** Text as journal fields hold it: numbers and dates with their decorations, and anything else. */
const journalText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.tuple(fc.constantFrom('', 'kr ', 'NOK ', 'DKK ', '€', ' '), fc.double({ noNaN: false }), fc.constantFrom('', ',-', ' kr', ' %', ' t/uke', ' timer/uge', ' plass', '\u00a0kr.')).map(([before, value, after]) => `${before}${value}${after}`),
  fc.tuple(fc.integer({ min: -5, max: 40 }), fc.constantFrom('.', '-', '/', '. '), fc.integer({ min: -1, max: 14 }), fc.constantFrom('.', '-', '/', ' '), fc.integer({ min: -1, max: 10_000 })).map(([day, a, month, b, year]) => `${day}${a}${month}${b}${year}`),
  fc.constantFrom('31.02.2023', '29.02.2024', '29.02.2023', '00.01.2023', '1–3 dagar', '22 317,-', '1,234.50', '2,5,5', '\u202f', 'kl. 10:30'),
);

describe('journal text, generated (what the extension reads from a journal field)', () => {
  it(`readJournalNumber and parseJournalDate never throw; a number read is finite, a date read is a real calendar date (${NUM_RUNS} generated texts)`, () => {
    fc.assert(
      fc.property(journalText, (text) => {
        const number = readJournalNumber(text);
        // A value, nothing (empty), or null: "could not read", never a default in its place.
        if (typeof number === 'number') expect(Number.isFinite(number)).toBe(true);
        else expect([undefined, null]).toContain(number);
        const date = parseJournalDate(text);
        if (date !== undefined) expect(isIsoDate(date)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);

  // A journal's separators come from its site profile; English ones differ from the Nordic default.
  const SEPARATORS = { nn: { thousandsSeparator: ' ', decimalSeparator: ',' }, nb: { thousandsSeparator: ' ', decimalSeparator: ',' }, da: { thousandsSeparator: '.', decimalSeparator: ',' }, en: { thousandsSeparator: ',', decimalSeparator: '.' } } as const;

  it(`a number or date written as a caseworker's language writes it is read back as it was, with that journal's separators (${NUM_RUNS} generated values)`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 0, max: 99_999_999 }).map((cents) => cents / 100),
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
        (lang, amount, isoDate) => {
          expect(readJournalNumber(formatNumber(amount, lang), SEPARATORS[lang])).toBe(amount);
          expect(parseJournalDate(formatDate(isoDate, lang))).toBe(isoDate);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);
});
