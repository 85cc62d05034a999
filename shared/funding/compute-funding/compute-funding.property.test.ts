import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInPacks, computeFunding, type FundingInput } from '../../index.js';
import { dateInput, isoDate, lang, NUM_RUNS, numberInput, PROPERTY_TIMEOUT } from '../../testing/arbitraries.js';
import { expectReadableIssue } from '../../testing/issues.js';

const alver = builtInPacks['no-alver-vekstbedrift'];
const vejle = builtInPacks['dk-vejle-voksen'];
// Packs by id in the generated cases, so a counterexample prints short.
const packs = { alver, vejle };

const rateByYear = fc.dictionary(fc.oneof(fc.integer({ min: 2015, max: 2032 }).map(String), fc.string({ maxLength: 5 })), numberInput, { maxKeys: 3 });

const fundingInput: fc.Arbitrary<readonly [keyof typeof packs, FundingInput]> = fc.oneof(
  fc.record(
    { scheme: fc.constant('vekstbedrift'), date: dateInput, places: numberInput, months: numberInput, placeStart: dateInput, individualSupplement: numberInput, budgetFrame: numberInput, noticeGiven: dateInput, stateRates: fc.oneof(rateByYear, fc.anything()) },
    { requiredKeys: ['scheme'] },
  ).map((input) => ['alver', input as unknown as FundingInput] as const),
  fc.record(
    { scheme: fc.constant('sel85'), tier: fc.oneof(fc.constantFrom('trin-1', 'trin-2', 'trin-3', 'trin-4', 'trin-5'), fc.anything()), dayRate: numberInput, dayRateKind: fc.oneof(fc.constantFrom('socialpsychiatric', 'socialpedagogical'), fc.anything()) },
    { requiredKeys: ['scheme'] },
  ).map((input) => ['vejle', input as unknown as FundingInput] as const),
  fc.record(
    { scheme: fc.constant('sel97'), date: dateInput, grantStart: dateInput, hoursUsed: fc.oneof(fc.dictionary(fc.string({ maxLength: 7 }), numberInput, { maxKeys: 3 }), fc.anything()), basis: fc.oneof(fc.constantFrom('municipal', 'national'), fc.anything()) },
    { requiredKeys: ['scheme'] },
  ).map((input) => ['vejle', input as unknown as FundingInput] as const),
  fc.record(
    { scheme: fc.constant('sel109'), arrival: dateInput, days: numberInput, departure: dateInput, hasIncome: fc.oneof(fc.boolean(), fc.anything()), ratesPerDay: fc.oneof(rateByYear, fc.anything()) },
    { requiredKeys: ['scheme'] },
  ).map((input) => ['vejle', input as unknown as FundingInput] as const),
  // A scheme the pack does not have, or no input object at all.
  fc.tuple(fc.constantFrom('alver' as const, 'vejle' as const), fc.anything()).map(([pack, input]) => [pack, input as FundingInput] as const),
);

describe('computeFunding — generated input (property-based)', () => {
  it(`never throws, names every bad field in words in the requested language, and leaves the input as it was (${NUM_RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(fundingInput, lang, ([pack, input], language) => {
        const before = structuredClone(input);
        const result = computeFunding(packs[pack], input, { lang: language });
        expect(typeof result.ok).toBe('boolean');
        for (const issue of [...result.errors, ...result.warnings]) expectReadableIssue(issue);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        // A result that could not read its input computes nothing from a default.
        if (!result.ok) expect(result.amounts.total).toBeUndefined();
        expect(input).toEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);

  it(`Alver: a total is the sum of its months, each month at its own year's rate (${NUM_RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 36 }), (date, places, months) => {
        const result = computeFunding(alver, { scheme: 'vekstbedrift', date, places, months });
        if (!result.ok) {
          // Only a year the pack has no rate for may stop the total, and it says so.
          expect(result.errors.map((error) => error.code)).toContain('rate-missing');
          return;
        }
        const yearKeys = Object.keys(result.amounts).filter((key) => /^monthsIn\d{4}$/.test(key));
        if (yearKeys.length === 0) {
          expect(result.amounts.total).toBeCloseTo(result.amounts.monthlyPerPlace! * places * months, 2);
          return;
        }
        let monthsCounted = 0;
        let sum = 0;
        for (const key of yearKeys) {
          const year = key.slice('monthsIn'.length);
          monthsCounted += result.amounts[key]!;
          sum += result.amounts[`monthlyPerPlace${year}`]! * places * result.amounts[key]!;
        }
        expect(monthsCounted).toBe(months);
        expect(result.amounts.total).toBeCloseTo(sum, 2);
        // The lines a person reads add up to the total line too (each line rounded to øre).
        const lineSum = result.lines.filter((line) => /^monthsIn\d{4}$/.test(line.id)).reduce((total, line) => total + line.amount!, 0);
        expect(Math.abs(lineSum - result.amounts.total!)).toBeLessThanOrEqual(0.01 * yearKeys.length);
      }),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);
});

// Counterexamples the properties found, kept as named cases.
describe('edge cases', () => {
  it('entered rates that are not a by-year map: an error at the year, no TypeError', () => {
    const result = computeFunding(vejle, { scheme: 'sel109', arrival: '2023-03-01', days: 3, ratesPerDay: 5e-324 as never });
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ code: 'invalid-number', field: 'ratesPerDay.2023' });
  });

  it('a period of 1e300 months is refused at once, never counted month by month', () => {
    const result = computeFunding(alver, { scheme: 'vekstbedrift', date: '2022-06-01', months: 1e300 }, { lang: 'nb' });
    expect(result.errors).toEqual([expect.objectContaining({ code: 'too-big', field: 'months', message: expect.stringContaining('600') })]);
  });

  it('a stay of 1e300 days is refused at once', () => {
    expect(computeFunding(vejle, { scheme: 'sel109', arrival: '2023-03-01', days: 1e300 }).errors[0]).toMatchObject({ code: 'too-big', field: 'days' });
  });

  it('an unknown value that is not text is shown as JSON, not "[object Object]"', () => {
    const result = computeFunding(vejle, { scheme: 'sel85', tier: 'trin-1', dayRate: 1000, dayRateKind: [{}] as never }, { lang: 'nn' });
    expect(result.errors[0]!.message).toContain('[{}]');
  });

  it('hours used under a key that is not a month: said at "Hours used", not dropped silently', () => {
    const result = computeFunding(vejle, { scheme: 'sel97', date: '2023-04-10', hoursUsed: { '': 5 } });
    expect(result.errors[0]).toMatchObject({ code: 'invalid-months', field: 'hoursUsed', fieldLabel: 'Hours used' });
  });
});
