import type { RulePack } from '../rule-pack/schema.js';
import alver from './no-alver-vekstbedrift.json' with { type: 'json' };
import vejle from './dk-vejle-voksen.json' with { type: 'json' };
import molde from './no-molde-arbeid-aktivitet.json' with { type: 'json' };
import { provideBuiltInPack, type BuiltInPackId } from './load.js';

export { BUILT_IN_PACK_IDS, isBuiltInPackId, loadBuiltInPack, type BuiltInPackId } from './load.js';

/**
 * Every built-in rule pack by id, loaded eagerly — for apps that use them all (the extension, the
 * demo). They pass `parseRulePack` — the same validation custom packs go through — in the test
 * suite (rule-packs.test.ts), so they are not validated again at every page load: that cost fell
 * on every journal page the extension runs on. Importing this set also hands the packs to the
 * elements, which then need not load them again; a page that names one pack loads only that one
 * through `loadBuiltInPack`.
 */
export const builtInPacks: Readonly<Record<BuiltInPackId, RulePack>> = Object.freeze({
  'no-alver-vekstbedrift': alver as unknown as RulePack,
  'dk-vejle-voksen': vejle as unknown as RulePack,
  'no-molde-arbeid-aktivitet': molde as unknown as RulePack,
});
for (const [id, pack] of Object.entries(builtInPacks)) provideBuiltInPack(id as BuiltInPackId, pack);
