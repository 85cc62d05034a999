import { formatNumber } from '../../i18n/format.js';
import { localize, resolveLocale, type Locale } from '../../i18n/locale.js';
import { fieldName } from '../../i18n/messages/fields.js';
import { translateLimits } from '../../i18n/messages/limits.js';
import { describeSource, type ResolvedSource } from '../../rule-pack/describe-source.js';
import { InputChecks } from '../../rule-pack/input-checks.js';
import type { RulePack } from '../../rule-pack/schema.js';
import type { RuleIssue } from '../../rule-pack/result-types.js';

export type LimitInput = {
  /** Limit id from the pack, e.g. `age`, `places-smia`, `emergency-stay`. */
  limit: string;
  /** The case's value: an age, places in use, døgn, hours, months. Typed text is read in `lang`. */
  value: number | string;
};

export type LimitResult = {
  ok: boolean;
  limit: string;
  /** `within`; `exception`: beyond the usual bound, allowed only in special cases; `below` / `above`. */
  status?: 'within' | 'exception' | 'below' | 'above';
  message?: string;
  source?: ResolvedSource;
  errors: RuleIssue[];
};

/**
 * Checks a case's value against a limit the pack's documents set (age range, places, days of a
 * stay, hours, length of a module), naming the document and section.
 * Invalid-input policy: never throws; an unknown limit or a value that is not a number gives
 * `ok: false` with an error naming the field.
 *
 * @example
 * checkLimit(builtInPacks['no-molde-arbeid-aktivitet'], { limit: 'age', value: 15 }).status //=> 'below'
 */
export function checkLimit(pack: RulePack, input: LimitInput, options: { lang?: Locale | string } = {}): LimitResult {
  const locale = resolveLocale(options.lang ?? 'en');
  const t = translateLimits.bind(locale);
  const checks = new InputChecks(locale);
  const rule = pack.limits?.find((entry) => entry.id === input?.limit);
  const result: LimitResult = { ok: true, limit: typeof input?.limit === 'string' ? input.limit : '', errors: checks.errors };
  if (!rule) {
    const known = (pack.limits ?? []).map((entry) => entry.id).join(', ') || '–';
    checks.errors.push({ code: 'unknown-limit', field: 'limit', fieldLabel: fieldName('limit', locale), message: t('unknownLimit', { limit: result.limit, known }) });
  }
  const value = checks.number('value', input?.value, { required: true, min: 'zero' });
  if (!rule || value === undefined) {
    result.ok = false;
    return result;
  }
  const amount = (count: number) => t('unit', { unit: rule.unit, count: formatNumber(count, locale) });
  const label = localize(rule.label, locale);
  const shown = amount(value);
  result.source = describeSource(pack, rule.source, locale);
  if (rule.min !== undefined && value < rule.min) {
    result.status = 'below';
    result.message = t('below', { label, value: shown, min: amount(rule.min) });
  } else if (rule.max !== undefined && value > rule.max) {
    result.status = 'above';
    result.message = t('above', { label, value: shown, max: amount(rule.max) });
  } else if (rule.usualMax !== undefined && value > rule.usualMax) {
    result.status = 'exception';
    result.message = t('exception', { label, value: shown, usual: amount(rule.usualMax), max: amount(rule.max ?? rule.usualMax) });
  } else {
    result.status = 'within';
    const range = t('range', {
      ...(rule.min !== undefined ? { min: formatNumber(rule.min, locale) } : {}),
      ...(rule.max ?? rule.usualMax) !== undefined ? { max: amount((rule.max ?? rule.usualMax)!) } : {},
    });
    result.message = t('within', { label, value: shown, range });
  }
  return result;
}
