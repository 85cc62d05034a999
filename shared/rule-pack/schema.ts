import { z } from 'zod';
import { LOCALES } from '../i18n/locale.js';
import { ANCHORS, HELD_RECORDS } from './vocabulary.js';

/**
 * The rule-pack format, version 1. A rule pack is data: every figure carries the document and
 * section it comes from, and a note where the source is ambiguous. Packs are validated with this
 * schema before any engine sees them (see `parseRulePack`); unknown fields are rejected so a
 * misspelt key cannot silently drop a rule.
 */

export const isoDateSchema = z.iso.date();
const year = z.number().int().min(1990).max(2100);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const localizedTextSchema = z.strictObject({
  en: z.string().min(1),
  nn: z.string().min(1).optional(),
  nb: z.string().min(1).optional(),
  da: z.string().min(1).optional(),
});

/** Where a figure comes from: a document of the pack's `documents` and the section in it. */
export const sourceRefSchema = z.strictObject({
  document: z.string().min(1),
  section: z.string().min(1),
  /** What a reader must know: an ambiguity, a conflict with another source, a choice made. */
  note: localizedTextSchema.optional(),
});

export const documentSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: isoDateSchema.optional(),
  /** Where to find it (an archive reference or a public address); shown, never fetched. */
  reference: z.string().min(1).optional(),
  /**
   * The document's sections (its headings, as written in it). A source cites one of them, or a
   * detail inside one after " – ", ": ", ", " or " (" (`Bilag 4 – Opfølgningskadence – § 85`).
   */
  sections: z.array(z.string().min(1)).optional(),
});

export const periodSchema = z.strictObject({
  amount: z.number().int().positive(),
  unit: z.enum(['days', 'workingDays', 'weeks', 'months', 'years']),
});

const sourcedValue = z.strictObject({ value: z.number().nonnegative(), source: sourceRefSchema });
const sourcedPeriod = periodSchema.extend({ source: sourceRefSchema });

/** A yearly rate. `supersedes` keeps values announced earlier and replaced for the whole year. */
export const yearlyRateSchema = z.strictObject({
  year,
  amount: z.number().positive(),
  source: sourceRefSchema,
  supersedes: z
    .array(z.strictObject({ amount: z.number().positive(), source: sourceRefSchema }))
    .optional(),
});

const uniqueYears = (rates: readonly { year: number }[]) =>
  new Set(rates.map((rate) => rate.year)).size === rates.length;

const rateTable = z
  .array(yearlyRateSchema)
  .min(1)
  .refine(uniqueYears, { message: 'duplicate-year' });

export const vekstbedriftFundingSchema = z.strictObject({
  label: localizedTextSchema,
  /** The state rate the base follows (NAV's VTA rate per place per month). */
  stateRate: z.strictObject({ label: localizedTextSchema, rates: rateTable }),
  supplementPercent: sourcedValue,
  staffing: z.strictObject({
    staff: z.number().int().positive(),
    participants: z.number().int().positive(),
    source: sourceRefSchema,
  }),
  /** Extra staffing beyond the base ratio is agreed case by case; never folded into the base. */
  individualSupplement: z.strictObject({ source: sourceRefSchema }),
  /** Places that began before this date keep their old terms. */
  guidelineFrom: z.strictObject({ date: isoDateSchema, source: sourceRefSchema }),
  noticePeriod: sourcedPeriod,
  budgetFrames: z
    .array(
      z.strictObject({
        year,
        amount: z.number().positive(),
        persons: z.number().int().positive().optional(),
        source: sourceRefSchema,
      }),
    )
    .refine(uniqueYears, { message: 'duplicate-year' }),
  /** The contrast scheme: NAV-financed VTA places with a municipal co-financing share. */
  navCoFinancing: z.strictObject({
    label: localizedTextSchema,
    minimumPercent: z.number().positive().max(100),
    source: sourceRefSchema,
  }),
});

export const sel85FundingSchema = z.strictObject({
  label: localizedTextSchema,
  /** Kinds of day rate (X, Y). Their values are set yearly outside the standard: users enter them. */
  dayRates: z
    .array(z.strictObject({ id, symbol: z.string().min(1), label: localizedTextSchema, source: sourceRefSchema }))
    .min(1),
  /** Days of the day rate per week for each tier, and the formula as the source writes it. */
  multipliers: z
    .array(
      z.strictObject({
        tier: id,
        daysPerWeek: z.number().positive(),
        formula: z.string().min(1),
        source: sourceRefSchema,
      }),
    )
    .min(1),
  weeksPerYear: sourcedValue,
});

