import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CaseloadError,
  clearCaseload,
  DB_NAME,
  exportCaseload,
  importCaseload,
  listCases,
  openCaseload,
  purgeExpired,
  readCaseload,
  rememberCases,
  type CaseloadEntry,
} from './caseload-db.js';

const entry = (key: string, openedAt: string, overrides: Partial<CaseloadEntry> = {}): CaseloadEntry => ({
  key,
  packId: 'dk-vejle-voksen',
  service: 'sel85',
  start: '2025-01-15',
  followUps: ['2025-04-22'],
  openedAt,
  schemaVersion: 2,
  ...overrides,
});

/** Opens the database with the browser's API directly, as another tab or an older version would. */
function rawOpen(version?: number, upgrade?: (db: IDBDatabase) => void, onBlocked?: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(DB_NAME) : indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onblocked = () => onBlocked?.();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawPut(db: IDBDatabase, store: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, 'readwrite');
    transaction.objectStore(store).put(value);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}

function rawGetAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const deleteDatabase = () =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });

beforeEach(deleteDatabase);

describe('layout: cases grouped by the day they were last opened', () => {
  it('a re-opened case moves to its new day and is held once', async () => {
    const db = await openCaseload();
    await rememberCases(db, [entry('a', '2025-03-01T08:00:00.000Z'), entry('b', '2025-03-01T09:00:00.000Z')]);
    await rememberCases(db, [entry('a', '2025-05-10T08:00:00.000Z', { followUps: ['2025-04-22', '2025-05-10'] })]);
    expect((await listCases(db)).map((item) => [item.key, item.openedAt])).toEqual([
      ['b', '2025-03-01T09:00:00.000Z'],
      ['a', '2025-05-10T08:00:00.000Z'],
    ]);
    const days = (await db.getAll('days')).map((record) => [record.day, JSON.parse(record.cases).map((row: unknown[]) => row[0])]);
    expect(days).toEqual([
      ['2025-03-01', ['b']],
      ['2025-05-10', ['a']],
    ]);
    // The day a case left is deleted when it empties.
    await rememberCases(db, [entry('b', '2025-05-11T08:00:00.000Z')]);
    expect((await db.getAllKeys('days')).sort()).toEqual(['2025-05-10', '2025-05-11']);
    expect((await db.getAllKeys('keys')).sort()).toEqual(['2025-05-10', '2025-05-11']);
    db.close();
  });

  it('two writers at once (two connections, like the background and an options page) lose nothing and duplicate nothing', async () => {
    const first = await openCaseload();
    const second = await openCaseload();
    const one = Array.from({ length: 40 }, (_, index) => entry(`one${index}`, `2025-03-0${(index % 5) + 1}T08:00:00.000Z`));
    const two = Array.from({ length: 40 }, (_, index) => entry(`two${index}`, `2025-03-0${(index % 5) + 1}T09:00:00.000Z`));
    // Both also re-open the same case on different days: whichever commits last holds it, once.
    await Promise.all([
      rememberCases(first, [...one, entry('shared', '2025-03-02T10:00:00.000Z')]),
      rememberCases(second, [...two, entry('shared', '2025-03-04T10:00:00.000Z')]),
    ]);
    const keys = (await listCases(first)).map((item) => item.key);
    expect(keys).toHaveLength(81);
    expect(new Set(keys).size).toBe(81);
    first.close();
    second.close();
  });

  it('an upgrade from version 2 keeps every case, and keeps a record it cannot read as unreadable', async () => {
    const v2 = await rawOpen(2, (db) => db.createObjectStore('cases', { keyPath: 'key' }).createIndex('openedAt', 'openedAt'));
    const cases = [entry('x1', '2025-06-01T10:00:00.000Z', { tier: 'trin-3', nextDue: '2025-09-01', status: 'due-soon' }), entry('x2', '2025-06-01T12:00:00.000Z'), entry('x3', '2025-07-15T00:00:00.000Z', { levelSince: '2025-02-01' })];
    for (const item of cases) await rawPut(v2, 'cases', item);
    await rawPut(v2, 'cases', { key: 'broken', packId: 'dk-vejle-voksen', service: 'sel85', openedAt: 'yesterday', schemaVersion: 2 });
    v2.close();
    const db = await openCaseload();
    const { cases: read, skipped } = await readCaseload(db);
    expect(read).toEqual(cases);
    expect(skipped).toEqual([{ record: 'unreadable:v2:0', problem: { field: '', reason: 'unreadable-record' } }]);
    expect([...db.objectStoreNames].sort()).toEqual(['days', 'keys']);
    db.close();
  });
});

