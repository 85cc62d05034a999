import { css } from 'lit';

/**
 * Design tokens. Each falls back to a host design system's token when the page has one
 * (Norway's Designsystemet `--ds-*`, NAV Aksel `--ax-*`), then to our own default, so a portal's
 * theme flows in. Override any `--sv-*` property on the element or an ancestor.
 */
export const tokens = css`
  :host {
    --sv-font-family: var(--ds-font-family, var(--ax-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --sv-font-size: var(--ds-font-size-md, 1rem);
    --sv-color-text: var(--ds-color-neutral-text-default, var(--ax-text-neutral, #1b2a38));
    --sv-color-text-subtle: var(--ds-color-neutral-text-subtle, var(--ax-text-neutral-subtle, #4a5a6a));
    --sv-color-surface: var(--ds-color-neutral-background-default, var(--ax-bg-default, #ffffff));
    --sv-color-surface-raised: var(--ds-color-neutral-background-tinted, var(--ax-bg-neutral-soft, #f3f5f8));
    --sv-color-border: var(--ds-color-neutral-border-default, var(--ax-border-neutral, #8a97a5));
    --sv-accent: var(--ds-color-accent-base-default, var(--ax-bg-accent-strong, #0b5c8a));
    --sv-accent-contrast: var(--ds-color-accent-contrast-default, #ffffff);
    --sv-color-danger: var(--ds-color-danger-text-default, var(--ax-text-danger, #b3261e));
    --sv-color-danger-surface: var(--ds-color-danger-background-tinted, #fdecea);
    --sv-color-warning: var(--ds-color-warning-text-default, var(--ax-text-warning, #7a4d00));
    --sv-color-warning-surface: var(--ds-color-warning-background-tinted, #fff4d6);
    --sv-color-success: var(--ds-color-success-text-default, var(--ax-text-success, #1e6b34));
    --sv-color-success-surface: var(--ds-color-success-background-tinted, #e6f4ea);
    --sv-radius: var(--ds-border-radius-md, 6px);
    --sv-space: 0.5rem;
    --sv-focus-ring: 3px solid var(--ds-color-focus-outer, #1a73e8);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --sv-color-text: var(--ds-color-neutral-text-default, #e8edf2);
      --sv-color-text-subtle: var(--ds-color-neutral-text-subtle, #b7c2cd);
      --sv-color-surface: var(--ds-color-neutral-background-default, #141b22);
      --sv-color-surface-raised: var(--ds-color-neutral-background-tinted, #1e2731);
      --sv-color-border: var(--ds-color-neutral-border-default, #6b7a89);
      --sv-accent: var(--ds-color-accent-base-default, #6cb4e4);
      --sv-accent-contrast: #0b1620;
      --sv-color-danger: #ff9c94;
      --sv-color-danger-surface: #3a1714;
      --sv-color-warning: #ffd27a;
      --sv-color-warning-surface: #33270b;
      --sv-color-success: #8fd6a2;
      --sv-color-success-surface: #12301b;
    }
  }
`;

/** Form and layout styles shared by the three components. */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--sv-font-family);
    font-size: var(--sv-font-size);
    color: var(--sv-color-text);
    line-height: 1.45;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base {
    background: var(--sv-color-surface);
    border: 1px solid var(--sv-color-border);
    border-radius: var(--sv-radius);
    padding: calc(var(--sv-space) * 2);
    min-width: 0;
  }
  h2,
  h3 {
    margin: 0 0 var(--sv-space);
    font-size: 1.1em;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--sv-space) calc(var(--sv-space) * 2);
    margin-bottom: calc(var(--sv-space) * 2);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  label,
  legend {
    font-weight: 600;
    font-size: 0.9em;
  }
  input,
  select,
  button,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select {
    width: 100%;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--sv-color-border);
    border-radius: calc(var(--sv-radius) - 2px);
    background: var(--sv-color-surface);
    min-height: 2.5rem;
  }
  input[type='checkbox'] {
    width: auto;
    min-height: auto;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--sv-color-danger);
  }
  :focus-visible {
    outline: var(--sv-focus-ring);
    outline-offset: 2px;
  }
  button {
    padding: 0.45rem 0.9rem;
    border-radius: calc(var(--sv-radius) - 2px);
    border: 1px solid var(--sv-accent);
    background: var(--sv-accent);
    color: var(--sv-accent-contrast);
    cursor: pointer;
    min-height: 2.5rem;
  }
  button.secondary {
    background: transparent;
    color: var(--sv-accent);
  }
  .hint {
    font-size: 0.85em;
    color: var(--sv-color-text-subtle);
  }
  .error {
    color: var(--sv-color-danger);
    font-size: 0.9em;
  }
  .error::before {
    content: '⚠ ';
  }
  .warning {
    background: var(--sv-color-warning-surface);
    color: var(--sv-color-warning);
    border-left: 4px solid currentColor;
    padding: 0.3rem 0.5rem;
    font-size: 0.9em;
  }
  .notice {
    background: var(--sv-color-surface-raised);
    border-left: 4px solid var(--sv-accent);
    padding: 0.4rem 0.6rem;
    margin: var(--sv-space) 0;
  }
  .source {
    font-size: 0.8em;
    color: var(--sv-color-text-subtle);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media print {
    .base {
      border-color: #000;
    }
  }
`;
