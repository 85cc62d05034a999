import { describe, expect, it } from 'vitest';
import { builtInPacks, computeFunding, type FundingInput } from '../../index.js';

const alver = builtInPacks['no-alver-vekstbedrift'];
const vejle = builtInPacks['dk-vejle-voksen'];
const place = (input: Partial<Extract<FundingInput, { scheme: 'vekstbedrift' }>> = {}) =>
  computeFunding(alver, { scheme: 'vekstbedrift', date: '2022-12-01', ...input });

describe('computeFunding — Alver vekstbedrift place', () => {
  it('2022: 14 878 + 7 439 = 22 317 per place per month (seed 000 § 8)', () => {
    const result = place();
    expect(result.ok).toBe(true);
    expect(result.amounts).toMatchObject({ stateRate: 14878, supplement: 7439, monthlyPerPlace: 22317, yearlyPerPlace: 267804 });
    const base = result.lines.find((line) => line.id === 'monthlyPerPlace')!;
    expect(base.source).toMatchObject({ documentId: 'alver-retningslinje', section: '8. Økonomi' });
    expect(result.lines.find((line) => line.id === 'stateRate')!.source?.section).toBe('8. Økonomi');
  });

  it('shows the staffing assumption 1 per 5', () => {
    const line = place().lines.find((entry) => entry.id === 'staffing')!;
    expect(line.label).toBe('Assumes 1 staff member per 5 participants');
    expect(line.source?.section).toBe('8. Økonomi');
  });

  it('2023 uses the rate revised for the whole year and keeps the øre: 15 667 × 1,5', () => {
    const result = place({ date: '2023-01-01' });
    expect(result.amounts.monthlyPerPlace).toBe(23500.5);
    expect(result.amounts.supplement).toBe(7833.5);
    expect(result.warnings.map((warning) => warning.code)).toContain('rate-revised');
  });

  it('places × months totals', () => {
    expect(place({ date: '2022-06-01', places: 3, months: 4 }).amounts.total).toBe(22317 * 12);
    expect(place({ date: '2022-01-01', places: '2', months: '12' }).amounts.total).toBe(535608);
  });

  // Seed 000 § 8: "Kommunen nyttar her grunnfinansiering med til ei kvar tid gjeldand VTA sats + 50% tillegg."
  describe('a period crossing a year: each month at its own year\'s rate ("til ei kvar tid gjeldand VTA sats")', () => {
    it('June 2022 + 12 months = 7 × 22 317 + 5 × 23 500,50', () => {
      const result = place({ date: '2022-06-01', months: 12 });
      expect(result.ok).toBe(true);
      expect(result.amounts.total).toBe(7 * 22317 + 5 * 23500.5);
      expect(result.amounts).toMatchObject({ monthsIn2022: 7, monthsIn2023: 5, monthlyPerPlace2022: 22317, monthlyPerPlace2023: 23500.5 });
      const years = result.lines.filter((line) => /^monthsIn\d{4}$/.test(line.id));
      expect(years.map((line) => [line.id, line.amount])).toEqual([['monthsIn2022', 7 * 22317], ['monthsIn2023', 5 * 23500.5]]);
      expect(years[1]!.source?.documentId).toBe('nav-vta-satser');
    });

    it('places multiply every year\'s months', () => {
      expect(place({ date: '2022-12-01', months: 2, places: 3 }).amounts.total).toBe(3 * 22317 + 3 * 23500.5);
    });

    it('a month in a year without a rate: no total, and the result names that year', () => {
      const result = place({ date: '2023-06-01', months: 12 });
      expect(result.ok).toBe(false);
      expect(result.amounts.total).toBeUndefined();
      expect(result.lines.map((line) => line.id)).not.toContain('total');
      // The date's own month is priced at its own year's rate all the same: that figure is certain.
      expect(result.amounts.monthlyPerPlace).toBe(23500.5);
      expect(Object.keys(result.amounts).filter((key) => /2024/.test(key))).toEqual([]);
      expect(result.errors).toEqual([expect.objectContaining({ code: 'rate-missing', field: 'stateRates.2024', message: expect.stringContaining('2024') })]);
    });

    it('an entered rate for the missing year completes the period, flagged as entered', () => {
      const result = place({ date: '2023-06-01', months: 12, stateRates: { 2024: 16000 } });
      expect(result.amounts.total).toBe(7 * 23500.5 + 5 * 24000);
      expect(result.lines.find((line) => line.id === 'monthsIn2024')?.flag).toBe('user-entered');
    });
  });

  it('an individual staffing supplement is a separate line flagged as needing agreement', () => {
    const result = place({ date: '2022-01-01', individualSupplement: 5000, places: 1, months: 12 });
    expect(result.amounts.monthlyPerPlace).toBe(22317);
    expect(result.amounts.total).toBe(267804);
    expect(result.amounts.individualSupplementTotal).toBe(60000);
    const lines = result.lines.filter((line) => line.flag === 'needs-agreement');
    expect(lines.map((line) => line.amount)).toEqual([5000, 60000]);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'needs-agreement', field: 'individualSupplement' }));
  });

  // Seed 001 (KO 150/22), Økonomi: "Gjeldande budsjetttramme 2022 for finansiering av plass hjå vekstbedrift er
  // brutto kr. 6.934.000,- og omfatter pt 24 personar."
  it('the 2022 budget frame 6 934 000 is said to cover 24 persons, with what a place costs against it — never "25 places"', () => {
    const result = place();
    expect(result.amounts).toMatchObject({ budgetFrame: 6934000, budgetFramePersons: 24, framePerPerson: 288916.67, placeShareOfFrame: 3.86 });
    expect(result.amounts.placesCovered).toBeUndefined();
    expect(result.lines.find((line) => line.id === 'budgetFramePersons')).toMatchObject({ amount: 24, label: 'The frame covers 24 persons at present (council case)', source: expect.objectContaining({ documentId: 'alver-ko-150-22' }) });
    expect(result.lines.find((line) => line.id === 'framePerPerson')?.source?.documentId).toBe('alver-ko-150-22');
  });

  it('an entered budget frame replaces the pack\'s', () => {
    expect(place({ budgetFrame: 1000000 }).amounts).toMatchObject({ placesCovered: 3, frameRemainder: 196588, placeShareOfFrame: 26.78 });
  });

  it('compares with the NAV-financed VTA place\'s minimum 25 % municipal co-financing', () => {
    expect(place().amounts.navCoFinancingMinimum).toBe(3719.5);
  });

  it('earliest end under 3 months\' notice', () => {
    expect(place({ noticeGiven: '2023-02-15' }).dates.earliestEnd).toBe('2023-05-15');
  });

  describe('edge cases', () => {
    it('year boundary: 31 December takes that year\'s rate, 1 January the next', () => {
      expect(place({ date: '2022-12-31' }).amounts.stateRate).toBe(14878);
      expect(place({ date: '2023-01-01' }).amounts.stateRate).toBe(15667);
    });

    it('a period running into the next year is flagged', () => {
      expect(place({ date: '2022-06-01', months: 12 }).warnings.map((warning) => warning.code)).toContain('period-crosses-year');
      expect(place({ date: '2022-01-01', months: 12 }).warnings.map((warning) => warning.code)).not.toContain('period-crosses-year');
    });

    it('a year with no rate gives "rate missing for YEAR", never a number', () => {
      const result = place({ date: '2024-05-01' });
      expect(result.ok).toBe(false);
      expect(result.amounts).toEqual({});
      expect(result.errors).toEqual([
        expect.objectContaining({ code: 'rate-missing', field: 'stateRates.2024', message: expect.stringContaining('2024') }),
      ]);
    });

    it('a missing year can be entered, and the result says it was entered', () => {
      const result = place({ date: '2024-05-01', stateRates: { 2024: 16200 } });
      expect(result.ok).toBe(true);
      expect(result.amounts.monthlyPerPlace).toBe(24300);
      expect(result.lines.find((line) => line.id === 'stateRate')?.flag).toBe('user-entered');
      expect(result.warnings.map((warning) => warning.code)).toContain('rate-entered');
    });

    it('a place that began before 24.11.2022 keeps its old terms: no new base', () => {
      const result = place({ placeStart: '2022-11-23' });
      expect(result.ok).toBe(true);
      expect(result.amounts.monthlyPerPlace).toBeUndefined();
      expect(result.warnings[0]).toMatchObject({ code: 'grandfathered', field: 'placeStart' });
      expect(result.warnings[0]!.message).toContain('23/11/2022');
      expect(place({ placeStart: '2022-11-24' }).amounts.monthlyPerPlace).toBe(22317);
    });

    it('notice across month ends clamps to the last day of the month', () => {
      expect(place({ noticeGiven: '2023-11-30' }).dates.earliestEnd).toBe('2024-02-29');
      expect(place({ noticeGiven: '2023-05-31' }).dates.earliestEnd).toBe('2023-08-31');
      expect(place({ noticeGiven: '2022-11-30' }).dates.earliestEnd).toBe('2023-02-28');
    });

    it('bad input: negative places, text in a number, an invalid date — errors at the field, no exception', () => {
      expect(place({ places: -1 }).errors).toEqual([expect.objectContaining({ code: 'negative', field: 'places' })]);
      expect(place({ months: 'tolv' }).errors).toEqual([expect.objectContaining({ code: 'invalid-number', field: 'months' })]);
      expect(place({ date: '2022-02-30' }).errors).toEqual([expect.objectContaining({ code: 'invalid-date', field: 'date' })]);
      expect(place({ places: 1.5 }).errors[0]!.code).toBe('not-whole');
    });

    it('an unknown scheme, or one the pack lacks', () => {
      expect(computeFunding(alver, { scheme: 'sel999' } as never).errors[0]).toMatchObject({ code: 'unknown-scheme', field: 'scheme' });
      expect(computeFunding(alver, { scheme: 'sel85', tier: 'trin-1', dayRate: 100 }).errors[0]!.code).toBe('scheme-not-in-pack');
      expect(computeFunding(alver, null as never).ok).toBe(false);
    });

    it('messages and labels follow the language', () => {
      const nn = computeFunding(alver, { scheme: 'vekstbedrift', date: '2024-01-01' }, { lang: 'nn' });
      expect(nn.errors[0]!.message).toMatch(/^VTA-sats for 2024 manglar i regelpakken/);
      const da = computeFunding(alver, { scheme: 'vekstbedrift', date: '2022-01-01' }, { lang: 'da' });
      expect(da.lines.find((line) => line.id === 'monthlyPerPlace')!.label).toBe('Grundfinansiering pr. plads pr. måned');
    });
  });
});

