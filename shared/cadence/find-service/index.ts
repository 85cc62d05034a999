import type { RulePack } from '../../rule-pack/schema.js';

/**
 * Finds the pack's service a journal's text names (paragraph and target group, e.g.
 * "Serviceloven § 108 | ASF"), by the pack's `matches`. The most specific match wins; a tie or
 * no match gives `undefined`, so an unclear case is never checked against the wrong rules.
 * Matching ignores case, and "§ 10" never matches "§ 108".
 *
 * @example findService(vejle, 'Serviceloven § 108', 'ASF') //=> 'sel108-asf-abi'
 */
export function findService(pack: RulePack, ...texts: (string | undefined)[]): string | undefined {
  const haystack = ` ${texts.filter(Boolean).join(' | ').toLowerCase().replace(/\s+/g, ' ')} `;
  const contains = (word: string) => {
    const needle = word.toLowerCase().replace(/\s+/g, ' ');
    const at = haystack.indexOf(needle);
    if (at < 0) return false;
    // A paragraph number must not continue with another digit: "§ 10" is not "§ 108".
    return !/\d$/.test(needle) || !/\d/.test(haystack[at + needle.length] ?? '');
  };
  let best: { id: string; score: number } | undefined;
  let tie = false;
  for (const service of pack.cadence?.services ?? []) {
    for (const words of service.matches ?? []) {
      if (!words.every(contains)) continue;
      const score = words.length;
      if (!best || score > best.score) {
        best = { id: service.id, score };
        tie = false;
      } else if (score === best.score && best.id !== service.id) tie = true;
    }
  }
  return best && !tie ? best.id : undefined;
}
