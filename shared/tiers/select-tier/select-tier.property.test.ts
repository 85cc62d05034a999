import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInPacks, checkLimit, parseDateText, selectTier, type TierInput } from '../../index.js';
import { isIsoDate } from '../../calendar/iso-date.js';
import { INTL_TAGS, LOCALES } from '../../i18n/locale.js';
import { parseLocalNumber } from '../../i18n/parse-number.js';
import { lang, NUM_RUNS, numberInput, PROPERTY_TIMEOUT } from '../../testing/arbitraries.js';
import { expectReadableIssue } from '../../testing/issues.js';

const packs = { alver: builtInPacks['no-alver-vekstbedrift'], vejle: builtInPacks['dk-vejle-voksen'], molde: builtInPacks['no-molde-arbeid-aktivitet'] };
const packId = fc.constantFrom('alver', 'vejle', 'molde');
const anyText = fc.oneof(fc.string({ maxLength: 8 }), fc.anything());

const tierInput = fc.oneof(
  fc.record(
    { scale: fc.constant('sel85'), weeklyNeedHours: numberInput, supportAreas: fc.oneof(fc.array(anyText, { maxLength: 4 }), fc.anything()), supportAreaCount: numberInput, currentTier: anyText, service: fc.oneof(fc.constantFrom('sel85', 'sel85a'), anyText) },
    { requiredKeys: ['scale'] },
  ),
  fc.record({ scale: fc.constantFrom('sel104', 'sel103'), percent: numberInput, daysPerWeek: numberInput, halfDaysPerWeek: numberInput }, { requiredKeys: ['scale'] }),
  fc.record({ scale: fc.constant('ladder'), service: anyText, step: numberInput }, { requiredKeys: ['scale'] }),
  fc.anything(),
);

describe('selectTier and checkLimit — generated input (property-based)', () => {
  it(`selectTier never throws and names every bad field in words (${NUM_RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(packId, tierInput, lang, (pack, input, language) => {
        const before = structuredClone(input);
        const result = selectTier(packs[pack as keyof typeof packs], input as TierInput, { lang: language });
        for (const issue of result.errors ?? []) expectReadableIssue(issue);
        expect(input).toEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);

  it(`checkLimit never throws; an unread value gives no status (${NUM_RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(packId, fc.record({ limit: fc.oneof(fc.constantFrom('age', 'emergency-stay', 'places-smia', 'assessment-module'), anyText), value: numberInput }), lang, (pack, input, language) => {
        const result = checkLimit(packs[pack as keyof typeof packs], input as never, { lang: language });
        for (const issue of result.errors) expectReadableIssue(issue);
        if (!result.ok) expect(result.status).toBeUndefined();
      }),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);
});

describe('typed text parsers — generated text (property-based)', () => {
  it(`parseLocalNumber reads back any number written the way its language writes it (${NUM_RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom(...LOCALES), (value, locale) => {
        const rounded = Math.round(value * 100) / 100;
        const text = rounded.toLocaleString(INTL_TAGS[locale], { maximumFractionDigits: 2 });
        const parsed = parseLocalNumber(text, locale);
        // A grouped number like 1,234 can be read two ways; then the parser says so instead of guessing.
        if (!parsed.ok) expect(parsed.reason).toBe('ambiguous');
        else expect(parsed.value).toBeCloseTo(rounded, 2);
      }),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);

  it(`parseLocalNumber and parseDateText never throw on any text, and a date read is a real date (${NUM_RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), fc.constantFrom(...LOCALES), (text, locale) => {
        const parsed = parseLocalNumber(text, locale);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        const date = parseDateText(text);
        if (date !== undefined) expect(isIsoDate(date)).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);
});

// Counterexamples the properties found, kept as named cases.
describe('edge cases', () => {
  it('an unknown scale, limit or current tier is named in words', () => {
    expect(selectTier(packs.molde, { scale: 'ladder' }, { lang: 'nn' }).errors[0]).toMatchObject({ field: 'scale', fieldLabel: 'Skala' });
    expect(checkLimit(packs.alver, { limit: 'age', value: 0 }, { lang: 'nn' }).errors[0]).toMatchObject({ field: 'limit', fieldLabel: 'Grense' });
    const tier = selectTier(packs.vejle, { scale: 'sel85', supportAreaCount: 0, currentTier: [] as never }, { lang: 'da' });
    expect(tier.errors.find((error) => error.field === 'currentTier')).toMatchObject({ fieldLabel: 'Nuværende trin' });
  });

  it('a placement that is not text is shown as JSON, not "[object Object]"', () => {
    expect(selectTier(packs.alver, { scale: 'ladder', service: [{}] as never }, { lang: 'nn' }).errors[0]!.message).toContain('[{}]');
  });
});