export const sel97FundingSchema = z.strictObject({
  label: localizedTextSchema,
  hoursPerMonth: sourcedValue,
  savedHoursLapseAfter: sourcedPeriod,
  /** The yearly expense amount by year, from the municipal standard and from national tables. */
  expenseAmounts: z.array(
    z.strictObject({
      year,
      amount: z.number().positive(),
      basis: z.enum(['municipal', 'national']),
      source: sourceRefSchema,
    }),
  ),
  defaultBasis: z.enum(['municipal', 'national']),
});

export const sel109FundingSchema = z.strictObject({
  label: localizedTextSchema,
  ownPaymentPerDay: rateTable,
  withoutIncome: z.strictObject({ source: sourceRefSchema }),
});

export const fundingSchema = z.strictObject({
  vekstbedrift: vekstbedriftFundingSchema.optional(),
  sel85: sel85FundingSchema.optional(),
  sel97: sel97FundingSchema.optional(),
  sel109: sel109FundingSchema.optional(),
});

const timeFigure = z.strictObject({
  hours: z.number().nonnegative(),
  /** The figure exactly as the standard writes it (kept even where it disagrees with `hours`). */
  asWritten: z.string().min(1),
});

export const sel85TiersSchema = z.strictObject({
  label: localizedTextSchema,
  levels: z
    .array(
      z.strictObject({
        id,
        label: localizedTextSchema,
        grossPerWeek: timeFigure,
        faceToFacePerWeek: timeFigure,
        supportAreas: z.strictObject({ min: z.number().int().nonnegative(), max: z.number().int().positive() }),
        note: localizedTextSchema.optional(),
        source: sourceRefSchema,
      }),
    )
    .min(1),
  matching: z.strictObject({ source: sourceRefSchema }),
  beyondScale: z.strictObject({ source: sourceRefSchema }),
});

export const dayServiceSchema = z.strictObject({
  id,
  label: localizedTextSchema,
  options: z
    .array(
      z.strictObject({
        percent: z.number().positive().max(100),
        daysPerWeek: z.number().positive().max(7),
        /** Alternative the standard allows: the same time as half days. */
        halfDaysPerWeek: z.number().int().positive().optional(),
        fullTime: z.boolean(),
        offeredOnFridays: z.boolean(),
        source: sourceRefSchema,
      }),
    )
    .min(1),
});

export const ladderSchema = z.strictObject({
  label: localizedTextSchema,
  steps: z
    .array(z.strictObject({ step: z.number().int().positive(), label: localizedTextSchema, examples: localizedTextSchema.optional() }))
    .min(1),
  categories: z
    .array(
      z.strictObject({
        id,
        label: localizedTextSchema,
        fromStep: z.number().int().positive(),
        toStep: z.number().int().positive(),
      }),
    )
    .min(1),
  /** Where known services sit on the ladder. */
  placements: z.array(
    z.strictObject({ service: id, step: z.number().int().positive(), label: localizedTextSchema, source: sourceRefSchema }),
  ),
  source: sourceRefSchema,
});

export const supportAreaSchema = z.strictObject({
  id,
  label: localizedTextSchema,
  /** Services the area may be granted under, when not all. */
  onlyFor: z.array(id).optional(),
  source: sourceRefSchema,
});

export const tiersSchema = z.strictObject({
  sel85: sel85TiersSchema.optional(),
  dayServices: z.array(dayServiceSchema).optional(),
  ladder: ladderSchema.optional(),
  supportAreas: z.array(supportAreaSchema).optional(),
});

export { ANCHORS, HELD_RECORDS };

const obligationBase = {
  id,
  label: localizedTextSchema,
  /** The case date the first due date counts from, and the one to use when it is missing. */
  anchor: z.enum(ANCHORS),
  anchorFallback: z.enum(ANCHORS).optional(),
  /** Listed only when the case has the anchor date (e.g. notice given); otherwise "missing data". */
  onlyWhenAnchored: z.boolean().optional(),
  /** Organisation-level duty (not per case): listed only when the case input carries its records. */
  scope: z.enum(['case', 'system']).optional(),
  source: sourceRefSchema,
};

