import type { RulePack } from '../rule-pack/schema.js';
import alver from './no-alver-vekstbedrift.json' with { type: 'json' };
import vejle from './dk-vejle-voksen.json' with { type: 'json' };
import molde from './no-molde-arbeid-aktivitet.json' with { type: 'json' };

/** Ids of the packs that ship with Saksvakt. */
export type BuiltInPackId = 'no-alver-vekstbedrift' | 'dk-vejle-voksen' | 'no-molde-arbeid-aktivitet';

/**
 * The built-in rule packs by id. They pass `parseRulePack` — the same validation custom packs go
 * through — in the test suite (rule-packs.test.ts), so they are not validated again at every page
 * load: that cost fell on every journal page the extension runs on.
 */
export const builtInPacks: Readonly<Record<BuiltInPackId, RulePack>> = Object.freeze({
  'no-alver-vekstbedrift': alver as unknown as RulePack,
  'dk-vejle-voksen': vejle as unknown as RulePack,
  'no-molde-arbeid-aktivitet': molde as unknown as RulePack,
});
