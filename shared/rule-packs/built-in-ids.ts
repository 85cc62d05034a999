/** Ids of the packs that ship with Saksvakt. */
export const BUILT_IN_PACK_IDS = ['no-alver-vekstbedrift', 'dk-vejle-voksen', 'no-molde-arbeid-aktivitet'] as const;
export type BuiltInPackId = (typeof BUILT_IN_PACK_IDS)[number];

export function isBuiltInPackId(id: unknown): id is BuiltInPackId {
  return typeof id === 'string' && (BUILT_IN_PACK_IDS as readonly string[]).includes(id);
}