describe('storage faults', () => {
  afterEach(() => vi.restoreAllMocks());

  it('blocked: an older connection in another tab makes the upgrade wait and say so; it goes on once that tab lets go', async () => {
    const other = await rawOpen(2, (db) => db.createObjectStore('cases', { keyPath: 'key' }));
    await rawPut(other, 'cases', entry('kept', '2025-06-01T10:00:00.000Z'));
    // This connection ignores `versionchange`, as a tab of an older version might.
    const onBlocked = vi.fn();
    const opening = openCaseload(DB_NAME, { onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledOnce());
    other.close();
    const db = await opening;
    expect((await listCases(db)).map((item) => item.key)).toEqual(['kept']);
    db.close();
  });

  it('versionchange: our open connection closes itself when a newer version opens the database, so it is never the one blocking', async () => {
    const ours = await openCaseload();
    await rememberCases(ours, [entry('a', '2025-06-01T10:00:00.000Z')]);
    const blocked = vi.fn();
    const newer = await rawOpen(4, undefined, blocked);
    expect(blocked).not.toHaveBeenCalled();
    expect(await rawGetAll(newer, 'keys')).toHaveLength(1);
    newer.close();
  });

  // Two ways a browser refuses a write for quota: the request throws, or (Chromium) the transaction
  // aborts with QuotaExceededError once its records are written out.
  it.each([
    ['the put throws', (store: IDBObjectStore) => {
      void store;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }],
    ['the transaction aborts', (store: IDBObjectStore) => (store.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError')],
  ])('quota exceeded (%s): the batch is not half-written, the error says quota, and every case stored before is kept', async (_, refuse) => {
    const db = await openCaseload();
    const earlier = [entry('old1', '2025-06-01T10:00:00.000Z'), entry('old2', '2025-06-02T10:00:00.000Z')];
    await rememberCases(db, earlier);
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      puts += 1;
      // The batch below rewrites three days (six records); the third record is refused.
      if (puts === 3) refuse(this);
      return put.apply(this, args);
    });
    const batch = [entry('old1', '2025-06-03T10:00:00.000Z'), entry('new1', '2025-06-02T11:00:00.000Z'), entry('new2', '2025-06-04T10:00:00.000Z')];
    const failure = await rememberCases(db, batch).catch((error: unknown) => error);
    expect(puts).toBeGreaterThanOrEqual(3);
    expect(failure).toBeInstanceOf(CaseloadError);
    expect((failure as CaseloadError).kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await listCases(db)).toEqual(earlier);
    db.close();
  });

  it('a corrupt or foreign record is skipped and reported, not thrown; the other cases are still read and none is shown as a case', async () => {
    const db = await openCaseload();
    await rememberCases(db, [entry('good1', '2025-06-01T10:00:00.000Z'), entry('good2', '2025-06-02T10:00:00.000Z')]);
    const raw = await rawOpen();
    await rawPut(raw, 'days', { day: '2025-06-03', cases: '[{"key":"half' });
    await rawPut(raw, 'days', { day: 'someone-else', anything: 1 });
    await rawPut(raw, 'days', {
      day: '2025-06-04',
      cases: JSON.stringify([
        ['good3', 'dk-vejle-voksen', 'sel85', '2025-06-04T08:00:00.000Z'],
        ['fnr', 'dk-vejle-voksen', 'sel85', '2025-06-04T09:00:00.000Z', null, null, null, '01018099887'],
        ['wrongday', 'dk-vejle-voksen', 'sel85', '2025-01-01T09:00:00.000Z'],
        'not a case',
        { ...entry('an-object', '2025-06-04T10:00:00.000Z') },
      ]),
    });
    await rawPut(raw, 'keys', { day: '2025-06-04', keys: 'good3' });
    raw.close();
    const { cases, skipped } = await readCaseload(db);
    expect(cases.map((item) => item.key)).toEqual(['good1', 'good2', 'good3']);
    expect(skipped).toEqual([
      { record: '2025-06-03', problem: { field: '', reason: 'unreadable-record' } },
      { record: '2025-06-04', problem: { field: 'tier', reason: 'personal-data' } },
      { record: '2025-06-04', problem: { field: 'openedAt', reason: 'invalid' } },
      { record: '2025-06-04', problem: { field: '', reason: 'not-an-object' } },
      { record: '2025-06-04', problem: { field: '', reason: 'not-an-object' } },
      { record: 'someone-else', problem: { field: '', reason: 'unreadable-record' } },
    ]);
    // Writing to the corrupt day sets its record aside instead of overwriting it: nothing stored is lost.
    await rememberCases(db, [entry('good4', '2025-06-03T12:00:00.000Z'), entry('good5', '2025-06-04T12:00:00.000Z')]);
    const after = await readCaseload(db);
    expect(after.cases.map((item) => item.key)).toEqual(['good1', 'good2', 'good4', 'good3', 'good5']);
    expect(after.skipped).toHaveLength(6);
    expect((await db.getAll('days')).some((record) => record.day.startsWith('unreadable:2025-06-03:') && record.cases === '[{"key":"half')).toBe(true);
    // Export holds cases only, in the order they were opened.
    expect(JSON.parse(await exportCaseload(db)).cases.map((item: CaseloadEntry) => item.key)).toEqual(['good1', 'good2', 'good4', 'good3', 'good5']);
    db.close();
  });

  describe('no IndexedDB (private windows, storage turned off)', () => {
    it('`indexedDB` undefined: opening says the caseload is unavailable', async () => {
      vi.stubGlobal('indexedDB', undefined);
      try {
        await expect(openCaseload()).rejects.toMatchObject({ name: 'CaseloadError', kind: 'unavailable' });
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('an open that throws or fails: unavailable, not an unexplained error', async () => {
      vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      });
      await expect(openCaseload()).rejects.toMatchObject({ name: 'CaseloadError', kind: 'unavailable' });
    });
  });
});

describe('export and import', () => {
  const varied = [
    entry('k1', '2025-06-01T10:00:00.000Z', { tier: 'trin-3', nextObligation: 'opfolgning', nextDue: '2025-09-01', status: 'due-soon' }),
    entry('k2', '2025-06-01T10:00:00.000Z', { service: 'sel104', followUps: [] }),
    entry('k3', '2025-07-15T23:59:59.999Z', { levelSince: '2025-02-01', followUps: ['2025-03-01', '2025-06-01'] }),
    { key: 'k4', packId: 'no-alver-vekstbedrift', service: 'vekstbedrift', openedAt: '2025-08-01T00:00:00Z', schemaVersion: 2 as const },
  ];

  it('export → import round-trips exactly', async () => {
    const db = await openCaseload();
    await rememberCases(db, varied);
    const now = new Date('2025-11-22T12:00:00.000Z');
    const exported = await exportCaseload(db, now);
    await clearCaseload(db);
    expect(await listCases(db)).toEqual([]);
    expect(await importCaseload(db, exported)).toEqual({ ok: true, added: 4, replaced: 0, kept: 0, refused: [] });
    expect(await exportCaseload(db, now)).toBe(exported);
    // Importing the same file again changes nothing.
    expect(await importCaseload(db, exported)).toEqual({ ok: true, added: 0, replaced: 4, kept: 0, refused: [] });
    expect(await exportCaseload(db, now)).toBe(exported);
    db.close();
  });

  it('merges by key: the case opened later wins, whichever side it is on', async () => {
    const db = await openCaseload();
    await rememberCases(db, [entry('newer-here', '2025-09-01T10:00:00.000Z'), entry('older-here', '2025-05-01T10:00:00.000Z'), entry('only-here', '2025-05-01T10:00:00.000Z')]);
    const file = JSON.stringify({ cases: [entry('newer-here', '2025-06-01T10:00:00.000Z'), entry('older-here', '2025-08-01T10:00:00.000Z', { tier: 'trin-2' }), entry('only-there', '2025-04-01T10:00:00.000Z')] });
    expect(await importCaseload(db, file)).toEqual({ ok: true, added: 1, replaced: 1, kept: 1, refused: [] });
    const byKey = Object.fromEntries((await listCases(db)).map((item) => [item.key, item]));
    expect(Object.keys(byKey).sort()).toEqual(['newer-here', 'older-here', 'only-here', 'only-there']);
    expect(byKey['newer-here']!.openedAt).toBe('2025-09-01T10:00:00.000Z');
    expect(byKey['older-here']).toMatchObject({ openedAt: '2025-08-01T10:00:00.000Z', tier: 'trin-2' });
    db.close();
  });

  describe('edge cases', () => {
    it('each record is checked with the personal-data guard: refused ones are listed by position and field, the rest imported', async () => {
      const db = await openCaseload();
      const file = JSON.stringify({
        cases: [
          entry('fine', '2025-06-01T10:00:00.000Z'),
          { ...entry('named', '2025-06-01T10:00:00.000Z'), name: 'Testbrukar, Kari' },
          entry('fnr', '2025-06-01T10:00:00.000Z', { status: '01018099887' }),
          entry('cpr', '2025-06-01T10:00:00.000Z', { followUps: ['010180-9988'] }),
          entry('baddate', '2025-06-01T10:00:00.000Z', { start: '15.01.2025' }),
          { ...entry('nokey', '2025-06-01T10:00:00.000Z'), key: undefined },
          42,
        ],
      });
      expect(await importCaseload(db, file)).toEqual({
        ok: true,
        added: 1,
        replaced: 0,
        kept: 0,
        refused: [
          { index: 1, problem: { field: 'name', reason: 'not-allowed' } },
          { index: 2, problem: { field: 'status', reason: 'personal-data' } },
          { index: 3, problem: { field: 'followUps', reason: 'personal-data' } },
          { index: 4, problem: { field: 'start', reason: 'invalid' } },
          { index: 5, problem: { field: 'key', reason: 'missing' } },
          { index: 6, problem: { field: '', reason: 'not-an-object' } },
        ],
      });
      expect((await listCases(db)).map((item) => item.key)).toEqual(['fine']);
      db.close();
    });

    it('a file that is not JSON or not an export writes nothing and says where it breaks', async () => {
      const db = await openCaseload();
      await rememberCases(db, [entry('kept', '2025-06-01T10:00:00.000Z')]);
      expect(await importCaseload(db, '{\n  "cases": [\n    {"key": }\n]}')).toEqual({ ok: false, reason: 'not-json', line: 3, column: 13 });
      expect(await importCaseload(db, '{"exportedAt": "2025-11-22"}')).toEqual({ ok: false, reason: 'not-an-export' });
      expect(await importCaseload(db, '[1, 2]')).toEqual({ ok: false, reason: 'not-an-export' });
      expect((await listCases(db)).map((item) => item.key)).toEqual(['kept']);
      db.close();
    });
  });
});

describe('retention pruning', () => {
  // 180 days before 2025-11-22T12:00:00.000Z is 2025-05-26T12:00:00.000Z.
  const now = new Date('2025-11-22T12:00:00.000Z');
  const cutoff = '2025-05-26T12:00:00.000Z';

  it('a case older than the retention is gone, a newer one stays; at the boundary the instant itself stays', async () => {
    const db = await openCaseload();
    await rememberCases(db, [
      entry('long-gone', '2025-01-01T00:00:00.000Z'),
      entry('day-before', '2025-05-25T23:59:59.999Z'),
      entry('same-day-earlier', '2025-05-26T11:59:59.999Z'),
      entry('at-cutoff', cutoff),
      entry('same-day-later', '2025-05-26T12:00:00.001Z'),
      entry('next-day', '2025-05-27T00:00:00.000Z'),
      entry('today', '2025-11-22T11:00:00.000Z'),
    ]);
    expect(await purgeExpired(db, 180, now)).toBe(3);
    expect((await listCases(db)).map((item) => item.key)).toEqual(['at-cutoff', 'same-day-later', 'next-day', 'today']);
    // A second pass finds nothing more; a day later the boundary case goes too.
    expect(await purgeExpired(db, 180, now)).toBe(0);
    expect(await purgeExpired(db, 180, new Date(now.getTime() + 1))).toBe(1);
    expect((await listCases(db)).map((item) => item.key)).toEqual(['same-day-later', 'next-day', 'today']);
    db.close();
  });

  describe('edge cases', () => {
    it('a cutoff at midnight prunes whole days only; an emptied boundary day leaves no record behind', async () => {
      const db = await openCaseload();
      await rememberCases(db, [entry('before', '2025-05-25T10:00:00.000Z'), entry('midnight', '2025-05-26T00:00:00.000Z')]);
      expect(await purgeExpired(db, 180, new Date('2025-11-22T00:00:00.000Z'))).toBe(1);
      expect((await listCases(db)).map((item) => item.key)).toEqual(['midnight']);
      expect(await purgeExpired(db, 180, new Date('2025-11-22T00:00:00.001Z'))).toBe(1);
      expect(await db.getAllKeys('days')).toEqual([]);
      expect(await db.getAllKeys('keys')).toEqual([]);
      db.close();
    });

    it('records that could not be read are not pruned by day (they are reported until deleted)', async () => {
      const db = await openCaseload();
      const raw = await rawOpen();
      await rawPut(raw, 'days', { day: 'unreadable:v2:0', original: { key: 'x' } });
      raw.close();
      await purgeExpired(db, 1, now);
      expect((await readCaseload(db)).skipped).toHaveLength(1);
      await clearCaseload(db);
      expect((await readCaseload(db)).skipped).toHaveLength(0);
      db.close();
    });
  });
});
