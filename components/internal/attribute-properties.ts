/**
 * Property-based check of an element's attributes in Chromium (fast-check): any nonsense in any
 * one attribute, in any language, never throws, is answered in the element's language at the
 * field it concerns (a labelled, aria-invalid field with its message, or the element's alert),
 * and keeps the text it was given in the field.
 */
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import { LOCALES } from '../../shared/index.js';

/** Attributes parsed as lists or JSON: their field shows the value re-formatted, not as given. */
const REFORMATTED = new Set(['follow-ups', 'sparring-discussions', 'rate-reviews', 'evaluation-reports', 'collaboration-meetings', 'conversations', 'system-meetings', 'guideline-evaluations', 'department-evaluations', 'half-year-evaluations', 'overrides', 'cases', 'state-rates', 'hours-used', 'rates-per-day', 'support-areas', 'has-income', 'sessions']);

export const nonsense = fc.oneof(
  fc.constantFrom('', ' ', '31.02.2025', '2025-13-01', '00.00.0000', '-1', '0', '1e309', 'NaN', 'Infinity', '2,5,5', '{"a":', '[]', '[{}]', 'null', 'true', '<b>x</b>', 'dk-vejle-voksen', 'sel85', '§ 85', 'nn', 'xx-YY'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
);

type Described = { errorTexts: string[]; invalid: { id: string; label: string; message: string }[]; fieldValue?: string; alert: string };

async function render(tag: string, base: Record<string, string>, name: string, value: string, lang: string): Promise<{ element: HTMLElement; seen: Described; thrown: unknown[] }> {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; result?: { ok: boolean; errors?: { message: string }[] } };
  try {
    for (const [key, text] of Object.entries({ ...base, lang })) element.setAttribute(key, text);
    element.setAttribute(name, value);
    document.body.append(element);
    await element.updateComplete;
    await element.updateComplete;
  } catch (error) {
    thrown.push(error);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  const root = element.shadowRoot!;
  const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const invalid = [...root.querySelectorAll('[aria-invalid="true"]')].map((field) => {
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return { id: field.id, label: textOf(root.querySelector(`label[for="${field.id}"]`)), message: described.map((id) => textOf(root.getElementById(id))).join(' ') };
  });
  const field = root.querySelector<HTMLInputElement>(`input#${CSS.escape(propertyName(name))}`);
  const result = element.result;
  const seen: Described = {
    errorTexts: result && !result.ok ? (result.errors ?? []).map((error) => error.message) : [],
    invalid,
    alert: [...root.querySelectorAll('[role="alert"]')].map(textOf).join(' '),
    ...(field ? { fieldValue: field.value } : {}),
  };
  return { element, seen, thrown };
}

const propertyName = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Runs the property for one element; `attributes` are every attribute it has, `base` a valid setup. */
export async function checkAttributes(tag: string, attributes: readonly string[], base: Record<string, string>, runs: number): Promise<number> {
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...attributes), nonsense, fc.constantFrom(...LOCALES), async (name, value, lang) => {
      tried += 1;
      const own = await render(tag, base, name, value, lang);
      const english = lang === 'en' ? own : await render(tag, base, name, value, 'en');
      try {
        expect(own.thrown, `${name}="${value}" threw`).to.deep.equal([]);
        expect(own.element.shadowRoot!.childElementCount, 'something is rendered').to.be.greaterThan(0);
        // Each field answered as invalid is labelled in words and carries its message.
        for (const field of own.seen.invalid) {
          expect(field.label, `label of #${field.id}`).to.not.equal('');
          expect(field.message, `message of #${field.id}`).to.not.equal('');
        }
        for (const message of own.seen.errorTexts) expect(message).to.not.equal('');
        // What was given is kept in its field.
        if (own.seen.fieldValue !== undefined && !REFORMATTED.has(name)) expect(own.seen.fieldValue).to.equal(value);
        // In the element's language: the same nonsense is answered in other words than in English.
        if (lang !== 'en' && name !== 'lang') {
          const words = (seen: Described) => [...seen.invalid.map((field) => `${field.label} ${field.message}`), ...seen.errorTexts].join(' | ');
          if (words(own.seen) && words(english.seen)) expect(words(own.seen), `${lang} vs en for ${name}="${value}"`).to.not.equal(words(english.seen));
        }
      } finally {
        own.element.remove();
        english.element.remove();
      }
    }),
    { numRuns: runs, seed: Number(new URLSearchParams(location.search).get('seed') ?? Date.now() % 2 ** 31) },
  );
  return tried;
}
