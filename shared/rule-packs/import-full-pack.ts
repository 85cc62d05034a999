import type { BuiltInPackId } from './built-in-ids.js';

// One dynamic import per pack, so a bundler splits each pack into its own chunk and a page pays
// only for the packs it names.
export const importFullPack: Record<BuiltInPackId, () => Promise<{ default: unknown }>> = {
  'no-alver-vekstbedrift': () => import('./no-alver-vekstbedrift.json', { with: { type: 'json' } }),
  'dk-vejle-voksen': () => import('./dk-vejle-voksen.json', { with: { type: 'json' } }),
  'no-molde-arbeid-aktivitet': () => import('./no-molde-arbeid-aktivitet.json', { with: { type: 'json' } }),
};
