import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM_RUNS, PROPERTY_TIMEOUT } from '../../shared/testing/arbitraries.js';
import { BUILT_IN_PROFILES } from './built-in-profiles.js';
import { parseSiteProfile } from './schema.js';

/** Every path into a JSON value, as keys and list positions. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
}
const profiles = BUILT_IN_PROFILES.map((profile) => JSON.parse(JSON.stringify(profile)) as Record<string, unknown>);

/** A built-in profile with one to three values replaced or deleted, as an edited or pushed profile may be. */
const editedProfile = fc
  .integer({ min: 0, max: profiles.length - 1 })
  .chain((index) => {
    const all = paths(profiles[index]).filter((path) => path.length > 0);
    return fc.tuple(fc.constant(index), fc.array(fc.tuple(fc.constantFrom(...all), fc.oneof(fc.constant('delete' as const), fc.anything())), { minLength: 1, maxLength: 3 }));
  })
  .map(([index, edits]) => {
    const profile = structuredClone(profiles[index]!);
    for (const [path, replacement] of edits) {
      let parent = profile as Record<string | number, unknown> | undefined;
      for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent[key] as Record<string | number, unknown>) : undefined;
      if (!parent || typeof parent !== 'object') continue;
      if (replacement === 'delete') delete parent[path[path.length - 1]!];
      else parent[path[path.length - 1]!] = replacement;
    }
    return profile;
  });

describe('site profiles — generated profiles (property-based)', () => {
  it(`parseSiteProfile never throws, refuses with a path and a message in every language for each problem, and leaves the profile as it was (${NUM_RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(editedProfile, fc.anything()), (profile) => {
        const before = structuredClone(profile);
        const result = parseSiteProfile(profile);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            for (const text of Object.values(error.text)) expect(text.trim()).not.toBe('');
            // Worded in each language, not zod's English passed through.
            expect(error.text.nn).not.toBe(error.text.en);
          }
        }
        expect(profile).toEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);
});
