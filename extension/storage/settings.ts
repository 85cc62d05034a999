import { z } from 'zod';
import { browser } from 'wxt/browser';
import { LOCALES, parseRulePack } from '../../shared/index.js';
import { SETTINGS_IN_FORCE_KEY, type SettingsInForce } from './settings-in-force.js';
import { siteProfileSchema } from '../site-profiles/schema.js';

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

/**
 * Reads the managed (policy) settings. Chrome returns `{}` without a policy; Firefox throws when
 * nothing is set; values that do not validate are dropped one by one, never the whole policy.
 */
export async function readManagedSettings(): Promise<Partial<Settings>> {
  let raw: Record<string, unknown> = {};
  try {
    // A browser may take a while to answer (or never, without a policy store): do not wait forever.
    const timeout = new Promise<Record<string, unknown>>((resolve) => setTimeout(() => resolve({}), 1000));
    raw = ((await Promise.race([browser.storage.managed?.get() ?? Promise.resolve({}), timeout])) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
  const shape = settingsSchema.shape;
  const managed: Partial<Settings> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in shape)) continue;
    const parsed = shape[key as keyof typeof shape].safeParse(key === 'profiles' && typeof value === 'string' ? safeJson(value) : key === 'customPack' && typeof value === 'string' ? safeJson(value) : value);
    if (parsed.success && parsed.data !== undefined) (managed as Record<string, unknown>)[key] = parsed.data;
  }
  return managed;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function readLocalSettings(): Promise<Partial<Settings>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = settingsSchema.partial().safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/** Settings in force: defaults, then the caseworker's, then the municipality's policy. */
export async function loadSettings(): Promise<{ settings: Settings; managedKeys: (keyof Settings)[] }> {
  // The policy first, then the local settings: read last, they are the freshest when the result is used.
  const managed = await readManagedSettings();
  const local = await readLocalSettings();
  return { settings: { ...DEFAULT_SETTINGS, ...local, ...managed }, managedKeys: Object.keys(managed) as (keyof Settings)[] };
}

/** Saves the caseworker's settings and publishes the settings in force for the journal pages. */
export async function saveLocalSettings(changes: Partial<Settings>): Promise<void> {
  const current = await readLocalSettings();
  const next = settingsSchema.partial().parse({ ...current, ...changes, revision: (current.revision ?? 0) + 1 });
  await browser.storage.local.set({ [KEY]: next });
  await publishSettingsInForce();
}

/**
 * Validates and merges the settings (defaults, the caseworker's, the policy's) once, in an
 * extension page or the background, and stores the result for the content scripts: journal
 * pages then load no validator. Called on every save and whenever storage or policy changes.
 */
export async function publishSettingsInForce(): Promise<SettingsInForce> {
  const { settings } = await loadSettings();
  const custom = settings.customPack === undefined ? undefined : parseRulePack(settings.customPack);
  const inForce: SettingsInForce = {
    revision: settings.revision,
    lang: settings.lang,
    profiles: settings.profiles,
    ...(settings.referenceDate ? { referenceDate: settings.referenceDate } : {}),
    ...(custom?.ok ? { customPack: custom.pack } : {}),
    ...(settings.packId ? { packId: settings.packId } : {}),
  };
  // Write only a change (every write restarts the checks on open journal pages), and never over a
  // publication made from newer settings: several extension contexts may publish at once.
  const current = (await browser.storage.local.get(SETTINGS_IN_FORCE_KEY))[SETTINGS_IN_FORCE_KEY] as SettingsInForce | undefined;
  if ((current?.revision ?? -1) > inForce.revision) return current!;
  if (JSON.stringify(current) !== JSON.stringify(inForce)) await browser.storage.local.set({ [SETTINGS_IN_FORCE_KEY]: inForce });
  return inForce;
}
