import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/i18n/locale.js';
import { NUM_RUNS, PROPERTY_TIMEOUT } from '../../shared/testing/arbitraries.js';
import { POLICY_KEYS, resolvePolicy, validatePolicy, type PolicyValues } from './policy.js';

/** What municipal IT may push: each key absent, a plausible value, or anything at all (also as JSON text). */
const rawPolicy = fc.record(
  {
    packId: fc.oneof(fc.constantFrom('no-alver-vekstbedrift', 'dk-vejle-voksen', 'unknown-pack'), fc.anything()),
    customPack: fc.oneof(fc.string(), fc.constant('{"schemaVersion": 1'), fc.anything()),
    profiles: fc.oneof(fc.constant('[]'), fc.string(), fc.anything()),
    lang: fc.oneof(fc.constantFrom(...LOCALES, 'auto', 'sv'), fc.anything()),
    retentionDays: fc.oneof(fc.integer({ min: -10, max: 4000 }), fc.anything()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

const previousLastGood: PolicyValues = { lang: 'nb', retentionDays: 90 };

describe('policy values — generated managed storage (property-based)', () => {
  it(`never throws; every problem is described in all four languages; a broken value keeps the last good one (${NUM_RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(rawPolicy, (raw) => {
        const before = structuredClone(raw);
        const { problems } = validatePolicy(raw);
        for (const problem of problems) {
          expect(POLICY_KEYS).toContain(problem.key);
          for (const error of problem.errors ?? []) for (const locale of LOCALES) expect(error.text[locale]?.trim()).toBeTruthy();
        }
        const resolution = resolvePolicy({ status: 'answered', raw }, previousLastGood, {});
        for (const key of ['lang', 'retentionDays'] as const) {
          if (problems.some((problem) => problem.key === key)) expect(resolution.effective[key]).toEqual(previousLastGood[key]);
          // null or undefined is a key not set (validatePolicy), anything else locks the key.
          if (raw[key] !== undefined && raw[key] !== null) expect(resolution.locked).toContain(key);
        }
        expect(raw).toEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);

  it('a failed read keeps every last good value, locked', () => {
    const resolution = resolvePolicy({ status: 'failed', error: 'timeout' }, previousLastGood, {});
    expect(resolution.effective).toEqual(previousLastGood);
    expect(resolution.locked).toEqual(expect.arrayContaining(['lang', 'retentionDays']));
  });
});
