import { NATIONAL_ID, PersonalDataError } from './personal-data-guard.js';

/** What the local caseload keeps of a case the caseworker opened: dates and ids only. */
export type CaseloadEntry = {
  /** Pseudonymous key (see pseudonymousKey); never a name, case number or national id. */
  key: string;
  packId: string;
  service: string;
  start?: string;
  levelSince?: string;
  followUps?: string[];
  tier?: string;
  nextObligation?: string;
  nextDue?: string;
  status?: string;
  /** When the caseworker last opened the case (ISO timestamp, UTC); drives retention. */
  openedAt: string;
  /** The shape of an entry (as journal pages send it and exports hold it), not the database's layout. */
  schemaVersion: 2;
};

export type CaseloadField = keyof CaseloadEntry;

/** Why an entry was refused: the field (as stored, so a message can name it in words) and what is wrong with it. */
export type EntryProblem = { field: string; reason: 'not-an-object' | 'missing' | 'invalid' | 'not-allowed' | 'personal-data' };

export type EntryCheck = { ok: true; entry: CaseloadEntry } | { ok: false; problem: EntryProblem };

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// UTC only: the caseload is grouped by the day in `openedAt`, so every timestamp must name the same clock.
const ISO_UTC_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;
// Six digits in a row: every national id has them, so most text skips the slower full pattern.
const SIX_DIGITS = /\d{6}/;
const looksLikeNationalId = (text: string) => SIX_DIGITS.test(text) && NATIONAL_ID.test(text);
// Keys are joined with newlines in a day's record (see caseload-db.ts), so they may not hold one.
const KEY = /^[\w:.-]{1,128}$/;
const isText = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 200;

const FIELD_CHECKS: Record<CaseloadField, { required: boolean; valid: (value: unknown) => boolean }> = {
  key: { required: true, valid: (value) => typeof value === 'string' && KEY.test(value) },
  packId: { required: true, valid: isText },
  service: { required: true, valid: isText },
  start: { required: false, valid: (value) => typeof value === 'string' && ISO_DATE.test(value) },
  levelSince: { required: false, valid: (value) => typeof value === 'string' && ISO_DATE.test(value) },
  followUps: { required: false, valid: (value) => Array.isArray(value) && value.length <= 500 && value.every((item) => typeof item === 'string' && ISO_DATE.test(item)) },
  tier: { required: false, valid: isText },
  nextObligation: { required: false, valid: isText },
  nextDue: { required: false, valid: (value) => typeof value === 'string' && ISO_DATE.test(value) },
  status: { required: false, valid: isText },
  openedAt: { required: true, valid: (value) => typeof value === 'string' && ISO_UTC_TIME.test(value) },
  schemaVersion: { required: true, valid: (value) => value === 2 },
};

export const CASELOAD_FIELDS = Object.keys(FIELD_CHECKS) as CaseloadField[];
const REQUIRED_COUNT = CASELOAD_FIELDS.filter((field) => FIELD_CHECKS[field].required).length;
/** Fields of free text: the only ones a national id could hide in once the others have passed their formats. */
const TEXT_FIELDS = new Set<CaseloadField>(['packId', 'service', 'tier', 'nextObligation', 'status']);

/**
 * Checks one entry, whatever its origin (a journal page, an import file, a record read back from
 * the database): every field allowed and well-formed, and nothing that looks like personal data.
 * Answers instead of throwing, so a reader can skip one bad entry and keep the rest. The same rules
 * as assertNoPersonalData, in one pass: dates and keys are already held to their formats, so only
 * free text is searched for a national id (reading 10 000 cases runs this 10 000 times).
 */
export function checkCaseloadEntry(value: unknown): EntryCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: { field: '', reason: 'not-an-object' } };
  const record = value as Record<string, unknown>;
  const problem = fieldsProblem(record);
  if (problem) return { ok: false, problem };
  // Counting instead of looking each own key up: only when a field outside the list may be there
  // (or a known one is present but undefined) are the keys searched.
  const present =
    REQUIRED_COUNT +
    (record.start === undefined ? 0 : 1) +
    (record.levelSince === undefined ? 0 : 1) +
    (record.followUps === undefined ? 0 : 1) +
    (record.tier === undefined ? 0 : 1) +
    (record.nextObligation === undefined ? 0 : 1) +
    (record.nextDue === undefined ? 0 : 1) +
    (record.status === undefined ? 0 : 1);
  if (Object.keys(record).length !== present) {
    const unknown = unknownField(record);
    if (unknown) return { ok: false, problem: unknown };
  }
  return { ok: true, entry: record as CaseloadEntry };
}

/**
 * The order of a stored row (see caseload-db.ts): the required fields first, the optional ones
 * after in the order they are most often present, so trailing absent ones can be left off.
 */
const ROW_LENGTH = 11;

