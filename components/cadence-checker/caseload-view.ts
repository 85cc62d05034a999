import { css, html, nothing, type TemplateResult } from 'lit';
import { checkCaseload, formatDate, type CaseloadResult, type CaseloadRow, type Locale, type Obligation } from '../../shared/engines.js';
import type { BoundTranslator } from '../../shared/i18n/translate.js';
import type { CadenceCheckerMessages } from './cadence-checker.messages.js';
import { orderRows, prepareOrdersWhenIdle, type CaseloadFilter, type SortKey } from './caseload-order.js';

// <cadence-checker>'s caseload view: the engine that checks a caseload, the table with its sort,
// filter and exports, and their styles. The element imports this module the first time it is in
// caseload mode, so a page that shows one case (or no cadence checker) never downloads it. It
// imports nothing from the element's own modules (texts and status badges come from the element):
// that would move the element out of its entry file in the package build, and with it the
// registration a vendor's bundler keeps only in the files `sideEffects` names.
export { checkCaseload };

type VirtualizeModule = typeof import('./virtual-rows.js');
let virtualizerModule: Promise<VirtualizeModule> | undefined;
/** Loaded once per page, when a caseload first needs it: a short list never pays for it. */
const loadVirtualizer = () => (virtualizerModule ??= import('./virtual-rows.js'));

/** Rows in view keep their DOM when the order changes (only their text changes): a sort or filter re-renders no elements. */
const byPosition = (_row: CaseloadRow, index: number) => index;

/** Up to this many rows render as they are; a longer list renders only the rows in view. */
const PLAIN_ROWS_MAX = 100;
/** Rows rendered while the virtualizer loads: more than a screen holds. */
const FIRST_SCREEN_ROWS = 40;

/** What the caseload view reads from its element and asks of it. */
export interface CaseloadViewHost {
  readonly sortKey: SortKey;
  readonly sortAscending: boolean;
  readonly filter: CaseloadFilter;
  /** A click on a column header: view state only (no event, no new check). */
  sortBy(key: SortKey, ascending: boolean): void;
  /** The "only overdue" box: a user input like any other (fires `cadence-change`). */
  chooseFilter(filter: CaseloadFilter): void;
  /** Renders again without checking the caseload again (the virtualizer has loaded). */
  renderAgain(): void;
  /** Whether `caseload` is still the one the element shows: idle work for an old one stops. */
  shows(caseload: CaseloadResult): boolean;
  /** The status badge the single-case timeline shows too. */
  statusBadge(obligation: Obligation, t: BoundTranslator<CadenceCheckerMessages>): TemplateResult;
}

/** One element's caseload table: its virtualizer and the orders worked out for its current result. */
export class CaseloadView {
  private virtualRows?: VirtualizeModule;
  private rowLayout?: ReturnType<VirtualizeModule['flow']>;
  private virtualizerLoading?: Promise<void>;
  private preparedFor?: CaseloadResult;

  constructor(private readonly host: CaseloadViewHost) {}

