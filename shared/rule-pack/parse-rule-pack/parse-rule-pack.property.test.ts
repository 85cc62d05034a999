import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInPacks, parseRulePack } from '../../index.js';
import { lang, NUM_RUNS, PROPERTY_TIMEOUT } from '../../testing/arbitraries.js';

const CROSS_RUNS = 2_000;
type Json = unknown;
const packList = Object.values(builtInPacks).map((pack) => JSON.parse(JSON.stringify(pack)) as Json);

/** Every path into a JSON value, as keys and list positions. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
}
const packPaths = packList.map((pack) => paths(pack).filter((path) => path.length > 0));

/** A built-in pack with one to three edits an administrator (or an attacker) might make. */
const editedPack = fc
  .integer({ min: 0, max: packList.length - 1 })
  .chain((index) =>
    fc.tuple(
      fc.constant(index),
      fc.array(fc.tuple(fc.constantFrom(...packPaths[index]!), fc.oneof(fc.constant('delete' as const), fc.anything())), { minLength: 1, maxLength: 3 }),
    ),
  )
  .map(([index, edits]) => {
    const pack = structuredClone(packList[index]) as Record<string, unknown>;
    for (const [path, replacement] of edits) {
      let parent: Record<string | number, unknown> | undefined = pack;
      for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent[key] as Record<string | number, unknown>) : undefined;
      if (!parent || typeof parent !== 'object') continue;
      const last = path[path.length - 1]!;
      if (replacement === 'delete') delete parent[last];
      else parent[last] = replacement;
    }
    return pack;
  });

/** Pack text as a file holds it: edited JSON, cut short, or anything at all. */
const packText = fc.oneof(
  editedPack.map((pack) => JSON.stringify(pack)),
  fc.tuple(fc.constantFrom(...packList.map((pack) => JSON.stringify(pack))), fc.nat()).map(([text, cut]) => text.slice(0, cut % text.length)),
  fc.string(),
);

describe('parseRulePack — generated packs (property-based)', () => {
  it(`never throws; refuses with a message per problem naming where, in the requested language; leaves the input as it was (${NUM_RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(editedPack, packText, fc.anything()), lang, (input, language) => {
        const before = structuredClone(input);
        const result = parseRulePack(input, { lang: language });
        if (result.ok) {
          expect(result.errors).toEqual([]);
          return;
        }
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.message.trim()).not.toBe('');
          expect(error.message).not.toMatch(/\[object \w+\]/);
          if (error.pathText) expect(error.message).toContain(error.pathText);
        }
        expect(input).toEqual(before);
      }),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);

  // A cross-check of the same packs in two languages: 2 000 cases (each validates a whole pack twice), the 10 000 above cover the input space.
  it(`the same text in another language gives the same problems at the same places, in other words (${CROSS_RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(editedPack, (pack) => {
        const english = parseRulePack(pack, { lang: 'en' });
        const norwegian = parseRulePack(pack, { lang: 'nn' });
        expect(norwegian.errors.map((error) => [error.code, error.pathText])).toEqual(english.errors.map((error) => [error.code, error.pathText]));
        if (!english.ok && english.errors.some((error) => error.code !== 'invalid-json')) {
          expect(norwegian.errors.map((error) => error.message)).not.toEqual(english.errors.map((error) => error.message));
        }
      }),
      { numRuns: CROSS_RUNS },
    );
  }, PROPERTY_TIMEOUT);
});
