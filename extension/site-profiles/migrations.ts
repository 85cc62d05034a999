import { SITE_PROFILE_VERSION } from './schema.js';

/**
 * Site-profile format migrations, oldest first: entry `n` turns a version-`n` profile into version
 * `n + 1`. A profile without `version` is version 1 (written before the format had versions).
 */
const MIGRATIONS: Record<number, (profile: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: the version is written down; nothing else changed, so every version-1 profile reads as before.
  1: (profile) => ({ ...profile, version: 2 }),
};

export type MigrationResult =
  | { ok: true; value: unknown; from: number }
  | { ok: false; reason: 'newer'; version: number }
  | { ok: false; reason: 'unknown-version'; version: unknown };

/** Brings a profile (as parsed JSON, not yet validated) to the current format version. Anything not an object passes through for the validator to report. */
export function migrateSiteProfile(value: unknown): MigrationResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: true, value, from: SITE_PROFILE_VERSION };
  let profile = value as Record<string, unknown>;
  const declared = profile.version ?? 1;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) return { ok: false, reason: 'unknown-version', version: declared };
  if (declared > SITE_PROFILE_VERSION) return { ok: false, reason: 'newer', version: declared };
  for (let version = declared; version < SITE_PROFILE_VERSION; version++) profile = MIGRATIONS[version]!(profile);
  return { ok: true, value: profile, from: declared };
}
