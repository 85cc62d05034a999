import type { IsoDate } from '../../calendar/iso-date.js';
import type { Locale } from '../../i18n/locale.js';
import type { ResolvedSource } from '../../rule-pack/describe-source.js';
import type { RuleIssue } from '../../rule-pack/result-types.js';

/** A recorded deviation from the cadence, agreed with a professional consultant. */
export type CadenceOverride = {
  /** Obligation id, e.g. `follow-up`. */
  obligation: string;
  /** The agreed due date that replaces the computed one. */
  date: IsoDate;
  /** Why; shown beside the date. Required. */
  reason: string;
  /** The computed due date this replaces; when given, the override lapses once that date moves on. */
  replaces?: IsoDate;
};

/**
 * One case, as far as the cadence needs it: dates and counts only, never names or identity
 * numbers. Lists hold the dates things were held; order does not matter.
 */
export type CaseInput = {
  /** A pseudonymous key for the case (caseload lists and exports); never a name or national id. */
  id?: string;
  /** Service id from the pack, e.g. `sel85`, `sel108-asf-abi`, `vekstbedrift`, `complaint`. */
  service: string;
  /** Grant or move-in date. */
  start?: IsoDate;
  /** Date the current tier began (§ 85 "i samme støtte omfang i 12 mdr."); that rule is checked only when it is given. */
  levelSince?: IsoDate;
  /** Arrival at a shelter or hostel (§§ 109/110). */
  arrival?: IsoDate;
  /** Date the municipality was informed of the stay (§§ 109/110). */
  informed?: IsoDate;
  /** Date the stay plan was made (§§ 109/110). */
  stayPlan?: IsoDate;
  /** Date notice was given (Alver places). */
  noticeGiven?: IsoDate;
  /** Date a complaint was received (Molde; § 109 complaint to the shelter). */
  received?: IsoDate;
  /** Date a refusal was received (§ 109 complaint deadline). */
  decisionReceived?: IsoDate;
  /** Alver: yearly evaluations of the guideline in the quality system (organisation-wide; listed only when given). */
  guidelineEvaluations?: IsoDate[];
  /** Molde: the department's overall evaluation (January) and half-year evaluation (August), organisation-wide; listed only when given. */
  departmentEvaluations?: IsoDate[];
  halfYearEvaluations?: IsoDate[];
  /** Date a complaint was answered in writing (Molde). */
  answered?: IsoDate;
  /** Follow-ups held. */
  followUps?: IsoDate[];
  /** Sparring-group discussions held (§ 85). */
  sparringDiscussions?: IsoDate[];
  /** Rate reviews held (§ 108). */
  rateReviews?: IsoDate[];
  /** Alver: evaluation reports received, collaboration meetings and conversations held. */
  evaluationReports?: IsoDate[];
  collaborationMeetings?: IsoDate[];
  conversations?: IsoDate[];
  /** Alver: system-level meetings held (organisation-wide; listed only when given). */
  systemMeetings?: IsoDate[];
  /**
   * How many records were held in a rule's window ending today, when only a count is known (a
   * journal shows "Samtalar siste 12 mnd.: 1" without the dates). Used when the dates are absent.
   */
  recentCounts?: Partial<Record<'conversations' | 'collaborationMeetings' | 'evaluationReports' | 'systemMeetings' | 'followUps', number>>;
  /** Sessions held so far (§ 102). */
  sessions?: number;
  overrides?: CadenceOverride[];
};

export type CadenceOptions = {
  /** The reference date, `YYYY-MM-DD`. Default: the local calendar date. Trainers set it. */
  today?: IsoDate;
  /** Language of labels and messages. Default `en`. */
  lang?: Locale | string;
  /** Days before a due date that count as "due soon". Default: the pack's setting. */
  dueSoonDays?: number;
};

export type ObligationStatus = 'ok' | 'due-soon' | 'overdue' | 'missing-data';

export type Obligation = {
  id: string;
  /** The service the obligation belongs to. */
  service: string;
  label: string;
  status: ObligationStatus;
  /** When it is due (date-based rules). */
  dueDate?: IsoDate;
  /** At which session it is due (count-based rules, § 102). */
  dueAtSession?: number;
  /** Days from today to the due date; negative when overdue. */
  daysUntilDue?: number;
  /** The last record held that counts for this obligation. */
  lastHeld?: IsoDate;
  /** A one-time duty that has been met, and when. */
  completedOn?: IsoDate;
  /** Met, but after its deadline. */
  completedLate?: boolean;
  /** A duty whose period is over (e.g. rate review in the first 3 years only). */
  ended?: boolean;
  /** A date the case reaches rather than a task (e.g. earliest end under notice). */
  milestone?: boolean;
  /** The due date was replaced by a recorded override. */
  override?: { originalDueDate: IsoDate; reason: string };
  /** Records counted in the window, when checked from a count (see `recentCounts`). */
  heldInWindow?: number;
  /** Input fields needed to check it. */
  missing?: string[];
  /** The next action in words, in the requested language. */
  summary: string;
  source: ResolvedSource;
};

export type CadenceResult = {
  ok: boolean;
  service: string;
  today: IsoDate;
  obligations: Obligation[];
  /** The most urgent open obligation: overdue first, then the earliest due. */
  next?: Obligation;
  /**
   * Read-only, as the whole result is: a case checked without an issue shares one frozen empty
   * list (a caseload holds thousands of results, and two empty lists each were a tenth of its
   * memory).
   */
  warnings: readonly RuleIssue[];
  errors: readonly RuleIssue[];
};
