import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearCaseload, DB_NAME, exportCaseload, listCases, openCaseload, purgeExpired, rememberCase, rememberCases, type CaseloadEntry } from './caseload-db.js';
import { assertNoPersonalData, PersonalDataError, pseudonymousKey } from './personal-data-guard.js';
import { DEFAULT_SETTINGS, loadSettings, saveLocalSettings } from './settings.js';

const entry = (overrides: Partial<CaseloadEntry> = {}): CaseloadEntry => ({
  key: 'a1b2c3',
  packId: 'dk-vejle-voksen',
  service: 'sel85',
  start: '2025-01-15',
  followUps: ['2025-04-22'],
  tier: 'trin-3',
  openedAt: '2025-11-22T10:00:00.000Z',
  schemaVersion: 2,
  ...overrides,
});

describe('personal data guard', () => {
  it('accepts dates, ids, tiers and the pseudonymous key', () => {
    expect(() => assertNoPersonalData(entry())).not.toThrow();
  });

  it.each([
    ['a fødselsnummer', { tier: '010180 99887' }],
    ['a fødselsnummer without space', { tier: '01018099887' }],
    ['a CPR number', { service: '010180-9988' }],
    ['a CPR number in a list', { followUps: ['2025-04-22', '0101809988'] }],
  ])('refuses %s', (_, overrides) => {
    expect(() => assertNoPersonalData(entry(overrides as Partial<CaseloadEntry>))).toThrow(PersonalDataError);
  });

  it('refuses fields outside the allowed set (a name, a case number)', () => {
    expect(() => assertNoPersonalData({ ...entry(), name: 'Testbrukar, Kari' })).toThrow(PersonalDataError);
    expect(() => assertNoPersonalData({ ...entry(), caseNumber: '2023/1187' })).toThrow(PersonalDataError);
  });

  it('makes a stable pseudonymous key that does not contain the case number', async () => {
    const key = await pseudonymousKey('https://profil.example.no', '2023/1187');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(await pseudonymousKey('https://profil.example.no', '2023/1187')).toBe(key);
    expect(await pseudonymousKey('https://other.example.no', '2023/1187')).not.toBe(key);
  });
});

