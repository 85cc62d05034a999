import { migrateSiteProfile } from './migrations.js';
import { parseSiteProfile, SITE_PROFILE_VERSION, type ProfileError, type SiteProfile } from './schema.js';

/** Where an editor finds the schema of an exported file: the package's copy, as docs/site-profiles.md shows (never fetched by the extension). */
export const SITE_PROFILE_SCHEMA_URL = './node_modules/saksvakt/dist/components/site-profile.schema.json';

/** A profile as a file holds it: the schema reference and the format version first. */
const forFile = (profile: SiteProfile): SiteProfile => {
  const { $schema: _schema, version: _version, ...rest } = profile;
  return { $schema: SITE_PROFILE_SCHEMA_URL, version: SITE_PROFILE_VERSION, ...rest };
};

/** The text of an export file: one profile as an object, several as an array. */
export function exportProfiles(profiles: readonly SiteProfile[]): string {
  return `${JSON.stringify(profiles.length === 1 ? forFile(profiles[0]!) : profiles.map(forFile), null, 2)}\n`;
}

/** Why one profile in a file cannot be used; `index` is its position in the file (0 for a single profile). */
export type ProfileFileProblem =
  | { index: number; kind: 'invalid'; errors: ProfileError[] }
  | { index: number; kind: 'newer'; version: number }
  | { index: number; kind: 'unknown-version'; version: unknown };

export type ProfileFile = { profiles: SiteProfile[]; migrated: string[]; problems: ProfileFileProblem[] } | { syntaxError: string };

/**
 * Reads an import file: JSON with one profile or an array of them. Older formats are migrated
 * (their ids listed in `migrated`); a profile that is invalid or from a newer Saksvakt is reported,
 * the others are still read.
 */
export function readProfileFile(text: string): ProfileFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { syntaxError: error instanceof Error ? error.message : String(error) };
  }
  const entries = Array.isArray(data) ? data : [data];
  const profiles: SiteProfile[] = [];
  const migrated: string[] = [];
  const problems: ProfileFileProblem[] = [];
  entries.forEach((entry, index) => {
    const migration = migrateSiteProfile(entry);
    if (!migration.ok) {
      problems.push(migration.reason === 'newer' ? { index, kind: 'newer', version: migration.version } : { index, kind: 'unknown-version', version: migration.version });
      return;
    }
    const parsed = parseSiteProfile(migration.value);
    if (!parsed.ok) {
      problems.push({ index, kind: 'invalid', errors: parsed.errors });
      return;
    }
    if (migration.from < SITE_PROFILE_VERSION) migrated.push(parsed.profile.id);
    profiles.push(parsed.profile);
  });
  return { profiles, migrated, problems };
}

export type MergePlan = {
  /** The caseworker's profiles after the import. */
  profiles: SiteProfile[];
  /** Ids new to this browser. */
  added: string[];
  /** Ids that replace a different profile with the same id. */
  replaced: string[];
  /** Ids whose profile differs here but was kept (`replace: false`). */
  kept: string[];
  /** Ids identical to the profile already here. */
  unchanged: string[];
};

/** Same profile, whatever the file's `$schema` and however the version is written. */
const sameProfile = (a: SiteProfile, b: SiteProfile) => JSON.stringify(forFile(a)) === JSON.stringify(forFile(b));

/**
 * Merges imported profiles into the caseworker's by id: new ids are added; a different profile with
 * an id already here replaces it only when `replace` is true (the options page asks first).
 * The last of several imported profiles with one id counts.
 */
export function mergeProfiles(current: readonly SiteProfile[], incoming: readonly SiteProfile[], options: { replace: boolean }): MergePlan {
  const byId = new Map(current.map((profile) => [profile.id, profile]));
  const latest = new Map(incoming.map((profile) => [profile.id, profile]));
  const plan: MergePlan = { profiles: [], added: [], replaced: [], kept: [], unchanged: [] };
  for (const [id, profile] of latest) {
    const existing = byId.get(id);
    if (!existing) {
      plan.added.push(id);
      byId.set(id, profile);
    } else if (sameProfile(existing, profile)) plan.unchanged.push(id);
    else if (options.replace) {
      plan.replaced.push(id);
      byId.set(id, profile);
    } else plan.kept.push(id);
  }
  plan.profiles = [...byId.values()];
  return plan;
}
