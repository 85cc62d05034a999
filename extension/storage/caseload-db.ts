import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { assertCaseloadEntry, checkCaseloadEntry, entryFromRow, entryToRow, type CaseloadEntry, type EntryProblem } from './caseload-entry.js';
import { findJsonSyntaxError } from '../../shared/json/find-json-syntax-error/index.js';

export type { CaseloadEntry } from './caseload-entry.js';

/**
 * One record per day on which cases were last opened (UTC day of `openedAt`), not one per case:
 * writing, reading and pruning cost a few records instead of thousands (figures in
 * docs/decisions.md). `cases` is the day's entries as JSON text, because a string is copied whole
 * when the browser structured-clones a record, where an array of objects is walked field by field;
 * each entry is a row of values (entryToRow), a third shorter than an object with its field names.
 */
export type DayRecord = { day: string; cases: string };
/**
 * The same day's case keys (newline-separated), in a store of their own, so a writer finds where a
 * re-opened case was by reading keys only, not every day's cases.
 */
export type DayKeysRecord = { day: string; keys: string };

interface CaseloadSchema extends DBSchema {
  days: { key: string; value: DayRecord };
  keys: { key: string; value: DayKeysRecord };
}

export type CaseloadDb = IDBPDatabase<CaseloadSchema>;

export const DB_NAME = 'saksvakt-caseload';
export const DB_VERSION = 3;
/** Records that could not be read during an upgrade are kept under this prefix (sorted after every day, so never pruned by day). */
const UNREADABLE_PREFIX = 'unreadable:';
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** A stored record or entry that was skipped when reading, and why; it is kept as it was. */
export type SkippedRecord = { record: string; problem: EntryProblem | { field: ''; reason: 'unreadable-record' } };

export type CaseloadErrorKind = 'unavailable' | 'quota' | 'failed';

/**
 * A caseload operation that failed, by kind, so every page can say what happened in the reader's
 * language: `unavailable` (no IndexedDB: a private window, storage turned off, a newer database),
 * `quota` (the browser's storage for the extension is full: the batch was not written, nothing
 * earlier was lost), `failed` (anything else; the transaction was rolled back).
 */
export class CaseloadError extends Error {
  constructor(
    readonly kind: CaseloadErrorKind,
    options?: { cause?: unknown },
  ) {
    super(`Local caseload ${kind}${options?.cause ? `: ${String(options.cause)}` : ''}`, options);
    this.name = 'CaseloadError';
  }
}

function asCaseloadError(error: unknown, whileOpening = false): unknown {
  if (error instanceof CaseloadError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new CaseloadError('quota', { cause: error });
  if (whileOpening) return new CaseloadError('unavailable', { cause: error });
  if (error instanceof DOMException) return new CaseloadError('failed', { cause: error });
  return error;
}

export type OpenOptions = {
  /**
   * Called when another tab holds the database open at an older version while this one upgrades
   * it; the open waits until that tab lets go (ours close themselves, see `blocking`).
   */
  onBlocked?: () => void;
};

/**
 * Opens the caseload database. Throws CaseloadError `unavailable` when the browser has no
 * IndexedDB for us (private windows in some browsers, storage disabled, `indexedDB` undefined).
 * Our own connections close when a newer version asks for the database, so an upgrade in one tab
 * is never held up by another of ours.
 */
export async function openCaseload(name = DB_NAME, options: OpenOptions = {}): Promise<CaseloadDb> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new CaseloadError('unavailable');
  try {
    return await openDB<CaseloadSchema>(name, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, transaction) => upgradeCaseload(db as never, oldVersion, transaction as never),
      blocked: () => options.onBlocked?.(),
      blocking: (_current, _next, event) => (event.target as IDBDatabase).close(),
    });
  } catch (error) {
    throw asCaseloadError(error, true);
  }
}

type UpgradeDb = IDBPDatabase<CaseloadSchema & { cases: { key: string; value: Record<string, unknown> } }>;

/**
 * Version 1 kept one record per case with `lastFollowUp` and `savedAt`; version 2 one record per
 * case with `followUps` and `openedAt` (indexed). Version 3 groups them by day. Every case is
 * carried over; a record that is not a valid case is kept under `unreadable:` and reported when read.
 */
