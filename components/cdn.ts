/**
 * The script-tag bundle (`dist/components/saksvakt.js`): the three elements, registered on load,
 * and the engines. The rule-pack validator is not in it up front — `loadRulePackParser()` loads it,
 * as the elements do when given a custom pack — so a page that uses built-in packs never downloads it.
 * Messages come one language at a time (`loadLocale`; the elements load theirs themselves).
 */
export { FundingCalculator } from './funding-calculator/funding-calculator.js';
export { CadenceChecker } from './cadence-checker/cadence-checker.js';
export { TierSelector } from './tier-selector/tier-selector.js';
export {
  BUILT_IN_PACK_IDS,
  loadBuiltInPack,
  loadRulePackParser,
  loadLocale,
  computeFunding,
  loadFundingSchemes,
  checkCadence,
  checkCaseload,
  selectTier,
  findService,
  formatMoney,
  formatDate,
  resolveLocale,
} from '../shared/engines.js';
