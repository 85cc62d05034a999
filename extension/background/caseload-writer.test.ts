import { describe, expect, it } from 'vitest';
import type { CaseloadEntry } from '../storage/caseload-db.js';
import { PersonalDataError } from '../storage/personal-data-guard.js';
import { createCaseloadWriter } from './caseload-writer.js';

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
