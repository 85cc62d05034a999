import { builtInPacks, inEveryLanguage, LOCALES, parseRulePack, type Locale, type RulePack } from '../../shared/index.js';
import { parseSiteProfile, type SiteProfile } from '../site-profiles/schema.js';
import { findJsonSyntaxError } from '../../shared/json/find-json-syntax-error/index.js';
import { personalDataIn, stringsIn } from './personal-data-guard.js';
import { personalDataMessage } from './personal-data-messages.js';

/** The settings municipal IT can set by policy (the keys of `public/managed-schema.json`). */
export const POLICY_KEYS = ['packId', 'customPack', 'profiles', 'lang', 'retentionDays'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** Policy values after validation: what the rest of the extension may use. */
export type PolicyValues = {
  packId?: string;
  customPack?: RulePack;
  profiles?: SiteProfile[];
  lang?: Locale | 'auto';
  retentionDays?: number;
};

/**
 * A policy value that cannot be used, described for municipal IT. Messages are kept in every UI
 * language, so journal pages and the panel can show them without loading a validator.
 */
export type PolicyProblem = {
  key: PolicyKey;
  kind: 'json-syntax' | 'invalid-pack' | 'invalid-profiles' | 'invalid-value' | 'unknown-pack';
  /** Where the JSON text breaks (`json-syntax`), 1-based. */
  line?: number;
  column?: number;
  /** The value as the policy gives it, shortened (`invalid-value`, `unknown-pack`). */
  value?: string;
  /** The validator's findings (`invalid-pack`, `invalid-profiles`), each in every UI language. */
  errors?: { path: string; text: Record<Locale, string> }[];
  /**
   * What is used meanwhile: the policy's last good value, the caseworker's, the default, or (for
   * the pack) the pack the policy's other pack key names.
   */
  fallback?: 'last-good' | 'caseworker' | 'default' | 'policy-pack-id' | 'policy-custom-pack';
};

/** The answer of managed storage. `failed`: the browser gave no answer we can trust. */
export type PolicyRead = { status: 'answered'; raw: Record<string, unknown> } | { status: 'failed'; error: string };

type ManagedArea = { get(): Promise<Record<string, unknown>> };

/** A read still unanswered after this long counts as failed: the policy's last good values stand. */
export const POLICY_READ_DEADLINE_MS = 60_000;

/**
 * Reads managed storage and waits as long as the browser takes (up to a minute): at start-up
 * Chromium may answer only after seconds, and settings published without the policy would not be
 * corrected (an unchanged policy fires no change event). Chrome answers `{}` without a policy;
 * Firefox throws "Managed storage manifest not found" when none is set, an answer, not a failure.
 */
export async function readPolicy(managed: ManagedArea | undefined, deadlineMs = POLICY_READ_DEADLINE_MS): Promise<PolicyRead> {
  if (!managed) return { status: 'answered', raw: {} };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from managed storage in ${deadlineMs} ms`)), deadlineMs);
    });
    const raw = await Promise.race([managed.get(), deadline]);
    return { status: 'answered', raw: raw && typeof raw === 'object' ? raw : {} };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/manifest not found/i.test(text)) return { status: 'answered', raw: {} };
    return { status: 'failed', error: text };
  } finally {
    clearTimeout(timer);
  }
}

const shorten = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};


/** JSON text (Chrome's schema gives strings) or, from Firefox's policies.json, the value itself. */
function jsonValue(key: PolicyKey, value: unknown): { ok: true; value: unknown } | { ok: false; problem: PolicyProblem } {
  if (typeof value !== 'string') return { ok: true, value };
  const syntax = findJsonSyntaxError(value);
  if (syntax) return { ok: false, problem: { key, kind: 'json-syntax', ...syntax } };
  return { ok: true, value: JSON.parse(value) };
}

/** Validates each policy value on its own: one broken value never discards the others. */
export function validatePolicy(raw: Record<string, unknown>): { values: PolicyValues; present: PolicyKey[]; problems: PolicyProblem[] } {
  const values: PolicyValues = {};
  const problems: PolicyProblem[] = [];
  const present = POLICY_KEYS.filter((key) => raw[key] !== undefined && raw[key] !== null);
  for (const key of present) {
    const value = raw[key];
    switch (key) {
      case 'packId':
        if (typeof value === 'string' && value in builtInPacks) values.packId = value;
        else problems.push({ key, kind: 'unknown-pack', value: shorten(value) });
        break;
      case 'lang':
        if (value === 'auto' || LOCALES.includes(value as Locale)) values.lang = value as Locale | 'auto';
        else problems.push({ key, kind: 'invalid-value', value: shorten(value) });
        break;
      case 'retentionDays': {
        const days = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
        if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 3650) values.retentionDays = days;
        else problems.push({ key, kind: 'invalid-value', value: shorten(value) });
        break;
      }
      case 'customPack': {
        const json = jsonValue(key, value);
        if (!json.ok) {
          problems.push(json.problem);
          break;
        }
        const parsed = parseRulePack(json.value);
        const personal = parsed.ok ? [...stringsIn(parsed.pack)].map((entry) => ({ ...entry, kind: personalDataIn(entry.text) })).find((entry) => entry.kind) : undefined;
        if (personal?.kind) problems.push({ key, kind: 'invalid-pack', errors: [{ path: personal.path.join('.'), text: inEveryLanguage((lang) => personalDataMessage(personal.kind!, ['customPack'], lang)) }] });
        else if (parsed.ok) values.customPack = parsed.pack;
        else {
          const byLang = LOCALES.map((lang) => parseRulePack(json.value, { lang }).errors);
          problems.push({
            key,
            kind: 'invalid-pack',
            errors: parsed.errors.map((error, index) => ({ path: error.pathText, text: inEveryLanguage((lang) => byLang[LOCALES.indexOf(lang)]![index]?.message ?? error.message) })),
          });
        }
        break;
      }
      case 'profiles': {
        const json = jsonValue(key, value);
        if (!json.ok) {
          problems.push(json.problem);
          break;
        }
        const list = Array.isArray(json.value) ? json.value : [json.value];
        const profiles: SiteProfile[] = [];
        const errors: NonNullable<PolicyProblem['errors']> = [];
        list.forEach((entry, index) => {
          const result = parseSiteProfile(entry);
          // A name or identity number in a pushed profile is refused like any broken value (and never stored).
          const personal = result.ok ? [...stringsIn(result.profile)].map((entry) => ({ ...entry, kind: personalDataIn(entry.text) })).find((entry) => entry.kind) : undefined;
          if (personal?.kind) errors.push({ path: `[${index}].${personal.path.join('.')}`, text: inEveryLanguage((lang) => personalDataMessage(personal.kind!, personal.path, lang)) });
          else if (result.ok) profiles.push(result.profile);
          else for (const error of result.errors) errors.push({ path: `[${index}]${error.path ? `.${error.path}` : ''}`, text: error.text });
        });
        if (errors.length) problems.push({ key, kind: 'invalid-profiles', errors });
        else values.profiles = profiles;
        break;
      }
    }
  }
  return { values, present, problems };
}

/** Where a setting in force comes from, for the "Active settings" view and support. */
export type SettingSource = 'policy' | 'policy-last-good' | 'caseworker' | 'default';
export type ShownSetting = 'lang' | 'pack' | 'referenceDate' | 'retentionDays' | 'profiles';

/** The pack is one choice made by two keys: a policy on either locks both. */
export const PACK_KEYS = ['packId', 'customPack'] as const satisfies readonly PolicyKey[];

export type LocalChoices = { packId?: string; customPack?: unknown; profiles?: SiteProfile[]; lang?: Locale | 'auto'; retentionDays?: number; referenceDate?: string };

export type PolicyResolution = {
  /** The policy's part of the settings in force (valid values, or the last good ones). */
  effective: PolicyValues;
  /** Keys the caseworker cannot change: every key the policy sets, valid or not. */
  locked: PolicyKey[];
  sources: Record<ShownSetting, SettingSource>;
  problems: PolicyProblem[];
  /** The last good policy values to keep for the next read. */
  lastGood: PolicyValues;
  /** The pack the caseworker chose or imported is kept but not used while the policy sets the pack. */
  localPackSetAside: boolean;
};

/**
 * Decides, key by key, what the policy contributes. A broken value keeps the policy's last good
 * one if there is one; otherwise the caseworker's value (or the default) stays in force. Either
 * way the key stays locked, so the caseworker cannot override what IT is setting, and nothing the
 * caseworker had is deleted.
 */
export function resolvePolicy(read: PolicyRead, previousLastGood: PolicyValues, local: LocalChoices): PolicyResolution {
  const { values, present, problems } =
    read.status === 'answered'
      ? validatePolicy(read.raw)
      : // No answer: the last good values stand (as such), still locked.
        { values: {} as PolicyValues, present: Object.keys(previousLastGood) as PolicyKey[], problems: [] as PolicyProblem[] };
  const effective: PolicyValues = {};
  const lastGood: PolicyValues = {};
  for (const key of present) {
    const value = values[key] ?? previousLastGood[key];
    if (value !== undefined) {
      (effective as Record<string, unknown>)[key] = value;
      (lastGood as Record<string, unknown>)[key] = value;
    }
  }
  const locked = new Set<PolicyKey>(present);
  if (PACK_KEYS.some((key) => locked.has(key))) PACK_KEYS.forEach((key) => locked.add(key));

  const localSource = (has: boolean): SettingSource => (has ? 'caseworker' : 'default');
  const policySource = (key: PolicyKey): SettingSource => (values[key] !== undefined ? 'policy' : 'policy-last-good');
  const packFromPolicy = effective.customPack !== undefined || effective.packId !== undefined;
  const localHasPack = local.customPack !== undefined || local.packId !== undefined;
  const sourceOf = (key: 'lang' | 'retentionDays' | 'profiles'): SettingSource => (effective[key] !== undefined ? policySource(key) : localSource(local[key] !== undefined));
  const sources: Record<ShownSetting, SettingSource> = {
    lang: sourceOf('lang'),
    pack: packFromPolicy ? policySource(effective.customPack !== undefined ? 'customPack' : 'packId') : localSource(localHasPack),
    referenceDate: localSource(local.referenceDate !== undefined),
    retentionDays: sourceOf('retentionDays'),
    profiles: sourceOf('profiles'),
  };
  for (const problem of problems) {
    const isPack = (PACK_KEYS as readonly string[]).includes(problem.key);
    const used = isPack ? sources.pack : sources[problem.key as 'lang' | 'retentionDays' | 'profiles'];
    if (problem.key === 'customPack' && effective.customPack === undefined && effective.packId !== undefined) problem.fallback = 'policy-pack-id';
    else if (problem.key === 'packId' && effective.customPack !== undefined) problem.fallback = 'policy-custom-pack';
    else problem.fallback = used === 'policy' || used === 'policy-last-good' ? 'last-good' : used === 'caseworker' ? 'caseworker' : 'default';
  }
  return { effective, locked: [...locked], sources, problems, lastGood, localPackSetAside: packFromPolicy && localHasPack };
}