async function upgradeCaseload(db: UpgradeDb, oldVersion: number, transaction: IDBPTransaction<CaseloadSchema & { cases: { key: string; value: Record<string, unknown> } }, ('days' | 'keys' | 'cases')[], 'versionchange'>): Promise<void> {
  if (oldVersion >= 3) return;
  db.createObjectStore('days', { keyPath: 'day' });
  db.createObjectStore('keys', { keyPath: 'day' });
  if (oldVersion < 1 || !db.objectStoreNames.contains('cases')) return;
  const records = await transaction.objectStore('cases').getAll();
  const days = transaction.objectStore('days');
  const byDay = new Map<string, CaseloadEntry[]>();
  records.forEach((record, index) => {
    const { lastFollowUp, savedAt, ...rest } = record as Record<string, unknown> & { lastFollowUp?: string; savedAt?: string };
    const followUps = rest.followUps ?? (typeof lastFollowUp === 'string' ? [lastFollowUp] : []);
    const upgraded = { ...rest, followUps, openedAt: rest.openedAt ?? savedAt ?? new Date(0).toISOString(), schemaVersion: 2 };
    const check = checkCaseloadEntry(upgraded);
    if (check.ok) {
      const day = check.entry.openedAt.slice(0, 10);
      (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(check.entry);
    } else {
      // Not a case we can read: kept as it was, under a key no day range reaches.
      void days.put({ day: `${UNREADABLE_PREFIX}v${oldVersion}:${index}`, original: record } as unknown as DayRecord);
    }
  });
  const keys = transaction.objectStore('keys');
  for (const [day, entries] of byDay) {
    const [record, keyList] = encodeDay(day, entries, []);
    void days.put(record);
    void keys.put(keyList);
  }
  db.deleteObjectStore('cases');
}

function isDayRecord(value: unknown): value is DayRecord {
  const record = value as DayRecord | null;
  return typeof record === 'object' && record !== null && typeof record.day === 'string' && DAY_KEY.test(record.day) && typeof record.cases === 'string';
}

function isKeysRecord(value: unknown): value is DayKeysRecord {
  const record = value as DayKeysRecord | null;
  return typeof record === 'object' && record !== null && typeof record.day === 'string' && typeof record.keys === 'string';
}

function encodeDay(day: string, entries: Iterable<CaseloadEntry>, unreadable: readonly unknown[]): [DayRecord, DayKeysRecord] {
  const list = [...entries];
  const rows = list.map(entryToRow);
  return [
    { day, cases: JSON.stringify(unreadable.length ? [...rows, ...unreadable] : rows) },
    { day, keys: list.map((entry) => entry.key).join('\n') },
  ];
}

type DecodedDay = { entries: CaseloadEntry[]; unreadable: unknown[]; skipped: SkippedRecord[] } | undefined;

/** A day's cases; entries that are not valid cases (or not of this day) are set apart, never returned as cases. `undefined` when the record itself cannot be read. */
function decodeDay(record: DayRecord): DecodedDay {
  let list: unknown;
  try {
    list = JSON.parse(record.cases);
  } catch {
    return undefined;
  }
  if (!Array.isArray(list)) return undefined;
  const entries: CaseloadEntry[] = [];
  const unreadable: unknown[] = [];
  const skipped: SkippedRecord[] = [];
  for (const item of list) {
    const check = entryFromRow(item);
    if (check.ok && check.entry.openedAt.startsWith(record.day)) entries.push(check.entry);
    else {
      unreadable.push(item);
      skipped.push({ record: record.day, problem: check.ok ? { field: 'openedAt', reason: 'invalid' } : check.problem });
    }
  }
  return { entries, unreadable, skipped };
}

/** Where a writer may abort: the requests' own promises are not awaited, their failure arrives through `done`. */
const ignore = () => undefined;

type WriteCount = { added: number; replaced: number; kept: number };

/**
 * Writes entries in one transaction: reads every day's key list, moves each case that is written
 * again out of its earlier day (so a re-opened case is never held twice), and rewrites only the
 * days that changed. `replaces(stored, incoming)` decides whether an entry already stored gives way.
 * Two writers (the background, an options page importing) each read and write inside their own
 * `readwrite` transaction, which IndexedDB runs one after the other, so neither loses the other's cases.
 */
async function writeEntries(db: CaseloadDb, entries: readonly CaseloadEntry[], replaces: (stored: CaseloadEntry, incoming: CaseloadEntry) => boolean): Promise<WriteCount> {
  const count: WriteCount = { added: 0, replaced: 0, kept: 0 };
  if (entries.length === 0) return count;
  let transaction: IDBPTransaction<CaseloadSchema, ('days' | 'keys')[], 'readwrite'> | undefined;
  try {
    // Relaxed durability: the caseload is a convenience copy rebuilt as cases are opened, so a write
    // lost in a power cut costs nothing, while waiting for a disk flush per batch costs every write.
    transaction = db.transaction(['days', 'keys'], 'readwrite', { durability: 'relaxed' });
    const days = transaction.objectStore('days');
    const keys = transaction.objectStore('keys');
    const dayOf = new Map<string, string>();
    for (const record of await keys.getAll()) {
      if (!isKeysRecord(record)) continue;
      for (const key of record.keys.split('\n')) if (key) dayOf.set(key, record.day);
    }
    // The days this batch touches: the days its cases were opened, and the days they were held before.
    const touched = new Set<string>();
    for (const entry of entries) {
      touched.add(entry.openedAt.slice(0, 10));
      const earlier = dayOf.get(entry.key);
      if (earlier !== undefined) touched.add(earlier);
    }
    const changed = new Map<string, { entries: Map<string, CaseloadEntry>; unreadable: unknown[] }>();
    const stored = await Promise.all([...touched].map((day) => days.get(day)));
    [...touched].forEach((day, index) => {
      const record = stored[index];
      const decoded = isDayRecord(record) ? decodeDay(record) : undefined;
      if (record && !decoded) {
        // A day whose record cannot be read is set aside whole (reported when read), not overwritten.
        days.put({ ...(record as object), day: `${UNREADABLE_PREFIX}${day}:${Date.now()}` } as DayRecord).catch(ignore);
      }
      changed.set(day, { entries: new Map((decoded?.entries ?? []).map((entry) => [entry.key, entry])), unreadable: decoded?.unreadable ?? [] });
    });
    for (const entry of entries) {
      const earlierDay = dayOf.get(entry.key);
      const earlier = earlierDay === undefined ? undefined : changed.get(earlierDay)!.entries.get(entry.key);
      if (earlier && !replaces(earlier, entry)) {
        count.kept += 1;
        continue;
      }
      if (earlier) {
        count.replaced += 1;
        changed.get(earlierDay!)!.entries.delete(entry.key);
      } else count.added += 1;
      const day = entry.openedAt.slice(0, 10);
      changed.get(day)!.entries.set(entry.key, entry);
      dayOf.set(entry.key, day);
    }
    for (const [day, { entries: cases, unreadable }] of changed) {
      if (cases.size === 0 && unreadable.length === 0) {
        days.delete(day).catch(ignore);
        keys.delete(day).catch(ignore);
      } else {
        const [record, keyList] = encodeDay(day, cases.values(), unreadable);
        days.put(record).catch(ignore);
        keys.put(keyList).catch(ignore);
      }
    }
    await transaction.done;
    return count;
  } catch (error) {
    throw abortWith(transaction, error);
  }
}

/**
 * Rolls a failed write back whole: a request that threw before the transaction ended must not let
 * the requests queued before it commit (half a batch). Names the transaction's own error when it
 * has one: a quota abort makes later requests fail as "inactive", which would hide the cause.
 */
function abortWith(transaction: { abort(): void; error: DOMException | null; done: Promise<void> } | undefined, error: unknown): unknown {
  if (!transaction) return asCaseloadError(error);
  transaction.done.catch(ignore);
  try {
    transaction.abort();
  } catch {
    // Already finished or aborted.
  }
  return asCaseloadError(transaction.error ?? error);
}

export async function rememberCase(db: CaseloadDb, entry: CaseloadEntry): Promise<void> {
  await rememberCases(db, [entry]);
}

/**
 * Stores many cases in one transaction; a case already stored is replaced (the later in a batch
 * wins). Every entry is checked (the personal-data guard, well-formed fields) before anything is
 * written, so a refused entry leaves the caseload as it was; a failed transaction (a full disk:
 * CaseloadError `quota`) writes nothing of the batch and keeps everything stored before.
 */
export async function rememberCases(db: CaseloadDb, entries: readonly CaseloadEntry[]): Promise<void> {
  for (const entry of entries) assertCaseloadEntry(entry);
  await writeEntries(db, entries, () => true);
}

export type CaseloadRead = { cases: CaseloadEntry[]; skipped: SkippedRecord[] };

/** Every stored case; records and entries that are not valid cases are skipped and listed, never thrown or shown as cases. */
export async function readCaseload(db: CaseloadDb): Promise<CaseloadRead> {
  let records: unknown[];
  try {
    records = await db.getAll('days');
  } catch (error) {
    throw asCaseloadError(error);
  }
  const cases: CaseloadEntry[] = [];
  const skipped: SkippedRecord[] = [];
  for (const record of records) {
    const decoded = isDayRecord(record) ? decodeDay(record) : undefined;
    if (!decoded) {
      skipped.push({ record: String((record as { day?: unknown } | null)?.day ?? ''), problem: { field: '', reason: 'unreadable-record' } });
      continue;
    }
    for (const entry of decoded.entries) cases.push(entry);
    for (const skip of decoded.skipped) skipped.push(skip);
  }
  return { cases, skipped };
}

export async function listCases(db: CaseloadDb): Promise<CaseloadEntry[]> {
  return (await readCaseload(db)).cases;
}

/**
 * Deletes cases not opened within the retention period (opened before now − retention; one opened
 * exactly at that instant stays); returns how many went. Whole days before the cutoff's day go in
 * one key-range delete; only the cutoff's own day is read and rewritten case by case.
 */
export async function purgeExpired(db: CaseloadDb, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const cutoffDay = cutoff.slice(0, 10);
  let transaction: IDBPTransaction<CaseloadSchema, ('days' | 'keys')[], 'readwrite'> | undefined;
  try {
    transaction = db.transaction(['days', 'keys'], 'readwrite', { durability: 'relaxed' });
    const days = transaction.objectStore('days');
    const keys = transaction.objectStore('keys');
    const before = IDBKeyRange.upperBound(cutoffDay, true);
    let removed = 0;
    for (const record of await keys.getAll(before)) {
      if (isKeysRecord(record)) removed += record.keys.split('\n').filter(Boolean).length;
    }
    days.delete(before).catch(ignore);
    keys.delete(before).catch(ignore);
    const boundary = await days.get(cutoffDay);
    const decoded = isDayRecord(boundary) ? decodeDay(boundary) : undefined;
    if (decoded) {
      const kept = decoded.entries.filter((entry) => entry.openedAt >= cutoff);
      if (kept.length < decoded.entries.length) {
        removed += decoded.entries.length - kept.length;
        if (kept.length === 0 && decoded.unreadable.length === 0) {
          days.delete(cutoffDay).catch(ignore);
          keys.delete(cutoffDay).catch(ignore);
        } else {
          const [record, keyList] = encodeDay(cutoffDay, kept, decoded.unreadable);
          days.put(record).catch(ignore);
          keys.put(keyList).catch(ignore);
        }
      }
    }
    await transaction.done;
    return removed;
  } catch (error) {
    throw abortWith(transaction, error);
  }
}

/** Deletes every case, and every record that could not be read. */
export async function clearCaseload(db: CaseloadDb): Promise<void> {
  try {
    const transaction = db.transaction(['days', 'keys'], 'readwrite');
    transaction.objectStore('days').clear().catch(ignore);
    transaction.objectStore('keys').clear().catch(ignore);
    await transaction.done;
  } catch (error) {
    throw asCaseloadError(error);
  }
}

/** Orders an export the same way whatever the days' layout: by when each case was opened, then key. */
const byOpened = (a: CaseloadEntry, b: CaseloadEntry) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The caseload as JSON the caseworker can save: pseudonymous keys, dates and ids only. */
export async function exportCaseload(db: CaseloadDb, now = new Date()): Promise<string> {
  const { cases } = await readCaseload(db);
  return JSON.stringify({ exportedAt: now.toISOString(), cases: cases.sort(byOpened) }, null, 2);
}

export type ImportRefusal = { index: number; problem: EntryProblem };

export type ImportResult =
  | { ok: true; added: number; replaced: number; kept: number; refused: ImportRefusal[] }
  | { ok: false; reason: 'not-json'; line: number; column: number }
  | { ok: false; reason: 'not-an-export' };

/**
 * Reads an export back in. Each case is checked on its own (well-formed, the personal-data guard):
 * refused ones are listed by position and skipped, the rest merged by key in one transaction. Where
 * a case is already stored, the one opened later is kept (a tie: the file's), so importing an
 * older export never rolls a case back. Nothing is written when the file is not an export.
 */
export async function importCaseload(db: CaseloadDb, text: string): Promise<ImportResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const where = findJsonSyntaxError(text) ?? { line: 1, column: 1 };
    return { ok: false, reason: 'not-json', ...where };
  }
  const cases = (value as { cases?: unknown } | null)?.cases;
  if (typeof value !== 'object' || value === null || !Array.isArray(cases)) return { ok: false, reason: 'not-an-export' };
  const accepted: CaseloadEntry[] = [];
  const refused: ImportRefusal[] = [];
  cases.forEach((item, index) => {
    const check = checkCaseloadEntry(item);
    if (check.ok) accepted.push(check.entry);
    else refused.push({ index, problem: check.problem });
  });
  const count = await writeEntries(db, accepted, (stored, incoming) => incoming.openedAt >= stored.openedAt);
  return { ok: true, ...count, refused };
}
