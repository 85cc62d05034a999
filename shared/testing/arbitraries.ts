/**
 * fast-check generators for the property suites: the input a form, a journal page or an edited
 * file can hand the engines — valid values, near misses and junk, mixed. Test code only.
 */
import fc from 'fast-check';
import { LOCALES } from '../i18n/locale.js';

/**
 * Generated cases per Node-side property. 10 000 keeps each suite within a few seconds on CI's
 * two cores; the number is printed in each test's name so the summary shows what was tried.
 */
export const NUM_RUNS = 10_000;

/** Per-test time limit for a property suite: 10 000 cases on two shared cores take longer than vitest's 5 s default. */
export const PROPERTY_TIMEOUT = 120_000;

/** The four UI languages, plus tags a host page may hand over (mapped or unknown). */
export const lang = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LOCALES) },
  { weight: 1, arbitrary: fc.constantFrom('nn-NO', 'no', 'da-DK', 'en-US', 'sv', '', 'xx-YY') },
);

/** A real calendar date as `YYYY-MM-DD`, 2015–2032 (the packs' years and around them). */
export const isoDate = fc
  .date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2032, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Date-shaped text that is not a calendar date, or another way of writing one. */
const nearMissDate = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  isoDate.map((date) => date.split('-').reverse().join('.')),
  isoDate.map((date) => ` ${date} `),
  isoDate.map((date) => `${date}T00:00:00Z`),
);

/** Anything a date field may receive. */
export const dateInput = fc.oneof(
  { weight: 6, arbitrary: isoDate },
  { weight: 2, arbitrary: nearMissDate },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', 0, true, 'today') },
  { weight: 1, arbitrary: fc.anything() },
);

/** Anything a number field may receive: numbers, typed text in the four languages, junk. */
export const numberInput = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 60 }) },
  { weight: 2, arbitrary: fc.double({ noDefaultInfinity: false }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom('nb-NO', 'da-DK', 'en-GB', 'de-CH', 'fr-FR'))
      .map(([value, tag]) => value.toLocaleString(tag, { maximumFractionDigits: 3 })),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', '1e999', 'NaN', '-0', '٣', '1 000 000') },
  { weight: 1, arbitrary: fc.anything() },
);

/** A list of dates as a journal or form gives it: mostly dates, sometimes junk, sometimes not a list. */
export const dateListInput = fc.oneof(
  { weight: 5, arbitrary: fc.array(dateInput, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.anything() },
);