export const obligationRuleSchema = z.discriminatedUnion('kind', [
  /** First due `first` after the anchor, then `every` after the last one held. */
  z.strictObject({
    kind: z.literal('recurring'),
    ...obligationBase,
    held: z.enum(HELD_RECORDS),
    first: periodSchema,
    every: periodSchema,
    /** A later cadence once the last one held is this long after the anchor. */
    thenAfter: z.strictObject({ after: periodSchema, every: periodSchema }).optional(),
    /** The duty ends when the next due date would be later than this after the anchor. */
    endsAfter: periodSchema.optional(),
  }),
  /** At least `minCount` held in every `window` (rolling), counted from the anchor. */
  z.strictObject({
    kind: z.literal('per-window'),
    ...obligationBase,
    held: z.enum(HELD_RECORDS),
    minCount: z.number().int().positive(),
    window: periodSchema,
  }),
  /** Once, `after` the anchor; met by any record held on or after the anchor. */
  z.strictObject({
    kind: z.literal('deadline'),
    ...obligationBase,
    after: periodSchema,
    held: z.enum(HELD_RECORDS).optional(),
    /** A date the case reaches rather than a task (e.g. the earliest end under notice). */
    milestone: z.boolean().optional(),
  }),
  /**
   * Once a year in a named calendar month ("en helhetlig evaluering i januar"): due by the month's
   * last day, from the first such month on or after the anchor; met by a record held in that
   * month's year on or after the month began.
   */
  z.strictObject({
    kind: z.literal('in-month'),
    ...obligationBase,
    held: z.enum(HELD_RECORDS),
    month: z.number().int().min(1).max(12),
  }),
  /** Due when the count of sessions held reaches `after`. */
  z.strictObject({
    kind: z.literal('sessions'),
    ...obligationBase,
    held: z.enum(HELD_RECORDS),
    after: z.number().int().positive(),
    dueSoonWithin: z.number().int().nonnegative(),
  }),
]);

export const cadenceServiceSchema = z.strictObject({
  id,
  label: localizedTextSchema,
  /**
   * How a journal's text names this service: each entry lists words that must all appear in the
   * case's paragraph and target group (`["§ 108", "ASF"]`). The entry with most words wins.
   */
  matches: z.array(z.array(z.string().min(1)).min(1)).optional(),
  obligations: z.array(obligationRuleSchema).min(1),
});

export const cadenceSchema = z.strictObject({
  /** Days before a due date when it counts as "due soon". A product setting, not a rule. */
  dueSoonDays: z.number().int().nonnegative(),
  services: z.array(cadenceServiceSchema).min(1),
});

/**
 * A limit the documents set on a case — an age range, places in a unit, days of a stay, hours of
 * treatment, the length of a module — checked by `checkLimit`. `usualMax` is the ordinary upper
 * bound when the document allows more "in special cases" up to `max`.
 */
export const limitSchema = z.strictObject({
  id,
  label: localizedTextSchema,
  /** Cadence service or funding scheme the limit belongs to, when it belongs to one. */
  service: id.optional(),
  unit: z.enum(['years', 'places', 'days', 'hours', 'weeks', 'months']),
  min: z.number().nonnegative().optional(),
  usualMax: z.number().positive().optional(),
  max: z.number().positive().optional(),
  source: sourceRefSchema,
});

export const rulePackSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  name: localizedTextSchema,
  municipality: z.string().min(1),
  country: z.enum(['NO', 'DK']),
  currency: z.enum(['NOK', 'DKK']),
  language: z.enum(LOCALES),
  publishedAt: isoDateSchema,
  documents: z.record(id, documentSchema),
  funding: fundingSchema.optional(),
  tiers: tiersSchema.optional(),
  cadence: cadenceSchema.optional(),
  limits: z.array(limitSchema).optional(),
});

export type RulePack = z.infer<typeof rulePackSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type PackDocument = z.infer<typeof documentSchema>;
export type YearlyRate = z.infer<typeof yearlyRateSchema>;
export type ObligationRule = z.infer<typeof obligationRuleSchema>;
export type CadenceService = z.infer<typeof cadenceServiceSchema>;
export type Limit = z.infer<typeof limitSchema>;
export type Sel85Tiers = z.infer<typeof sel85TiersSchema>;
export type DayService = z.infer<typeof dayServiceSchema>;
export type Ladder = z.infer<typeof ladderSchema>;
export type AnchorField = (typeof ANCHORS)[number];
export type HeldRecord = (typeof HELD_RECORDS)[number];
