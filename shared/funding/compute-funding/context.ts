import { formatDate, formatMoney, formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { fieldName } from '../../i18n/messages/fields.js';
import { translateFunding, type FundingMessages } from '../../i18n/messages/funding.js';
import type { BoundTranslator } from '../../i18n/translate.js';
import { describeSource } from '../../rule-pack/describe-source.js';
import { InputChecks } from '../../rule-pack/input-checks.js';
import type { RulePack, SourceRef } from '../../rule-pack/schema.js';
import type { FundingLine, FundingResult } from './types.js';

/** What a scheme's calculation builds its result with. */
export class FundingContext {
  readonly input: InputChecks;
  readonly result: FundingResult;

  constructor(
    readonly pack: RulePack,
    readonly locale: Locale,
    scheme: string,
  ) {
    this.input = new InputChecks(locale);
    this.m = translateFunding.bind(locale);
    this.result = { ok: true, scheme, currency: pack.currency, amounts: {}, dates: {}, lines: [], warnings: [], errors: this.input.errors };
  }

  /** Funding messages in the result's language. */
  readonly m: BoundTranslator<FundingMessages>;

  source(ref: SourceRef) {
    return describeSource(this.pack, ref, this.locale);
  }

  line(line: Omit<FundingLine, 'source'> & { source?: SourceRef }) {
    const { source, ...rest } = line;
    this.result.lines.push(source ? { ...rest, source: this.source(source) } : rest);
  }

  warn(code: string, message: string, field?: string, source?: SourceRef) {
    this.result.warnings.push({ code, message, ...(field ? { field, fieldLabel: fieldName(field, this.locale) } : {}), ...(source ? { source: this.source(source) } : {}) });
  }

  error(code: string, message: string, field?: string, source?: SourceRef) {
    this.result.errors.push({ code, message, ...(field ? { field, fieldLabel: fieldName(field, this.locale) } : {}), ...(source ? { source: this.source(source) } : {}) });
  }

  money(amount: number): string {
    return formatMoney(amount, this.pack.currency, this.locale);
  }
  number(value: number): string {
    return formatNumber(value, this.locale);
  }
  date(iso: string): string {
    return formatDate(iso, this.locale);
  }

  /**
   * Set by a scheme whose failed result still holds figures that are certain (the date's own month
   * priced while a later year of the period has no rate): those stay; everything else is cleared.
   */
  keepPartial = false;

  /** Marks the result failed when any error was collected, and returns it. */
  finish(): FundingResult {
    if (this.result.errors.length > 0) {
      this.result.ok = false;
      if (this.keepPartial) return this.result;
      this.result.amounts = {};
      this.result.dates = {};
      this.result.lines = [];
    }
    return this.result;
  }
}

/** A rate the user typed for a year, from a `{ "2024": 16 000 }` map; checked as a positive number. */
export function enteredRate(ctx: FundingContext, field: string, rates: Record<string, unknown> | undefined, year: number): number | undefined {
  if (rates === undefined || rates === null) return undefined;
  // Not a by-year map (a form or script handed a bare value): say so at the year's field rather than throw or guess.
  if (typeof rates !== 'object' || Array.isArray(rates)) return ctx.input.number(`${field}.${year}`, Number.NaN);
  if (!Object.hasOwn(rates, String(year))) return undefined;
  return ctx.input.number(`${field}.${year}`, rates[String(year)], { min: 'positive' });
}
