import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES } from './built-in-profiles.js';
import { migrateSiteProfile } from './migrations.js';
import { exportProfiles, mergeProfiles, readProfileFile } from './profile-files.js';
import { SITE_PROFILE_VERSION, type SiteProfile } from './schema.js';

const [profil, nexus] = BUILT_IN_PROFILES as [SiteProfile, SiteProfile];

describe('profile format versions', () => {
  it('an unversioned profile is version 1 and migrates to the current version, reading the same', () => {
    const result = migrateSiteProfile(structuredClone(profil));
    expect(result).toEqual({ ok: true, from: 1, value: { ...profil, version: SITE_PROFILE_VERSION } });
  });

  it('a current profile is left as it is', () => {
    const current = { ...profil, version: SITE_PROFILE_VERSION };
    expect(migrateSiteProfile(current)).toEqual({ ok: true, from: SITE_PROFILE_VERSION, value: current });
  });

  describe('edge cases', () => {
    it('a profile from a newer Saksvakt is refused, not guessed at', () => {
      expect(migrateSiteProfile({ ...profil, version: SITE_PROFILE_VERSION + 1 })).toEqual({ ok: false, reason: 'newer', version: SITE_PROFILE_VERSION + 1 });
    });
    it('a version that is no whole number is refused', () => {
      expect(migrateSiteProfile({ ...profil, version: '2' })).toMatchObject({ ok: false, reason: 'unknown-version' });
      expect(migrateSiteProfile({ ...profil, version: 0 })).toMatchObject({ ok: false, reason: 'unknown-version' });
    });
  });
});

describe('profile files', () => {
  it('export then import gives the same profiles, with $schema and version in the file', () => {
    const text = exportProfiles([profil, nexus]);
    const data = JSON.parse(text) as Record<string, unknown>[];
    expect(data.map((entry) => [Object.keys(entry)[0], Object.keys(entry)[1], entry.version])).toEqual([
      ['$schema', 'version', SITE_PROFILE_VERSION],
      ['$schema', 'version', SITE_PROFILE_VERSION],
    ]);
    const read = readProfileFile(text);
    expect(read).toMatchObject({ migrated: [], problems: [] });
    if ('syntaxError' in read) throw new Error(read.syntaxError);
    expect(read.profiles.map(({ $schema: _s, version: _v, ...rest }) => rest)).toEqual([profil, nexus]);
    // One profile is exported as an object, not a list of one.
    expect(Array.isArray(JSON.parse(exportProfiles([profil])))).toBe(false);
  });

  it('an old (unversioned) file is migrated and says which profiles were', () => {
    const read = readProfileFile(JSON.stringify([profil]));
    expect(read).toMatchObject({ migrated: ['profil-vedtak'], problems: [] });
  });

  it('a broken profile in a file is reported at its position; the others are read', () => {
    const read = readProfileFile(JSON.stringify([profil, { ...nexus, decimalSeparator: ';' }, { ...nexus, id: 'later', version: 99 }]));
    if ('syntaxError' in read) throw new Error(read.syntaxError);
    expect(read.profiles.map((profile) => profile.id)).toEqual(['profil-vedtak']);
    expect(read.problems).toEqual([
      { index: 1, kind: 'invalid', errors: [expect.objectContaining({ path: 'decimalSeparator' })] },
      { index: 2, kind: 'newer', version: 99 },
    ]);
  });

  it('text that is no JSON is a syntax error, nothing else', () => {
    expect(readProfileFile('{ "id": ')).toHaveProperty('syntaxError');
  });
});

describe('merging imported profiles by id', () => {
  const changed = { ...profil, name: 'Profil – endra' };
  const own: SiteProfile = { ...nexus, id: 'own' };

  it('adds new ids, replaces a different profile with the same id when told to, and lists each', () => {
    const plan = mergeProfiles([profil, own], [changed, nexus], { replace: true });
    expect(plan).toMatchObject({ added: ['nexus-forloeb'], replaced: ['profil-vedtak'], kept: [], unchanged: [] });
    expect(plan.profiles.map((profile) => [profile.id, profile.name])).toEqual([
      ['profil-vedtak', 'Profil – endra'],
      ['own', own.name],
      ['nexus-forloeb', nexus.name],
    ]);
  });

  it('keeps the profile here when not replacing, and says so', () => {
    const plan = mergeProfiles([profil], [changed], { replace: false });
    expect(plan).toMatchObject({ added: [], replaced: [], kept: ['profil-vedtak'] });
    expect(plan.profiles).toEqual([profil]);
  });

  it('an identical profile (only $schema and version differ) is unchanged, not a conflict', () => {
    const read = readProfileFile(exportProfiles([profil]));
    if ('syntaxError' in read) throw new Error(read.syntaxError);
    expect(mergeProfiles([profil], read.profiles, { replace: false })).toMatchObject({ unchanged: ['profil-vedtak'], kept: [] });
  });
});
