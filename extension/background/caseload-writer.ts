import { assertCaseloadEntry, type CaseloadEntry } from '../storage/caseload-entry.js';
import { CaseloadError, openCaseload, purgeExpired, rememberCases, type CaseloadDb } from '../storage/caseload-db.js';
import { recordCaseloadProblem, clearCaseloadProblem, type ProblemStorage } from '../storage/caseload-problem.js';

/**
 * Gathers the cases that journal tabs send in the same moment (a dozen tabs restored at once, a
 * caseload import) into one write and one retention pass, instead of opening the database, a
 * transaction and a pruning scan per case. Each caller still learns whether its own case was kept:
 * an entry the personal-data guard refuses is rejected alone, before it can spoil the batch.
 */
export function createCaseloadWriter(flush: (entries: CaseloadEntry[]) => Promise<void>): (entry: CaseloadEntry) => Promise<void> {
  let pending: { entry: CaseloadEntry; done: () => void; failed: (error: unknown) => void }[] = [];
  const write = async () => {
    const batch = pending;
    pending = [];
    try {
      await flush(batch.map((item) => item.entry));
      for (const item of batch) item.done();
    } catch (error) {
      for (const item of batch) item.failed(error);
    }
  };
  return (entry) =>
    new Promise<void>((done, failed) => {
      assertCaseloadEntry(entry);
      // The first entry of a batch schedules the write; the rest of this task's messages join it.
      if (pending.length === 0) setTimeout(write, 0);
      pending.push({ entry, done, failed });
    });
}

export type CaseloadFlushOptions = {
  /** Days a case is kept after it was last opened (the settings in force, read at each flush). */
  retentionDays: () => Promise<number>;
  /** Where a failed write is recorded for the options page (extension local storage). */
  problems: ProblemStorage;
  open?: () => Promise<CaseloadDb>;
};

/**
 * The background's write of a batch: store it, prune what has expired, and keep the outcome where
 * the caseworker will see it. A batch that fails (no IndexedDB, a full disk) is recorded as a
 * problem with how many cases it held, and rejected to its callers; the journal's checks do not
 * depend on it. The next successful write clears the problem.
 */
export function createCaseloadFlush(options: CaseloadFlushOptions): (entries: CaseloadEntry[]) => Promise<void> {
  const open = options.open ?? (() => openCaseload());
  return async (entries) => {
    let db: CaseloadDb | undefined;
    try {
      db = await open();
      await rememberCases(db, entries);
    } catch (error) {
      db?.close();
      const kind = error instanceof CaseloadError ? error.kind : 'failed';
      await recordCaseloadProblem(options.problems, kind, entries.length).catch(() => undefined);
      throw error;
    }
    try {
      await purgeExpired(db, await options.retentionDays());
    } catch (error) {
      // The batch is stored; pruning runs again after the next write.
      console.warn('[Saksvakt] caseload retention could not run:', error);
    } finally {
      db.close();
    }
    await clearCaseloadProblem(options.problems).catch(() => undefined);
  };
}
