import fc from 'fast-check';
import { z } from 'zod';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCALES } from '../../shared/i18n/locale.js';
import { builtInPacks } from '../../shared/index.js';
import { NUM_RUNS, PROPERTY_TIMEOUT } from '../../shared/testing/arbitraries.js';
import { BUILT_IN_PROFILES } from '../site-profiles/built-in-profiles.js';
import { GENERIC_PROFILE } from '../site-profiles/generic-profile.js';
import type { SiteProfile } from '../site-profiles/schema.js';
import { personalDataIn, PersonalDataError, stringsIn } from './personal-data-guard.js';
import { describeSettingPath, personalDataMessage } from './personal-data-messages.js';
import { validatePolicy } from './policy.js';
import { saveLocalSettings, settingsSchema, type Settings } from './settings.js';

/** A profile with every string the site-profile schema allows filled in: each locator kind, every optional key. */
const fullProfile: SiteProfile = {
  $schema: 'https://example.org/site-profile.schema.json',
  id: 'full',
  name: 'Full profile',
  matches: ['https://journal.example.no/*'],
  pack: 'no-alver-vekstbedrift',
  packByCountry: { DK: 'dk-vejle-voksen' },
  packCandidates: ['dk-vejle-voksen'],
  dateFormats: ['dd.MM.yyyy'],
  thousandsSeparator: ' ',
  decimalSeparator: ',',
  pages: [
    {
      id: 'list',
      detect: { selector: 'table', textIncludes: ['Saksliste'] },
      scope: 'main',
      kind: 'list',
      rowSelector: 'tbody > tr',
      requires: ['service'],
      fields: {
        service: { type: 'text', locators: [{ by: 'label', text: ['Teneste'] }, { by: 'css', selector: '.service' }, { by: 'name', name: 'service' }, { by: 'aria', label: 'Teneste' }, { by: 'column', header: ['Teneste'] }] },
      },
      mounts: { cadence: 'service' },
    },
  ],
};

const fullSettings: Settings = {
  packId: 'no-alver-vekstbedrift',
  customPack: { name: { nn: 'Eigen pakke' }, notes: ['Kjelde: rundskriv'] },
  lang: 'nn',
  referenceDate: '2025-01-01',
  retentionDays: 30,
  profiles: [fullProfile],
  revision: 0,
};

/** A path with list positions and record keys made general: `profiles.*.pages.*.fields.*.locators.*.text.*`. */
const general = (path: readonly (string | number)[], recordsAt: ReadonlySet<string>) =>
  path.map((part, index) => (typeof part === 'number' || recordsAt.has(path.slice(0, index).map((entry) => (typeof entry === 'number' ? '*' : entry)).join('.')) ? '*' : part)).join('.');

/** Every place the Settings JSON Schema allows a string (object keys of records included), as general paths. */
function schemaStringPaths(): { strings: Set<string>; records: Set<string> } {
  const schema = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const strings = new Set<string>();
  const records = new Set<string>();
  const walk = (node: Record<string, unknown>, path: string[]) => {
    const at = path.join('.');
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const option of (node[key] as Record<string, unknown>[] | undefined) ?? []) walk(option, path);
    if (node.type === 'string' || (Array.isArray(node.enum) && node.enum.some((value) => typeof value === 'string')) || typeof node.const === 'string') strings.add(at);
    if (node.properties) for (const [key, child] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) walk(child, [...path, key]);
    if (node.items) walk(node.items as Record<string, unknown>, [...path, '*']);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      records.add(at);
      strings.add(`${at}.*`);
      walk(node.additionalProperties as Record<string, unknown>, [...path, '*']);
    }
    if (node.propertyNames) records.add(at);
    // `customPack` is any JSON: any string in it is a path of its own.
    if (Object.keys(node).length === 0 || (node.type === undefined && !node.properties && !node.anyOf && !node.enum && node.const === undefined)) strings.add(`${at}.**`);
  };
  walk(schema, []);
  return { strings, records };
}

const NAMES = ['Testborger, Mette', 'Testbrukar, Kari', 'Nordmann-Hansen, Ola Petter', 'Kari Testbrukar 010180 99887'];
const IDS = ['010180 99887', '01018099887', '010180-9988', '0101809988'];
const CASE_NUMBERS = ['2023/1187', 'Sak 2021/0733'];

const setAt = (root: unknown, path: readonly (string | number)[], value: string, asKey: boolean): unknown => {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (asKey) {
    node[value] = node[last];
    delete node[last];
  } else node[last] = value;
  return copy;
};

