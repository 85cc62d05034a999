import { createEvents, type EventAttributes } from 'ics';
import Papa from 'papaparse';
import { addDays } from 'date-fns';
import { toDate } from '../../calendar/iso-date.js';
import type { CaseloadResult } from '../check-caseload/index.js';

export type ExportOptions = {
  /** Include obligations that are done or ended. Default false: only open ones. */
  includeClosed?: boolean;
};

function openObligations(caseload: CaseloadResult, options: ExportOptions) {
  return caseload.rows.flatMap((row) =>
    row.result.obligations
      .filter((obligation) => options.includeClosed || (!obligation.completedOn && !obligation.ended))
      .map((obligation) => ({ row, obligation })),
  );
}

/**
 * Due dates as an iCalendar file (RFC 5545) caseworkers import into Outlook: one all-day event per
 * open obligation with a due date, titled with the pseudonymous case key, never a name.
 */
export function caseloadToICalendar(caseload: CaseloadResult, options: ExportOptions = {}): string {
  const events: EventAttributes[] = openObligations(caseload, options)
    .filter(({ obligation }) => obligation.dueDate)
    .map(({ row, obligation }) => {
      const start = toDate(obligation.dueDate!);
      const end = addDays(start, 1);
      return {
        uid: `${row.caseId}-${row.service}-${obligation.id}-${obligation.dueDate}@saksvakt`,
        title: `${row.caseId}: ${obligation.label}`,
        description: `${obligation.summary}\n${obligation.source.document}, ${obligation.source.section}`,
        start: [start.getFullYear(), start.getMonth() + 1, start.getDate()],
        end: [end.getFullYear(), end.getMonth() + 1, end.getDate()],
        productId: 'saksvakt/caseload',
        calName: 'Saksvakt',
        categories: [obligation.status],
      } satisfies EventAttributes;
    });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('iCalendar export failed');
  return value;
}

/** Due dates as CSV (comma-separated, quoted as RFC 4180), one row per obligation. */
export function caseloadToCsv(caseload: CaseloadResult, options: ExportOptions = {}): string {
  const rows = openObligations(caseload, options).map(({ row, obligation }) => ({
    case: row.caseId,
    service: row.service,
    obligation: obligation.id,
    label: obligation.label,
    status: obligation.status,
    due_date: obligation.dueDate ?? '',
    due_at_session: obligation.dueAtSession ?? '',
    last_held: obligation.lastHeld ?? '',
    override_reason: obligation.override?.reason ?? '',
    source: `${obligation.source.document}, ${obligation.source.section}`,
  }));
  return Papa.unparse(rows, { newline: '\r\n' });
}