describe('computeFunding — Vejle § 85 price (Bilag 2)', () => {
  it.each([
    ['trin-1', 3.5],
    ['trin-2', 7],
    ['trin-3', 14],
    ['trin-4', 21],
    ['trin-5', 28],
  ])('%s: %d × X per week, × 52 per year', (tier, factor) => {
    const result = computeFunding(vejle, { scheme: 'sel85', tier, dayRate: 1000 });
    expect(result.amounts.weekly).toBe(1000 * factor);
    expect(result.amounts.yearly).toBe(1000 * factor * 52);
    expect(result.lines.find((line) => line.id === 'weekly')!.source?.section).toMatch(/^Bilag 2/);
  });

  it('moderate support (Trin 2) with Y: 7 × Y × 52', () => {
    const result = computeFunding(vejle, { scheme: 'sel85', tier: 'trin-2', dayRate: '812,50', dayRateKind: 'socialpedagogical' });
    expect(result.amounts.yearly).toBe(7 * 812.5 * 52);
    expect(result.lines.find((line) => line.id === 'weekly')!.label).toContain('7 døgn × Y');
  });

  it('bad input', () => {
    expect(computeFunding(vejle, { scheme: 'sel85', tier: 'trin-9', dayRate: 100 }).errors[0]).toMatchObject({ code: 'unknown-tier', field: 'tier' });
    expect(computeFunding(vejle, { scheme: 'sel85', tier: 'trin-1', dayRate: 0 }).errors[0]).toMatchObject({ code: 'not-positive', field: 'dayRate' });
    expect(computeFunding(vejle, { scheme: 'sel85', tier: 'trin-1', dayRate: '' }).errors[0]).toMatchObject({ code: 'required', field: 'dayRate' });
  });
});

