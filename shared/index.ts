/**
 * Saksvakt's public, DOM-free API: rule packs, their validation and the rule engines.
 * Every date crossing this API is an ISO calendar date `YYYY-MM-DD` with no time zone.
 */
export { builtInPacks, BUILT_IN_PACK_IDS, isBuiltInPackId, loadBuiltInPack, type BuiltInPackId } from './rule-packs/index.js';
export {
  parseRulePack,
  formatPath,
  type ParseRulePackResult,
  type ParseRulePackOptions,
  type RulePackError,
} from './rule-pack/parse-rule-pack/index.js';
export {
  comparePacks,
  type ComparePacksOptions,
  type PackComparison,
  type PackChange,
  type FigureSide,
  type FigureKind,
} from './rule-pack/compare-packs/compare-packs.js';
export type { RulePack, SourceRef, ObligationRule, CadenceService, Limit } from './rule-pack/schema.js';
export { LOCALES, inEveryLanguage, resolveLocale, localize, localizeOr, pickTranslation, isLocale, type Locale, type LocalizedText } from './i18n/locale.js';
export { formatMoney, formatNumber, formatDate, type Currency } from './i18n/format.js';
// Every language's messages, up front: what imports this file (the demo, the extension, the CLI,
// the tests) gets answers in any language at once. The package entries load one at a time instead.
// This file and all.ts are in package.json `sideEffects`: re-exports alone would let a production
// build skip this import.
import './i18n/messages/all.js';
export { loadLocale } from './i18n/messages/load.js';
export { MessagesNotLoadedError } from './i18n/translate.js';
export { isIsoDate, yearOf, type IsoDate } from './calendar/iso-date.js';
export { addPeriod, type Period } from './calendar/add-period/index.js';
export { addWorkingDays, isWorkingDay, easterSunday, publicHolidays, type Country } from './calendar/working-days/index.js';
// Every funding scheme's formulas, up front (in `sideEffects` too); the package entries load a scheme with its first pack.
import './funding/compute-funding/all-schemes.js';
export { computeFunding, FUNDING_SCHEMES, loadFundingSchemes, FundingSchemeNotLoadedError } from './funding/compute-funding/index.js';
export type {
  FundingInput,
  FundingResult,
  FundingLine,
  FundingOptions,
  FundingScheme,
  VekstbedriftInput,
  Sel85Input,
  Sel97Input,
  Sel109Input,
} from './funding/compute-funding/index.js';
export type { RuleIssue } from './rule-pack/result-types.js';
export type { ResolvedSource } from './rule-pack/describe-source.js';
export { checkCadence, isOpen, compareUrgency } from './cadence/check-cadence/index.js';
export type {
  CaseInput,
  CadenceOptions,
  CadenceResult,
  CadenceOverride,
  Obligation,
  ObligationStatus,
} from './cadence/check-cadence/index.js';
export { checkCaseload, type CaseloadResult, type CaseloadRow } from './cadence/check-caseload/index.js';
export { selectTier } from './tiers/select-tier/index.js';
export type { TierInput, TierResult, Tier, TierFlag, TierOptions, Sel85TierInput, DayServiceTierInput, LadderTierInput } from './tiers/select-tier/index.js';
export { parseDateText, DEFAULT_DATE_FORMATS } from './calendar/parse-date-text/index.js';
export { findService } from './cadence/find-service/index.js';
export { checkLimit, type LimitInput, type LimitResult } from './limits/check-limit/index.js';
