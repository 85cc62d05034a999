import { describe, expect, it } from 'vitest';
import { builtInPacks, checkCaseload, type CaseInput, type CaseloadResult } from '../../index.js';
import { compareUrgency } from '../check-cadence/index.js';
import { caseloadToCsv, caseloadToICalendar } from '../export-caseload/index.js';

const vejle = builtInPacks['dk-vejle-voksen'];
const cases: CaseInput[] = [
  { id: 'k-ok', service: 'sel103', start: '2025-06-01' },
  { id: 'k-old', service: 'sel85', start: '2020-01-01', followUps: ['2021-09-03'] },
  { id: 'k-soon', service: 'sel85', start: '2025-08-30' },
  { id: 'k-recent', service: 'sel85', start: '2025-01-15', followUps: ['2025-04-22'] },
  { id: 'k-nodata', service: 'sel85' },
  { id: 'k-bad', service: 'sel999' },
];

describe('checkCaseload', () => {
  const caseload = checkCaseload(vejle, cases, { today: '2025-11-22' });

  it('sorts by urgency: longest overdue first, then due soon, ok, and cases that cannot be checked', () => {
    expect(caseload.rows.map((row) => [row.caseId, row.status])).toEqual([
      ['k-old', 'overdue'],
      ['k-recent', 'overdue'],
      ['k-soon', 'due-soon'],
      ['k-ok', 'ok'],
      ['k-nodata', 'missing-data'],
      ['k-bad', 'missing-data'],
    ]);
    expect(caseload.counts).toEqual({ overdue: 2, 'due-soon': 1, ok: 1, 'missing-data': 2, invalid: 1 });
  });

  it('keeps a case it cannot check, with its error', () => {
    expect(caseload.errors).toEqual([expect.objectContaining({ caseId: 'k-bad', code: 'unknown-service' })]);
  });

  it('exports open due dates as iCalendar all-day events titled with the case key', () => {
    const ics = caseloadToICalendar(caseload);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('UID:k-recent-sel85-follow-up-2025-10-22@saksvakt');
    expect(ics).toContain('DTSTART;VALUE=DATE:20251022');
    expect(ics).not.toMatch(/Testborger|CPR/);
    expect(ics).toContain('SUMMARY:k-recent: Follow-up in person or by video\\; reassess the tier');
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBe(7);
  });

  it('exports CSV with quoting', () => {
    const csv = caseloadToCsv(caseload);
    const [header, first] = csv.split('\r\n');
    expect(header).toBe('case,service,obligation,label,status,due_date,due_at_session,last_held,override_reason,source');
    expect(first).toMatch(/^k-old,sel85,follow-up,Follow-up in person or by video; reassess the tier,overdue,2022-03-03,,2021-09-03,,"Kvalitetsstandard/);
    // A field holding a comma is quoted.
    expect(first).toContain('Handicap, Social og Psykiatri');
  });

  /** The order compareUrgency gives: status, then the next obligation's urgency, ties in input order. */
  function expectedOrder(rows: CaseloadResult['rows'], many: CaseInput[]) {
    const rank = { overdue: 0, 'due-soon': 1, ok: 2, 'missing-data': 3 };
    const position = new Map(many.map((input, index) => [input.id, index]));
    return [...rows]
      .sort((a, b) => {
        const byRank = rank[a.status] - rank[b.status];
        if (byRank !== 0) return byRank;
        const byDue = a.next && b.next ? compareUrgency(a.next, b.next) : a.next ? -1 : b.next ? 1 : 0;
        return byDue !== 0 ? byDue : position.get(a.caseId)! - position.get(b.caseId)!;
      })
      .map((row) => row.caseId);
  }

  function generated(count: number, seed: number, spanDays: number): CaseInput[] {
    const services = ['sel85', 'sel103', 'sel104', 'sel107', 'sel108-psych', 'sel97', 'sel999'];
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const day = (offset: number) => new Date(Date.UTC(2019, 0, 1) + Math.floor(offset) * 86_400_000).toISOString().slice(0, 10);
    return Array.from({ length: count }, (_, index) => {
      const start = random() * spanDays - (spanDays > 2500 ? spanDays / 2 : 0);
      const input: CaseInput = { id: `c${index}`, service: services[index % services.length]! };
      if (index % 11 !== 0) input.start = day(start);
      if (index % 3 !== 0) input.followUps = [day(start + random() * 400)];
      return input;
    });
  }

  it('orders a large mixed caseload exactly as the urgency comparison does, ties in input order', () => {
    const many = generated(2000, 11, 2500);
    const { rows } = checkCaseload(vejle, many, { today: '2025-11-22' });
    expect(rows.map((row) => row.caseId)).toEqual(expectedOrder(rows, many));
    expect(new Set(rows.map((row) => row.status)).size).toBe(4);
  });

  it('orders the same way when due dates lie centuries apart (sorted by key rather than counted per day)', () => {
    const many = generated(300, 5, 1_400_000);
    const { rows } = checkCaseload(vejle, many, { today: '2025-11-22' });
    expect(rows.map((row) => row.caseId)).toEqual(expectedOrder(rows, many));
    const years = rows.flatMap((row) => (row.next?.dueDate ? [Number(row.next.dueDate.slice(0, 4))] : []));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThan(1000);
  });

  describe('edge cases', () => {
    it('an empty caseload', () => {
      expect(checkCaseload(vejle, [], { today: '2025-11-22' }).rows).toEqual([]);
    });

    it('results are read-only: a clean case shares one frozen empty list of issues', () => {
      const { rows } = checkCaseload(vejle, [{ service: 'sel85', start: '2025-01-15' }, { service: 'sel103', start: '2025-06-01' }], { today: '2025-11-22' });
      const [first, second] = rows.map((row) => row.result);
      expect(first!.errors).toEqual([]);
      expect(first!.warnings).toBe(second!.errors);
      expect(Object.isFrozen(first!.errors)).toBe(true);
      expect(() => (first!.errors as unknown[]).push({})).toThrow(TypeError);
    });
  });
});