  /** The table of `caseload`, with `t` the element's texts in `locale`. */
  render(caseload: CaseloadResult, locale: Locale, t: BoundTranslator<CadenceCheckerMessages>): TemplateResult {
    const host = this.host;
    const rows = orderRows(caseload, host.sortKey, host.sortAscending, host.filter);
    const virtualize = rows.length > PLAIN_ROWS_MAX ? this.virtualizer() : undefined;
    const header = (key: SortKey, label: string) => {
      const sorted = host.sortKey === key;
      return html`<div role="columnheader" class="cell" aria-sort=${sorted ? (host.sortAscending ? 'ascending' : 'descending') : 'none'}>
        <button type="button" aria-label=${t('sortBy', { column: label })} @click=${() => host.sortBy(key, sorted ? !host.sortAscending : true)}>${label}${sorted ? (host.sortAscending ? ' ▲' : ' ▼') : ''}</button>
      </div>`;
    };
    const labels = { case: t('caseColumn'), service: t('serviceColumn'), next: t('nextColumn'), due: t('dueColumn'), status: t('statusColumn') };
    const row = (entry: CaseloadRow, index: number) => html`<div role="row" class="row" aria-rowindex=${index + 2}>
      <div role="rowheader" class="cell case" data-label=${labels.case}>${entry.caseId}</div>
      <div role="cell" class="cell" data-label=${labels.service}>${entry.service}</div>
      <div role="cell" class="cell" data-label=${labels.next}>${entry.next?.label ?? entry.result.errors[0]?.message ?? entry.result.obligations[0]?.summary ?? ''}</div>
      <div role="cell" class="cell" data-label=${labels.due}>${entry.next?.dueDate ? formatDate(entry.next.dueDate, locale) : entry.next?.dueAtSession ? t('session', { session: entry.next.dueAtSession }) : '–'}</div>
      <div role="cell" class="cell" data-label=${labels.status}>${host.statusBadge(entry.next ?? ({ status: entry.status } as Obligation), t)}</div>
    </div>`;
    // A long list renders only the rows in view (the virtualizer loads on first need); until it
    // has loaded, the first screen of rows is rendered as it is, so nothing waits for it.
    const body = rows.length === 0
      ? html`<div role="row" class="row" aria-rowindex="2"><div role="cell" class="cell empty">${t('noCases')}</div></div>`
      : virtualize
        ? virtualize.virtualize({ items: rows, renderItem: row, keyFunction: byPosition, layout: (this.rowLayout ??= virtualize.flow()) })
        : (rows.length > PLAIN_ROWS_MAX ? rows.slice(0, FIRST_SCREEN_ROWS) : rows).map(row);
    return html`
      <p role="status">${t('counts', { overdue: caseload.counts.overdue, dueSoon: caseload.counts['due-soon'], ok: caseload.counts.ok, missing: caseload.counts['missing-data'] })}</p>
      <div class="toolbar">
        <label><input type="checkbox" .checked=${host.filter === 'overdue'} @change=${(event: Event) => host.chooseFilter((event.target as HTMLInputElement).checked ? 'overdue' : 'all')} /> ${t('onlyOverdue')}</label>
        <button type="button" class="secondary" @click=${() => this.download('ics', caseload)}>${t('exportIcs')}</button>
        <button type="button" class="secondary" @click=${() => this.download('csv', caseload)}>${t('exportCsv')}</button>
      </div>
      ${caseload.errors.length
        ? html`<details class="warning"><summary>${t('caseErrors', { count: caseload.counts.invalid })}</summary><ul>${caseload.errors.map((error) => html`<li>${error.caseId}: ${error.message}</li>`)}</ul></details>`
        : nothing}
      <div class="table-wrap ${rows.length > PLAIN_ROWS_MAX ? 'scroll' : ''}" tabindex=${rows.length > PLAIN_ROWS_MAX ? '0' : nothing}>
        <div role="table" part="table" aria-labelledby="heading" aria-rowcount=${Math.max(rows.length, 1) + 1}>
          <div role="rowgroup" class="head">
            <div role="row" class="row" aria-rowindex="1">${header('case', labels.case)}${header('service', labels.service)}<div role="columnheader" class="cell">${labels.next}</div>${header('due', labels.due)}${header('status', labels.status)}</div>
          </div>
          <div role="rowgroup" class="body">${body}</div>
        </div>
      </div>
    `;
  }

  /** After a render: a long caseload's column orders are worked out in idle time after the first screen, so a sort click finds them ready. */
  rendered(caseload: CaseloadResult): void {
    if (caseload.rows.length > PLAIN_ROWS_MAX && this.preparedFor !== caseload) {
      this.preparedFor = caseload;
      prepareOrdersWhenIdle(caseload, () => this.host.shows(caseload));
    }
  }

  /** The virtualizer once loaded; the first call starts loading it and renders again when it is there. */
  private virtualizer(): VirtualizeModule | undefined {
    if (this.virtualRows) return this.virtualRows;
    this.virtualizerLoading ??= loadVirtualizer().then((module) => {
      this.virtualRows = module;
      this.host.renderAgain();
    });
    return undefined;
  }

  /** Exports the caseload's open due dates; the export code loads only when asked for. */
  private async download(kind: 'ics' | 'csv', caseload: CaseloadResult) {
    const { caseloadToICalendar, caseloadToCsv } = await import('../../shared/cadence/export-caseload/index.js');
    const text = kind === 'ics' ? caseloadToICalendar(caseload) : caseloadToCsv(caseload);
    const blob = new Blob([kind === 'csv' ? `\ufeff${text}` : text], { type: kind === 'ics' ? 'text/calendar' : 'text/csv' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `saksvakt-${caseload.today}.${kind}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

/** The table's styles, adopted by the element beside its own when it first shows a caseload. */
export const caseloadStyles = css`
  .table-wrap {
    overflow-x: auto;
  }
  /* A long caseload scrolls in its own box (focusable, so the keyboard scrolls it too); only the
     rows in view are in the DOM. */
  .table-wrap.scroll {
    max-height: var(--sv-caseload-height, 32rem);
    overflow-y: auto;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(5rem, 1fr) minmax(5rem, 1fr) minmax(9rem, 3fr) minmax(6rem, 1fr) minmax(7rem, 1fr);
    width: 100%;
    border-bottom: 1px solid var(--_color-border);
  }
  .cell {
    padding: 0.35rem 0.4rem;
    text-align: left;
    overflow-wrap: anywhere;
  }
  .cell.case,
  .head .cell {
    font-weight: 700;
  }
  .cell.empty {
    grid-column: 1 / -1;
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_color-surface);
  }
  @container (max-width: 30rem) {
    .head {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .row {
      display: block;
      padding: 0.35rem 0;
    }
    .cell {
      padding: 0.1rem 0.4rem;
    }
    .cell[data-label]:not(.case)::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
  }
  .head button {
    background: none;
    border: none;
    color: inherit;
    font-weight: 700;
    padding: 0;
    min-height: auto;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin: var(--_space) 0;
  }
`;