/** An entry as a row: key, packId, service, openedAt, start, followUps, levelSince, tier, nextObligation, nextDue, status; `null` for an absent one, trailing absent ones left off. */
export function entryToRow(entry: CaseloadEntry): unknown[] {
  const row: unknown[] = [entry.key, entry.packId, entry.service, entry.openedAt, entry.start ?? null, entry.followUps ?? null, entry.levelSince ?? null, entry.tier ?? null, entry.nextObligation ?? null, entry.nextDue ?? null, entry.status ?? null];
  let length = ROW_LENGTH;
  while (length > 4 && row[length - 1] === null) length -= 1;
  row.length = length;
  return row;
}

/**
 * A stored row back to an entry, checked like any other (formats, the personal-data guard). A row
 * cannot hold a field outside the list, so the search for one is skipped.
 */
export function entryFromRow(row: unknown): EntryCheck {
  if (!Array.isArray(row) || row.length < 4 || row.length > ROW_LENGTH) return { ok: false, problem: { field: '', reason: 'not-an-object' } };
  // Built in CaseloadEntry's field order, so an export reads the same however the case was stored.
  const record: Record<string, unknown> = { key: row[0], packId: row[1], service: row[2] };
  if (row[4] != null) record.start = row[4];
  if (row[6] != null) record.levelSince = row[6];
  if (row[5] != null) record.followUps = row[5];
  if (row[7] != null) record.tier = row[7];
  if (row[8] != null) record.nextObligation = row[8];
  if (row[9] != null) record.nextDue = row[9];
  if (row[10] != null) record.status = row[10];
  record.openedAt = row[3];
  record.schemaVersion = 2;
  const problem = fieldsProblem(record);
  return problem ? { ok: false, problem } : { ok: true, entry: record as CaseloadEntry };
}

/**
 * The first field that is missing or malformed. Each field is read by name, not in a loop over
 * field names: a property read with a computed name costs several times more, and reading 10 000
 * cases runs this 10 000 times.
 */
function fieldsProblem(record: Record<string, unknown>): EntryProblem | undefined {
  return (
    fieldProblem(record, 'key', record.key) ??
    fieldProblem(record, 'packId', record.packId) ??
    fieldProblem(record, 'service', record.service) ??
    fieldProblem(record, 'start', record.start) ??
    fieldProblem(record, 'levelSince', record.levelSince) ??
    fieldProblem(record, 'followUps', record.followUps) ??
    fieldProblem(record, 'tier', record.tier) ??
    fieldProblem(record, 'nextObligation', record.nextObligation) ??
    fieldProblem(record, 'nextDue', record.nextDue) ??
    fieldProblem(record, 'status', record.status) ??
    fieldProblem(record, 'openedAt', record.openedAt) ??
    fieldProblem(record, 'schemaVersion', record.schemaVersion)
  );
}

function fieldProblem(record: Record<string, unknown>, field: CaseloadField, item: unknown): EntryProblem | undefined {
  const check = FIELD_CHECKS[field];
  if (item === undefined) return check.required ? (unknownField(record) ?? { field, reason: 'missing' }) : undefined;
  if (!check.valid(item)) {
    // A field that fails its format because it holds a national id is reported as personal data.
    const personal = typeof item === 'string' ? NATIONAL_ID.test(item) : Array.isArray(item) && item.some((entry) => typeof entry === 'string' && NATIONAL_ID.test(entry));
    return unknownField(record) ?? { field, reason: personal && field !== 'key' ? 'personal-data' : 'invalid' };
  }
  if (TEXT_FIELDS.has(field) && looksLikeNationalId(item as string)) return { field, reason: 'personal-data' };
  return undefined;
}

/** The first field a caseload entry may not have (a name, a case number…), if any. */
function unknownField(record: Record<string, unknown>): EntryProblem | undefined {
  const field = Object.keys(record).find((name) => !Object.hasOwn(FIELD_CHECKS, name));
  return field === undefined ? undefined : { field, reason: 'not-allowed' };
}

/** Thrown when an entry to be written is not one the caseload may hold; nothing of its batch is written. */
export class InvalidCaseloadEntryError extends Error {
  constructor(readonly problem: EntryProblem) {
    super(`Refused to store a caseload entry: field "${problem.field}" is ${problem.reason}.`);
    this.name = 'InvalidCaseloadEntryError';
  }
}

/** Throws PersonalDataError (personal data) or InvalidCaseloadEntryError (anything else wrong). */
export function assertCaseloadEntry(value: unknown): asserts value is CaseloadEntry {
  const check = checkCaseloadEntry(value);
  if (check.ok) return;
  if (check.problem.reason === 'personal-data' || check.problem.reason === 'not-allowed') throw new PersonalDataError(check.problem.field);
  throw new InvalidCaseloadEntryError(check.problem);
}
