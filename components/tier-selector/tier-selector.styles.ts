import { css } from 'lit';

export const styles = css`
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .areas {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.25rem 1rem;
  }
  .areas label {
    font-weight: normal;
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
  }
  tr.proposed {
    background: var(--sv-tier-highlight, var(--_color-success-surface));
    outline: 2px solid var(--_color-success);
    outline-offset: -2px;
  }
  tr.alternative {
    background: var(--_color-warning-surface);
  }
  .tag {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 700;
    padding: 0 0.35rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    margin-left: 0.25rem;
  }
  ol.ladder {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-direction: column-reverse;
    gap: 2px;
  }
  ol.ladder li {
    padding: 0.3rem 0.5rem;
    border-left: 6px solid var(--_color-border);
    background: var(--_color-surface-raised);
  }
  ol.ladder li.proposed {
    border-left-color: var(--_color-success);
    background: var(--_color-success-surface);
    font-weight: 600;
  }
  ol.ladder li.alternative {
    border-left-color: var(--_accent);
  }
  .flags li {
    margin-bottom: 0.25rem;
  }
`;
