import { css } from 'lit';

/** The single case's styles and the status colours both views use; the caseload table's load with it (caseload-view.ts). */
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
`;
