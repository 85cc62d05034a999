import { CASE_FIELD_LABELS } from '../../shared/rule-pack/vocabulary.js';
import { LOCALES, type Locale } from '../../shared/i18n/locale.js';
import { FIELD_NAMES, FIELD_TYPES, type FieldName } from './field-names.js';
import type { FieldSpec, SiteProfile } from './schema.js';

export const GENERIC_PROFILE_ID = 'generic';

/** Every label word the packs know for a field, in all four languages, without repeats. */
export function labelsFor(field: FieldName): string[] {
  return [...new Set(LOCALES.flatMap((lang) => CASE_FIELD_LABELS[field][lang]))];
}

/** How a field is named to the reader, in their language. */
export function fieldWord(field: FieldName, lang: Locale): string {
  return CASE_FIELD_LABELS[field][lang][0];
}

const fields = (by: 'label' | 'column', names: readonly FieldName[]) =>
  Object.fromEntries(
    names.map((name) => [name, { type: FIELD_TYPES[name], locators: [by === 'label' ? { by, text: labelsFor(name) } : { by, header: labelsFor(name) }] } satisfies FieldSpec]),
  ) as Partial<Record<FieldName, FieldSpec>>;

/**
 * The zero-configuration profile: any granted journal page whose labels are ordinary words (in
 * nn, nb, da or en) gets its checks without a site profile. Tried after the site profiles, which
 * only fix what it misses. A page counts only when it names a service (a case without one is not
 * guessed), and the pack is the first built-in one that knows that service.
 */
export const GENERIC_PROFILE: SiteProfile = {
  id: GENERIC_PROFILE_ID,
  name: 'Generic (label words from the rule packs)',
  matches: ['*://*/*'],
  pack: 'no-alver-vekstbedrift',
  packCandidates: ['dk-vejle-voksen', 'no-molde-arbeid-aktivitet'],
  dateFormats: ['dd.MM.yyyy', 'd.M.yyyy'],
  // Hints only: the readers also accept `22.317` (Danish thousands) and `2,5` (decimal comma).
  thousandsSeparator: ' ',
  decimalSeparator: ',',
  pages: [
    {
      id: 'generic-list',
      detect: { selector: '[role="grid"], [role="table"], table' },
      kind: 'list',
      rowSelector: '[role="row"], tbody > tr',
      requires: ['service'],
      fields: fields('column', ['caseNumber', 'country', 'service', 'targetGroup', 'start', 'levelSince', 'lastFollowUp', 'lastEvaluationReport']),
      mounts: { cadence: 'lastFollowUp' },
    },
    {
      id: 'generic-case',
      detect: { selector: 'body' },
      kind: 'case',
      requires: ['service'],
      fields: fields('label', FIELD_NAMES.filter((name) => name !== 'country')),
      mounts: { funding: 'monthlyCost', cadence: 'lastFollowUp', tier: 'tier', 'day-service': 'percent' },
    },
  ],
};
