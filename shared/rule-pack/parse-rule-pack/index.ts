import type { core } from 'zod';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { loadAlongEngineTexts } from '../../i18n/messages/engine-texts.js';
import { translateValidation as t, validationMessages, type ValueKind } from '../../i18n/messages/validation.js';
import { rulePackSchema, type RulePack, type SourceRef } from '../schema.js';

/**
 * The validator's texts load with the validator: from here on `loadLocale` loads them too, and
 * this loads them in the languages asked before (`loadRulePackParser` awaits it). Run when this
 * module runs, so an app whose bundle leaves the validator out never downloads them.
 */
export const loadValidationTextsAsked = loadAlongEngineTexts((locale) => validationMessages.load(locale));

export type PathSegment = string | number;

/** One reason a pack was refused, written for the municipal administrator who edits packs. */
export type RulePackError = {
  /** Where in the pack, as keys and list positions. */
  path: PathSegment[];
  /** The same path as text: `funding.vekstbedrift.stateRate.rates[2].amount`. */
  pathText: string;
  /** Stable code for programs: `missing`, `wrong-type`, `unknown-field`, … */
  code: string;
  /** The whole message in the requested language, path included. */
  message: string;
};

export type ParseRulePackResult =
  | { ok: true; pack: RulePack; errors: [] }
  | { ok: false; pack?: undefined; errors: RulePackError[] };

export type ParseRulePackOptions = {
  /** Language of the error messages: `nn`, `nb`, `da` or `en` (any BCP 47 tag is mapped). Default `en`. */
  lang?: Locale | string;
};

/**
 * Validates a rule pack, given as parsed JSON or as JSON text, built-in and custom packs alike.
 * Returns the typed pack, or every problem found, each with its path and a message in the
 * requested language. Invalid-input policy: never throws; anything that is not a valid pack
 * (including invalid JSON text, `null`, a number) yields `ok: false` with errors.
 *
 * @example
 * parseRulePack('{"schemaVersion": 1}', { lang: 'nb' }).errors[0].message
 * //=> 'Ved id: denne verdien må være med, men mangler.'
 */
export function parseRulePack(input: unknown, options: ParseRulePackOptions = {}): ParseRulePackResult {
  const locale = resolveLocale(options.lang ?? 'en');
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [makeError(locale, [], 'invalid-json', t(locale, 'invalidJson', { detail }), true)] };
    }
  }
  const parsed = rulePackSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, data, locale)) };
  }
  const crossErrors = checkReferences(parsed.data, locale);
  if (crossErrors.length > 0) return { ok: false, errors: crossErrors };
  return { ok: true, pack: parsed.data, errors: [] };
}

/**
 * Zod issues from any schema as path + message in the reader's language, the same wording
 * `parseRulePack` uses (the command line reports site-profile errors with it too).
 */
export function describeSchemaIssues(issues: readonly core.$ZodIssue[], data: unknown, lang = 'en', wholeDocument?: string): RulePackError[] {
  const locale = resolveLocale(lang);
  const inPack = t(locale, 'where', { path: '' });
  return issues.map((issue) => {
    const error = describeIssue(issue, data, locale);
    // An error about the whole document names the document ("In the profile"), not a pack.
    return wholeDocument && error.pathText === '' ? { ...error, message: error.message.replace(inPack, wholeDocument) } : error;
  });
}

export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    '',
  );
}

function makeError(locale: Locale, path: PathSegment[], code: string, detail: string, whole = false): RulePackError {
  const pathText = formatPath(path);
  return { path, pathText, code, message: whole ? detail : `${t(locale, 'where', { path: pathText })}: ${detail}` };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): ValueKind {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'number' || type === 'string' || type === 'boolean' || type === 'object' ? type : 'other';
}

function expectedKind(expected: string): ValueKind {
  if (expected === 'int' || expected === 'number') return 'number';
  if (expected === 'string' || expected === 'boolean' || expected === 'object' || expected === 'array') return expected;
  return 'other';
}

