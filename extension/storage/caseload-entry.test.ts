import { describe, expect, it } from 'vitest';
import { assertCaseloadEntry, checkCaseloadEntry, InvalidCaseloadEntryError } from './caseload-entry.js';
import { PersonalDataError } from './personal-data-guard.js';

const valid = { key: 'a1b2c3', packId: 'dk-vejle-voksen', service: 'sel85', start: '2025-01-15', followUps: ['2025-04-22'], openedAt: '2025-11-22T10:00:00.000Z', schemaVersion: 2 };

describe('caseload entry check', () => {
  it('accepts a well-formed entry, with or without its optional fields', () => {
    expect(checkCaseloadEntry(valid)).toEqual({ ok: true, entry: valid });
    expect(checkCaseloadEntry({ key: 'k', packId: 'p', service: 's', openedAt: '2025-11-22T10:00:00Z', schemaVersion: 2 }).ok).toBe(true);
    expect(checkCaseloadEntry({ ...valid, tier: 'trin-3', nextObligation: 'opfolgning', nextDue: '2026-01-01', status: 'due', levelSince: '2025-01-01' }).ok).toBe(true);
  });

  it.each([
    ['a field outside the list, all others valid', { ...valid, caseNumber: '2023/1187' }, { field: 'caseNumber', reason: 'not-allowed' }],
    ['an unknown field beside a missing one (the unknown is named)', { ...valid, key: undefined, name: 'Kari' }, { field: 'name', reason: 'not-allowed' }],
    ['a missing required field', { ...valid, openedAt: undefined }, { field: 'openedAt', reason: 'missing' }],
    ['a local time instead of UTC', { ...valid, openedAt: '2025-11-22T10:00:00+01:00' }, { field: 'openedAt', reason: 'invalid' }],
    ['an impossible month', { ...valid, start: '2025-13-01' }, { field: 'start', reason: 'invalid' }],
    ['a key with a newline (keys are joined by newlines)', { ...valid, key: 'a\nb' }, { field: 'key', reason: 'invalid' }],
    ['a fødselsnummer in free text', { ...valid, status: 'sjå 010180 99887' }, { field: 'status', reason: 'personal-data' }],
    ['a CPR number where a date belongs', { ...valid, start: '010180-9988' }, { field: 'start', reason: 'personal-data' }],
    ['another format version', { ...valid, schemaVersion: 3 }, { field: 'schemaVersion', reason: 'invalid' }],
  ])('refuses %s', (_, value, problem) => {
    expect(checkCaseloadEntry(value)).toEqual({ ok: false, problem });
  });

  describe('edge cases', () => {
    it('an optional field present but undefined counts as absent', () => {
      expect(checkCaseloadEntry({ ...valid, tier: undefined }).ok).toBe(true);
    });

    it('not an object at all', () => {
      for (const value of [null, 'case', 42, [valid]]) expect(checkCaseloadEntry(value)).toEqual({ ok: false, problem: { field: '', reason: 'not-an-object' } });
    });

    it('the assertion throws PersonalDataError for personal data and fields outside the list, InvalidCaseloadEntryError otherwise', () => {
      expect(() => assertCaseloadEntry({ ...valid, name: 'Kari' })).toThrow(PersonalDataError);
      expect(() => assertCaseloadEntry({ ...valid, tier: '01018099887' })).toThrow(PersonalDataError);
      expect(() => assertCaseloadEntry({ ...valid, start: 'soon' })).toThrow(InvalidCaseloadEntryError);
    });
  });
});
