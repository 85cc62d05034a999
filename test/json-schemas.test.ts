import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { rulePackJsonSchema } from '../shared/rule-pack/json-schema.js';
import { rulePackSchema } from '../shared/rule-pack/schema.js';
import { BUILT_IN_PACK_IDS } from '../shared/rule-packs/load.js';
import { siteProfileJsonSchema } from '../extension/site-profiles/json-schema.js';
import { siteProfileSchema } from '../extension/site-profiles/schema.js';
import { BUILT_IN_PROFILES } from '../extension/site-profiles/built-in-profiles.js';

// The JSON Schemas in schemas/ are committed so editors can use them through `$schema`; they must
// be exactly what the generator makes from the zod schemas. `npm run schemas` rewrites them.
const ROOT = resolve(import.meta.dirname, '..');
const GENERATED = {
  'rule-pack.schema.json': rulePackJsonSchema(),
  'site-profile.schema.json': siteProfileJsonSchema(),
};
const text = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
if (process.env.UPDATE_SCHEMAS) {
  for (const [file, schema] of Object.entries(GENERATED)) writeFileSync(resolve(ROOT, 'schemas', file), text(schema));
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validatePack = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'schemas/rule-pack.schema.json'), 'utf8')));
const validateProfile = ajv.compile(JSON.parse(readFileSync(resolve(ROOT, 'schemas/site-profile.schema.json'), 'utf8')));
const readPack = (id: string) => JSON.parse(readFileSync(resolve(ROOT, `shared/rule-packs/${id}.json`), 'utf8'));
const clone = <T>(value: T): T => structuredClone(value);

describe('committed JSON Schemas', () => {
  for (const [file, schema] of Object.entries(GENERATED)) {
    it(`schemas/${file} is what the generator makes from the zod schema`, () => {
      expect(readFileSync(resolve(ROOT, 'schemas', file), 'utf8')).toBe(text(schema));
    });
  }

  it('every built-in pack names the committed schema in $schema', () => {
    for (const id of BUILT_IN_PACK_IDS) expect(readPack(id).$schema).toBe('../../schemas/rule-pack.schema.json');
  });
});

/** Changes that break a pack, each one a document zod and the JSON Schema must both refuse. */
const badPacks: [string, (pack: Record<string, any>) => void][] = [
  ['schemaVersion 2', (pack) => { pack.schemaVersion = 2; }],
  ['version not semver', (pack) => { pack.version = '1.1'; }],
  ['unknown top-level key', (pack) => { pack.extra = true; }],
  ['country not NO/DK', (pack) => { pack.country = 'SE'; }],
  ['missing municipality', (pack) => { delete pack.municipality; }],
  ['currency as number', (pack) => { pack.currency = 578; }],
  ['language not a UI language', (pack) => { pack.language = 'sv'; }],
  ['publishedAt not an ISO date', (pack) => { pack.publishedAt = '1. mars 2025'; }],
  ['name missing a language', (pack) => { delete pack.name.en; }],
];

/** The first field of the first page (every built-in profile has one). */
const firstField = (profile: Record<string, any>) => Object.values(profile.pages[0].fields)[0] as Record<string, unknown>;

const badProfiles: [string, (profile: Record<string, any>) => void][] = [
  ['id with capitals', (profile) => { profile.id = 'Profil'; }],
  ['no matches', (profile) => { profile.matches = []; }],
  ['unknown locator kind', (profile) => { firstField(profile).locators = [{ by: 'xpath', path: '//td' }]; }],
  ['label locator without text', (profile) => { firstField(profile).locators = [{ by: 'label', text: [] }]; }],
  ['unknown field name', (profile) => { profile.pages[0].fields.citizenName = { type: 'text', locators: [{ by: 'css', selector: '#x' }] }; }],
  ['thousands separator not allowed', (profile) => { profile.thousandsSeparator = '_'; }],
  ['page kind unknown', (profile) => { profile.pages[0].kind = 'grid'; }],
  ['mount for an unknown check', (profile) => { profile.pages[0].mounts.weather = 'start'; }],
  ['unknown top-level key', (profile) => { profile.colour = 'red'; }],
];

describe('JSON Schema and zod agree', () => {
  it.each(BUILT_IN_PACK_IDS)('accept the built-in pack %s', (id) => {
    const pack = readPack(id);
    expect(rulePackSchema.safeParse(pack).success).toBe(true);
    expect(validatePack(pack), JSON.stringify(validatePack.errors)).toBe(true);
  });

  it.each(badPacks)('refuse a pack with %s', (_, breakIt) => {
    const pack = clone(readPack(BUILT_IN_PACK_IDS[0]));
    breakIt(pack);
    expect(rulePackSchema.safeParse(pack).success).toBe(false);
    expect(validatePack(pack)).toBe(false);
  });

  it.each(BUILT_IN_PROFILES.map((profile) => [profile.id, profile] as const))('accept the built-in profile %s', (_, profile) => {
    expect(siteProfileSchema.safeParse(profile).success).toBe(true);
    expect(validateProfile(profile), JSON.stringify(validateProfile.errors)).toBe(true);
  });

  it('accept a profile that names its $schema', () => {
    const profile = { $schema: './node_modules/saksvakt/dist/components/site-profile.schema.json', ...clone(BUILT_IN_PROFILES[0]) };
    expect(siteProfileSchema.safeParse(profile).success).toBe(true);
    expect(validateProfile(profile)).toBe(true);
  });

  it.each(badProfiles)('refuse a profile with %s', (_, breakIt) => {
    const profile = clone(BUILT_IN_PROFILES[0]) as Record<string, any>;
    breakIt(profile);
    expect(siteProfileSchema.safeParse(profile).success).toBe(false);
    expect(validateProfile(profile)).toBe(false);
  });
});

describe('edge cases', () => {
  it('a pack whose years repeat passes the JSON Schema but not zod (a refinement JSON Schema cannot say)', () => {
    const pack = clone(readPack('no-alver-vekstbedrift'));
    const rates = pack.funding?.vekstbedrift?.stateRate?.rates;
    if (!Array.isArray(rates) || rates.length === 0) return expect.fail('the Alver pack has no state-rate table to repeat');
    rates.push(clone(rates[0]));
    expect(validatePack(pack)).toBe(true);
    expect(rulePackSchema.safeParse(pack).success).toBe(false);
  });
});
