import type { IsoDate } from '../../calendar/iso-date.js';
import type { Currency } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import type { ResolvedSource } from '../../rule-pack/describe-source.js';
import type { RuleIssue } from '../../rule-pack/result-types.js';

/**
 * Alver: a place at a vekstbedrift, priced from NAV's VTA rate plus the pack's supplement.
 * Numbers may be given as numbers or as the strings a form delivers.
 */
export type VekstbedriftInput = {
  scheme: 'vekstbedrift';
  /** The period starts in this date's month; its year's rate gives the base lines (`stateRate`, `monthlyPerPlace`). Required. */
  date: IsoDate;
  /** Number of places. Default 1. */
  places?: number | string;
  /**
   * Number of months from `date`'s month; each month is priced at its own year's rate (seed 000 § 8
   * "til ei kvar tid gjeldand VTA sats"). A month in a year without a rate gives `rate-missing` for
   * that year and no total. Default 12.
   */
  months?: number | string;
  /** When the participant's place began; before the guideline's decision date it keeps old terms. */
  placeStart?: IsoDate;
  /** Individual staffing supplement, kr per place per month: a separate line that needs agreement. */
  individualSupplement?: number | string;
  /** Budget frame in kr; defaults to the pack's frame for `date`'s year when it has one. */
  budgetFrame?: number | string;
  /** The date notice was given; the result then holds the earliest end date. */
  noticeGiven?: IsoDate;
  /** A VTA rate the user enters, by year, for years the pack lacks (or to replace the pack's). */
  stateRates?: Record<string, number | string>;
};

/** Vejle § 85: weekly and yearly price of a tier from the day rate (X or Y). */
export type Sel85Input = {
  scheme: 'sel85';
  /** Tier id from the pack, e.g. `trin-3`. Required. */
  tier: string;
  /** The day rate (kr per døgn) for the year, from the municipality's BI. Required. */
  dayRate: number | string;
  /** Which day rate: `socialpsychiatric` (X) or `socialpedagogical` (Y). Default the pack's first. */
  dayRateKind?: string;
};

/** Vejle § 97: companion hours and the yearly expense amount. */
export type Sel97Input = {
  scheme: 'sel97';
  /** The date to compute hours available for (its month counts). Required. */
  date: IsoDate;
  /** The grant date; hours accrue monthly from its month. Default: `date`'s month only. */
  grantStart?: IsoDate;
  /** Hours used, by month `YYYY-MM`. */
  hoursUsed?: Record<string, number | string>;
  /** Which table to take the yearly amount from. Default the pack's `defaultBasis`. */
  basis?: 'municipal' | 'national';
};

/** Vejle § 109: the own payment for a stay at a women's shelter. */
export type Sel109Input = {
  scheme: 'sel109';
  /** First døgn of the stay. Required. */
  arrival: IsoDate;
  /** Number of døgn. Required unless `departure` is given. */
  days?: number | string;
  /** Day of departure; the døgn are counted from arrival up to it and split by year. */
  departure?: IsoDate;
  /** Whether the resident has an income. Default true. Without income there is no own payment. */
  hasIncome?: boolean;
  /** Rates the user enters, by year, for years the pack lacks. */
  ratesPerDay?: Record<string, number | string>;
};

export type FundingInput = VekstbedriftInput | Sel85Input | Sel97Input | Sel109Input;
export type FundingScheme = FundingInput['scheme'];

export type FundingOptions = {
  /** Language of labels and messages. Default `en`. */
  lang?: Locale | string;
};

/** One line of the explanation a person reads, with where its figure comes from. */
export type FundingLine = {
  id: string;
  label: string;
  /** The figure, full precision; `null` for a line that carries only a date or a statement. */
  amount: number | null;
  unit: 'currency' | 'hours' | 'places' | 'percent' | 'days' | 'date' | 'text';
  date?: IsoDate;
  source?: ResolvedSource;
  /** `needs-agreement`: not part of the base; `user-entered`: not from the pack. */
  flag?: 'needs-agreement' | 'user-entered';
};

export type FundingResult = {
  ok: boolean;
  scheme: string;
  currency: Currency;
  /**
   * Named figures, full precision (øre kept): `monthlyPerPlace`, `total`, `weekly`, …; a period
   * crossing a year adds `monthlyPerPlace2023` and `monthsIn2023` per year.
   */
  amounts: Record<string, number>;
  /** Named dates: `earliestEnd`. */
  dates: Record<string, IsoDate>;
  lines: FundingLine[];
  warnings: RuleIssue[];
  errors: RuleIssue[];
};