function quoteAll(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function describeIssue(issue: core.$ZodIssue, data: unknown, locale: Locale): RulePackError {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  const found = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return makeError(locale, path, 'missing', t(locale, 'missing'));
      if (issue.expected === 'int' && typeof found === 'number') {
        return makeError(locale, path, 'not-whole-number', t(locale, 'notWholeNumber'));
      }
      const expected = t(locale, 'kind', { kind: expectedKind(issue.expected) });
      const foundText = `${t(locale, 'kind', { kind: kindOf(found) })}${typeof found === 'string' ? ` (${JSON.stringify(found)})` : ''}`;
      return makeError(locale, path, 'wrong-type', t(locale, 'wrongType', { expected, found: foundText }));
    }
    case 'unrecognized_keys':
      return makeError(locale, path, 'unknown-field', t(locale, 'unknownField', { keys: quoteAll(issue.keys) }));
    case 'invalid_value':
      return makeError(locale, path, 'not-allowed', t(locale, 'oneOf', { values: quoteAll(issue.values) }));
    case 'invalid_union':
      if ('discriminator' in issue && Array.isArray((issue as { options?: unknown[] }).options)) {
        const options = (issue as { options: unknown[] }).options;
        return makeError(locale, path, 'unknown-kind', t(locale, 'unknownKind', { values: quoteAll(options) }));
      }
      return makeError(locale, path, 'invalid', t(locale, 'invalid'));
    case 'too_small':
      if (issue.origin === 'array') return makeError(locale, path, 'too-few', t(locale, 'tooFewItems', { min: String(issue.minimum) }));
      if (issue.origin === 'string') return makeError(locale, path, 'empty', t(locale, 'emptyText'));
      return makeError(locale, path, 'too-small', t(locale, 'tooSmallNumber', { min: String(issue.minimum), inclusive: issue.inclusive ?? true }));
    case 'too_big':
      return makeError(locale, path, 'too-big', t(locale, 'tooBigNumber', { max: String(issue.maximum), inclusive: issue.inclusive ?? true }));
    case 'invalid_format': {
      if (issue.format === 'date') return makeError(locale, path, 'not-date', t(locale, 'notDate'));
      const last = path[path.length - 1];
      if (last === 'version') return makeError(locale, path, 'bad-version', t(locale, 'badVersion'));
      if (last === 'id' || last === 'tier' || last === 'service') return makeError(locale, path, 'bad-identifier', t(locale, 'badIdentifier'));
      return makeError(locale, path, 'bad-format', t(locale, 'badFormat'));
    }
    case 'invalid_key':
      return makeError(locale, path, 'bad-identifier', t(locale, 'badIdentifier'));
    case 'custom':
      if (issue.message === 'duplicate-year') return makeError(locale, path, 'duplicate-year', t(locale, 'duplicateYear'));
      return makeError(locale, path, 'invalid', t(locale, 'invalid'));
    default:
      return makeError(locale, path, 'invalid', t(locale, 'invalid'));
  }
}

/** Checks what the schema alone cannot: references between parts of the pack. */
function checkReferences(pack: RulePack, locale: Locale): RulePackError[] {
  const errors: RulePackError[] = [];

  // Every `source` must name a document the pack lists.
  const visit = (value: unknown, path: PathSegment[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'source') {
        const document = (child as SourceRef).document;
        if (!(document in pack.documents)) {
          errors.push(makeError(locale, [...path, key, 'document'], 'unknown-document', t(locale, 'unknownDocument', { document })));
        }
      }
      if (key !== 'documents') visit(child, [...path, key]);
    }
  };
  visit(pack, []);

  const tierIds = pack.tiers?.sel85?.levels.map((level) => level.id);
  if (tierIds) {
    pack.funding?.sel85?.multipliers.forEach((multiplier, index) => {
      if (!tierIds.includes(multiplier.tier)) {
        errors.push(makeError(locale, ['funding', 'sel85', 'multipliers', index, 'tier'], 'unknown-tier', t(locale, 'unknownTier', { tier: multiplier.tier })));
      }
    });
  }

  const ladder = pack.tiers?.ladder;
  if (ladder) {
    const maxStep = Math.max(...ladder.steps.map((step) => step.step));
    ladder.categories.forEach((category, index) => {
      if (category.fromStep > category.toStep || category.toStep > maxStep) {
        errors.push(makeError(locale, ['tiers', 'ladder', 'categories', index], 'category-range', t(locale, 'categoryRange')));
      }
    });
  }

  const checkUnique = (ids: string[], path: PathSegment[]) => {
    const seen = new Set<string>();
    ids.forEach((value, index) => {
      if (seen.has(value)) errors.push(makeError(locale, [...path, index, 'id'], 'duplicate-id', t(locale, 'duplicateId', { id: value })));
      seen.add(value);
    });
  };
  if (tierIds) checkUnique(tierIds, ['tiers', 'sel85', 'levels']);
  if (pack.cadence) {
    checkUnique(pack.cadence.services.map((service) => service.id), ['cadence', 'services']);
    pack.cadence.services.forEach((service, index) =>
      checkUnique(service.obligations.map((rule) => rule.id), ['cadence', 'services', index, 'obligations']),
    );
  }
  return errors;
}
