/**
 * All Saksvakt elements, registered on import (each only if not already registered), plus the
 * DOM-free engines. Nothing here loads a rule pack up front: an element loads a built-in pack the
 * first time its id is used, and the rule-pack validator only when given a custom pack. Apps that
 * want every built-in pack at once import `builtInPacks` from `shared/index.ts` (the demo and the
 * extension do).
 */
export { FundingCalculator } from './funding-calculator/funding-calculator.js';
export { CadenceChecker } from './cadence-checker/cadence-checker.js';
export { TierSelector } from './tier-selector/tier-selector.js';
export * from '../shared/engines.js';
