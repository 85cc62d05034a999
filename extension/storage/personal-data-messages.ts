import type { Locale } from '../../shared/index.js';
import { createTranslator } from '../../shared/i18n/translate.js';
import { CASE_FIELD_LABELS } from '../../shared/rule-pack/vocabulary.js';
import { FIELD_NAMES, type FieldName } from '../site-profiles/schema.js';
import type { PersonalDataKind } from './personal-data-guard.js';

type Where = { where: string };
type FieldParam = { field: string };

const en = {
  'national-id': (p: Where) => `Not saved: ${p.where} looks like a national identity number. Saksvakt never stores identity numbers; describe the field with its label or form name instead.`,
  'case-number': (p: Where) => `Not saved: ${p.where} looks like a case number from the journal. Saksvakt never stores case numbers; describe the field with its label or form name instead.`,
  name: (p: Where) => `Not saved: ${p.where} looks like a person's name (“Surname, Given name”). Saksvakt never stores names; pick the field again, or choose another way to find it.`,
  labelText: (p: FieldParam) => `the label text for “${p.field}”`,
  cssSelector: (p: FieldParam) => `the CSS selector for “${p.field}”`,
  formName: (p: FieldParam) => `the form name for “${p.field}”`,
  ariaLabel: (p: FieldParam) => `the accessible label for “${p.field}”`,
  columnHeader: (p: FieldParam) => `the column header for “${p.field}”`,
  profileName: 'the site profile’s name',
  profileId: 'the site profile’s id',
  matches: 'a journal address of the site profile',
  packChoice: 'the rule pack chosen for the site profile',
  dateFormat: 'a date format of the site profile',
  pageId: 'a page id of the site profile',
  detection: 'how the site profile recognises a page',
  scope: 'where the site profile reads a page',
  rows: 'how the site profile finds the rows of a list',
  customPack: 'the imported rule pack',
  other: 'a setting',
};
type Messages = typeof en;
const nn: Messages = {
  'national-id': (p) => `Ikkje lagra: ${p.where} liknar eit fødselsnummer. Saksvakt lagrar aldri fødselsnummer; skildra feltet med merkelappen eller skjemanamnet i staden.`,
  'case-number': (p) => `Ikkje lagra: ${p.where} liknar eit saksnummer frå journalen. Saksvakt lagrar aldri saksnummer; skildra feltet med merkelappen eller skjemanamnet i staden.`,
  name: (p) => `Ikkje lagra: ${p.where} liknar namnet på ein person («Etternamn, Førenamn»). Saksvakt lagrar aldri namn; peik på feltet på nytt, eller vel ein annan måte å finne det på.`,
  labelText: (p) => `merkelappen for «${p.field}»`,
  cssSelector: (p) => `CSS-veljaren for «${p.field}»`,
  formName: (p) => `skjemanamnet for «${p.field}»`,
  ariaLabel: (p) => `den tilgjengelege merkelappen for «${p.field}»`,
  columnHeader: (p) => `kolonneoverskrifta for «${p.field}»`,
  profileName: 'namnet på sideprofilen',
  profileId: 'ID-en til sideprofilen',
  matches: 'ei journaladresse i sideprofilen',
  packChoice: 'regelpakken som er vald for sideprofilen',
  dateFormat: 'eit datoformat i sideprofilen',
  pageId: 'ein side-ID i sideprofilen',
  detection: 'korleis sideprofilen kjenner att ei side',
  scope: 'kvar sideprofilen les ei side',
  rows: 'korleis sideprofilen finn radene i ei liste',
  customPack: 'den importerte regelpakken',
  other: 'ei innstilling',
};
const nb: Messages = {
  'national-id': (p) => `Ikke lagret: ${p.where} ligner et fødselsnummer. Saksvakt lagrer aldri fødselsnumre; beskriv feltet med etiketten eller skjemanavnet i stedet.`,
  'case-number': (p) => `Ikke lagret: ${p.where} ligner et saksnummer fra journalen. Saksvakt lagrer aldri saksnumre; beskriv feltet med etiketten eller skjemanavnet i stedet.`,
  name: (p) => `Ikke lagret: ${p.where} ligner navnet på en person («Etternavn, Fornavn»). Saksvakt lagrer aldri navn; pek på feltet på nytt, eller velg en annen måte å finne det på.`,
  labelText: (p) => `etiketten for «${p.field}»`,
  cssSelector: (p) => `CSS-velgeren for «${p.field}»`,
  formName: (p) => `skjemanavnet for «${p.field}»`,
  ariaLabel: (p) => `den tilgjengelige etiketten for «${p.field}»`,
  columnHeader: (p) => `kolonneoverskriften for «${p.field}»`,
  profileName: 'navnet på sideprofilen',
  profileId: 'ID-en til sideprofilen',
  matches: 'en journaladresse i sideprofilen',
  packChoice: 'regelpakken som er valgt for sideprofilen',
  dateFormat: 'et datoformat i sideprofilen',
  pageId: 'en side-ID i sideprofilen',
  detection: 'hvordan sideprofilen kjenner igjen en side',
  scope: 'hvor sideprofilen leser en side',
  rows: 'hvordan sideprofilen finner radene i en liste',
  customPack: 'den importerte regelpakken',
  other: 'en innstilling',
};
const da: Messages = {
  'national-id': (p) => `Ikke gemt: ${p.where} ligner et CPR-nummer. Saksvakt gemmer aldrig CPR-numre; beskriv feltet med dets etiket eller formularnavn i stedet.`,
  'case-number': (p) => `Ikke gemt: ${p.where} ligner et sagsnummer fra journalen. Saksvakt gemmer aldrig sagsnumre; beskriv feltet med dets etiket eller formularnavn i stedet.`,
  name: (p) => `Ikke gemt: ${p.where} ligner en persons navn (»Efternavn, Fornavn«). Saksvakt gemmer aldrig navne; peg på feltet igen, eller vælg en anden måde at finde det på.`,
  labelText: (p) => `etiketten for »${p.field}«`,
  cssSelector: (p) => `CSS-selektoren for »${p.field}«`,
  formName: (p) => `formularnavnet for »${p.field}«`,
  ariaLabel: (p) => `den tilgængelige etiket for »${p.field}«`,
  columnHeader: (p) => `kolonneoverskriften for »${p.field}«`,
  profileName: 'sideprofilens navn',
  profileId: 'sideprofilens id',
  matches: 'en journaladresse i sideprofilen',
  packChoice: 'den regelpakke, der er valgt til sideprofilen',
  dateFormat: 'et datoformat i sideprofilen',
  pageId: 'et side-id i sideprofilen',
  detection: 'hvordan sideprofilen genkender en side',
  scope: 'hvor sideprofilen læser en side',
  rows: 'hvordan sideprofilen finder rækkerne i en liste',
  customPack: 'den importerede regelpakke',
  other: 'en indstilling',
};
const translate = createTranslator<Messages>({ en, nn, nb, da } satisfies Record<Locale, Messages>);

