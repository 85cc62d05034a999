import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { assertNoPersonalData } from './personal-data-guard.js';

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
  /** When the caseworker last opened the case (ISO timestamp); drives retention. */
  openedAt: string;
  schemaVersion: 2;
};

interface CaseloadSchema extends DBSchema {
  cases: { key: string; value: CaseloadEntry; indexes: { openedAt: string } };
}

export const DB_NAME = 'saksvakt-caseload';
export const DB_VERSION = 2;

/**
 * Opens the caseload database. Upgrades keep data: version 1 stored `lastFollowUp` as one date;
 * version 2 holds `followUps` as a list and indexes `openedAt` for retention.
 */
export function openCaseload(name = DB_NAME): Promise<IDBPDatabase<CaseloadSchema>> {
  return openDB<CaseloadSchema>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) db.createObjectStore('cases', { keyPath: 'key' });
      const store = transaction.objectStore('cases');
      if (oldVersion < 2) {
        if (!store.indexNames.contains('openedAt')) store.createIndex('openedAt', 'openedAt');
        let cursor = await store.openCursor();
        while (cursor) {
          const old = cursor.value as CaseloadEntry & { lastFollowUp?: string; savedAt?: string };
          const { lastFollowUp, savedAt, ...rest } = old;
          await cursor.update({ ...rest, followUps: old.followUps ?? (lastFollowUp ? [lastFollowUp] : []), openedAt: old.openedAt ?? savedAt ?? new Date(0).toISOString(), schemaVersion: 2 });
          cursor = await cursor.continue();
        }
      }
    },
  });
}

export async function rememberCase(db: IDBPDatabase<CaseloadSchema>, entry: CaseloadEntry): Promise<void> {
  await rememberCases(db, [entry]);
}

/**
 * Stores many cases in one transaction. Every entry passes the personal-data guard before anything
 * is written, so a refused entry leaves the caseload as it was. The puts are queued without
 * awaiting each one: a transaction per case (or an await per put) cost ~0.5 ms a case.
 */
export async function rememberCases(db: IDBPDatabase<CaseloadSchema>, entries: readonly CaseloadEntry[]): Promise<void> {
  for (const entry of entries) assertNoPersonalData(entry);
  if (entries.length === 0) return;
  // Relaxed durability: the caseload is a convenience copy rebuilt as cases are opened, so a write
  // lost in a power cut costs nothing, while waiting for a disk flush per batch costs every write.
  const transaction = db.transaction('cases', 'readwrite', { durability: 'relaxed' });
  const store = transaction.store;
  // Errors surface through transaction.done; the individual put promises are not awaited.
  for (const entry of entries) store.put(entry).catch(() => undefined);
  await transaction.done;
}

export async function listCases(db: IDBPDatabase<CaseloadSchema>): Promise<CaseloadEntry[]> {
  return db.getAll('cases');
}

/**
 * Deletes cases not opened within the retention period; returns how many went. The `openedAt`
 * index finds the expired keys in one range read; the deletes are queued in the same transaction
 * without a cursor round trip per case.
 */
export async function purgeExpired(db: IDBPDatabase<CaseloadSchema>, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const transaction = db.transaction('cases', 'readwrite', { durability: 'relaxed' });
  const store = transaction.store;
  const expired = await store.index('openedAt').getAllKeys(IDBKeyRange.upperBound(cutoff, true));
  for (const key of expired) store.delete(key).catch(() => undefined);
  await transaction.done;
  return expired.length;
}

export async function clearCaseload(db: IDBPDatabase<CaseloadSchema>): Promise<void> {
  await db.clear('cases');
}

/** The caseload as JSON the caseworker can save: pseudonymous keys, dates and ids only. */
export async function exportCaseload(db: IDBPDatabase<CaseloadSchema>): Promise<string> {
  return JSON.stringify({ exportedAt: new Date().toISOString(), cases: await listCases(db) }, null, 2);
}
