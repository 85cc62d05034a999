/**
 * One load per key at a time: a call while a load is under way gets the same promise, and a
 * failed load (offline) is forgotten, so the next call tries again. The packs, the funding
 * schemes' formulas and the messages all load this way.
 *
 * @example
 * const loading = new Map<string, Promise<string>>();
 * loadOnce(loading, 'nn', load) === loadOnce(loading, 'nn', load) //=> true (one call of `load`)
 */
export function loadOnce<K, V>(loading: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let pending = loading.get(key);
  if (!pending) {
    pending = load();
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}