describe('computeFunding — Vejle § 97 companion hours', () => {
  it('15 hours a month', () => {
    const result = computeFunding(vejle, { scheme: 'sel97', date: '2023-03-10', grantStart: '2023-03-01' });
    expect(result.amounts.hoursAvailable).toBe(15);
  });

  it('saves unused hours', () => {
    const result = computeFunding(vejle, { scheme: 'sel97', date: '2023-04-10', grantStart: '2023-01-01', hoursUsed: { '2023-01': 5, '2023-02': 15, '2023-03': 0 } });
    // Jan 10 left, Feb used its own 15 → Jan's 10 still saved; Mar 15 saved; Apr 15.
    expect(result.amounts.hoursAvailable).toBe(40);
    expect(result.amounts.hoursSaved).toBe(25);
  });

  it('saved hours lapse after 6 months', () => {
    const result = computeFunding(vejle, { scheme: 'sel97', date: '2023-07-05', grantStart: '2023-01-01' });
    // January's hours are usable January–June; in July they have lapsed.
    expect(result.amounts.hoursLapsed).toBe(15);
    expect(result.amounts.hoursAvailable).toBe(90);
  });

  it('uses the oldest hours first', () => {
    const result = computeFunding(vejle, { scheme: 'sel97', date: '2023-07-05', grantStart: '2023-01-01', hoursUsed: { '2023-06': 20 } });
    // In June, January's 15 and 5 of February's are used; nothing lapses in July.
    expect(result.amounts.hoursLapsed).toBe(0);
    expect(result.amounts.hoursAvailable).toBe(85);
  });

  it('the yearly expense amount shows the conflict between Vejle\'s text and the national table', () => {
    const municipal = computeFunding(vejle, { scheme: 'sel97', date: '2022-05-01' });
    expect(municipal.amounts.yearly).toBe(974);
    expect(municipal.warnings.map((warning) => warning.code)).toContain('source-conflict');
    const national = computeFunding(vejle, { scheme: 'sel97', date: '2022-05-01', basis: 'national' });
    expect(national.amounts.yearly).toBe(948);
    expect(computeFunding(vejle, { scheme: 'sel97', date: '2024-05-01', basis: 'national' }).amounts.yearly).toBe(1005);
  });

  // Del 4, § 97: "Taksten er fastsat af ministeriet/kommunalbestyrelse (2022 niveau, Kr. 974)"
  describe('"(2022 niveau, Kr. 974)": each year\'s figure from its own year', () => {
    it('2023 and 2024 have no municipal figure: the national figure of that same year is used, and said so', () => {
      const y2023 = computeFunding(vejle, { scheme: 'sel97', date: '2023-05-01' });
      expect(y2023.amounts.yearly).toBe(974);
      expect(y2023.lines.find((line) => line.id === 'expenseAmount')?.source).toMatchObject({ documentId: 'sm-takster', section: '§ 97, udgifter til ledsager, 2023' });
      expect(y2023.warnings).toContainEqual(expect.objectContaining({ code: 'basis-fallback', message: expect.stringContaining('2023') }));
      expect(computeFunding(vejle, { scheme: 'sel97', date: '2024-05-01' }).amounts.yearly).toBe(1005);
    });
    it('2022: the municipal 974 and the national 948 disagree, and the result shows it', () => {
      const y2022 = computeFunding(vejle, { scheme: 'sel97', date: '2022-05-01' }, { lang: 'da' });
      expect(y2022.warnings.find((warning) => warning.code === 'source-conflict')?.message).toMatch(/974.*948/);
    });
    it('a year with a national figure but no municipal one never borrows the municipal 2022 figure', () => {
      expect(computeFunding(vejle, { scheme: 'sel97', date: '2021-05-01' }).amounts.yearly).toBe(937);
    });
  });

  it('a year without an amount in the chosen table is a warning; the hours still stand', () => {
    const result = computeFunding(vejle, { scheme: 'sel97', date: '2025-05-01' });
    expect(result.ok).toBe(true);
    expect(result.amounts.yearly).toBeUndefined();
    expect(result.amounts.hoursAvailable).toBe(15);
    expect(result.warnings.map((warning) => warning.code)).toContain('rate-missing');
  });
});

