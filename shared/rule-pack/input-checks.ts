import { isIsoDate, type IsoDate } from '../calendar/iso-date.js';
import type { Locale } from '../i18n/locale.js';
import { fieldName } from '../i18n/messages/fields.js';
import { translateInput as t } from '../i18n/messages/input.js';
import { parseLocalNumber } from '../i18n/parse-number.js';
import type { RuleIssue } from './result-types.js';

/**
 * Reads engine input the way a form delivers it (numbers may arrive as strings) and collects one
 * error per bad field, with the field's name so a form can show the message beside it.
 * Invalid-input policy shared by all engines: never throw; report and carry on.
 */
export class InputChecks {
  readonly errors: RuleIssue[] = [];
  constructor(private readonly locale: Locale) {}

  private fail(field: string, code: string, message: string): undefined {
    const label = fieldName(field, this.locale);
    this.errors.push({ code, field, fieldLabel: label, message: t(this.locale, 'field', { field: label, message }) });
    return undefined;
  }

  date(field: string, value: unknown, required: true): IsoDate | undefined;
  date(field: string, value: unknown, required?: false): IsoDate | undefined;
  date(field: string, value: unknown, required = false): IsoDate | undefined {
    if (value === undefined || value === null || value === '') {
      return required ? this.fail(field, 'required', t(this.locale, 'required')) : undefined;
    }
    return isIsoDate(value) ? value : this.fail(field, 'invalid-date', t(this.locale, 'invalidDate'));
  }

  dates(field: string, value: unknown): IsoDate[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return this.fail(field, 'invalid-dates', t(this.locale, 'notAList')) ?? [];
    const valid = value.filter((item): item is IsoDate => isIsoDate(item));
    if (valid.length !== value.length) this.fail(field, 'invalid-date', t(this.locale, 'invalidDate'));
    return valid.sort();
  }

  number(
    field: string,
    value: unknown,
    rules: { required?: boolean; min?: 'zero' | 'positive'; max?: number; whole?: boolean; fallback?: number } = {},
  ): number | undefined {
    if (value === undefined || value === null || value === '') {
      if (rules.fallback !== undefined) return rules.fallback;
      return rules.required ? this.fail(field, 'required', t(this.locale, 'required')) : undefined;
    }
    let number = typeof value === 'number' ? value : NaN;
    if (typeof value === 'string') {
      // Typed text is read in the request's language: `22 317,50`, `1.234,50`, `1,234.50`.
      const parsed = parseLocalNumber(value, this.locale);
      if (!parsed.ok && parsed.reason === 'ambiguous') return this.fail(field, 'ambiguous-number', t(this.locale, 'ambiguousNumber', { example: t(this.locale, 'numberExample') }));
      if (parsed.ok) number = parsed.value;
    }
    if (!Number.isFinite(number)) return this.fail(field, 'invalid-number', t(this.locale, 'invalidNumber'));
    if (rules.whole && !Number.isInteger(number)) return this.fail(field, 'not-whole', t(this.locale, 'notWhole'));
    if (rules.min === 'zero' && number < 0) return this.fail(field, 'negative', t(this.locale, 'negative'));
    if (rules.min === 'positive' && number <= 0) return this.fail(field, 'not-positive', t(this.locale, 'notPositive'));
    if (rules.max !== undefined && number > rules.max) return this.fail(field, 'too-big', t(this.locale, 'tooBig', { max: String(rules.max) }));
    return number;
  }

  /** A `{ "2025-03": 5 }` map by month, as a form delivers it; anything else is reported at the field, not dropped silently. */
  monthMap(field: string, value: unknown): [month: string, value: unknown][] {
    if (value === undefined || value === null) return [];
    const entries = typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : undefined;
    if (!entries || entries.some(([month]) => !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))) {
      this.fail(field, 'invalid-months', t(this.locale, 'notMonthMap'));
      return entries?.filter(([month]) => /^\d{4}-(0[1-9]|1[0-2])$/.test(month)) ?? [];
    }
    return entries;
  }

  text(field: string, value: unknown, required = false): string | undefined {
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
      return required ? this.fail(field, 'required', t(this.locale, 'required')) : undefined;
    }
    return this.fail(field, 'invalid-text', t(this.locale, 'required'));
  }

  oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], fallback?: T): T | undefined {
    if (value === undefined || value === null || value === '') {
      return fallback ?? this.fail(field, 'required', t(this.locale, 'required'));
    }
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    return this.fail(field, 'unknown-value', t(this.locale, 'unknownValue', { value: showValue(value), allowed: allowed.join(', ') }));
  }
}

/**
 * A value as a person can recognise it in a message: text and numbers as they are, anything else
 * as short JSON (`String({})` would print "[object Object]").
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  text ??= typeof value;
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Rounds to whole øre, removing binary floating-point noise (15 667 × 0,5 stays 7 833,50). */
export function toOre(amount: number): number {
  return Math.round(amount * 100) / 100;
}
