import { css } from 'lit';

export const styles = css`
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: var(--_space) 0;
  }
  .amount {
    font-size: var(--sv-funding-amount-size, 2rem);
    font-weight: 700;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .secondary-amount {
    color: var(--_color-text-subtle);
  }
  td {
    border-bottom: none;
    border-top: 1px solid var(--_color-border);
  }
  td.figure {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-block;
    font-size: 0.75em;
    font-weight: 600;
    padding: 0 0.35rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    margin-left: 0.25rem;
  }
  .badge.agreement {
    color: var(--_color-warning);
    background: var(--_color-warning-surface);
  }
  .badge.entered {
    color: var(--_accent);
  }
  .checkbox {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
  }
  @container (max-width: 24rem) {
    .fields {
      grid-template-columns: 1fr;
    }
    /* A figure (no-break spaces inside) beside a long label would push the table past the edge:
       each row wraps instead, the figure moving under its label, still right-aligned. */
    tr {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      border-top: 1px solid var(--_color-border);
    }
    td {
      border-top: none;
    }
    td.figure {
      margin-left: auto;
    }
  }
`;