describe('no personal data in settings (property-based)', () => {
  beforeEach(() => fakeBrowser.reset());

  const places = [...stringsIn(fullSettings)];
  const { strings, records } = schemaStringPaths();

  it('the settings used below hold a string at every place the settings schema allows one', () => {
    const covered = new Set(places.map((place) => general(place.path, records)));
    const missing = [...strings].filter((path) => !path.endsWith('.**') && !covered.has(path) && ![...covered].some((entry) => entry.startsWith(`${path.replace(/\.\*$/, '')}.`) && path.endsWith('.*') && records.has(path.slice(0, -2))));
    expect(missing).toEqual([]);
    expect(fullSettings).toEqual(settingsSchema.parse(fullSettings));
    // The settings themselves are clean: what is refused below is the identifier put in.
    expect(places.filter((place) => personalDataIn(place.text))).toEqual([]);
  });

  it(`a name, national id or case number at any string of the settings is refused and nothing is stored (${NUM_RUNS} generated cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...places),
        fc.oneof(
          fc.constantFrom(...NAMES, ...IDS, ...CASE_NUMBERS),
          // Generated "Surname, Given" names and national ids, alone or inside a label.
          fc.tuple(fc.constantFrom('Testborger', 'Hansen', 'Ødegård', 'Nielsen'), fc.constantFrom('Mette', 'Kari', 'Åse', 'Jens Peter')).map(([surname, given]) => `${surname}, ${given}`),
          fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99999 })).map(([day, month, year, serial]) => `Fnr. ${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year).padStart(2, '0')} ${String(serial).padStart(5, '0')}`),
        ),
        async (place, personal) => {
          const isKey = place.text === place.path.at(-1);
          const changes = setAt(fullSettings, place.path, personal, isKey) as Partial<Settings>;
          fakeBrowser.reset();
          const error = await saveLocalSettings(changes).then(() => undefined, (caught: unknown) => caught);
          expect(error).toBeInstanceOf(PersonalDataError);
          expect(await fakeBrowser.storage.local.get(null)).toEqual({});
          for (const lang of LOCALES) expect(personalDataMessage((error as PersonalDataError).kind!, (error as PersonalDataError).path, lang)).not.toMatch(/undefined/);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  }, PROPERTY_TIMEOUT);

  it('labels that name a field (words, not values) are still saved', async () => {
    const labels = ['Fødselsnummer', 'Saksnummer', 'Sak nr.', 'CPR-nr.', 'Personnummer:', 'Navn, adresse og telefon', 'Dato, fra', 'Frå dato', 'Samtalar siste 12 mnd.'];
    const profile = { ...fullProfile, pages: [{ ...fullProfile.pages[0]!, fields: { caseNumber: { type: 'text' as const, locators: [{ by: 'label' as const, text: labels }] } } }] };
    await saveLocalSettings({ profiles: [profile] });
    expect(((await fakeBrowser.storage.local.get('settings')).settings as Settings).profiles[0]!.pages[0]!.fields.caseNumber!.locators[0]).toEqual({ by: 'label', text: labels });
  });

  it('every built-in profile could be saved as the caseworker\'s own', async () => {
    await expect(saveLocalSettings({ profiles: [...BUILT_IN_PROFILES, GENERIC_PROFILE] })).resolves.toBeUndefined();
  });

  it('the refusal names the field in words, in the reader\'s language', () => {
    const path = ['profiles', 0, 'pages', 0, 'fields', 'caseNumber', 'locators', 0, 'text', 0];
    expect(describeSettingPath(path, 'nn')).toBe('merkelappen for «Saksnummer»');
    expect(personalDataMessage('name', path, 'en')).toMatch(/^Not saved: the label text for “Case number” looks like a person's name/);
    expect(personalDataMessage('national-id', ['profiles', 0, 'matches', 0], 'da')).toMatch(/^Ikke gemt: en journaladresse i sideprofilen ligner et CPR-nummer/);
  });

  it('a profile pushed by policy with a citizen\'s name is refused and reported like any broken value', () => {
    const named = setAt(fullProfile, ['pages', 0, 'fields', 'service', 'locators', 0, 'text', 0], 'Testborger, Mette', false);
    const { values, problems } = validatePolicy({ profiles: JSON.stringify([named]) });
    expect(values.profiles).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'profiles', kind: 'invalid-profiles' });
    expect(problems[0]!.errors![0]!.path).toBe('[0].pages.0.fields.service.locators.0.text.0');
    expect(problems[0]!.errors![0]!.text.nb).toMatch(/etiketten for «Tjeneste» ligner navnet på en person/);
    // The report itself holds no name.
    expect(JSON.stringify(problems)).not.toContain('Testborger');
  });

  it('a rule pack pushed by policy with a national id in a text is refused and reported without it', () => {
    const pack = structuredClone(builtInPacks['no-alver-vekstbedrift']) as unknown as { name: Record<string, string> };
    pack.name.nb = 'Pakke for 010180 99887';
    const { values, problems } = validatePolicy({ customPack: JSON.stringify(pack) });
    expect(values.customPack).toBeUndefined();
    expect(problems[0]).toMatchObject({ key: 'customPack', kind: 'invalid-pack' });
    expect(problems[0]!.errors![0]!.text.en).toMatch(/^Not saved: the imported rule pack looks like a national identity number/);
    expect(JSON.stringify(problems)).not.toContain('99887');
  });

  it('a profile stored before versions (version 1) is read in the current format', async () => {
    const { version: _version, ...unversioned } = { ...fullProfile, version: undefined };
    await fakeBrowser.storage.local.set({ settings: { profiles: [unversioned] } });
    const { readLocalSettings } = await import('./settings.js');
    expect((await readLocalSettings()).profiles?.[0]?.version).toBe(2);
  });
});
