import { loadOnce } from '../../load-once/index.js';
import type { RulePack } from '../../rule-pack/schema.js';
import type { FundingContext } from './context.js';

export const FUNDING_SCHEMES = ['vekstbedrift', 'sel85', 'sel97', 'sel109'] as const;
type Scheme = (typeof FUNDING_SCHEMES)[number];

/** One scheme's formulas: they read the pack's rules for the scheme and the input, and write lines and amounts into `ctx`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each scheme narrows its own rules and input
export type SchemeFormulas = (ctx: FundingContext, rules: any, input: any) => void;

// One dynamic import per scheme, so a bundler splits each into its own chunk and a page pays only
// for the schemes of the packs it uses (Alver's vekstbedrift, not Vejle's three).
const importers: Record<Scheme, () => Promise<SchemeFormulas>> = {
  vekstbedrift: () => import('./vekstbedrift.js').then((module) => module.computeVekstbedrift),
  sel85: () => import('./sel85.js').then((module) => module.computeSel85),
  sel97: () => import('./sel97.js').then((module) => module.computeSel97),
  sel109: () => import('./sel109.js').then((module) => module.computeSel109),
};

const loaded = new Map<Scheme, SchemeFormulas>();
const loading = new Map<Scheme, Promise<void>>();

const isScheme = (name: string): name is Scheme => (FUNDING_SCHEMES as readonly string[]).includes(name);
const schemesOf = (pack: RulePack): Scheme[] => Object.keys(pack.funding ?? {}).filter(isScheme);

/**
 * Thrown when a pack's scheme is computed before its formulas have loaded: a programming error,
 * like `MessagesNotLoadedError`, never a result computed from something else.
 */
export class FundingSchemeNotLoadedError extends Error {
  override name = 'FundingSchemeNotLoadedError';
  constructor(readonly scheme: string) {
    super(`Saksvakt: the formulas of the funding scheme "${scheme}" are not loaded yet. Call \`await loadFundingSchemes(pack)\` (saksvakt/engines) first; \`loadBuiltInPack\` does it for a built-in pack.`);
  }
}

/**
 * Loads the formulas of every funding scheme the pack has (once; later calls share the first).
 * `loadBuiltInPack` calls it; a vendor's own pack object needs it once before `computeFunding`.
 */
export async function loadFundingSchemes(pack: RulePack): Promise<void> {
  await Promise.all(
    schemesOf(pack).map((scheme) => {
      if (loaded.has(scheme)) return undefined;
      return loadOnce(loading, scheme, () => importers[scheme]().then((formulas) => void loaded.set(scheme, formulas)));
    }),
  );
}

/** Whether the formulas of every scheme the pack has are loaded. */
export function fundingSchemesLoaded(pack: RulePack): boolean {
  return schemesOf(pack).every((scheme) => loaded.has(scheme));
}

/** Hands over formulas already at hand (`all-schemes.ts`: the eager entry that bundles every scheme). */
export function provideFundingScheme(scheme: Scheme, formulas: SchemeFormulas): void {
  loaded.set(scheme, formulas);
}

/** The scheme's formulas; throws `FundingSchemeNotLoadedError` when they are not loaded. */
export function fundingFormulas(scheme: Scheme): SchemeFormulas {
  const formulas = loaded.get(scheme);
  if (!formulas) throw new FundingSchemeNotLoadedError(scheme);
  return formulas;
}
