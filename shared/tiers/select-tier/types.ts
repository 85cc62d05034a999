import type { Locale } from '../../i18n/locale.js';
import type { ResolvedSource } from '../../rule-pack/describe-source.js';
import type { RuleIssue } from '../../rule-pack/result-types.js';

/** Vejle § 85: propose the tier from the weekly face-to-face need and/or the support areas. */
export type Sel85TierInput = {
  scale: 'sel85';
  /** Assessed weekly face-to-face (ATA) need in hours, e.g. 2.8 or "2,8". */
  weeklyNeedHours?: number | string;
  /** Support-area ids from the pack's catalogue (Vejle Del 3). */
  supportAreas?: string[];
  /** The number of support areas, when the areas themselves are not listed. */
  supportAreaCount?: number | string;
  /** The tier the citizen has now, to describe the change. */
  currentTier?: string;
  /** The paragraph granted under (`sel85` default, or `sel85a`), for areas limited to one. */
  service?: string;
};

/** Vejle day services (§ 104, § 103): convert between percentage and days per week. */
export type DayServiceTierInput = {
  /** The day service's id in the pack: `sel104` or `sel103`. */
  scale: string;
  percent?: number | string;
  daysPerWeek?: number | string;
  halfDaysPerWeek?: number | string;
};

/** Alver's activity and coping ladder: place a service or a step. */
export type LadderTierInput = {
  scale: 'ladder';
  /** A service with a recorded placement, e.g. `vekstbedrift` (step 4). */
  service?: string;
  step?: number | string;
};

export type TierInput = Sel85TierInput | DayServiceTierInput | LadderTierInput;

export type TierOptions = { lang?: Locale | string };

export type TierFlag = RuleIssue;

/** One tier, level, option or step with its figures and source. */
export type Tier = {
  id: string;
  label: string;
  grossPerWeek?: { hours: number; asWritten: string };
  faceToFacePerWeek?: { hours: number; asWritten: string };
  supportAreas?: { min: number; max: number };
  percent?: number;
  daysPerWeek?: number;
  halfDaysPerWeek?: number;
  fullTime?: boolean;
  offeredOnFridays?: boolean;
  step?: number;
  category?: { id: string; label: string; fromStep: number; toStep: number };
  note?: string;
  source: ResolvedSource;
};

export type TierResult = {
  ok: boolean;
  scale: string;
  /** The proposed tier; `null` when none fits (e.g. beyond the package scale) or input is missing. */
  tier: Tier | null;
  /** Other tiers to consider: those the support-area count points to, the nearest options, or the less intrusive steps below. */
  alternatives: Tier[];
  /** Why, and what to check: `hours-areas-mismatch`, `beyond-scale`, `zero-need`, `tier-change`, … */
  flags: TierFlag[];
  errors: RuleIssue[];
  /** The whole scale, in order, for drawing it. */
  levels: Tier[];
};
