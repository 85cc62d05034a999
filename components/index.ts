/**
 * All Saksvakt elements, registered on import (each only if not already registered), plus the
 * engines and built-in rule packs they use. The rule-pack validator (`parseRulePack`) is not
 * bundled here: the elements load it on demand when given a custom pack, and apps that validate
 * packs themselves import it from `shared/index.ts`.
 */
export { FundingCalculator } from './funding-calculator/funding-calculator.js';
export { CadenceChecker } from './cadence-checker/cadence-checker.js';
export { TierSelector } from './tier-selector/tier-selector.js';
export { builtInPacks, computeFunding, checkCadence, checkCaseload, selectTier, findService, formatMoney, formatDate, resolveLocale } from '../shared/index.js';
export type * from '../shared/index.js';
