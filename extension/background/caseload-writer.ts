import { assertNoPersonalData } from '../storage/personal-data-guard.js';
import type { CaseloadEntry } from '../storage/caseload-db.js';

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
      assertNoPersonalData(entry);
      // The first entry of a batch schedules the write; the rest of this task's messages join it.
      if (pending.length === 0) setTimeout(write, 0);
      pending.push({ entry, done, failed });
    });
}