describe('local caseload (IndexedDB through idb)', () => {
  beforeEach(async () => {
    indexedDB.deleteDatabase(DB_NAME);
  });

  it('remembers, lists, exports and clears cases', async () => {
    const db = await openCaseload();
    await rememberCase(db, entry());
    await rememberCase(db, entry({ key: 'd4e5f6', service: 'sel104' }));
    expect((await listCases(db)).map((item) => item.key).sort()).toEqual(['a1b2c3', 'd4e5f6']);
    const exported = JSON.parse(await exportCaseload(db));
    expect(exported.cases).toHaveLength(2);
    await clearCaseload(db);
    expect(await listCases(db)).toEqual([]);
    db.close();
  });

  it('refuses to store personal data', async () => {
    const db = await openCaseload();
    await expect(rememberCase(db, { ...entry(), name: 'Testborger, Jens' } as CaseloadEntry)).rejects.toThrow(PersonalDataError);
    expect(await listCases(db)).toEqual([]);
    db.close();
  });

  it('purges cases not opened within the retention period', async () => {
    const db = await openCaseload();
    await rememberCase(db, entry({ key: 'old', openedAt: '2025-01-01T00:00:00.000Z' }));
    await rememberCase(db, entry({ key: 'new', openedAt: '2025-11-01T00:00:00.000Z' }));
    expect(await purgeExpired(db, 180, new Date('2025-11-22T00:00:00Z'))).toBe(1);
    expect((await listCases(db)).map((item) => item.key)).toEqual(['new']);
    db.close();
  });

  it('writes a batch of cases in one go and lists them all', async () => {
    const db = await openCaseload();
    const batch = Array.from({ length: 250 }, (_, index) => entry({ key: `k${index}`, openedAt: new Date(Date.UTC(2025, 0, 1) + index * 86_400_000).toISOString() }));
    await rememberCases(db, batch);
    expect((await listCases(db)).map((item) => item.key).sort()).toEqual(batch.map((item) => item.key).sort());
    db.close();
  });

  it('a batch with one personal field stores nothing of the batch', async () => {
    const db = await openCaseload();
    await rememberCase(db, entry({ key: 'kept' }));
    const batch = [entry({ key: 'first' }), { ...entry({ key: 'second' }), status: '010190-1234' }];
    await expect(rememberCases(db, batch)).rejects.toThrow(PersonalDataError);
    expect((await listCases(db)).map((item) => item.key)).toEqual(['kept']);
    db.close();
  });

  it('purges every expired case of a large caseload and keeps the rest', async () => {
    const db = await openCaseload();
    // 300 cases opened one a day from 2025-01-01; with 180 days retention on 2025-11-22 the cutoff is 2025-05-26.
    const batch = Array.from({ length: 300 }, (_, index) => entry({ key: `k${String(index).padStart(3, '0')}`, openedAt: new Date(Date.UTC(2025, 0, 1) + index * 86_400_000).toISOString() }));
    await rememberCases(db, batch);
    const cutoff = new Date(Date.UTC(2025, 10, 22) - 180 * 86_400_000).toISOString();
    const expected = batch.filter((item) => item.openedAt >= cutoff).map((item) => item.key);
    expect(await purgeExpired(db, 180, new Date('2025-11-22T00:00:00Z'))).toBe(300 - expected.length);
    expect((await listCases(db)).map((item) => item.key)).toEqual(expected);
    expect(await purgeExpired(db, 180, new Date('2025-11-22T00:00:00Z'))).toBe(0);
    db.close();
  });

  describe('edge cases', () => {
    it('an empty batch writes nothing and does not fail', async () => {
      const db = await openCaseload();
      await rememberCases(db, []);
      expect(await listCases(db)).toEqual([]);
      db.close();
    });

    it('a case written again replaces the earlier entry (same pseudonymous key)', async () => {
      const db = await openCaseload();
      await rememberCases(db, [entry({ key: 'same', openedAt: '2025-01-01T00:00:00.000Z' }), entry({ key: 'same', openedAt: '2025-11-01T00:00:00.000Z' })]);
      expect((await listCases(db)).map((item) => item.openedAt)).toEqual(['2025-11-01T00:00:00.000Z']);
      db.close();
    });
  });

  it('a schema upgrade keeps the data (version 1 → 3)', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('cases', { keyPath: 'key' });
      request.onsuccess = () => {
        const db = request.result;
        const transaction = db.transaction('cases', 'readwrite');
        transaction.objectStore('cases').put({ key: 'v1case', packId: 'dk-vejle-voksen', service: 'sel85', start: '2024-01-01', lastFollowUp: '2024-04-01', savedAt: '2024-05-01T00:00:00.000Z' });
        transaction.oncomplete = () => {
          db.close();
          resolve();
        };
        transaction.onerror = () => reject(transaction.error);
      };
      request.onerror = () => reject(request.error);
    });
    const db = await openCaseload();
    expect(await listCases(db)).toEqual([
      { key: 'v1case', packId: 'dk-vejle-voksen', service: 'sel85', start: '2024-01-01', followUps: ['2024-04-01'], openedAt: '2024-05-01T00:00:00.000Z', schemaVersion: 2 },
    ]);
    db.close();
  });
});

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults, then the caseworker\'s, then the municipality\'s policy', async () => {
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
    await saveLocalSettings({ packId: 'no-alver-vekstbedrift', lang: 'nn', retentionDays: 30 });
    await fakeBrowser.storage.managed.set({ packId: 'dk-vejle-voksen', retentionDays: 'lots' });
    const { settings, managedKeys, problems } = await loadSettings();
    // The broken retention value keeps the caseworker's 30 days, stays locked and is reported.
    expect(settings).toMatchObject({ packId: 'dk-vejle-voksen', lang: 'nn', retentionDays: 30 });
    expect(managedKeys.sort()).toEqual(['customPack', 'packId', 'retentionDays']);
    expect(problems).toEqual([{ key: 'retentionDays', kind: 'invalid-value', value: 'lots', fallback: 'caseworker' }]);
  });

  it('a policy read that throws (Firefox without a policy) leaves the local settings', async () => {
    await saveLocalSettings({ lang: 'da' });
    const original = fakeBrowser.storage.managed.get;
    fakeBrowser.storage.managed.get = (() => Promise.reject(new Error('Managed storage manifest not found'))) as typeof original;
    expect((await loadSettings()).settings.lang).toBe('da');
    fakeBrowser.storage.managed.get = original;
  });

  it('rejects invalid settings before saving', async () => {
    await expect(saveLocalSettings({ retentionDays: -5 })).rejects.toThrow();
  });
});
