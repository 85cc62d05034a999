import { css } from 'lit';

/** Dark-mode values of the tokens (a portal's own tokens still win where it sets them). */
const darkTokens = css`
  --_color-text: var(--sv-color-text, var(--ds-color-neutral-text-default, #e8edf2));
  --_color-text-subtle: var(--sv-color-text-subtle, var(--ds-color-neutral-text-subtle, #b7c2cd));
  --_color-surface: var(--sv-color-surface, var(--ds-color-neutral-background-default, #141b22));
  --_color-surface-raised: var(--sv-color-surface-raised, var(--ds-color-neutral-background-tinted, #1e2731));
  --_color-border: var(--sv-color-border, var(--ds-color-neutral-border-default, #6b7a89));
  --_accent: var(--sv-accent, var(--ds-color-accent-base-default, #6cb4e4));
  --_accent-contrast: var(--sv-accent-contrast, #0b1620);
  --_color-danger: var(--sv-color-danger, #ff9c94);
  --_color-danger-surface: var(--sv-color-danger-surface, #3a1714);
  --_color-warning: var(--sv-color-warning, #ffd27a);
  --_color-warning-surface: var(--sv-color-warning-surface, #33270b);
  --_color-success: var(--sv-color-success, #8fd6a2);
  --_color-success-surface: var(--sv-color-success-surface, #12301b);
`;

/**
 * Design tokens. Styles use private `--_*` properties, each resolved from our public `--sv-*`
 * property (set on the element or any ancestor), else a host design system's token when the page
 * has one (Norway's Designsystemet `--ds-*`, NAV Aksel `--ax-*`), else our default. Declaring the
 * public names on :host would shadow a portal's values set on an ancestor.
 */
export const tokens = css`
  :host {
    --_font-family: var(--sv-font-family, var(--ds-font-family, var(--ax-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)));
    --_font-size: var(--sv-font-size, var(--ds-font-size-md, 1rem));
    --_color-text: var(--sv-color-text, var(--ds-color-neutral-text-default, var(--ax-text-neutral, #1b2a38)));
    --_color-text-subtle: var(--sv-color-text-subtle, var(--ds-color-neutral-text-subtle, var(--ax-text-neutral-subtle, #4a5a6a)));
    --_color-surface: var(--sv-color-surface, var(--ds-color-neutral-background-default, var(--ax-bg-default, #ffffff)));
    --_color-surface-raised: var(--sv-color-surface-raised, var(--ds-color-neutral-background-tinted, var(--ax-bg-neutral-soft, #f3f5f8)));
    --_color-border: var(--sv-color-border, var(--ds-color-neutral-border-default, var(--ax-border-neutral, #8a97a5)));
    --_accent: var(--sv-accent, var(--ds-color-accent-base-default, var(--ax-bg-accent-strong, #0b5c8a)));
    --_accent-contrast: var(--sv-accent-contrast, var(--ds-color-accent-contrast-default, #ffffff));
    --_color-danger: var(--sv-color-danger, var(--ds-color-danger-text-default, var(--ax-text-danger, #b3261e)));
    --_color-danger-surface: var(--sv-color-danger-surface, var(--ds-color-danger-background-tinted, #fdecea));
    --_color-warning: var(--sv-color-warning, var(--ds-color-warning-text-default, var(--ax-text-warning, #7a4d00)));
    --_color-warning-surface: var(--sv-color-warning-surface, var(--ds-color-warning-background-tinted, #fff4d6));
    --_color-success: var(--sv-color-success, var(--ds-color-success-text-default, var(--ax-text-success, #1e6b34)));
    --_color-success-surface: var(--sv-color-success-surface, var(--ds-color-success-background-tinted, #e6f4ea));
    --_radius: var(--sv-radius, var(--ds-border-radius-md, 6px));
    --_space: var(--sv-space, 0.5rem);
    --_focus-ring: var(--sv-focus-ring, 3px solid var(--ds-color-focus-outer, #1a73e8));
  }

  /* Dark mode follows the system unless theme="light"; theme="dark" forces it. */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
`;

/** Form and layout styles shared by the three components. */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    color: var(--_color-text);
    line-height: 1.45;
    container-type: inline-size;
  }
  /* Quoted sources are marked up as <cite lang> for screen readers; they read as plain text. */
  cite {
    font-style: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base {
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    min-width: 0;
  }
  h2,
  h3 {
    margin: 0 0 var(--_space);
    font-size: 1.1em;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_space) calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
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
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_color-surface);
    min-height: 2.5rem;
  }
  input[type='checkbox'] {
    width: auto;
    min-height: auto;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_color-danger);
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  button {
    padding: 0.45rem 0.9rem;
    border-radius: calc(var(--_radius) - 2px);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
    min-height: 2.5rem;
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .hint {
    font-size: 0.85em;
    color: var(--_color-text-subtle);
  }
  .error {
    color: var(--_color-danger);
    font-size: 0.9em;
  }
  .error::before {
    content: '⚠ ';
  }
  .warning {
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
    border-left: 4px solid currentColor;
    padding: 0.3rem 0.5rem;
    font-size: 0.9em;
  }
  .notice {
    background: var(--_color-surface-raised);
    border-left: 4px solid var(--_accent);
    padding: 0.4rem 0.6rem;
    margin: var(--_space) 0;
  }
  .source {
    font-size: 0.8em;
    color: var(--_color-text-subtle);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.35rem 0.4rem;
    border-bottom: 1px solid var(--_color-border);
  }
  .stale {
    opacity: 0.6;
  }
  /* Narrow containers (320 px): tables with a header become one block per row, each cell
     labelled from its data-label. */
  @container (max-width: 30rem) {
    table:has(thead) thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    table:has(thead) tr {
      display: block;
      padding: 0.35rem 0;
      border-bottom: 1px solid var(--_color-border);
    }
    table:has(thead) th,
    table:has(thead) td {
      display: block;
      border: none;
      padding: 0.1rem 0.4rem;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
    .fields {
      grid-template-columns: 1fr;
    }
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
