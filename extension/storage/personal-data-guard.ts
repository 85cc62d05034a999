/**
 * Refuses personal identifiers before anything is stored. Journal pages hold names and national
 * identity numbers (Norwegian fødselsnummer, Danish CPR); the local caseload keeps only dates,
 * service ids, tiers and a pseudonymous key.
 */

// 11 digits (fødselsnummer, optionally spaced 6+5) or 10 digits (CPR, optionally DDMMYY-XXXX).
export const NATIONAL_ID = /(?<!\d)(\d{6}[\s-]?\d{5}|\d{6}-?\d{4})(?!\d)/;
const ALLOWED_KEYS = new Set(['key', 'service', 'packId', 'start', 'levelSince', 'followUps', 'tier', 'nextDue', 'nextObligation', 'status', 'openedAt', 'schemaVersion']);

export class PersonalDataError extends Error {
  constructor(readonly field: string) {
    super(`Refused to store "${field}": it is not a field the caseload may hold, or it looks like a personal identifier.`);
    this.name = 'PersonalDataError';
  }
}

/** Throws a PersonalDataError for a field outside the allowed set or a value that looks like a national id. */
export function assertNoPersonalData(entry: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(entry)) {
    if (!ALLOWED_KEYS.has(field)) throw new PersonalDataError(field);
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (typeof item === 'string' && field !== 'key' && NATIONAL_ID.test(item.replace(/^\d{4}-\d{2}-\d{2}$/, ''))) throw new PersonalDataError(field);
    }
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