describe('computeFunding — Vejle § 109 own payment', () => {
  it('93,38 kr per døgn × døgn (2023)', () => {
    const result = computeFunding(vejle, { scheme: 'sel109', arrival: '2023-03-01', days: 10 });
    expect(result.amounts.ownPayment).toBe(933.8);
  });

  it('zero without income', () => {
    const result = computeFunding(vejle, { scheme: 'sel109', arrival: '2023-03-01', days: 10, hasIncome: false });
    expect(result.amounts.ownPayment).toBe(0);
    expect(result.lines[0]!.source?.section).toContain('§ 109');
  });

  describe('edge cases', () => {
    it('a stay across New Year takes each year\'s rate; a missing year is an error to fill', () => {
      const result = computeFunding(vejle, { scheme: 'sel109', arrival: '2023-12-30', departure: '2024-01-03' });
      expect(result.errors[0]).toMatchObject({ code: 'rate-missing', field: 'ratesPerDay.2024' });
      const filled = computeFunding(vejle, { scheme: 'sel109', arrival: '2023-12-30', departure: '2024-01-03', ratesPerDay: { 2024: 96 } });
      expect(filled.amounts.ownPayment).toBe(2 * 93.38 + 2 * 96);
    });

    it('bad input', () => {
      expect(computeFunding(vejle, { scheme: 'sel109', arrival: '2023-03-01', days: -2 }).errors[0]).toMatchObject({ field: 'days', code: 'negative' });
      expect(computeFunding(vejle, { scheme: 'sel109', arrival: '2023-03-01', departure: '2023-02-01' }).errors[0]!.field).toBe('departure');
    });
  });
});
