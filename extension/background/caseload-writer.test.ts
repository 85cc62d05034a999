import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaseloadError, DB_NAME, listCases, openCaseload, rememberCases, type CaseloadEntry } from '../storage/caseload-db.js';
import { CASELOAD_PROBLEM_KEY, readCaseloadProblem } from '../storage/caseload-problem.js';
import { PersonalDataError } from '../storage/personal-data-guard.js';
import { createCaseloadFlush, createCaseloadWriter } from './caseload-writer.js';

const entry = (key: string): CaseloadEntry => ({ key, packId: 'dk-vejle-voksen', service: 'sel85', start: '2025-01-15', openedAt: '2025-11-22T10:00:00.000Z', schemaVersion: 2 });

describe('caseload writer', () => {
  it('writes cases sent in the same moment as one batch', async () => {
    const batches: string[][] = [];
    const remember = createCaseloadWriter(async (entries) => void batches.push(entries.map((item) => item.key)));
    await Promise.all([remember(entry('a')), remember(entry('b')), remember(entry('c'))]);
    await remember(entry('d'));
    expect(batches).toEqual([['a', 'b', 'c'], ['d']]);
  });

  describe('edge cases', () => {
    it('refuses an entry with personal data alone; the others of its moment are written', async () => {
      const batches: string[][] = [];
      const remember = createCaseloadWriter(async (entries) => void batches.push(entries.map((item) => item.key)));
      const refused = remember({ ...entry('x'), name: 'Testborger, Jens' } as CaseloadEntry);
      await Promise.all([remember(entry('a')), expect(refused).rejects.toThrow(PersonalDataError)]);
      expect(batches).toEqual([['a']]);
    });

    it('a failed write is reported to every caller of that batch, and the next batch starts afresh', async () => {
      let fail = true;
      const remember = createCaseloadWriter(async () => {
        if (fail) throw new Error('disk full');
      });
      const results = await Promise.allSettled([remember(entry('a')), remember(entry('b'))]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
      fail = false;
      await expect(remember(entry('c'))).resolves.toBeUndefined();
    });
  });
});

describe('caseload flush (the background\'s write of a batch)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = () => resolve();
    });
  });
  const problems = () => fakeBrowser.storage.local as never;
  const dated = (key: string, openedAt: string): CaseloadEntry => ({ ...entry(key), openedAt });

  it('stores the batch and prunes what the retention says has expired', async () => {
    vi.useFakeTimers({ now: new Date('2025-11-22T12:00:00.000Z'), toFake: ['Date'] });
    try {
      const db = await openCaseload();
      await rememberCases(db, [dated('expired', '2025-01-01T00:00:00.000Z')]);
      db.close();
      await createCaseloadFlush({ retentionDays: async () => 180, problems: problems() })([dated('fresh', '2025-11-22T11:00:00.000Z')]);
      const check = await openCaseload();
      expect((await listCases(check)).map((item) => item.key)).toEqual(['fresh']);
      check.close();
    } finally {
      vi.useRealTimers();
    }
  });

  describe('edge cases', () => {
    it('no IndexedDB: the batch is refused as unavailable and recorded for the options page; the next write that works clears it', async () => {
      const unavailable = () => Promise.reject(new CaseloadError('unavailable'));
      const flush = createCaseloadFlush({ retentionDays: async () => 180, problems: problems(), open: unavailable });
      await expect(flush([entry('a'), entry('b')])).rejects.toMatchObject({ kind: 'unavailable' });
      await expect(flush([entry('c')])).rejects.toMatchObject({ kind: 'unavailable' });
      expect(await readCaseloadProblem(problems())).toEqual({ kind: 'unavailable', cases: 3, since: expect.any(String) });
      await createCaseloadFlush({ retentionDays: async () => 180, problems: problems() })([entry('d')]);
      expect(await fakeBrowser.storage.local.get(CASELOAD_PROBLEM_KEY)).toEqual({});
    });

    it('quota: the error kind is what the options page is told', async () => {
      const db = await openCaseload();
      const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      try {
        await expect(createCaseloadFlush({ retentionDays: async () => 180, problems: problems(), open: async () => db })([entry('a')])).rejects.toMatchObject({ kind: 'quota' });
      } finally {
        spy.mockRestore();
      }
      expect(await readCaseloadProblem(problems())).toMatchObject({ kind: 'quota', cases: 1 });
    });
  });
});
