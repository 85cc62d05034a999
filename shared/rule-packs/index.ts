import type { RulePack } from '../rule-pack/schema.js';
import { parseRulePack } from '../rule-pack/parse-rule-pack/index.js';
import alver from './no-alver-vekstbedrift.json' with { type: 'json' };
import vejle from './dk-vejle-voksen.json' with { type: 'json' };
import molde from './no-molde-arbeid-aktivitet.json' with { type: 'json' };

/** Ids of the packs that ship with Saksvakt. */
export type BuiltInPackId = 'no-alver-vekstbedrift' | 'dk-vejle-voksen' | 'no-molde-arbeid-aktivitet';

function validated(data: unknown): RulePack {
  const result = parseRulePack(data);
  if (!result.ok) {
    // A built-in pack that fails validation is a build defect; the tests catch it first.
    throw new Error(`Built-in rule pack is invalid:\n${result.errors.map((error) => error.message).join('\n')}`);
  }
  return result.pack;
}

/** The built-in rule packs by id, validated through the same path as custom packs. */
export const builtInPacks: Readonly<Record<BuiltInPackId, RulePack>> = Object.freeze({
  'no-alver-vekstbedrift': validated(alver),
  'dk-vejle-voksen': validated(vejle),
  'no-molde-arbeid-aktivitet': validated(molde),
});
