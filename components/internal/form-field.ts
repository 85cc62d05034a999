import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type FieldOptions = {
  id: string;
  label: string;
  value: string;
  error?: string;
  warnings?: string[];
  hint?: string;
  placeholder?: string;
  inputmode?: 'text' | 'decimal' | 'numeric';
  onInput: (value: string) => void;
};

/**
 * A labelled text input with its hint, error and warnings wired to it for screen readers
 * (`aria-describedby`, `aria-invalid`). Text inputs keep whatever the user typed, even nonsense,
 * so nothing entered is lost while the message explains what is wrong.
 */
export function textField(options: FieldOptions): TemplateResult {
  const described = [options.hint ? `${options.id}-hint` : '', options.error ? `${options.id}-error` : '', options.warnings?.length ? `${options.id}-warning` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field" part="field">
    <label for=${options.id}>${options.label}</label>
    <input
      id=${options.id}
      name=${options.id}
      .value=${options.value}
      inputmode=${ifDefined(options.inputmode)}
      placeholder=${ifDefined(options.placeholder)}
      autocomplete="off"
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(described || undefined)}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
    />
    ${options.hint ? html`<span class="hint" id="${options.id}-hint">${options.hint}</span>` : nothing}
    ${options.error ? html`<span class="error" id="${options.id}-error">${options.error}</span>` : nothing}
    ${options.warnings?.length ? html`<span class="warning" id="${options.id}-warning">${options.warnings.join(' ')}</span>` : nothing}
  </div>`;
}

export type SelectOptions = {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  error?: string;
  warnings?: string[];
  onChange: (value: string) => void;
};

export function selectField(options: SelectOptions): TemplateResult {
  const described = [options.error ? `${options.id}-error` : '', options.warnings?.length ? `${options.id}-warning` : ''].filter(Boolean).join(' ');
  return html`<div class="field" part="field">
    <label for=${options.id}>${options.label}</label>
    <select
      id=${options.id}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(described || undefined)}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      ${options.options.map((option) => html`<option value=${option.value} ?selected=${option.value === options.value}>${option.label}</option>`)}
    </select>
    ${options.error ? html`<span class="error" id="${options.id}-error">${options.error}</span>` : nothing}
    ${options.warnings?.length ? html`<span class="warning" id="${options.id}-warning">${options.warnings.join(' ')}</span>` : nothing}
  </div>`;
}

/** Whether an issue concerns an input field (`stateRates.2024` and `overrides[0].date` concern theirs). */
export function concernsField(issue: { field?: string }, field: string): boolean {
  return issue.field === field || !!issue.field?.startsWith(`${field}.`) || !!issue.field?.startsWith(`${field}[`);
}

/** Messages of a result that concern one input field. */
export function messagesFor(issues: readonly { field?: string; message: string }[], field: string): string[] {
  return issues.filter((issue) => concernsField(issue, field)).map((issue) => issue.message);
}

/**
 * Strips the field's name ("Døgnsats: ") from an input error: the message stands beside its field,
 * whose label names it already. Engines name fields in words (`fieldLabel`); the key is a fallback.
 */
export function atField(issue: { message?: string; field?: string; fieldLabel?: string } | undefined): string | undefined {
  if (!issue?.message) return undefined;
  for (const name of [issue.fieldLabel, issue.field]) {
    if (name && issue.message.startsWith(`${name}: `)) return issue.message.slice(name.length + 2);
  }
  return issue.message;
}