const LOCATOR_WORDS = { text: 'labelText', selector: 'cssSelector', name: 'formName', label: 'ariaLabel', header: 'columnHeader' } as const;

/**
 * Where in the settings a string is, in words: `['profiles', 0, 'pages', 0, 'fields', 'caseNumber',
 * 'locators', 0, 'text', 0]` is "the label text for “Case number”". A path inside a site profile
 * may start at the profile (`pages…`) or at the settings (`profiles, 0, pages…`).
 */
export function describeSettingPath(path: readonly (string | number)[], lang: Locale): string {
  const t = translate.bind(lang);
  if (path[0] === 'customPack') return t('customPack');
  const inProfile = path[0] === 'profiles' ? path.slice(2) : path;
  const fieldAt = inProfile.indexOf('fields');
  if (fieldAt >= 0) {
    const field = inProfile[fieldAt + 1];
    const word = FIELD_NAMES.includes(field as FieldName) ? CASE_FIELD_LABELS[field as FieldName][lang][0] : String(field ?? '');
    const key = inProfile[fieldAt + 4] as keyof typeof LOCATOR_WORDS | undefined;
    return t(key && key in LOCATOR_WORDS ? LOCATOR_WORDS[key] : 'labelText', { field: word });
  }
  const key = inProfile.includes('detect') ? 'detect' : inProfile[0] === 'pages' ? inProfile[2] : inProfile[0];
  switch (key) {
    case 'name': return t('profileName');
    case 'id': return inProfile[0] === 'pages' ? t('pageId') : t('profileId');
    case 'matches': return t('matches');
    case 'pack': case 'packByCountry': case 'packCandidates': return t('packChoice');
    case 'dateFormats': return t('dateFormat');
    case 'detect': return t('detection');
    case 'scope': return t('scope');
    case 'rowSelector': return t('rows');
    default: return t('other');
  }
}

/** The refusal, in the reader's language, naming where the identifier was. */
export function personalDataMessage(kind: PersonalDataKind, path: readonly (string | number)[], lang: Locale): string {
  return translate(lang, kind, { where: describeSettingPath(path, lang) });
}

export const translatePersonalData = translate;
