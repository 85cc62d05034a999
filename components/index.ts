/**
 * All Saksvakt elements, registered on import (each only if not already registered), plus the
 * DOM-free engines and built-in rule packs they use.
 */
export { FundingCalculator } from './funding-calculator/funding-calculator.js';
export { CadenceChecker } from './cadence-checker/cadence-checker.js';
export { TierSelector } from './tier-selector/tier-selector.js';
export * from '../shared/index.js';
