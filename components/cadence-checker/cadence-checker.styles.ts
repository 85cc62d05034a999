import { css } from 'lit';

export const styles = css`
  .next {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.6rem 0.75rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-border);
    margin: var(--_space) 0;
    font-weight: 600;
  }
  .status-overdue {
    color: var(--_color-danger);
    background: var(--_color-danger-surface);
    border-color: currentColor;
  }
  .status-due-soon {
    color: var(--_color-warning);
    background: var(--_color-warning-surface);
    border-color: currentColor;
  }
  .status-ok {
    color: var(--_color-success);
    background: var(--_color-success-surface);
    border-color: currentColor;
  }
  .status-missing-data {
    color: var(--_color-text-subtle);
    background: var(--_color-surface-raised);
    border-style: dashed;
  }
  .status {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    font-weight: 600;
    font-size: 0.85em;
    padding: 0 0.4rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  ol.timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    border-left: 3px solid var(--_color-border);
  }
  ol.timeline > li {
    position: relative;
    margin: 0 0 0.75rem 0;
    padding-left: 0.9rem;
  }
  ol.timeline > li::before {
    content: '';
    position: absolute;
    left: -0.45rem;
    top: 0.45rem;
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 50%;
    background: var(--_color-border);
  }
  ol.timeline > li.past::before {
    background: var(--_color-success);
  }
  .when {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .override {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    align-items: end;
    margin-top: 0.25rem;
  }
  button.link {
    background: none;
    border: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0;
    min-height: auto;
  }
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
