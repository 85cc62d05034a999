import { z } from 'zod';
import { inEveryLanguage, LOCALES, type Locale } from '../../shared/i18n/locale.js';
import { describeSchemaIssues, type RulePackError } from '../../shared/rule-pack/parse-rule-pack/index.js';
// Field names and types live apart from zod, so the journal loader can read profiles without the validator.
import { DECIMAL_SEPARATORS, FIELD_NAMES, FIELD_TYPES, THOUSANDS_SEPARATORS, type FieldName } from './field-names.js';

export { FIELD_NAMES, FIELD_TYPES, type FieldName };

/**
 * Site profiles: how to read a journal (EPJ) page, kept as data apart from the code that uses it,
 * so a new journal or a changed page is a profile edit, not a release. Validated with zod.
 */

/** One way to find a field; a field has an ordered list, tried until one matches. */
export const locatorSchema = z.discriminatedUnion('by', [
  /** The text of the label beside the value (robust across markup changes). */
  z.strictObject({ by: z.literal('label'), text: z.array(z.string().min(1)).min(1) }),
  /** A CSS selector for the value (or the control holding it). */
  z.strictObject({ by: z.literal('css'), selector: z.string().min(1) }),
  /** A form control's `name`. */
  z.strictObject({ by: z.literal('name'), name: z.string().min(1) }),
  /** An element's accessible label (`aria-label`). */
  z.strictObject({ by: z.literal('aria'), label: z.string().min(1) }),
  /** A table column by its header text (list pages: within each row). */
  z.strictObject({ by: z.literal('column'), header: z.array(z.string().min(1)).min(1) }),
]);

export const fieldSchema = z.strictObject({
  /** How the value is read: a date in the profile's formats, a number, or text. */
  type: z.enum(['date', 'number', 'text']),
  locators: z.array(locatorSchema).min(1),
});

export const CHECK_IDS = ['funding', 'cadence', 'tier', 'day-service'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const pageSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /**
   * The page is this kind when the selector matches (and, if given, the matched element's text
   * includes one of these). Fields are read inside the matched element unless `scope` names
   * another container, so label texts elsewhere on the page cannot be mistaken for fields.
   */
  detect: z.strictObject({ selector: z.string().min(1), textIncludes: z.array(z.string().min(1)).optional() }),
  scope: z.string().min(1).optional(),
  /** `case`: one case on the page; `list`: one case per row. */
  kind: z.enum(['case', 'list']),
  rowSelector: z.string().min(1).optional(),
  /** The page counts as this kind only when these fields are found (a generic page that reads no service is no case). */
  requires: z.array(z.enum(FIELD_NAMES)).optional(),
  fields: z.partialRecord(z.enum(FIELD_NAMES), fieldSchema),
  /** Where each check's inline badge goes: beside the field named. */
  mounts: z.partialRecord(z.enum(CHECK_IDS), z.enum(FIELD_NAMES)),
});

/** The profile format this Saksvakt writes; older files are migrated on import (see `migrations.ts`). */
export const SITE_PROFILE_VERSION = 2;

export const siteProfileSchema = z.strictObject({
  /** Where an editor finds the JSON Schema (`site-profile.schema.json` in the package); not read. */
  $schema: z.string().optional(),
  /** The format version. Absent means version 1 (profiles written before versions), which import migrates. */
  version: z.literal(SITE_PROFILE_VERSION).optional(),
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** URL match patterns (`https://profil.example.no/*`). */
  matches: z.array(z.string().min(1)).min(1),
  /** The rule pack for this journal; `country` field values may pick another per case (lists). */
  pack: z.string().min(1),
  packByCountry: z.record(z.string(), z.string()).optional(),
  /** Other packs tried in order when the case's service is not in `pack` (the generic profile knows no journal's country). */
  packCandidates: z.array(z.string().min(1)).optional(),
  /** Date formats the journal writes (date-fns tokens), tried in order. */
  dateFormats: z.array(z.string().min(1)).min(1),
  /** Thousands separator as the journal writes it: `22 317` (space) or `22.317` (dot). */
  thousandsSeparator: z.enum(THOUSANDS_SEPARATORS),
  decimalSeparator: z.enum(DECIMAL_SEPARATORS),
  pages: z.array(pageSchema).min(1),
});

export type Locator = z.infer<typeof locatorSchema>;
export type FieldSpec = z.infer<typeof fieldSchema>;
export type PageProfile = z.infer<typeof pageSchema>;
export type SiteProfile = z.infer<typeof siteProfileSchema>;

/** One reason a profile was refused: where (as keys and list positions), and why in every UI language, the place named in words. */
export type ProfileError = { path: string; text: Record<Locale, string> };

export type ProfileResult = { ok: true; profile: SiteProfile } | { ok: false; errors: ProfileError[] };

/** How an error about the whole profile (an unknown top-level key) begins. */
export const IN_PROFILE: Record<Locale, string> = { en: 'In the profile', nb: 'I profilen', nn: 'I profilen', da: 'I profilen' };

/**
 * Validates a site profile (built-in, edited in the options page, or pushed by policy). Errors are
 * worded as the rule-pack validator words them, in all four languages at once: a profile read now
 * may be shown after the reader switches language.
 */
export function parseSiteProfile(value: unknown): ProfileResult {
  const parsed = siteProfileSchema.safeParse(value);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const byLanguage = Object.fromEntries(LOCALES.map((locale) => [locale, describeSchemaIssues(parsed.error.issues, value, locale, IN_PROFILE[locale])])) as Record<Locale, RulePackError[]>;
  return {
    ok: false,
    errors: byLanguage.en.map((error, index) => ({ path: error.pathText, text: inEveryLanguage((locale) => byLanguage[locale][index]!.message) })),
  };
}
