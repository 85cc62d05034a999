import { z } from 'zod';
import { browser } from 'wxt/browser';
import { LOCALES, parseRulePack } from '../../shared/index.js';
import { SETTINGS_IN_FORCE_KEY, type SettingsInForce } from './settings-in-force.js';
import { readPolicy, resolvePolicy, type PolicyKey, type PolicyProblem, type PolicyRead, type PolicyResolution, type PolicyValues } from './policy.js';
import { siteProfileSchema } from '../site-profiles/schema.js';
import { migrateSiteProfile } from '../site-profiles/migrations.js';
import { assertNoPersonalDataInSettings } from './personal-data-guard.js';

/**
 * The caseworker's settings. Municipal IT can push any of them by policy (managed storage);
 * a value set by policy wins over the local one and is shown as set by the municipality.
 */
export const settingsSchema = z.object({
  /** A built-in rule pack id, used instead of each site profile's own. */
  packId: z.string().min(1).optional(),
  /** A custom rule pack (validated with parseRulePack when imported). */
  customPack: z.unknown().optional(),
  /** UI language, or `auto` for the journal page's own. */
  lang: z.enum([...LOCALES, 'auto']).default('auto'),
  /** Reference date for training (`YYYY-MM-DD`); empty means today. */
  referenceDate: z.iso.date().optional(),
  /** Days the local caseload keeps a case after it was last opened. */
  retentionDays: z.number().int().min(1).max(3650).default(180),
  /** Site profiles added or edited; they override built-in profiles with the same id. */
  profiles: z.array(siteProfileSchema).default([]),
  /** Counts the caseworker's saves, so a late, stale publication never overwrites a newer one. */
  revision: z.number().int().nonnegative().default(0),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
const KEY = 'settings';
/** The policy's last good values, kept so a broken or unanswered policy never falls back silently. */
const LAST_GOOD_POLICY_KEY = 'policyLastGood';
/** When the managed read behind the settings in force started (apart, so journal pages do not restart on it). */
const PUBLISHED_READ_KEY = 'settingsInForceReadAt';

/** Reads the policy (managed storage), waiting as long as the browser takes to answer. */
export function readManagedSettings(): Promise<PolicyRead> {
  return readPolicy(browser.storage.managed as never);
}

export async function readLocalSettings(): Promise<Partial<Settings>> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Record<string, unknown> | undefined;
  // Profiles saved in an older format are read in the current one (the stored copy is rewritten on the next save).
  const migrate = (profile: unknown) => {
    const migrated = migrateSiteProfile(profile);
    return migrated.ok ? migrated.value : profile;
  };
  const profiles = Array.isArray(stored?.profiles) ? stored.profiles.map(migrate) : stored?.profiles;
  const parsed = settingsSchema.partial().safeParse(stored ? { ...stored, ...(profiles ? { profiles } : {}) } : {});
  return parsed.success ? parsed.data : {};
}

export type LoadedSettings = {
  /** Defaults, then the caseworker's, then the policy's. */
  settings: Settings;
  /** Keys set by policy (valid or not): the caseworker cannot change them. */
  managedKeys: PolicyKey[];
  sources: PolicyResolution['sources'];
  problems: PolicyProblem[];
  /** `failed`: managed storage gave no answer; the policy's last good values stand. */
  policyStatus: PolicyRead['status'];
  /** The caseworker's own pack, kept but not used while the policy sets the pack. */
  localPackSetAside: boolean;
};

/**
 * Settings in force: defaults, then the caseworker's, then the municipality's policy. Local values
 * of keys the policy sets are ignored (never deleted), whatever wrote them.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  // The policy first, then the local settings: read last, they are the freshest when the result is used.
  const read = await readManagedSettings();
  const stored = await browser.storage.local.get([KEY, LAST_GOOD_POLICY_KEY]);
  const local = await readLocalSettings();
  const previousLastGood = (stored[LAST_GOOD_POLICY_KEY] ?? {}) as PolicyValues;
  // Parsing fills in defaults; what the caseworker actually set is what was stored.
  const setByCaseworker = Object.keys((stored[KEY] ?? {}) as object);
  const localChoices = Object.fromEntries(Object.entries(local).filter(([key]) => setByCaseworker.includes(key)));
  const resolution = resolvePolicy(read, previousLastGood, localChoices);
  if (read.status === 'answered' && JSON.stringify(resolution.lastGood) !== JSON.stringify(previousLastGood)) {
    await browser.storage.local.set({ [LAST_GOOD_POLICY_KEY]: resolution.lastGood });
  }
  // A pack the policy sets is one choice: a pack the caseworker imported must not win over its packId.
  const { packId: _packId, customPack: _customPack, ...localWithoutPack } = local;
  const packFromPolicy = resolution.effective.packId !== undefined || resolution.effective.customPack !== undefined;
  const settings: Settings = { ...DEFAULT_SETTINGS, ...(packFromPolicy ? localWithoutPack : local), ...resolution.effective };
  return {
    settings,
    managedKeys: resolution.locked,
    sources: resolution.sources,
    problems: resolution.problems,
    policyStatus: read.status,
    localPackSetAside: resolution.localPackSetAside,
  };
}

/** Refused save: the policy sets these keys. */
export class PolicyLockedError extends Error {
  constructor(readonly keys: PolicyKey[]) {
    super(`Set by policy: ${keys.join(', ')}`);
    this.name = 'PolicyLockedError';
  }
}

/**
 * Saves the caseworker's settings and publishes the settings in force for the journal pages.
 * Refuses (PolicyLockedError) a change to a key the policy sets, whichever page asks, and
 * (PersonalDataError, naming where) any string that holds a name, national id or case number:
 * this is the one place settings are written, so no page, picker or import can get past it.
 */
export async function saveLocalSettings(changes: Partial<Settings>): Promise<void> {
  assertNoPersonalDataInSettings(changes);
  const { managedKeys } = await loadSettings();
  const refused = managedKeys.filter((key) => key in changes);
  if (refused.length > 0) throw new PolicyLockedError(refused);
  const stored = ((await browser.storage.local.get(KEY))[KEY] ?? {}) as Record<string, unknown>;
  const current = await readLocalSettings();
  const merged = { ...stored, ...changes, revision: (current.revision ?? 0) + 1 };
  const valid = settingsSchema.partial().parse(merged) as Record<string, unknown>;
  // Store only what the caseworker set (not the defaults parsing adds), so "where from" stays true.
  const next = Object.fromEntries(Object.keys(merged).filter((key) => valid[key] !== undefined).map((key) => [key, valid[key]]));
  await browser.storage.local.set({ [KEY]: next });
  await publishSettingsInForce();
}

/**
 * A new browser session: the settings published in the last one may carry a policy that has
 * changed since. Marks them pending, so journal pages wait for this session's policy read.
 */
export async function markSettingsInForcePending(): Promise<void> {
  const current = (await browser.storage.local.get(SETTINGS_IN_FORCE_KEY))[SETTINGS_IN_FORCE_KEY] as SettingsInForce | undefined;
  if (current?.final) await browser.storage.local.set({ [SETTINGS_IN_FORCE_KEY]: { ...current, final: false } });
}

/**
 * Validates and merges the settings (defaults, the caseworker's, the policy's) once, in an
 * extension page or the background, and stores the result for the content scripts: journal
 * pages then load no validator. Called on every save and whenever storage or policy changes.
 * Publishes only after managed storage has answered (or failed, with the last good policy).
 */
export async function publishSettingsInForce(): Promise<SettingsInForce> {
  const readStartedAt = Date.now();
  const { settings, problems } = await loadSettings();
  const custom = settings.customPack === undefined ? undefined : parseRulePack(settings.customPack);
  const inForce: SettingsInForce = {
    revision: settings.revision,
    final: true,
    lang: settings.lang,
    profiles: settings.profiles,
    policyProblems: problems,
    ...(settings.referenceDate ? { referenceDate: settings.referenceDate } : {}),
    ...(custom?.ok ? { customPack: custom.pack } : {}),
    ...(settings.packId ? { packId: settings.packId } : {}),
  };
  // Write only a change (every write restarts the checks on open journal pages), and never over a
  // publication made from newer settings or a later policy read: several contexts may publish at once.
  const stored = await browser.storage.local.get([SETTINGS_IN_FORCE_KEY, PUBLISHED_READ_KEY]);
  const current = stored[SETTINGS_IN_FORCE_KEY] as SettingsInForce | undefined;
  const currentReadAt = (stored[PUBLISHED_READ_KEY] as number | undefined) ?? 0;
  if ((current?.revision ?? -1) > inForce.revision) return current!;
  if (current?.final && current.revision === inForce.revision && currentReadAt > readStartedAt) return current;
  if (JSON.stringify(current) !== JSON.stringify(inForce)) await browser.storage.local.set({ [SETTINGS_IN_FORCE_KEY]: inForce, [PUBLISHED_READ_KEY]: readStartedAt });
  else await browser.storage.local.set({ [PUBLISHED_READ_KEY]: readStartedAt });
  return inForce;
}
