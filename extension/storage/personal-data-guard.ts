/**
 * Refuses personal identifiers before anything is stored. Journal pages hold names, national
 * identity numbers (Norwegian fødselsnummer, Danish CPR) and case numbers; the local caseload keeps
 * only dates, service ids, tiers and a pseudonymous key, and settings (site profiles, packs) keep
 * only words that describe a journal, never a value read from one.
 */

// 11 digits (fødselsnummer, optionally spaced 6+5) or 10 digits (CPR, optionally DDMMYY-XXXX).
export const NATIONAL_ID = /(?<!\d)(\d{6}[\s-]?\d{5}|\d{6}-?\d{4})(?!\d)/;
// A journal's case number as the stand-ins and journals write it: year/serial (`2023/1187`). A path
// segment (`eli/lta/2023/1187`) is an address, not a case.
const CASE_NUMBER = /(?<![\w/])(?:19|20)\d{2}\/\d{3,6}(?![\w/])/;
// A person as journals head a case: `Surname, Given Names` — capitalised words around one comma.
const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*";
const SURNAME_GIVEN = new RegExp(`^${WORD}(?: ${WORD})*, ${WORD}(?: ${WORD})*$`, 'u');
// A name may stand inside a longer text (a page title `Vedtak – Testbrukar, Kari`): checked per segment.
const SEGMENTS = /\s+[–—|·-]\s+|[()[\]«»“”"]/;

export type PersonalDataKind = 'national-id' | 'case-number' | 'name';

/** What personal identifier a text holds, if any. Words naming a field (`Fødselsnummer`, `Saksnummer`) hold none. */
export function personalDataIn(text: string): PersonalDataKind | undefined {
  const plain = text.replace(/[\u00a0\u202f]/g, ' ');
  // An ISO date is no identifier, though its digits may line up like one.
  if (NATIONAL_ID.test(plain.replace(/\d{4}-\d{2}-\d{2}/g, ''))) return 'national-id';
  if (CASE_NUMBER.test(plain)) return 'case-number';
  const squeezed = plain.replace(/\s+/g, ' ').trim();
  if ([squeezed, ...squeezed.split(SEGMENTS)].some((segment) => SURNAME_GIVEN.test(segment.trim()))) return 'name';
  return undefined;
}

/** Every string in a value with where it is (`['profiles', 0, 'pages', 1, 'fields', 'start', 'locators', 0, 'text', 0]`); object keys count too. */
export function* stringsIn(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsIn(item, [...path, index]);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield { path: [...path, key], text: key };
      yield* stringsIn(item, [...path, key]);
    }
  }
}

const ALLOWED_KEYS = new Set(['key', 'service', 'packId', 'start', 'levelSince', 'followUps', 'tier', 'nextDue', 'nextObligation', 'status', 'openedAt', 'schemaVersion']);

export class PersonalDataError extends Error {
  constructor(
    readonly field: string,
    /** Where in the stored value (settings: the path from the settings' root). */
    readonly path: (string | number)[] = [field],
    readonly kind?: PersonalDataKind,
  ) {
    super(`Refused to store "${path.join('.')}": it is not a field that may be stored, or it looks like a personal identifier${kind ? ` (${kind})` : ''}.`);
    this.name = 'PersonalDataError';
  }
}

/** Throws a PersonalDataError for a field outside the allowed set or a value that looks like a national id. */
export function assertNoPersonalData(entry: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(entry)) {
    if (!ALLOWED_KEYS.has(field)) throw new PersonalDataError(field);
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (typeof item !== 'string' || field === 'key') continue;
      const kind = personalDataIn(item);
      if (kind) throw new PersonalDataError(field, [field], kind);
    }
  }
}

/** Throws a PersonalDataError naming the first string in settings (keys included) that holds a personal identifier. */
export function assertNoPersonalDataInSettings(settings: Record<string, unknown>): void {
  for (const { path, text } of stringsIn(settings)) {
    const kind = personalDataIn(text);
    if (kind) throw new PersonalDataError(String(path[0]), path, kind);
  }
}

/**
 * A stable pseudonymous key for a case: SHA-256 of the journal's origin and its case number,
 * so the same case maps to the same entry without the case number itself being stored.
 */
export async function pseudonymousKey(origin: string, caseNumber: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${origin}\u0000${caseNumber.trim()}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('').slice(0, 32);
}
