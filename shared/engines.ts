/**
 * The package's DOM-free entry (`saksvakt/engines`): the rule engines, the rule-pack validator and
 * the built-in packs loaded by id, usable in Node, workers and browsers. Unlike `shared/index.ts`
 * it loads no pack and no language eagerly: `loadBuiltInPack(id)` fetches the one asked for, and
 * `loadLocale(lang)` the messages of one language, which the engines need before they answer in
 * it. The rule-pack JSON Schema ships beside it as `saksvakt/rule-pack.schema.json`, the packs as `saksvakt/packs/<id>.json`.
 */
export { BUILT_IN_PACK_IDS, isBuiltInPackId, loadBuiltInPack, type BuiltInPackId } from './rule-packs/load.js';
export {
  parseRulePack,
  formatPath,
  type ParseRulePackResult,
  type ParseRulePackOptions,
  type RulePackError,
} from './rule-pack/parse-rule-pack/index.js';
// A funding scheme's formulas load with the first pack that has it (`loadBuiltInPack` does it; a pack object of your own: `await loadFundingSchemes(pack)`).
export { computeFunding, FUNDING_SCHEMES, loadFundingSchemes, FundingSchemeNotLoadedError } from './funding/compute-funding/index.js';
export { checkCadence, isOpen, compareUrgency } from './cadence/check-cadence/index.js';
export { checkCaseload } from './cadence/check-caseload/index.js';
export { selectTier } from './tiers/select-tier/index.js';
export { findService } from './cadence/find-service/index.js';
export { LOCALES, resolveLocale, localize, localizeOr, isLocale } from './i18n/locale.js';
export { formatMoney, formatNumber, formatDate } from './i18n/format.js';
// Messages come one language at a time: `await loadLocale('nn')` before asking the engines for nynorsk.
export { loadLocale } from './i18n/messages/load.js';
export { MessagesNotLoadedError } from './i18n/translate.js';
export { isIsoDate } from './calendar/iso-date.js';
export { addWorkingDays, isWorkingDay, publicHolidays } from './calendar/working-days/index.js';
export { parseDateText, DEFAULT_DATE_FORMATS } from './calendar/parse-date-text/index.js';
// Types only: everything the public API names.
export type * from './index.js';

/**
 * Loads the rule-pack validator on demand (it is most of the engines' weight): for apps that
 * validate packs only sometimes. `parseRulePack` above is the same function, loaded up front.
 * Its texts come with it: in every language `loadLocale` was asked for, before or after.
 */
export function loadRulePackParser(): Promise<typeof import('./rule-pack/parse-rule-pack/index.js').parseRulePack> {
  return import('./rule-pack/parse-rule-pack/index.js').then(async (parser) => {
    await parser.loadValidationTextsAsked();
    return parser.parseRulePack;
  });
}
